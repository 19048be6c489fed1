"""The command line writes Chinese on any code page (issue #14, item 3).

English and European Windows use cp1252, Chinese Windows cp936: Python writes pipes and files
in that code page, where most Chinese characters do not exist. Here the code page is simulated
with PYTHONIOENCODING (which Python honours like a Windows code page) and with a C locale.
"""

from __future__ import annotations

import os
import pty
import subprocess
import sys
import time

import pytest

CLI = [sys.executable, "-m", "tuoyu_desktop.cli"]


def _env(tmp_path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONIOENCODING", "PYTHONUTF8", "LC_ALL", "LANG")}
    env.update({"TUOYU_DATA_DIR": str(tmp_path / "data"), **extra})
    return env


SIMULATED_CODE_PAGES = [
    pytest.param({"PYTHONIOENCODING": "cp1252"}, id="cp1252"),
    pytest.param({"PYTHONIOENCODING": "cp936"}, id="cp936"),
    pytest.param({"LC_ALL": "C", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0"}, id="C-locale-ascii"),
]


@pytest.mark.parametrize("settings", SIMULATED_CODE_PAGES)
def test_help_into_a_pipe_is_utf8(tmp_path, settings):
    result = subprocess.run([*CLI, "--help"], capture_output=True, timeout=60, env=_env(tmp_path, **settings))
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    assert "托育机构质量自评与督导" in result.stdout.decode("utf-8")
    assert result.stderr == b""


@pytest.mark.parametrize("settings", SIMULATED_CODE_PAGES)
def test_list_and_errors_into_a_file_are_utf8(tmp_path, settings):
    out, err = tmp_path / "out.txt", tmp_path / "err.txt"
    env = _env(tmp_path, **settings)
    with out.open("wb") as stdout, err.open("wb") as stderr:
        demo = subprocess.run([*CLI, "demo"], stdout=stdout, stderr=stderr, timeout=120, env=env)
    assert demo.returncode == 0, err.read_bytes().decode("utf-8", "replace")
    with out.open("wb") as stdout, err.open("wb") as stderr:
        listed = subprocess.run([*CLI, "list"], stdout=stdout, stderr=stderr, timeout=60, env=env)
    assert listed.returncode == 0
    assert "示范" in out.read_bytes().decode("utf-8") or "WS/T" in out.read_bytes().decode("utf-8")
    with out.open("wb") as stdout, err.open("wb") as stderr:
        failed = subprocess.run([*CLI, "export", "no-such-id", "-o", str(tmp_path / "x.pdf")], stdout=stdout,
                                stderr=stderr, timeout=60, env=env)
    assert failed.returncode == 1
    message = err.read_bytes().decode("utf-8")
    assert message.startswith("错误：") and "Traceback" not in message


def _run_on_console(tmp_path, settings: dict[str, str], *argv: str) -> tuple[int, bytes]:
    """Run the CLI with its stdout and stderr on a terminal (a pseudo-terminal)."""
    main, child = pty.openpty()
    process = subprocess.Popen([*CLI, *argv], stdout=child, stderr=child, stdin=subprocess.DEVNULL,
                               env=_env(tmp_path, **settings))
    os.close(child)
    output = b""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            chunk = os.read(main, 65536)
        except OSError:  # the terminal closed: the program has ended
            break
        if not chunk:
            break
        output += chunk
    os.close(main)
    return process.wait(timeout=60), output


def test_console_in_cp936_shows_chinese(tmp_path):
    code, output = _run_on_console(tmp_path, {"PYTHONIOENCODING": "cp936"}, "--help")
    assert code == 0
    assert "托育机构质量自评与督导" in output.decode("gbk", "replace")


def test_console_in_cp1252_replaces_rather_than_crashing(tmp_path):
    code, output = _run_on_console(tmp_path, {"PYTHONIOENCODING": "cp1252"}, "--help")
    assert code == 0, output[-2000:]
    text = output.decode("cp1252", "replace")
    assert "UnicodeEncodeError" not in text and "Traceback" not in text
    assert "usage: tuoyu" in text and "?" in text


@pytest.mark.parametrize("argv", [("--help",), ("forms", "list")])
def test_a_reader_that_stops_early_ends_it_quietly(tmp_path, argv):
    """``tuoyu forms list | head -1``: the pipe is closed before the program writes."""
    process = subprocess.Popen([*CLI, *argv], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               env=_env(tmp_path, PYTHONIOENCODING="cp1252"))
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()
    err = process.stderr.read()
    assert process.wait(timeout=60) == 0
    assert err == b"", err.decode("utf-8", "replace")


def test_shell_pipe_into_head(tmp_path):
    result = subprocess.run(["bash", "-c", 'set -o pipefail; "$@" forms list | head -1', "sh", *CLI],
                            capture_output=True, timeout=60, env=_env(tmp_path, PYTHONIOENCODING="cp1252"))
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    assert len(result.stdout.decode("utf-8").splitlines()) == 1 and result.stderr == b""
