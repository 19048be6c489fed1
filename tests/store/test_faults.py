"""Faults that used to lose confirmed data (issue #9's data-loss list): the data file deleted or
replaced while open, restores killed or fed bad files, a damaged WAL, the clock set back."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from support import ROOT
from support.files import read_only

from tuoyu_desktop.records import Answer
from tuoyu_desktop.services import DatabaseGone, DatabaseMissing, StoreError, Workspace, restore_set_aside
from tuoyu_desktop.store import backup
from tuoyu_desktop.store.db import DB_FILENAME


def answered(workspace: Workspace) -> str:
    assessment_id = workspace.assessments.create("mini-test", "2026年上半年")
    workspace.assessments.open(assessment_id).set_answer("1.1.1", Answer("yes"))
    return assessment_id


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("how", ["deleted", "replaced"])
def test_a_vanished_data_file_refuses_saves_and_everything_can_be_saved_back(mini_workspace, how):
    assessment_id = answered(mini_workspace)
    session = mini_workspace.assessments.open(assessment_id)
    database = mini_workspace.data_dir / DB_FILENAME
    os.unlink(database)
    if how == "replaced":
        sqlite3.connect(database).execute("CREATE TABLE other (x)").connection.close()
    with pytest.raises(DatabaseGone, match="已被删除" if how == "deleted" else "已被另一个文件替换"):
        session.set_answer("1.1.2", Answer("met"))
    assert session.answer("1.1.2") == Answer()  # not confirmed, not pretended
    aside = mini_workspace.save_back()
    assert (aside is not None) == (how == "replaced")
    if aside is not None:
        assert sqlite3.connect(aside).execute("SELECT name FROM sqlite_master").fetchall() == [("other",)]
    session.set_answer("1.1.2", Answer("met"))
    mini_workspace.close()
    again = Workspace.open(mini_workspace.data_dir)
    try:
        reopened = again.assessments.open(assessment_id)
        assert reopened.answer("1.1.1") == Answer("yes") and reopened.answer("1.1.2") == Answer("met")
        assert again.audit.verify().ok
    finally:
        again.close()


def _foreign_files(tmp_path: Path) -> dict[str, Path]:
    files = {}
    files["empty file"] = tmp_path / "empty.db"
    files["empty file"].write_bytes(b"")
    files["empty SQLite"] = tmp_path / "blank.db"
    sqlite3.connect(files["empty SQLite"]).execute("VACUUM").connection.close()
    files["another program"] = tmp_path / "other.db"
    conn = sqlite3.connect(files["another program"])
    conn.execute("CREATE TABLE notes (text)")
    conn.execute("PRAGMA user_version = 3")
    conn.commit()
    conn.close()
    files["not SQLite"] = tmp_path / "text.db"
    files["not SQLite"].write_text("hello", encoding="utf-8")
    return files


def _copy_with(source: Path, target: Path, *statements: str) -> Path:
    conn = sqlite3.connect(source)
    copy = sqlite3.connect(target)
    conn.backup(copy)
    conn.close()
    for statement in statements:
        copy.execute(statement)
    copy.commit()
    copy.close()
    return target


def test_restore_refuses_what_is_not_a_good_backup_and_changes_nothing(mini_workspace, tmp_path):
    assessment_id = answered(mini_workspace)
    good = mini_workspace.backups.take("manual")
    files = _foreign_files(tmp_path)
    files["schema 99"] = _copy_with(good.path, tmp_path / "future.db", "PRAGMA user_version = 99")
    files["broken audit chain"] = _copy_with(
        good.path, tmp_path / "edited.db", "DROP TRIGGER audit_log_no_update",
        "UPDATE audit_log SET new = '\"no\"' WHERE seq = (SELECT max(seq) FROM audit_log)")
    database = mini_workspace.data_dir / DB_FILENAME
    mini_workspace.checkpoint()
    before = digest(database)
    reasons = {"empty file": "空的", "empty SQLite": "不是本程序的数据文件", "another program": "不是本程序的数据文件",
               "not SQLite": "不是可用的数据文件", "schema 99": "更新版本", "broken audit chain": "审计记录不完整"}
    for name, path in files.items():
        with pytest.raises(StoreError, match=reasons[name]) as caught:
            mini_workspace.backups.restore(path)
        assert "当前数据没有改动" in str(caught.value)
        assert digest(database) == before, name
        assert mini_workspace.assessments.open(assessment_id).answer("1.1.1") == Answer("yes")
    assert not list(database.parent.glob(".*staging*"))


def test_restore_interrupted_at_the_swap_leaves_the_old_data(mini_workspace, monkeypatch):
    assessment_id = answered(mini_workspace)
    kept = mini_workspace.backups.take("manual")
    mini_workspace.assessments.open(assessment_id).set_answer("1.1.2", Answer("met"))

    def killed(database, staged):
        raise KeyboardInterrupt  # as if the process died right before the rename

    monkeypatch.setattr(backup, "put_in_place", killed)
    with pytest.raises(KeyboardInterrupt):
        mini_workspace.backups.restore(kept.path)
    monkeypatch.undo()
    session = mini_workspace.assessments.open(assessment_id)
    assert session.answer("1.1.2") == Answer("met")  # the data before the restore, whole


def test_a_start_with_only_a_set_aside_file_says_so_and_offers_it(tmp_path, mini_form_path):
    data = tmp_path / "data"
    workspace = Workspace.open(data)
    (data / "forms").mkdir()
    (data / "forms" / mini_form_path.name).write_bytes(mini_form_path.read_bytes())
    from tuoyu_desktop.services import demo_profile

    workspace.facilities.save_own(demo_profile())
    workspace.checkpoint()
    workspace.close()
    os.replace(data / DB_FILENAME, data / f"{DB_FILENAME}.before-restore-20261128-101010-000001")
    with pytest.raises(DatabaseMissing, match="before-restore") as caught:
        Workspace.open(data)
    assert not (data / DB_FILENAME).exists()  # nothing silently created
    restore_set_aside(data, caught.value.kept[0])
    reopened = Workspace.open(data)
    try:
        assert reopened.facilities.own() is not None
    finally:
        reopened.close()


WRITE_AND_DIE = """
import os, sys
from tuoyu_desktop.records import Answer
from tuoyu_desktop.services import Workspace, demo_profile
ws = Workspace.open(sys.argv[1])
ws.facilities.save_own(demo_profile())
ws.checkpoint()
session = ws.assessments.open(ws.assessments.create("wst821-2023", "2026年上半年"))
items = [i for i in session.form.iter_items() if i.kind == "choice"][:12]
for item in items:
    session.set_answer(item.id, Answer(item.scale.options[0].value))
