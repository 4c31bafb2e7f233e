#!/usr/bin/env bash
# Installs everything the generator, the validators and the tests need. Idempotent;
# slow steps are cached under $WSO2_CHARTS_CACHE (default ~/.cache/wso2-charts).
source "$(dirname "$0")/lib/common.sh"
cd "$REPO_ROOT"

if [[ ! -d node_modules ]] || [[ package-lock.json -nt node_modules/.package-lock.json ]]; then
  log "npm ci"
  npm ci --no-audit --no-fund
fi
bash scripts/install-helm.sh
bash scripts/install-registry.sh
bash scripts/install-ct.sh
bash scripts/setup-k8s-schemas.sh
