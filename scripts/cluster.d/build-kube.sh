#!/usr/bin/env bash
# Builds kube-apiserver, kube-controller-manager, kube-scheduler and kubectl from
# k8s.io/kubernetes through the Go module proxy, once per version, into the cache.
source "$(dirname "$0")/lib.sh"

BINARIES=(kube-apiserver kube-controller-manager kube-scheduler kubectl)
have_all() { local b; for b in "${BINARIES[@]}"; do [[ -x $KUBE_BIN/$b ]] || return 1; done; }
if have_all; then exit 0; fi

src="$CLUSTER_CACHE/src/kube-v$KUBE_VERSION"
minor=${KUBE_VERSION#*.}; minor=${minor%%.*}
staging="v0.$minor.${KUBE_VERSION##*.}"
clog "building Kubernetes v$KUBE_VERSION (${BINARIES[*]}); staging modules at $staging"
rm -rf "$src" && scratch_module "$src" local.invalid/kube-build
{
  printf '\nrequire k8s.io/kubernetes v%s\n\nreplace (\n' "$KUBE_VERSION"
  # k8s.io/kubernetes requires its staging modules as v0.0.0 with replace lines into
  # its own tree; those replaces are ignored for a dependency, so map each one to its
  # published release here.
  for m in api apiextensions-apiserver apimachinery apiserver cli-runtime client-go \
    cloud-provider cluster-bootstrap code-generator component-base component-helpers \
    controller-manager cri-api cri-client csi-translation-lib dynamic-resource-allocation \
    endpointslice externaljwt kms kube-aggregator kube-controller-manager kube-proxy \
    kube-scheduler kubectl kubelet metrics mount-utils pod-security-admission \
    sample-apiserver sample-cli-plugin sample-controller; do
    printf '\tk8s.io/%s => k8s.io/%s %s\n' "$m" "$m" "$staging"
  done
  printf ')\n'
} >> "$src/go.mod"

cd "$src"
quiet go mod download k8s.io/kubernetes
# Resolve the full graph and go.sum once; building then needs no further edits.
quiet go get "k8s.io/kubernetes@v$KUBE_VERSION"
pkgs=(); for b in "${BINARIES[@]}"; do pkgs+=("k8s.io/kubernetes/cmd/$b"); done
# Naming the version matters: a bare package path would upgrade to the newest release.
for p in "${pkgs[@]}"; do quiet go get "$p@v$KUBE_VERSION"; done
grep -q "k8s.io/kubernetes v$KUBE_VERSION\$" go.mod || { clog "go.mod drifted from v$KUBE_VERSION"; exit 1; }

# The version ldflags the upstream build sets, so /version reports the real version.
ldflags="-s -w"
for p in k8s.io/component-base/version k8s.io/client-go/pkg/version; do
  ldflags+=" -X $p.gitVersion=v$KUBE_VERSION -X $p.gitMajor=1 -X $p.gitMinor=$minor"
  ldflags+=" -X $p.gitTreeState=clean -X $p.buildDate=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
done
out="$KUBE_BIN.partial"; rm -rf "$out" && mkdir -p "$out"
timed "kube-v$KUBE_VERSION" go build -trimpath -ldflags "$ldflags" -o "$out/" "${pkgs[@]}"
[[ $("$out/kube-apiserver" --version) == "Kubernetes v$KUBE_VERSION" ]] \
  || { clog "kube-apiserver reports $("$out/kube-apiserver" --version), expected v$KUBE_VERSION"; exit 1; }
rm -rf "$KUBE_BIN" && mv "$out" "$KUBE_BIN"
clog "Kubernetes v$KUBE_VERSION binaries in $KUBE_BIN"
