"""Rectification items: transitions, self-assessment gaps → items, closing with evidence, the ledger."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from tuoyu_desktop import rectification as rect
from tuoyu_desktop.rectification import RectificationError
from tuoyu_desktop.services.demo import demo_photo


def test_transitions():
    rect.check_transition("待整改", "整改中")
    rect.check_transition("整改中", "已整改", evidence_count=1)
    rect.check_transition("已整改", "已验证")
    rect.check_transition("已整改", "整改中")
    with pytest.raises(RectificationError, match="不能从“待整改”直接改为“已验证”"):
        rect.check_transition("待整改", "已验证")
    with pytest.raises(RectificationError, match="说明原因"):
        rect.check_transition("整改中", "无法整改")
    with pytest.raises(RectificationError, match="佐证材料"):
        rect.check_transition("整改中", "已整改")
    with pytest.raises(RectificationError, match="未知"):
        rect.check_transition("待整改", "done")


def test_overdue():
    yesterday = (date.today() - timedelta(days=1)).isoformat()
    assert rect.is_overdue("待整改", yesterday) and rect.is_overdue("整改中", yesterday)
    assert not rect.is_overdue("已整改", yesterday) and not rect.is_overdue("待整改", None)
    assert not rect.is_overdue("待整改", date.today().isoformat())


@pytest.fixture
def gaps(demo_workspace):
    workspace, assessment_id = demo_workspace
    items = workspace.rectifications.from_assessment(assessment_id)
    return workspace, assessment_id, items


def test_self_assessment_gaps_become_items_once(gaps):
    workspace, assessment_id, items = gaps
    session = workspace.assessments.open(assessment_id)
    assert len(session.scores.gaps) > 0
    assert sorted(i.source_key for i in items) == sorted(r.item.id for r in session.scores.gaps)
    assert all(i.status == "待整改" and i.source == "self_assessment" for i in items)
    again = workspace.rectifications.from_assessment(assessment_id)
    assert [i.id for i in again] == [i.id for i in items]
    assert len(workspace.rectifications.list(source="self_assessment")) == len(items)


def test_finding_to_closure_with_evidence_and_history(gaps, tmp_path):
    workspace, _, items = gaps
    item = items[0]
    deadline = (date.today() + timedelta(days=10)).isoformat()
    workspace.rectifications.update(item.id, opinion="更换破损插座盖", responsible="李红梅", deadline=deadline,
                                   severity="较重")
    with pytest.raises(RectificationError, match="有效日期"):
        workspace.rectifications.update(item.id, deadline="下周")
    with pytest.raises(RectificationError, match="严重程度"):
        workspace.rectifications.update(item.id, severity="很严重")
    workspace.rectifications.set_status(item.id, "整改中")
    with pytest.raises(RectificationError, match="佐证材料"):
        workspace.rectifications.set_status(item.id, "已整改")
    photo = tmp_path / "after.jpg"
    demo_photo(photo, size=(300, 200))
    workspace.evidence.attach_completion(item.id, photo, "整改后")
    done = workspace.rectifications.set_status(item.id, "已整改")
    assert done.status == "已整改" and done.closed_at is None and len(done.evidence) == 1
    verified = workspace.rectifications.set_status(item.id, "已验证")
    assert verified.closed_at and not verified.open
    history = workspace.rectifications.history(item.id)
    fields = [h["field"] for h in history]
    assert fields[0] == "created"
    assert fields.count("status") == 3 and "opinion" in fields and "deadline" in fields
    assert workspace.store.verify_audit().ok


def test_cannot_rectify_needs_a_reason(gaps):
    workspace, _, items = gaps
    with pytest.raises(RectificationError, match="原因"):
        workspace.rectifications.set_status(items[0].id, "无法整改")
    item = workspace.rectifications.set_status(items[0].id, "无法整改", "房屋结构限制，已报区里备案")
    assert item.status_reason.startswith("房屋结构") and not item.open


def test_ledger_filters_and_overdue_first(gaps):
    workspace, _, items = gaps
    past = (date.today() - timedelta(days=3)).isoformat()
    workspace.rectifications.update(items[-1].id, deadline=past)
    ledger = workspace.rectifications.list()
    assert ledger[0].id == items[-1].id and ledger[0].overdue
    assert [i.id for i in workspace.rectifications.list(overdue_only=True)] == [items[-1].id]
    workspace.rectifications.set_status(items[0].id, "整改中")
    assert [i.id for i in workspace.rectifications.list(["整改中"])] == [items[0].id]
    with pytest.raises(RectificationError, match="未知的整改状态"):
        workspace.rectifications.list(["完成"])


def test_ledger_exports_xlsx_and_pdf(gaps, tmp_path):
    workspace, _, items = gaps
    workspace.rectifications.update(items[0].id, deadline=(date.today() - timedelta(days=1)).isoformat())
    xlsx = workspace.reports.export_ledger(tmp_path / "台账.xlsx")
    sheet = load_workbook(xlsx).active
    assert sheet["A1"].value.startswith("整改台账")
    body = list(sheet.iter_rows(min_row=4, values_only=True))
    assert len(body) == len(items)
    assert body[0][9] == "待整改（逾期）"
    assert sheet.cell(row=4, column=1).fill.fgColor.rgb.endswith("FBECEA")
    pdf = workspace.reports.export_ledger(tmp_path / "台账.pdf", overdue_only=True)
    text = "".join(page.extract_text() for page in PdfReader(str(pdf)).pages)
    assert "整改台账" in text and "逾期" in text and "仅逾期" in text
    from tuoyu_desktop.services import ExportError

    with pytest.raises(ExportError, match=".pdf 或 .xlsx"):
        workspace.reports.export_ledger(tmp_path / "台账.doc")
