# Shared set-up steps for run-app.sh and run-tests.sh (sourced, not run).
VENV="${TUOYU_VENV:-.venv}"
PYTHON="${PYTHON:-python3}"

# Install Debian/Ubuntu packages that are missing: with apt-get as root, or through sudo (which may
# ask for the password). When that is not possible, say exactly what to install and return 1.
#   apt_install_missing "WHAT THEY ARE FOR" PACKAGE…
apt_install_missing() {
  local why="$1" missing="" pkg sudo=""
  shift
  command -v dpkg-query >/dev/null 2>&1 || return 0  # not Debian/Ubuntu: the checks after say what is missing
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing="$missing $pkg"
  done
  [ -z "$missing" ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && [ -z "${TUOYU_NO_SUDO:-}" ]; then
      sudo="sudo"
    else
      echo "The system lacks libraries $why needs. Please install them (as administrator):" >&2
      echo "  apt-get install$missing" >&2
      return 1
    fi
  fi
  echo "Installing system libraries $why needs:$missing"
  [ -n "$sudo" ] && echo "(sudo may ask for your password)"
  if ! { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $missing >/dev/null; }; then
    echo "Installing them failed. Please install them (as administrator):" >&2
    echo "  sudo apt-get install$missing" >&2
    return 1
  fi
}

# Create the virtual environment and install the project into it when pyproject.toml changed.
ensure_venv() {
  local extras="$1" stamp
  if [ ! -x "$VENV/bin/python" ]; then
    if ! "$PYTHON" -c 'import ensurepip, venv' >/dev/null 2>&1; then
      # Debian and Ubuntu ship Python without venv/ensurepip unless python3-venv is installed.
      apt_install_missing "Python's virtual environments" python3-venv || exit 1
    fi
    echo "Creating virtual environment in $VENV …"
    "$PYTHON" -m venv "$VENV" || { rm -rf "$VENV"; exit 1; }
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
  apt_install_missing "Qt (headless)" $QT_APT_PACKAGES || exit 1
}

# What Qt's xcb platform plugin (the window on an X11 or XWayland desktop) needs, after "Qt for X11
# Requirements" and ldd of PySide6's libqxcb.so; a stock Debian desktop lacks libxcb-cursor0,
# libxcb-icccm4, libxcb-keysyms1 and more, and Qt then aborts.
QT_XCB_APT_PACKAGES="libx11-6 libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-glx0 libxcb-icccm4 libxcb-image0 \
libxcb-keysyms1 libxcb-randr0 libxcb-render0 libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1 \
libxcb-util1 libxcb-xfixes0 libxcb-xinerama0 libxcb-xinput0 libxcb-xkb1 libxkbcommon0 libxkbcommon-x11-0 \
libxrender1 libxext6 libxi6 libsm6 libice6 libfontconfig1 libfreetype6 libegl1 libgl1 libdbus-1-3 libglib2.0-0"
ensure_gui_libs() {
  [ "$(uname -s)" = "Linux" ] || return 0
  apt_install_missing "the app's window (Qt xcb)" $QT_XCB_APT_PACKAGES || exit 1
}

# After installing: ask the dynamic linker whether Qt's xcb plugin finds every library, and name
# the missing ones (with the usual Debian/Ubuntu package) instead of letting Qt abort later.
check_qt_xcb() {
  [ "$(uname -s)" = "Linux" ] || return 0
  command -v ldd >/dev/null 2>&1 || return 0
  local qt plugin missing lib pkg hint=""
  qt="$("$VENV/bin/python" -c 'import os, PySide6; print(os.path.join(os.path.dirname(PySide6.__file__), "Qt"))' 2>/dev/null)" || return 0
  plugin="$qt/plugins/platforms/libqxcb.so"
  [ -f "$plugin" ] || return 0
  missing="$(LD_LIBRARY_PATH="$qt/lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" ldd "$plugin" "$qt"/lib/libQt6XcbQpa.so.* 2>/dev/null \
    | awk '/not found/ {print $1}' | sort -u)"
  [ -z "$missing" ] && return 0
  for lib in $missing; do
    # libxcb-cursor.so.0 → libxcb-cursor0, libxkbcommon-x11.so.0 → libxkbcommon-x11-0, libGL.so.1 → libgl1
    pkg="$(printf '%s' "$lib" | tr 'A-Z' 'a-z' | sed -E 's/^libglib-2\.0\.so\.0$/libglib2.0-0/; s/\.so\.([0-9]+).*$/ \1/' \
      | awk '{ if (NF == 2) { sep = ($1 ~ /[0-9]$/) ? "-" : ""; print $1 sep $2 } else print $1 }')"
    hint="$hint $pkg"
  done
  echo "Qt cannot open its window: these system libraries are missing:" >&2
  printf '  %s\n' $missing >&2
  echo "On Debian/Ubuntu install them with:" >&2
  echo "  sudo apt-get install$hint" >&2
  exit 1
}
