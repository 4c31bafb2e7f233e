#!/usr/bin/env bash
# Builds kwok (the node/pod simulator controller) and kwokctl from sigs.k8s.io/kwok
# through the Go module proxy, once per version, into the cache.
source "$(dirname "$0")/lib.sh"

[[ -x $KWOK_BIN/kwok && -x $KWOK_BIN/kwokctl ]] && exit 0
src="$CLUSTER_CACHE/src/kwok-v$KWOK_VERSION"
clog "building kwok and kwokctl v$KWOK_VERSION"
rm -rf "$src" && scratch_module "$src" local.invalid/kwok-build
cd "$src"
quiet go get "sigs.k8s.io/kwok/cmd/kwok@v$KWOK_VERSION" "sigs.k8s.io/kwok/cmd/kwokctl@v$KWOK_VERSION"
ldflags="-s -w -X sigs.k8s.io/kwok/pkg/consts.Version=v$KWOK_VERSION"
out="$KWOK_BIN.partial"; rm -rf "$out" && mkdir -p "$out"
timed "kwok-v$KWOK_VERSION" go build -trimpath -ldflags "$ldflags" -o "$out/" \
  sigs.k8s.io/kwok/cmd/kwok sigs.k8s.io/kwok/cmd/kwokctl
rm -rf "$KWOK_BIN" && mv "$out" "$KWOK_BIN"
clog "kwok v$KWOK_VERSION in $KWOK_BIN"
