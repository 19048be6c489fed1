# Shared set-up steps for run-app.sh and run-tests.sh (sourced, not run).
VENV="${TUOYU_VENV:-.venv}"
PYTHON="${PYTHON:-python3}"

# Create the virtual environment and install the project into it when pyproject.toml changed.
ensure_venv() {
  local extras="$1" stamp
  if [ ! -x "$VENV/bin/python" ]; then
    echo "Creating virtual environment in $VENV …"
    "$PYTHON" -m venv "$VENV"
  fi
  stamp="$VENV/.installed$(printf '%s' "$extras" | tr -c 'a-z' '_')"
  if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
    echo "Installing tuoyu-desktop$extras …"
    "$VENV/bin/python" -m pip install --quiet --upgrade pip
    "$VENV/bin/python" -m pip install --quiet -e ".$extras"
    touch "$stamp"
  fi
}

# Debian/Ubuntu libraries Qt needs to run headless (tests); installed only when missing and possible.
QT_APT_PACKAGES="libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0 libxkbcommon0 poppler-utils"
ensure_qt_libs() {
  command -v dpkg-query >/dev/null 2>&1 || return 0
  local missing=""
  for pkg in $QT_APT_PACKAGES; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing="$missing $pkg"
  done
  [ -z "$missing" ] && return 0
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "Installing system libraries for Qt:$missing"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $missing >/dev/null
}
