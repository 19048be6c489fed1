#!/usr/bin/env bash
# Set up (first run only) and run the test suite: bash installer/run-tests.sh [pytest args]
set -euo pipefail
cd "$(dirname "$0")/.."
source installer/venv.sh
ensure_qt_libs
ensure_venv "[test]"
# Static checks first (seconds): lint everywhere, types in the non-GUI packages (pyproject.toml).
"$VENV/bin/ruff" check --quiet .
"$VENV/bin/mypy"
export QT_QPA_PLATFORM=offscreen
exec "$VENV/bin/python" -m pytest "$@"
