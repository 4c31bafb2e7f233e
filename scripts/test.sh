#!/usr/bin/env bash
# The whole test suite from a fresh machine: set-up (cached), then every test.
source "$(dirname "$0")/lib/common.sh"
cd "$REPO_ROOT"
bash scripts/setup.sh
# Tests under test/cluster need a Kubernetes API: start the project's cluster (built from
# source the first time, then cached), give the tests its kubeconfig, stop it on exit.
# A cluster that cannot start fails the suite; nothing is skipped. One that was already up
# (a developer's, started by hand) is reused and left running.
if ! bash scripts/cluster status >/dev/null 2>&1; then trap 'bash scripts/cluster down' EXIT; fi
cluster_env=$(bash scripts/cluster up) || { log "the test cluster did not start: see the messages above"; exit 1; }
export "${cluster_env##*$'\n'}" # KUBECONFIG=<work tree>/.tmp/cluster/kubeconfig
npx vitest run
