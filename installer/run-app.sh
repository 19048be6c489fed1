#!/usr/bin/env bash
# Set up (first run only) and start the desktop app: bash installer/run-app.sh [--data-dir DIR] [--lang en]
# Installs the system libraries Qt's window needs when they are missing (Debian/Ubuntu, as root or
# through sudo), or says exactly which to install.
set -euo pipefail
cd "$(dirname "$0")/.."
source installer/venv.sh
ensure_gui_libs
ensure_venv ""
check_qt_xcb
exec "$VENV/bin/tuoyu-desktop" "$@"
