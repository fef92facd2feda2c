#!/usr/bin/env bash
# make package-test: run the BUILT app (dist/lnv-editor), not the source tree.
#   its version; a demo store; one article exported headless (when the build has `export`);
#   the main window opened offscreen until the library fills (--smoke-test), then closed;
#   every Qt library the build's binaries link to is in the folder.
# Usage: packaging/package_test.sh DIST_DIR SOURCE_PYTHON
set -euo pipefail
DIST=${1:-dist/lnv-editor}
SOURCE_PY=${2:-}
APP="$DIST/lnv-editor"
[ -x "$APP" ] || { echo "package-test: no built app at $APP; run make package first" >&2; exit 2; }

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
# Never the tester's own settings, store or logs.
export LNV_CONFIG_DIR="$WORK/config" LNV_DATA_DIR="$WORK/data" LNV_LOG_DIR="$WORK/logs"
export QT_QPA_PLATFORM=offscreen QTWEBENGINE_CHROMIUM_FLAGS="${QTWEBENGINE_CHROMIUM_FLAGS:---no-sandbox}"
STORE="$WORK/demo.sqlite"

echo "== version"
"$APP" --version

echo "== demo store"
"$APP" demo --store "$STORE"
FIRST_ID=$("$APP" list --json --store "$STORE" | grep -m1 -o '"id": [0-9]*' | grep -o '[0-9]*')
[ -n "$FIRST_ID" ] || { echo "package-test: the demo store lists no article" >&2; exit 1; }

echo "== export (headless)"
if "$APP" export --help >/dev/null 2>&1; then
  "$APP" export "$FIRST_ID" --format folder --out "$WORK/export" --store "$STORE" \
    --base-url https://lnv.vn
  [ -n "$(ls -A "$WORK/export")" ] || { echo "package-test: export wrote nothing" >&2; exit 1; }
  echo "exported article $FIRST_ID to $(ls "$WORK/export" | head -3 | tr '\n' ' ')"
else
  echo "skipped: this build has no 'export' command yet"
fi

echo "== main window (offscreen), built app"
"$APP" --store "$STORE" --smoke-test 2> "$WORK/smoke.err" || { cat "$WORK/smoke.err" >&2; exit 1; }
if [ -n "$SOURCE_PY" ]; then
  echo "== main window (offscreen), source install, for comparison"
  "$SOURCE_PY" -m lnv_editor --store "$STORE" --smoke-test 2>/dev/null || echo "(the source install's smoke test failed)"
fi

if command -v ldd >/dev/null 2>&1; then
  echo "== Qt libraries the build links to"
  missing=$(find "$DIST" -type f \( -name '*.so*' -o -name QtWebEngineProcess \) -print0 \
    | LD_LIBRARY_PATH="$DIST/_internal" xargs -0 -n 20 ldd 2>/dev/null | grep -E 'libQt6[A-Za-z0-9]*\.so.*not found' | sort -u || true)
  if [ -n "$missing" ]; then echo "package-test: Qt libraries missing from the build:" >&2; echo "$missing" >&2; exit 1; fi
  echo "all present"
fi
echo "package-test: ok"