os._exit(0)  # no close: the last answers are only in the WAL
"""


def test_a_damaged_wal_is_noticed_at_the_next_start(tmp_path):
    data = tmp_path / "data"
    subprocess.run([sys.executable, "-c", WRITE_AND_DIE, str(data)], check=True, cwd=ROOT, timeout=120)
    wal = data / f"{DB_FILENAME}-wal"
    raw = bytearray(wal.read_bytes())
    page_size = int.from_bytes(raw[8:12], "big")
    frames = (len(raw) - 32) // (24 + page_size)
    damaged = 32 + (frames // 3) * (24 + page_size)
    raw[damaged + 8:damaged + 24] = bytes(16)  # a frame's salt and checksum: SQLite keeps only what comes before it
    wal.write_bytes(bytes(raw))
    workspace = Workspace.open(data)
    try:
        warning = workspace.integrity_warning()
        assert warning is not None and "缺少最近确认保存" in warning
        check = workspace.audit.verify()
        assert not check.ok and any("缺少最近确认保存" in p for p in check.problems)
    finally:
        workspace.close()


def test_an_intact_start_has_no_warning(mini_workspace):
    answered(mini_workspace)
    assert mini_workspace.integrity_warning() is None and mini_workspace.audit.verify().ok


def test_the_newest_backup_is_the_last_taken_even_when_the_clock_goes_back(mini_workspace, monkeypatch):
    answered(mini_workspace)
    first = mini_workspace.backups.take("manual")

    class Earlier(datetime):
        @classmethod
        def now(cls, tz=None):
            return datetime.now(tz) - timedelta(days=400)

    monkeypatch.setattr(backup, "datetime", Earlier)
    second = mini_workspace.backups.take("manual")
    assert second.taken_at < first.taken_at
    assert mini_workspace.backups.list()[0].path == second.path


def test_readers_work_in_a_read_only_folder_and_create_nothing(tmp_path, capsys):
    from tuoyu_desktop.cli import main

    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "demo"]) == 0
    capsys.readouterr()
    assert not list(data.glob(f"{DB_FILENAME}-wal"))  # the command closed its workspace: the WAL is merged
    before = sorted(p.name for p in data.iterdir())
    with read_only(data, data / DB_FILENAME):
        assert main(["--data-dir", str(data), "list", "--json"]) == 0
        assert '"grade"' in capsys.readouterr().out
        assert sorted(p.name for p in data.iterdir()) == before


def test_backup_keep_zero_is_a_message(capsys, data_dir):
    from tuoyu_desktop.cli import main

    assert main(["demo"]) == 0
    capsys.readouterr()
    assert main(["backup", "--keep", "0"]) == 1
    assert "至少保留 1 个备份" in capsys.readouterr().err


def test_a_read_only_folder_with_unmerged_changes_is_refused_not_misread(tmp_path, capsys):
    from tuoyu_desktop.cli import main

    data = tmp_path / "data"
    subprocess.run([sys.executable, "-c", WRITE_AND_DIE, str(data)], check=True, cwd=ROOT, timeout=120)
    (data / f"{DB_FILENAME}-shm").unlink()
    with read_only(data, data / DB_FILENAME, data / f"{DB_FILENAME}-wal"):
        assert main(["--data-dir", str(data), "list", "--json"]) == 1
    assert "尚未写入数据文件" in capsys.readouterr().err
