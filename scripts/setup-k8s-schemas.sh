#!/usr/bin/env bash
# Downloads the Kubernetes OpenAPI documents (Go module proxy) and converts them into the
# validator's strict JSON Schemas and compiled validators, cached per release and per
# converter version under $CACHE_DIR. Quick when warm: nothing is fetched or rebuilt.
source "$(dirname "$0")/lib/common.sh"
cd "$REPO_ROOT"
export WSO2_CHARTS_CACHE="$CACHE_DIR"
bash scripts/install-kubeconform.sh
npx --no-install tsx scripts/setup-k8s-schemas.ts
