"""Storage: what is saved survives reopening; migrations; unusable files give clear messages."""

from __future__ import annotations

import os
import sqlite3
from decimal import Decimal

import pytest

from tuoyu_desktop.facility import ClassGroup
from tuoyu_desktop.records import Answer
from tuoyu_desktop.services import ProfileInvalid, Workspace, demo_profile
from tuoyu_desktop.store import SCHEMA_VERSION, Store, StoreError
from tuoyu_desktop.store.db import DB_FILENAME


def test_everything_survives_reopening(mini_workspace, data_dir):
    assessment_id = mini_workspace.assessments.create("mini-test", "2026年上半年")
    session = mini_workspace.assessments.open(assessment_id)
    session.set_answer("1.1.2", Answer("partial", comment="备案回执未归档"))
    session.set_answer("2.1.1", Answer(na=True, na_reason="无监控室"))
    mini_workspace.close()

    again = Workspace.open(data_dir)
    _, profile = again.facilities.own()
    assert profile.name == demo_profile().name
    assert [c.name for c in profile.classes] == [c.name for c in demo_profile().classes]
    reopened = again.assessments.open(assessment_id)
    assert reopened.answer("1.1.2") == Answer("partial", comment="备案回执未归档")
    assert reopened.answer("2.1.1") == Answer(na=True, na_reason="无监控室")
    assert reopened.scores.total.earned == Decimal("2.5")
    [summary] = again.assessments.list()
    assert summary.row.period == "2026年上半年" and summary.scores.total.done == 2
    again.close()


def test_profile_edit_replaces_not_duplicates(mini_workspace):
    facility_id, profile = mini_workspace.facilities.own()
    profile.name = "新名字托育园"
    profile.classes.append(ClassGroup("乳儿班", "新班", 5, 2))
    assert mini_workspace.facilities.save_own(profile) == facility_id
    _, stored = mini_workspace.facilities.own()
    assert stored.name == "新名字托育园" and stored.classes[-1].name == "新班"
    assert mini_workspace.store.db["facilities"].count == 1


def test_invalid_profile_is_refused_with_field_messages(workspace):
    profile = demo_profile()
    profile.credit_code = profile.credit_code[:-1] + ("0" if profile.credit_code[-1] != "0" else "1")
    profile.places_puhui = profile.places_total + 1
    with pytest.raises(ProfileInvalid) as caught:
        workspace.facilities.save_own(profile)
    assert "校验位" in caught.value.problems["credit_code"]
    assert "places_puhui" in caught.value.problems
    assert workspace.facilities.own() is None


def test_assessment_pins_its_form_snapshot(mini_workspace, data_dir):
    assessment_id = mini_workspace.assessments.create("mini-test", "2026年上半年")
    form_file = data_dir / "forms" / "mini_form.yaml"
    form_file.write_text(form_file.read_text(encoding="utf-8").replace("测试用小表", "测试用小表（第二版）"), encoding="utf-8")
    mini_workspace.close()
    again = Workspace.open(data_dir)
    assert again.forms.library.get("mini-test").title == "测试用小表（第二版）"
    assert again.assessments.open(assessment_id).form.title == "测试用小表"
    form_file.unlink()
    assert again.assessments.open(assessment_id).form.title == "测试用小表"
    again.close()


def test_delete_assessment_removes_answers(mini_workspace):
    assessment_id = mini_workspace.assessments.create("mini-test", "2026年上半年")
    mini_workspace.assessments.open(assessment_id).set_answer("1.1.1", Answer("yes"))
    mini_workspace.assessments.delete(assessment_id)
    assert mini_workspace.assessments.list() == []
    assert mini_workspace.store.db["answers"].count == 0


def test_new_file_is_migrated_and_uses_wal(tmp_path):
    store = Store.open(tmp_path / DB_FILENAME)
    assert store.schema_version == SCHEMA_VERSION
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert {"facilities", "form_snapshots", "assessments", "answers"} <= set(store.db.table_names())
    store.close()


def test_migrations_resume_from_an_older_file(tmp_path):
    path = tmp_path / DB_FILENAME
    sqlite3.connect(path).close()  # a version-0 file: empty, user_version 0
    store = Store.open(path)
    assert store.schema_version == SCHEMA_VERSION
    store.close()
    assert Store.open(path).schema_version == SCHEMA_VERSION  # idempotent


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / DB_FILENAME
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(StoreError, match="更新版本"):
        Store.open(path)


def test_corrupt_file_gives_a_clear_message(tmp_path):
    path = tmp_path / DB_FILENAME
    path.write_bytes(b"this is not a database at all" * 200)
    with pytest.raises(StoreError, match="已损坏"):
        Store.open(path)
    assert path.read_bytes().startswith(b"this is not")  # never overwritten


def test_read_only_data_dir_is_refused(tmp_path, monkeypatch):
    directory = tmp_path / "ro"
    directory.mkdir()
    # CI runs as root, where chmod cannot make a folder read-only; ask the same question the app asks.
    monkeypatch.setattr(os, "access", lambda path, mode: not (mode & os.W_OK and str(path) == str(directory)))
    with pytest.raises(StoreError, match="不可写入"):
        Workspace.open(directory)
    assert not (directory / DB_FILENAME).exists()


def test_data_dir_that_is_a_file_is_refused(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="无法创建数据文件夹"):
        Workspace.open(blocker / "data")


def test_data_dir_from_environment(data_dir):
    ws = Workspace.open()
    assert ws.data_dir == data_dir and (data_dir / DB_FILENAME).exists()
    ws.close()


def test_a_batch_commits_every_n_writes_and_each_write_stays_whole(tmp_path):
    """Store.batch (the desk's intake): one transaction per n writes, each write a savepoint;
    a failing write leaves nothing of itself and keeps the others; all is committed at the end."""
    store = Store.open(tmp_path / DB_FILENAME)
    store.db.execute("CREATE TABLE t (n INTEGER)")

    def put(n: int, fail: bool = False):
        def write(db):
            db.execute("INSERT INTO t VALUES (?)", [n])
            store._audit(db, "t", n, "created", None, n)
            if fail:
                raise ValueError("boom")
        return store._write(write)

    other = sqlite3.connect(tmp_path / DB_FILENAME)
    with store.batch(every=3):
        put(1)
        put(2)
        assert other.execute("SELECT COUNT(*) FROM t").fetchone()[0] == 0  # not committed yet
        with pytest.raises(ValueError):
            put(99, fail=True)
        put(3)
        assert other.execute("SELECT COUNT(*) FROM t").fetchone()[0] == 3  # the third write committed
        put(4)
    assert [r[0] for r in other.execute("SELECT n FROM t ORDER BY n")] == [1, 2, 3, 4]
    assert store.guard.confirmed() is not None and store.guard.confirmed()[0] == store.conn.execute(
        "SELECT MAX(seq) FROM audit_log").fetchone()[0]
    other.close()
    store.close()
