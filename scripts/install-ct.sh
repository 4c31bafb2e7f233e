#!/usr/bin/env bash
# Installs the chart-testing CLI (ct, built from source through the Go module proxy)
# and the two Python tools it shells out to for `ct lint` (yamllint and yamale),
# pinned, cached outside the repo and linked into .tools/bin.
source "$(dirname "$0")/lib/common.sh"

CT_VERSION=3.14.0
YAMLLINT_VERSION=1.38.0
YAMALE_VERSION=6.1.0

ct_dir="$CACHE_DIR/ct-v$CT_VERSION"
if [[ ! -x $ct_dir/bin/ct ]]; then
  log "building chart-testing v$CT_VERSION from source"
  # `go install ct@version` stops on the proxy refusing the module's version list (it
  # looks for deprecations); a scratch module that requires the exact version does not.
  src="$CACHE_DIR/src/ct-v$CT_VERSION"
  rm -rf "$src" && mkdir -p "$src"
  printf 'module local.invalid/ct-build\n\ngo 1.24.0\n\nrequire github.com/helm/chart-testing/v3 v%s\n' "$CT_VERSION" > "$src/go.mod"
  printf '// Package scratch only exists so this module can build ct.\npackage scratch\n' > "$src/scratch.go"
  rm -rf "$ct_dir.partial" && mkdir -p "$ct_dir.partial/bin"
  (cd "$src" && GOFLAGS="-mod=mod -p=2 -buildvcs=false" CGO_ENABLED=0 /usr/bin/time -v -o "$ct_dir.partial/build.time" \
    go build -trimpath -o "$ct_dir.partial/bin/ct" \
    -ldflags "-s -w -X github.com/helm/chart-testing/v3/ct/cmd.Version=v$CT_VERSION" \
    github.com/helm/chart-testing/v3/ct)
  [[ $("$ct_dir.partial/bin/ct" version) == *"v$CT_VERSION"* ]] || { log "ct does not report v$CT_VERSION"; exit 1; }
  rm -rf "$ct_dir" && mv "$ct_dir.partial" "$ct_dir"
fi
ln -sfn "$ct_dir/bin/ct" "$TOOLS_BIN/ct"

py_dir="$CACHE_DIR/ct-python-yamllint$YAMLLINT_VERSION-yamale$YAMALE_VERSION"
if [[ ! -x $py_dir/bin/yamllint || ! -x $py_dir/bin/yamale ]]; then
  log "installing yamllint $YAMLLINT_VERSION and yamale $YAMALE_VERSION (pip, in a venv)"
  rm -rf "$py_dir"
  python3 -m venv "$py_dir"
  "$py_dir/bin/pip" install --quiet --disable-pip-version-check \
    "yamllint==$YAMLLINT_VERSION" "yamale==$YAMALE_VERSION"
fi
ln -sfn "$py_dir/bin/yamllint" "$TOOLS_BIN/yamllint"
ln -sfn "$py_dir/bin/yamale" "$TOOLS_BIN/yamale"
# ct runs plain `helm`: one directory per pinned helm to put first on PATH.
for helm in helm3 helm4; do
  mkdir -p "$REPO_ROOT/.tools/ct-$helm"
  ln -sfn "$TOOLS_BIN/$helm" "$REPO_ROOT/.tools/ct-$helm/helm"
done
log "ct $("$TOOLS_BIN/ct" version | sed -n 's/^Version:[[:space:]]*//p'), yamllint $("$TOOLS_BIN/yamllint" --version | cut -d' ' -f2), yamale $YAMALE_VERSION"
