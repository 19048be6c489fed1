#!/usr/bin/env bash
# Set up (first run only) and start the desktop app: bash installer/run-app.sh [--data-dir DIR] [--lang en]
set -euo pipefail
cd "$(dirname "$0")/.."
source installer/venv.sh
ensure_venv ""
exec "$VENV/bin/tuoyu-desktop" "$@"
