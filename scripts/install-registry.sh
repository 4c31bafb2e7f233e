#!/usr/bin/env bash
# Installs a pinned OCI registry (CNCF distribution) for the publishing tests. Built
# once with `go install` into the cache; falls back to Debian's docker-registry when
# the Go build is impossible. Linked as .tools/bin/registry.
source "$(dirname "$0")/lib/common.sh"

REGISTRY_MODULE=github.com/distribution/distribution/v3
REGISTRY_VERSION=v3.1.2
dest="$CACHE_DIR/registry-$REGISTRY_VERSION"

if [[ ! -x $dest/bin/registry ]] && command -v go >/dev/null; then
  log "building registry $REGISTRY_VERSION with go install (a minute or more, once)"
  rm -rf "$dest.partial"
  if GOBIN="$dest.partial/bin" go install "$REGISTRY_MODULE/cmd/registry@$REGISTRY_VERSION"; then
    rm -rf "$dest" && mv "$dest.partial" "$dest"
  else
    log "go install of the registry failed; trying Debian's docker-registry"
  fi
fi

if [[ -x $dest/bin/registry ]]; then
  ln -sfn "$dest/bin/registry" "$TOOLS_BIN/registry"
elif [[ -x /usr/bin/docker-registry ]] || { apt-get install -y -q docker-registry >&2 || { apt-get update -q >&2 && apt-get install -y -q docker-registry >&2; }; }; then
  # The Debian package starts a system service on install; we run our own instances.
  systemctl disable --now docker-registry >/dev/null 2>&1 || true
  ln -sfn /usr/bin/docker-registry "$TOOLS_BIN/registry"
else
  log "no OCI registry could be installed (need go, or apt-get for docker-registry)"
  exit 1
fi
log "registry -> $("$TOOLS_BIN/registry" --version 2>/dev/null | head -1)"
