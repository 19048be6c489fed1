"""Odd files to write or read: a symbolic link is written through, a device or a pipe is refused
with a message at once (never waited on, never read for ever), and nothing is left behind."""

from __future__ import annotations

import os
import stat
import subprocess
import sys

import pytest

from tuoyu_desktop.atomic import write_atomically
from tuoyu_desktop.cli import main
from tuoyu_desktop.messages import EN
from tuoyu_desktop.oserrors import describe
from tuoyu_desktop.plainfiles import NotAFile

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX links and pipes")


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo_id(capsys, data_dir) -> str:
    code, out, _ = run(capsys, "demo")
    assert code == 0
    return out.strip().splitlines()[-1]


def test_a_report_exported_onto_a_link_replaces_the_file_it_points_to(capsys, demo_id, tmp_path):
    shared = tmp_path / "shared"
    shared.mkdir()
    (shared / "报告.pdf").write_bytes(b"last year's report")
    mine = tmp_path / "mine"
    mine.mkdir()
    link = mine / "报告.pdf"
    link.symlink_to(shared / "报告.pdf")
    code, out, err = run(capsys, "export", demo_id, "-o", str(link))
    assert code == 0, err
    assert link.is_symlink() and os.readlink(link) == str(shared / "报告.pdf")
    assert (shared / "报告.pdf").read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in mine.iterdir()) == ["报告.pdf"]  # no temporary file left
    assert sorted(p.name for p in shared.iterdir()) == ["报告.pdf"]


def test_a_link_to_a_file_not_there_yet_makes_that_file(tmp_path):
    link = tmp_path / "latest.pdf"
    link.symlink_to(tmp_path / "2026" / "report.pdf")
    (tmp_path / "2026").mkdir()
    write_atomically(link, b"%PDF-1.7 new")
    assert link.is_symlink() and (tmp_path / "2026" / "report.pdf").read_bytes() == b"%PDF-1.7 new"


def test_a_pipe_is_refused_with_a_message_and_stays_a_pipe(capsys, demo_id, tmp_path):
    pipe = tmp_path / "report.pdf"
    os.mkfifo(pipe)
    code, out, err = run(capsys, "export", demo_id, "-o", str(pipe))
    assert code == 1
    assert "这是设备或管道，不是普通文件" in err and "Traceback" not in err
    assert stat.S_ISFIFO(pipe.lstat().st_mode)
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_every_atomic_write_refuses_a_special_file(tmp_path):
    pipe = tmp_path / "cache.bin"
    os.mkfifo(pipe)
    with pytest.raises(NotAFile) as refused:
        write_atomically(pipe, b"data")
    assert describe(refused.value) == "这是设备或管道，不是普通文件"
    assert stat.S_ISFIFO(pipe.lstat().st_mode) and sorted(tmp_path.iterdir()) == [pipe]
    link = tmp_path / "link.bin"
    link.symlink_to(pipe)  # through a link, the same
    with pytest.raises(NotAFile):
        write_atomically(link, b"data")
    assert link.is_symlink()


def cli(tmp_path, *argv: str) -> subprocess.CompletedProcess:
    """The command in a process of its own: a writer that opened the pipe would wait there for ever."""
    return subprocess.run([sys.executable, "-m", "tuoyu_desktop.cli", "--data-dir", str(tmp_path / "data"), *argv],
                          capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL)


def test_workbooks_refuse_a_pipe_too(tmp_path, mini_form_path):
    pipe = tmp_path / "form.xlsx"
    os.mkfifo(pipe)
    for argv in (["forms", "export", str(mini_form_path), "-o", str(pipe)], ["forms", "template", "-o", str(pipe)]):
        done = cli(tmp_path, *argv)
        assert done.returncode == 1 and "这是设备或管道" in done.stderr, done.stderr
    assert stat.S_ISFIFO(pipe.lstat().st_mode)


@pytest.mark.parametrize("endless", [False, True], ids=["a pipe no one writes to", "a device that never ends"])
def test_a_device_or_a_pipe_given_to_read_is_refused_at_once(tmp_path, mini_form_path, endless):
    if endless:  # every POSIX system has it
        report = form = workbook = certificate = "/dev/zero"
    else:
        report, form, workbook, certificate = (tmp_path / name for name in ("r.pdf", "f.yaml", "f.xlsx", "c.pem"))
        for pipe in (report, form, workbook, certificate):
            os.mkfifo(pipe)
    for argv in (["verify", str(report)], ["import", str(report)], ["forms", "validate", str(form)],
                 ["forms", "import", str(workbook)], ["desk", "roster", "import", str(workbook)],
                 ["trust", "add", str(certificate)], ["desk", "officer", "add", str(certificate)],
                 ["desk", "city", "district-add", "北京市朝阳区", str(certificate)]):
        done = cli(tmp_path, *argv)
        assert done.returncode != 0 and "这是设备或管道，不是普通文件" in done.stdout + done.stderr, (argv, done)
        assert "Traceback" not in done.stderr and "neither" not in done.stderr


def test_the_refusal_reads_in_chinese_and_english_wherever_an_os_error_is_told(tmp_path):
    refused = NotAFile()
    assert str(refused) == refused.strerror == describe(refused) == "这是设备或管道，不是普通文件"
    assert describe(refused).render(EN) == "this is a device or a pipe, not a file"
    pipe = tmp_path / "名册模板.xlsx"
    os.mkfifo(pipe)
    done = cli(tmp_path, "desk", "roster-template", "-o", str(pipe))  # a command that prints the error itself
    assert done.returncode == 1 and done.stderr.strip().endswith("这是设备或管道，不是普通文件"), done.stderr
