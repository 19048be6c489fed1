"""Backups, rotation, restore, recovery from a damaged database, and one writer at a time."""

from __future__ import annotations

import pytest

from tuoyu_desktop.cli import main
from tuoyu_desktop.records import Answer
from tuoyu_desktop.services import DatabaseDamaged, DataDirBusy, Workspace, recover_damaged
from tuoyu_desktop.store.db import DB_FILENAME


def test_second_writer_is_refused_reader_is_not(mini_workspace, data_dir, capsys):
    with pytest.raises(DataDirBusy, match="另一个 tuoyu 程序"):
        Workspace.open(data_dir)
    reader = Workspace.open(data_dir, writer=False)
    assert reader.facilities.own() is not None
    reader.close()
    assert main(["--data-dir", str(data_dir), "list"]) == 0  # reading commands still work
    assert main(["--data-dir", str(data_dir), "demo"]) == 1  # writing ones respect the lock
    assert "另一个 tuoyu 程序" in capsys.readouterr().err
    mini_workspace.close()
    Workspace.open(data_dir).close()  # released on close


def test_backups_rotate_and_restore_keeps_current_aside(mini_workspace, data_dir):
    assessment_id = mini_workspace.assessments.create("mini-test", "2026年上半年")
    session = mini_workspace.assessments.open(assessment_id)
    session.set_answer("1.1.1", Answer("yes"))
    mini_workspace.backups.set_keep(3)
    first = mini_workspace.backups.take("manual")
    session.set_answer("1.1.1", Answer("no"))
    for _ in range(4):
        mini_workspace.backups.take("manual")
    assert len(mini_workspace.backups.list()) == 3 and not first.path.exists()
    kept = mini_workspace.backups.list()[-1]
    session.set_answer("1.1.2", Answer("met"))
    aside = mini_workspace.backups.restore(kept.path)
    assert aside is not None and aside.exists()
    restored = mini_workspace.assessments.open(assessment_id)
    assert restored.answer("1.1.1") == Answer("no") and restored.answer("1.1.2") == Answer()
    assert any(b.reason == "restore" for b in mini_workspace.backups.list())


def test_finalise_and_import_take_a_backup_first(demo_workspace):
    workspace, assessment_id = demo_workspace
    workspace.assessments.finalise(assessment_id)
    assert [b.reason for b in workspace.backups.list()] == ["finalise"]


def test_damaged_database_is_detected_and_recovered_from_backup(mini_workspace, data_dir):
    assessment_id = mini_workspace.assessments.create("mini-test", "2026年上半年")
    mini_workspace.assessments.open(assessment_id).set_answer("1.1.1", Answer("yes"))
    mini_workspace.backups.take("start")
    mini_workspace.close()
    database = data_dir / DB_FILENAME
    data = bytearray(database.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # wreck the schema page
    database.write_bytes(bytes(data))
    with pytest.raises(DatabaseDamaged):
        Workspace.open(data_dir)
    good, aside = recover_damaged(data_dir)
    assert aside.exists() and aside.read_bytes() == bytes(data)  # the damaged file is kept, untouched
    again = Workspace.open(data_dir)
    assert again.assessments.open(assessment_id).answer("1.1.1") == Answer("yes")
    again.close()


def test_no_backup_means_nothing_is_touched(tmp_path):
    directory = tmp_path / "data"
    directory.mkdir()
    (directory / DB_FILENAME).write_bytes(b"garbage" * 1000)
    with pytest.raises(DatabaseDamaged):
        Workspace.open(directory)
    from tuoyu_desktop.services import StoreError

    with pytest.raises(StoreError, match="没有可用的备份"):
        recover_damaged(directory)
    assert (directory / DB_FILENAME).read_bytes() == b"garbage" * 1000


def test_cli_backup_list_and_restore_latest(capsys, data_dir):
    assert main(["demo"]) == 0
    capsys.readouterr()
    assert main(["backup"]) == 0 and "已备份" in capsys.readouterr().out
    assert main(["backup", "--list"]) == 0 and "手动" in capsys.readouterr().out
    assert main(["restore", "--latest"]) == 0 and "已从" in capsys.readouterr().out


def test_data_dir_is_private(tmp_path):
    directory = tmp_path / "fresh"
    Workspace.open(directory).close()
    assert directory.stat().st_mode & 0o777 == 0o700
