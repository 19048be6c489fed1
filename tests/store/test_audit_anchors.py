"""A rewritten audit chain is caught against the heads printed in reports already exported."""

from __future__ import annotations

import hashlib
import json
import sqlite3

from tuoyu_desktop.cli import main
from tuoyu_desktop.store.audit import GENESIS


def rewrite_chain(database) -> None:
    """What someone with the file could do: edit an answer, then recompute every hash."""
    conn = sqlite3.connect(database)
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("UPDATE answers SET value = 'no'")
    rows = conn.execute("SELECT seq, at, actor, entity, entity_id, field, old, new FROM audit_log ORDER BY seq").fetchall()
    prev = GENESIS
    for seq, at, actor, entity, entity_id, field, old, new in rows:
        new = new.replace('"yes"', '"no"') if new else new
        body = json.dumps([seq, at, actor, entity, entity_id, field, old, new], ensure_ascii=False)
        digest = hashlib.sha256((prev + body).encode("utf-8")).hexdigest()
        conn.execute("UPDATE audit_log SET new = ?, prev_hash = ?, hash = ? WHERE seq = ?", [new, prev, digest, seq])
        prev = digest
    conn.commit()
    conn.close()


def test_a_recomputed_chain_is_caught_by_the_export_log_and_by_a_sent_report(demo_workspace, tmp_path, capsys):
    workspace, assessment_id = demo_workspace
    report = workspace.reports.export_pdf(assessment_id, tmp_path / "sent.pdf")
    assert workspace.audit.verify([report]).ok
    workspace.close()
    rewrite_chain(workspace.data_dir / "tuoyu.db")

    code = main(["--data-dir", str(workspace.data_dir), "audit", "verify"])
    err = capsys.readouterr().err
    assert code == 1 and "不在现有审计记录中" in err and "sent.pdf" in err

    capsys.readouterr()
    sqlite3.connect(workspace.data_dir / "tuoyu.db").execute("DELETE FROM export_log").connection.commit()
    code = main(["--data-dir", str(workspace.data_dir), "audit", "verify"])
    assert code == 1 and "与程序确认保存时不同" in capsys.readouterr().err  # the head kept beside the file
    (workspace.data_dir / "tuoyu.db.confirmed").unlink()  # a careful forger removes that too
    assert main(["--data-dir", str(workspace.data_dir), "audit", "verify"]) == 0  # the chain alone looks intact
    capsys.readouterr()
    assert main(["--data-dir", str(workspace.data_dir), "audit", "verify", "--report", str(report)]) == 1
    assert "所载的审计链头" in capsys.readouterr().err
