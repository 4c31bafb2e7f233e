# Shared by scripts/cluster and its build scripts: pinned versions and where things live.
# shellcheck source=../lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/../lib/common.sh"

KUBE_VERSION=1.34.4   # k8s.io/kubernetes; staging modules are published as v0.34.4
ETCD_VERSION=3.6.16   # go.etcd.io/etcd/server/v3 (Debian's 3.4 is too old for 1.34)
KWOK_VERSION=0.7.0    # sigs.k8s.io/kwok: go.mod asks go 1.24, builds with the installed go
KIND_VERSION=0.30.0   # sigs.k8s.io/kind, only for `scripts/cluster up --kind` (needs Docker)

CLUSTER_CACHE="$CACHE_DIR/cluster"
KUBE_BIN="$CLUSTER_CACHE/kube-v$KUBE_VERSION/bin"
ETCD_BIN="$CLUSTER_CACHE/etcd-v$ETCD_VERSION/bin"
KWOK_BIN="$CLUSTER_CACHE/kwok-v$KWOK_VERSION/bin"
KIND_BIN="$CLUSTER_CACHE/kind-v$KIND_VERSION/bin"
# Build reports (wall time, peak memory) of the first, cold build of each part.
BUILD_REPORTS="$CLUSTER_CACHE/build-reports"
mkdir -p "$CLUSTER_CACHE" "$BUILD_REPORTS"

# Two cores shared with other builds: never run more than two compile jobs.
export GOFLAGS="${GOFLAGS:+$GOFLAGS }-p=2 -buildvcs=false"
export CGO_ENABLED=0

clog() { printf '[cluster] %s\n' "$*" >&2; }

# timed <report-name> <command...>: runs the command under /usr/bin/time -v and keeps
# its wall time and peak memory in $BUILD_REPORTS/<report-name>.txt.
timed() {
  local name=$1; shift
  local raw="$BUILD_REPORTS/$name.time"
  /usr/bin/time -v -o "$raw" "$@"
  local wall rss
  wall=$(sed -n 's/.*Elapsed (wall clock) time.*: //p' "$raw")
  rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$raw")
  printf '%s: wall %s, peak RSS %s MiB\n' "$name" "$wall" "$((rss / 1024))" | tee "$BUILD_REPORTS/$name.txt" >&2
}

# scratch_module <dir> <module-name>: an empty Go module that builds other modules' mains.
scratch_module() {
  local dir=$1 name=$2
  mkdir -p "$dir"
  printf 'module %s\n\ngo 1.24.0\n' "$name" > "$dir/go.mod"
  # A package of our own keeps `go` from complaining the module has no code.
  printf '// Package scratch only exists so this module can build other modules'"'"' commands.\npackage scratch\n' > "$dir/scratch.go"
}

# quiet <command...>: keeps a chatty command's output (go get lists every module) out of
# the test log, and shows it only when the command fails.
quiet() {
  local out; out=$(mktemp)
  if ! "$@" >"$out" 2>&1; then cat "$out" >&2; rm -f "$out"; return 1; fi
  rm -f "$out"
}
