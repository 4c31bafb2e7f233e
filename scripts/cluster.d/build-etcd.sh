#!/usr/bin/env bash
# Builds etcd from go.etcd.io/etcd/server/v3 (its package main) through the Go module
# proxy, once per version, into the cache.
source "$(dirname "$0")/lib.sh"

[[ -x $ETCD_BIN/etcd ]] && exit 0
src="$CLUSTER_CACHE/src/etcd-v$ETCD_VERSION"
clog "building etcd v$ETCD_VERSION"
rm -rf "$src" && scratch_module "$src" local.invalid/etcd-build
cd "$src"
quiet go get "go.etcd.io/etcd/server/v3@v$ETCD_VERSION"
out="$ETCD_BIN.partial"; rm -rf "$out" && mkdir -p "$out"
timed "etcd-v$ETCD_VERSION" go build -trimpath -ldflags "-s -w" -o "$out/etcd" go.etcd.io/etcd/server/v3
# (No `| grep -q`: under pipefail, grep quitting early fails the pipe with SIGPIPE.)
[[ $("$out/etcd" --version) == *"etcd Version: $ETCD_VERSION"* ]] \
  || { clog "etcd reports $("$out/etcd" --version | head -1), expected $ETCD_VERSION"; exit 1; }
rm -rf "$ETCD_BIN" && mv "$out" "$ETCD_BIN"
clog "etcd v$ETCD_VERSION in $ETCD_BIN"
