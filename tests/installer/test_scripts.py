"""The set-up scripts: missing Qt libraries are installed or named exactly (issue #14, item 4)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from support import ROOT


def _fake(bin_dir: Path, name: str, script: str) -> None:
    path = bin_dir / name
    path.write_text("#!/bin/sh\n" + script, encoding="utf-8")
    path.chmod(0o755)


def _bash(command: str, bin_dir: Path, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(["bash", "-c", f"source installer/venv.sh; {command}"], cwd=ROOT, capture_output=True,
                          text=True, timeout=60, env={**os.environ, "PATH": f"{bin_dir}:{os.environ['PATH']}", **env})


def test_missing_xcb_libraries_are_named_with_their_packages(tmp_path):
    """ldd says what Qt's xcb plugin cannot find; the script names the libraries and the packages."""
    _fake(tmp_path, "ldd", 'echo "\tlibxcb-cursor.so.0 => not found"\necho "\tlibxkbcommon-x11.so.0 => not found"\n'
                           'echo "\tlibc.so.6 => /lib/libc.so.6"\n')
    result = _bash("check_qt_xcb", tmp_path, VENV=str(ROOT / ".venv"))
    if "cannot open its window" not in result.stderr:  # PySide6 without the xcb plugin (not Linux)
        assert result.returncode == 0
        return
    assert result.returncode == 1
    assert "libxcb-cursor.so.0" in result.stderr and "libxkbcommon-x11.so.0" in result.stderr
    assert "sudo apt-get install libxcb-cursor0 libxkbcommon-x11-0" in result.stderr


def test_nothing_missing_says_nothing(tmp_path):
    _fake(tmp_path, "ldd", 'echo "\tlibc.so.6 => /lib/libc.so.6"\n')
    result = _bash("check_qt_xcb", tmp_path, VENV=str(ROOT / ".venv"))
    assert result.returncode == 0 and result.stderr == ""


def test_missing_packages_installed_with_apt(tmp_path):
    log = tmp_path / "apt.log"
    _fake(tmp_path, "dpkg-query", 'case "$3" in libxcb-cursor0|libxcb-icccm4) exit 1;; esac\necho "install ok installed"\n')
    _fake(tmp_path, "apt-get", f'echo "$@" >> {log}\n')
    _fake(tmp_path, "id", "echo 0\n")
    result = _bash("ensure_gui_libs", tmp_path)
    assert result.returncode == 0, result.stderr
    assert "libxcb-cursor0 libxcb-icccm4" in result.stdout
    assert "install -y -qq libxcb-cursor0 libxcb-icccm4" in log.read_text()


def test_without_root_or_sudo_the_exact_command_is_given(tmp_path):
    _fake(tmp_path, "dpkg-query", 'case "$3" in libxcb-keysyms1) exit 1;; esac\necho "install ok installed"\n')
    _fake(tmp_path, "apt-get", "exit 99\n")
    _fake(tmp_path, "id", "echo 1000\n")
    result = _bash("ensure_gui_libs; echo reached", tmp_path, TUOYU_NO_SUDO="1")
    assert result.returncode == 1 and "reached" not in result.stdout
    assert "apt-get install libxcb-keysyms1" in result.stderr


def test_a_failing_apt_get_gives_the_command_too(tmp_path):
    _fake(tmp_path, "dpkg-query", 'case "$3" in libxcb-xkb1) exit 1;; esac\necho "install ok installed"\n')
    _fake(tmp_path, "apt-get", "exit 100\n")
    _fake(tmp_path, "id", "echo 0\n")
    result = _bash("ensure_gui_libs", tmp_path)
    assert result.returncode == 1
    assert "sudo apt-get install libxcb-xkb1" in result.stderr
