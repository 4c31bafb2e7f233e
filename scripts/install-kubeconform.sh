#!/usr/bin/env bash
# Builds the pinned kubeconform (the oracle the validator is tested and benchmarked
# against) from the Go module proxy, once, and links it into .tools/bin.
source "$(dirname "$0")/lib/common.sh"

KUBECONFORM_VERSION="v0.7.0"
dest="$CACHE_DIR/kubeconform-$KUBECONFORM_VERSION"
link="$TOOLS_BIN/kubeconform"

if [[ ! -x "$dest/kubeconform" ]]; then
  command -v go >/dev/null || { log "go is required to build kubeconform $KUBECONFORM_VERSION"; exit 1; }
  log "building kubeconform $KUBECONFORM_VERSION"
  mkdir -p "$dest"
  # A private GOBIN keeps the build out of the user's GOPATH/bin; the module cache is reused.
  GOBIN="$dest" GOFLAGS="${GOFLAGS:--buildvcs=false}" \
    go install "github.com/yannh/kubeconform/cmd/kubeconform@$KUBECONFORM_VERSION"
fi
ln -sfn "$dest/kubeconform" "$link"
