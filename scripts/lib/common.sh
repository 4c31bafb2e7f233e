# Shared by the set-up scripts: where pinned tools are cached and linked.
set -euo pipefail
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# Builds and downloads are cached outside the work tree so a fresh clone reuses them.
CACHE_DIR="${WSO2_CHARTS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/wso2-charts}"
# The project looks tools up here (gitignored): one stable path per tool and version.
TOOLS_BIN="$REPO_ROOT/.tools/bin"
mkdir -p "$CACHE_DIR" "$TOOLS_BIN"
log() { printf '[setup] %s\n' "$*" >&2; }
