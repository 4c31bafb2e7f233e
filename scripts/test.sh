#!/usr/bin/env bash
# The whole test suite from a fresh machine: set-up (cached), then every test.
source "$(dirname "$0")/lib/common.sh"
cd "$REPO_ROOT"
bash scripts/setup.sh
npx vitest run
