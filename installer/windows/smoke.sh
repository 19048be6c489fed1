#!/usr/bin/env bash
# Smoke-test a Windows installer under Wine, in a fresh isolated prefix:
#
#   bash installer/windows/smoke.sh dist/tuoyu-desktop-<version>-win64-setup.exe
#
# A corrupted copy is refused (NSIS's CRC check), a folder that cannot be written is refused, then a
# silent install into a folder whose name has spaces and Chinese characters; the Windows
# interpreter's own `pip check`; `tuoyu --version`, `forms list`, `demo`, `finalise`, a signed
# `export`, `verify` (and poppler's `pdfsig`); the Qt binding's reference-count check; the main
# window started offscreen (timed, screenshot saved) and the real GUI launcher started; an upgrade in
# place that keeps the data; a silent uninstall that keeps the data. Installs Wine, MinGW and poppler
# from Debian when missing. Writes nothing outside its own folder (TUOYU_SMOKE_DIR, default a new
# temporary one); the screenshot and a summary go beside the installer unless TUOYU_SMOKE_OUT says.
#
# What Wine cannot check: Qt's native "windows" platform aborts under Wine 8 (an unimplemented
# colour-profile call), so the window is drawn offscreen here; real rendering, DPI scaling, fonts
# and the installer's pages need a real Windows. Two system DLLs Wine lacks get test-only stand-ins
# (wine-standins/), never shipped.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
[ $# -eq 1 ] && [ -f "$1" ] || { echo "usage: bash installer/windows/smoke.sh SETUP.exe" >&2; exit 2; }
SETUP="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
OUT="${TUOYU_SMOKE_OUT:-$(dirname "$SETUP")}"
SMOKE="${TUOYU_SMOKE_DIR:-$(mktemp -d /tmp/tuoyu-smoke.XXXXXX)}"
mkdir -p "$SMOKE" "$OUT"
started=$(date +%s.%N)
REPORT="$SMOKE/summary.txt"
: > "$REPORT"

say() { printf '\n== %s\n' "$*"; }
note() { printf '%s\n' "$*" | tee -a "$REPORT"; }
fail() { printf 'SMOKE FAILED: %s\n' "$*" | tee -a "$REPORT" >&2; exit 1; }
now() { date +%s.%N; }
since() { python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.1f}')" "$1" "$(now)"; }

# -- tools -----------------------------------------------------------------------------------
need=""
command -v wine >/dev/null 2>&1 || need="$need wine"
command -v wine64 >/dev/null 2>&1 || [ -x /usr/lib/wine/wine64 ] || need="$need wine64"
command -v x86_64-w64-mingw32-gcc >/dev/null 2>&1 || need="$need gcc-mingw-w64-x86-64-win32"
command -v pdfsig >/dev/null 2>&1 || need="$need poppler-utils"
if [ -n "$need" ]; then
  say "Installing:$need"
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $need >/dev/null
fi

# -- a fresh, isolated prefix ------------------------------------------------------------------
export HOME="$SMOKE/home" XDG_CONFIG_HOME="$SMOKE/home/.config" XDG_DATA_HOME="$SMOKE/home/.local/share"
export XDG_CACHE_HOME="$SMOKE/home/.cache" WINEPREFIX="$SMOKE/prefix" WINEARCH=win64 WINEDEBUG=-all
export WINEDLLOVERRIDES="winemenubuilder.exe=d;mscoree=d;mshtml=d" LC_ALL=C.UTF-8 LANG=C.UTF-8
unset DISPLAY WAYLAND_DISPLAY
mkdir -p "$HOME"
say "Wine prefix $WINEPREFIX"
t=$(now)
wineboot -i >/dev/null 2>&1 || true
wineserver -w
note "wine prefix: $(since "$t") s"
WUSER="$(ls "$WINEPREFIX/drive_c/users" | grep -v -x Public | head -1)"
PROFILE="$WINEPREFIX/drive_c/users/$WUSER"
SYS32="$WINEPREFIX/drive_c/windows/system32"
for dll in icuuc bcryptprimitives; do
  x86_64-w64-mingw32-gcc -O2 -shared -o "$SYS32/$dll.dll" "$HERE/wine-standins/$dll.c" -ladvapi32
done
# Wine drops environment variables named QT_*: Windows programs read this one from the registry.
wine reg add 'HKCU\Environment' /v QT_QPA_PLATFORM /d offscreen /f >/dev/null 2>&1
wineserver -w

# Run a Windows program; its output comes through a pipe (Python under Wine 8 dies at start when
# stdout goes straight to a file). Prints the output without carriage returns; returns its exit code.
run() {
  set +e
  wine "$@" 2>&1 | tr -d '\r' | grep -v -e '^[0-9a-f]*:err:' -e 'CryptographyDeprecationWarning' -e 'DSAPrivateKey$'
  local code=${PIPESTATUS[0]}
  set -e
  return "$code"
}
# NSIS takes /D=FOLDER only last and unquoted, spaces included; wine would quote it: go through cmd.
setup_into() { local dir="$1"; shift; timeout 300 wine cmd /c "$(winepath -w "$SETUP") /S $* /D=$dir" >/dev/null 2>&1; }

# -- a corrupted download and a folder that cannot be written are refused ------------------------
say "Corrupted installer"
cp "$SETUP" "$SMOKE/corrupt-setup.exe"
python3 - "$SMOKE/corrupt-setup.exe" <<'EOF'
import sys
path = sys.argv[1]
with open(path, "r+b") as f:
    f.seek(0, 2); size = f.tell(); f.seek(size // 2); byte = f.read(1); f.seek(size // 2)
    f.write(bytes([byte[0] ^ 0xFF]))
EOF
set +e; timeout 120 wine "$SMOKE/corrupt-setup.exe" /S '/D=C:\corrupt' >/dev/null 2>&1; code=$?; set -e
wineserver -w
[ "$code" -ne 0 ] || fail "a corrupted installer exited 0"
[ ! -e "$WINEPREFIX/drive_c/corrupt/tuoyu.exe" ] || fail "a corrupted installer installed files"
note "corrupted installer: refused (exit $code), nothing installed"

say "Windows older than 10 1903 is refused"
# A new Wine 8 prefix says it is Windows 7 (build 7601): the installer must refuse, and install nothing.
set +e; setup_into 'C:\old windows'; code=$?; set -e
wineserver -w
[ "$code" -eq 3 ] || fail "on Windows 7 the installer exited $code, not 3 (refused)"
[ ! -e "$WINEPREFIX/drive_c/old windows" ] || fail "on Windows 7 the installer created its folder"
note "Windows 7 (build 7601): refused (exit $code), nothing installed"
winecfg -v win10 >/dev/null 2>&1
wineserver -w
build=$(wine reg query 'HKLM\Software\Microsoft\Windows NT\CurrentVersion' /v CurrentBuild 2>/dev/null | tr -d '\r' | awk '/CurrentBuild/{print $3}')
note "the prefix now says Windows 10 build $build"

say "A folder that cannot be written"
# Running as root, file permissions do not stop us: drive R: is /proc, where no folder can be made.
ln -sfn /proc "$WINEPREFIX/dosdevices/r:"
set +e; setup_into 'R:\tuoyu desktop'; code=$?; set -e
wineserver -w
rm -f "$WINEPREFIX/dosdevices/r:"
[ "$code" -eq 4 ] || fail "installing into a folder that cannot be written exited $code, not 4"
note "unwritable folder: refused (exit $code)"

# -- silent install into a folder with spaces and Chinese characters ------------------------------
say "Silent install"
WINDIR='C:\托育 软件\tuoyu desktop'
INST="$WINEPREFIX/drive_c/托育 软件/tuoyu desktop"
t=$(now)
setup_into "$WINDIR" || fail "silent install exited $?"
wineserver -w
install_time=$(since "$t")
note "silent install: $install_time s, $(du -sm "$INST" | cut -f1) MiB installed"
for f in tuoyu.exe tuoyu-desktop.exe tuoyu.ico uninstall.exe Python/python.exe Python/python311._pth; do
  [ -f "$INST/$f" ] || fail "not installed: $f"
done
# The installer speaks the Windows UI language (Chinese, else English); so do the shortcuts' names.
LNK=$(wine reg query 'HKCU\Software\tuoyu-desktop' /v ShortcutName 2>/dev/null | tr -d '\r' | sed -n 's/.*REG_SZ *//p')
[ -n "$LNK" ] || fail "no shortcut name in HKCU\Software\tuoyu-desktop"
MENU="$PROFILE/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/$LNK"
[ -f "$MENU/$LNK.lnk" ] || fail "no Start-menu shortcut in $MENU"
[ -f "$PROFILE/Desktop/$LNK.lnk" ] || fail "no desktop shortcut"
wine reg query 'HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\tuoyu-desktop' /v QuietUninstallString \
  2>/dev/null | grep -q 'uninstall.exe" /S' || fail "no uninstall entry in HKCU"
note "shortcuts \"$LNK\" (Start menu, desktop) and the HKCU uninstall entry: present"

CLI="$INST/tuoyu.exe"
PYW="$INST/Python/python.exe"

say "pip check (the Windows interpreter's own)"
PIPWHEEL="$(ls "$ROOT"/build/windows/cache/tools-*/pip-*.whl 2>/dev/null | head -1 || true)"
if [ -z "$PIPWHEEL" ]; then
  python3 -m pip download --quiet --no-deps --require-hashes --only-binary=:all: -d "$SMOKE/pip" \
    -r <(grep '^pip==' "$HERE/requirements-tools.txt")
  PIPWHEEL="$(ls "$SMOKE"/pip/pip-*.whl)"
fi
cp "$PIPWHEEL" "$SMOKE/pip.whl"
check=$(run "$PYW" -c "import sys; sys.path.insert(0, sys.argv[1]); from pip._internal.cli.main import main; sys.exit(main(['check', '--disable-pip-version-check']))" "$(winepath -w "$SMOKE/pip.whl")") \
  || fail "pip check: $check"
note "pip check: $check"

say "The command line"
version=$(run "$CLI" --version) || fail "tuoyu --version: $version"
note "tuoyu --version: $version"
forms=$(run "$CLI" forms list) || fail "forms list: $forms"
echo "$forms" | grep -q wst821 || fail "forms list has no wst821: $forms"
note "forms list: $(echo "$forms" | wc -l) lines"
t=$(now)
demo=$(run "$CLI" demo) || fail "demo: $demo"
ID=$(echo "$demo" | tail -1 | tr -d '[:space:]')
note "demo: $(since "$t") s, assessment $ID"
run "$CLI" finalise "$ID" >/dev/null || fail "finalise"
W="$SMOKE/work 测试"
mkdir -p "$W"
echo "smoke-test passphrase 2026" > "$W/pass.txt"
WW="$(winepath -w "$W")"
run "$CLI" identity new "$WW\\me.p12" --name 张三 --role 机构负责人 --org 阳光托育 --passphrase-file "$WW\\pass.txt" >/dev/null \
  || fail "identity new"
run "$CLI" identity export-cert "$WW\\me.p12" -o "$WW\\me.pem" --passphrase-file "$WW\\pass.txt" >/dev/null \
  || fail "identity export-cert"
t=$(now)
exported=$(run "$CLI" export "$ID" -o "$WW\\报告 report.pdf" --sign "$WW\\me.p12" --passphrase-file "$WW\\pass.txt") \
  || fail "signed export: $exported"
note "signed export: $(since "$t") s"
verified=$(run "$CLI" verify "$WW\\报告 report.pdf" --trust "$WW\\me.pem") || fail "verify: $verified"
note "verify: $(echo "$verified" | tail -1)"
pdfsig "$W/报告 report.pdf" 2>&1 | grep -q "Signature Validation: Signature is Valid" || fail "pdfsig does not say valid"
note "pdfsig: Signature is Valid"
listed=$(run "$CLI" list | cat) || fail "list | cat"
echo "$listed" | grep -q "演示" || fail "list into a pipe lost its Chinese: $listed"
note "tuoyu list into a pipe: UTF-8 Chinese"
# A data folder whose path has spaces and Chinese characters
run "$CLI" --data-dir "$WW\\数据 目录" demo >/dev/null || fail "demo in a folder with spaces and Chinese characters"
[ -f "$W/数据 目录/tuoyu.db" ] || fail "no database in the Chinese-named data folder"
note "data folder with spaces and Chinese characters: ok"

say "Qt binding: reference counts of None/True/False (issue #15)"
probe="$(python3 - "$ROOT/tests/ui/test_qt_binding.py" <<'EOF'
import ast, sys
tree = ast.parse(open(sys.argv[1], encoding="utf-8").read())
probe = next(n.value.value for n in tree.body if isinstance(n, ast.Assign) and getattr(n.targets[0], "id", "") == "PROBE")
print(probe.replace("{calls}", "2000"))
EOF
)"
printf '%s\n' "$probe" > "$W/probe.py"
counts=$(run "$PYW" "$WW\\probe.py") || fail "reference-count probe: $counts"
[ "$(echo "$counts" | tr '\n' ' ')" = "None 0 True 0 False 0 " ] || fail "the Qt binding leaks references: $counts"
note "Qt binding reference counts after 12,000 void calls: unchanged"

say "The main window (offscreen)"
# Offscreen Qt on Windows finds fonts only in QT_QPA_FONTDIR (the native platform uses Windows' own):
# a copy of the app's bundled font, test prefix only (an ASCII path: reg.exe under Wine mangles Chinese).
mkdir -p "$WINEPREFIX/drive_c/smoke-fonts"
cp "$INST/Python/Lib/site-packages/tuoyu_desktop/_bundled/resources/fonts/"*.ttf "$WINEPREFIX/drive_c/smoke-fonts/"
wine reg add 'HKCU\Environment' /v QT_QPA_FONTDIR /d 'C:\smoke-fonts' /f >/dev/null 2>&1
wineserver -w
cat > "$W/window.py" <<'EOF'
import sys, time
sys.stdout.reconfigure(encoding="utf-8")
started = time.perf_counter()
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from tuoyu_desktop import app
window = app.launch(["--data-dir", sys.argv[1]])
assert not isinstance(window, int), window
QApplication.processEvents()
shown = time.perf_counter() - started
window.resize(1280, 800)
QApplication.processEvents()
window.grab().save(sys.argv[2])
print(f"window {shown:.2f} {window.windowTitle()}")
QTimer.singleShot(0, window.close)
QTimer.singleShot(50, QApplication.quit)
sys.exit(QApplication.instance().exec())
EOF
t=$(now)
window=$(run "$PYW" "$WW\\window.py" "$(winepath -w "$PROFILE")\\AppData\\Local\\tuoyu-desktop" "$WW\\window.png") \
  || fail "main window: $window"
first_window=$(since "$t")
[ -s "$W/window.png" ] || fail "no screenshot"
cp "$W/window.png" "$OUT/smoke-window.png"
note "main window: shown $(echo "$window" | awk '/^window/{print $2}') s after interpreter start, $first_window s with Wine start; screenshot $OUT/smoke-window.png"
# The real GUI launcher (pythonw): it opens its data folder, then we stop it.
wine "$INST/tuoyu-desktop.exe" --data-dir "$WW\\gui data" >/dev/null 2>&1 &
for _ in $(seq 1 60); do [ -f "$W/gui data/tuoyu.db" ] && break; sleep 1; done
wineserver -k || true
wineserver -w || true
[ -f "$W/gui data/tuoyu.db" ] || fail "tuoyu-desktop.exe did not start (no database after 60 s)"
note "tuoyu-desktop.exe (GUI launcher): started and opened its data folder"

DATA="$PROFILE/AppData/Local/tuoyu-desktop"
[ -f "$DATA/tuoyu.db" ] || fail "the default data folder is not $DATA"

say "Upgrade in place"
echo "# left by an older version" > "$INST/Python/Lib/site-packages/left_by_older_version.py"
t=$(now)
wine "$SETUP" /S >/dev/null 2>&1 || fail "upgrade install exited $?"
wineserver -w
[ ! -e "$INST/Python/Lib/site-packages/left_by_older_version.py" ] || fail "the upgrade left an old file behind"
run "$CLI" list | grep -q "演示" || fail "the data is gone after the upgrade"
note "upgrade in place (same folder found in HKCU): $(since "$t") s, old files replaced, data kept"

say "Silent uninstall"
wine "$INST/uninstall.exe" /S >/dev/null 2>&1 || fail "uninstall exited $?"
wineserver -w
sleep 2; wineserver -w
for f in tuoyu.exe tuoyu-desktop.exe uninstall.exe Python; do [ ! -e "$INST/$f" ] || fail "left after uninstall: $f"; done
[ ! -e "$MENU" ] || fail "Start-menu folder left after uninstall"
[ ! -e "$PROFILE/Desktop/$LNK.lnk" ] || fail "desktop shortcut left after uninstall"
! wine reg query 'HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\tuoyu-desktop' >/dev/null 2>&1 \
  || fail "uninstall entry left"
[ -f "$DATA/tuoyu.db" ] || fail "the uninstaller removed the user data"
[ -f "$W/数据 目录/tuoyu.db" ] || fail "the uninstaller removed a data folder"
note "silent uninstall: program, shortcuts and registry entry gone; user data kept ($DATA)"

note ""
note "installer: $(basename "$SETUP"), $(python3 -c "import os,sys; print(f'{os.path.getsize(sys.argv[1]) / 2**20:.1f}')" "$SETUP") MiB"
note "install: $install_time s; first window under Wine: $first_window s; whole smoke run: $(since "$started") s"
cp "$REPORT" "$OUT/smoke-summary.txt"
echo "SMOKE OK"
