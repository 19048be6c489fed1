#!/usr/bin/env bash
# Build the one-folder bundle (dist/tuoyu-desktop/) with PyInstaller, then smoke-test it.
set -euo pipefail
cd "$(dirname "$0")/.."
source installer/venv.sh
ensure_venv ""
"$VENV/bin/python" -m pip install --quiet "pyinstaller>=6.10"
"$VENV/bin/python" -m PyInstaller --noconfirm --clean --distpath dist --workpath build installer/tuoyu.spec
bundle=dist/tuoyu-desktop
smoke=$(mktemp -d)
"$bundle/tuoyu" --data-dir "$smoke" forms list >/dev/null
"$bundle/tuoyu" --data-dir "$smoke" demo | tail -n 1 > "$smoke/id"
"$bundle/tuoyu" --data-dir "$smoke" export "$(cat "$smoke/id")" -o "$smoke/report.pdf"
echo "bundle OK: $bundle ($(du -sh "$bundle" | cut -f1)); report $(stat -c %s "$smoke/report.pdf") bytes"
rm -rf "$smoke"
