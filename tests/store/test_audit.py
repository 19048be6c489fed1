"""The audit trail: every change recorded, append-only, and tampering found."""

from __future__ import annotations

import json
import sqlite3

import pytest

from tuoyu_desktop.cli import main
from tuoyu_desktop.records import Answer
from tuoyu_desktop.store.db import DB_FILENAME


@pytest.fixture
def history(mini_workspace):
    assessment_id = mini_workspace.assessments.create("mini-test", "2026年上半年")
    session = mini_workspace.assessments.open(assessment_id)
    session.set_answer("1.1.2", Answer("partial"))
    session.set_answer("1.1.2", Answer("met", comment="已补齐备案材料"))
    session.set_answer("1.1.2", Answer("met", comment="已补齐备案材料"))  # unchanged: no entry
    _, profile = mini_workspace.facilities.own()
    profile.places_total = 90
    mini_workspace.facilities.save_own(profile)
    return mini_workspace, assessment_id


def test_changes_are_recorded_old_to_new(history):
    workspace, assessment_id = history
    entries = workspace.store.history("answer", f"{assessment_id}/1.1.2")
    assert len(entries) == 2
    assert json.loads(entries[1]["old"])["value"] == "partial"
    assert json.loads(entries[1]["new"]) == {"value": "met", "na": False, "na_reason": "", "comment": "已补齐备案材料"}
    facility_id, _ = workspace.facilities.own()
    [places] = workspace.store.history("facility", facility_id)[1:]
    assert (places["field"], places["old"], places["new"]) == ("places_total", "80", "90")
    assert workspace.store.history("assessment", assessment_id)[0]["field"] == "created"
    assert workspace.store.verify_audit().ok


def test_the_log_refuses_update_and_delete(history):
    workspace, _ = history
    with pytest.raises(sqlite3.DatabaseError, match="只能追加"):
        workspace.store.db.execute("UPDATE audit_log SET new = 'x' WHERE seq = 2")
    with pytest.raises(sqlite3.DatabaseError, match="只能追加"):
        workspace.store.db.execute("DELETE FROM audit_log WHERE seq = 2")


def tamper(data_dir, *statements):
    conn = sqlite3.connect(data_dir / DB_FILENAME)
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("DROP TRIGGER audit_log_no_delete")
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()


@pytest.mark.parametrize(
    "statements, words",
    [
        (["UPDATE audit_log SET new = '{\"value\": \"met\"}' WHERE seq = 3"], "第 3 条审计记录"),
        (["DELETE FROM audit_log WHERE seq = 3"], "第 3 条审计记录被删除"),
        (["DELETE FROM audit_log WHERE seq >= (SELECT max(seq) FROM audit_log) - 1"], "最后的第"),
        (["UPDATE audit_log SET actor = 'someone else' WHERE seq = 1"], "第 1 条审计记录"),
    ],
)
def test_tampering_is_found_and_named(history, data_dir, capsys, statements, words):
    workspace, _ = history
    workspace.close()
    tamper(data_dir, *statements)
    assert main(["--data-dir", str(data_dir), "audit", "verify"]) == 1
    assert words in capsys.readouterr().err


def test_cli_verify_and_history(history, data_dir, capsys):
    workspace, assessment_id = history
    assert main(["--data-dir", str(data_dir), "audit", "verify"]) == 0
    assert "审计记录完好" in capsys.readouterr().out
    assert main(["--data-dir", str(data_dir), "audit", "history", "answer", f"{assessment_id}/1.1.2", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 2


def test_chain_head_goes_into_the_report(history, tmp_path):
    from tuoyu_desktop import signing

    workspace, assessment_id = history
    target = workspace.reports.export_pdf(assessment_id, tmp_path / "r.pdf")
    payload = json.loads(signing.read_embedded_file(target, "assessment.json"))
    assert payload["audit_head"] == workspace.store.audit_head() != "0" * 64
