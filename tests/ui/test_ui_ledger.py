"""The rectification ledger (整改台账): items of an inspection, filters, status changes, export."""

from __future__ import annotations

from datetime import date, timedelta

import openpyxl
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox
from support.ui import click

from tuoyu_desktop.services.demo import demo_visited_profile


def inspection_with_findings(ws):
    """An inspection with two 不符合 items (one overdue) and one ad-hoc finding."""
    ws.preferences.set_mode("inspector")
    profile = demo_visited_profile()
    facility_id = ws.facilities.add_visited(profile.name, profile.credit_code)
    inspection_id = ws.inspections.create(facility_id, "2026-11-20 09:30", ["王建国"], "张晓燕")
    ws.inspections.record_check(inspection_id, "2.1.3", "不符合", observation="楼道停放两辆电动车")
    ws.inspections.record_check(inspection_id, "3.1.2", "不符合")
    ws.inspections.add_finding(inspection_id, "门厅消毒液无标签", severity="较重", opinion="补贴标签",
                   deadline=(date.today() + timedelta(days=30)).isoformat())
    items = {i.source_key: i for i in ws.rectifications.list()}
    overdue_day = (date.today() - timedelta(days=3)).isoformat()
    ws.rectifications.update(items["2.1.3"].id, opinion="清理楼道", deadline=overdue_day)
    return inspection_id, {i.source_key: i for i in ws.rectifications.list()}


def open_ledger(qtbot, window):
    click(qtbot, window.facilities_page.ledger_button)
    page = window.ledger_page
    assert page is not None and window.current_page() is page
    return page


def table_texts(page, column):
    return [page.table.item(row, column).text() for row in range(page.table.rowCount())]


def test_ledger_lists_filters_and_refuses_a_wrong_transition(qtbot, open_window, workspace, monkeypatch):
    _inspection_id, items = inspection_with_findings(workspace)
    window = open_window(workspace)
    page = open_ledger(qtbot, window)

    assert sorted(page.row_ids()) == sorted(i.id for i in items.values())
    assert page.count_label.text() == "共 3 项，1 项已逾期"
    problems = table_texts(page, 3)
    assert "门厅消毒液无标签" in problems
    overdue_row = page.row_ids().index(items["2.1.3"].id)
    assert page.table.item(overdue_row, 7).text().endswith("（已逾期）")
    assert set(table_texts(page, 8)) == {"待整改"}

    # Only the overdue ones.
    page.overdue_box.setChecked(True)
    assert page.row_ids() == [items["2.1.3"].id]
    assert page.count_label.text() == "共 1 项，1 项已逾期"
    page.overdue_box.setChecked(False)
    assert page.table.rowCount() == 3

    # Select the ad-hoc finding; marking it 已整改 with no evidence and no note is refused in the core's words.
    adhoc = items[next(k for k in items if k.startswith("finding:"))]
    page.select(adhoc.id)
    assert page.current is not None and page.current.id == adhoc.id
    assert page.status_label.text() == "状态：待整改"
    assert page.strip is not None and page.strip.title.text() == "整改完成佐证"
    warnings = []
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", True))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: warnings.append((title, text)))
    page.next_status.setCurrentText("已整改")
    click(qtbot, page.status_button)
    refusal = "标为“已整改”前请附上整改完成的佐证材料（照片或文件），或写明完成情况"
    assert warnings == [("状态未更改", refusal)]
    assert page.message.isVisible() and page.message.text() == refusal
    assert workspace.rectifications.get(adhoc.id).status == "待整改"

    # With a note it goes through, and the history shows it.
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("已贴标签并登记", True))
    page.next_status.setCurrentText("已整改")
    click(qtbot, page.status_button)
    assert workspace.rectifications.get(adhoc.id).status == "已整改"
    assert page.status_label.text().startswith("状态：已整改")
    assert page.history.count() >= 1

    # Editing in the detail panel is saved.
    page.select(items["3.1.2"].id)
    page.opinion.setText("完善晨检记录")
    page.deadline.setText("2027-01-15")
    click(qtbot, page.save_button)
    saved = workspace.rectifications.get(items["3.1.2"].id)
    assert saved.opinion == "完善晨检记录" and saved.deadline == "2027-01-15"
    assert not page.message.isVisible()

    # A bad deadline is refused, shown under the form.
    page.deadline.setText("明年")
    click(qtbot, page.save_button)
    assert page.message.isVisible() and "不是有效日期" in page.message.text()

    # Back home.
    click(qtbot, page.back_button)
    assert window.current_page() is window.facilities_page


def test_ledger_exports_xlsx(qtbot, open_window, workspace, tmp_path, monkeypatch):
    _inspection_id, items = inspection_with_findings(workspace)
    window = open_window(workspace)
    page = open_ledger(qtbot, window)
    target = tmp_path / "台账"  # no suffix: the chosen filter adds it
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(target), "Excel 工作簿 (*.xlsx)"))
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *a: shown.append((title, text)))
    written = page.export()
    assert written == tmp_path / "台账.xlsx" and written.exists()
    assert shown == [("台账已导出", str(written))]
    book = openpyxl.load_workbook(written)
    cells = [str(c) for sheet in book.worksheets for row in sheet.iter_rows(values_only=True) for c in row if c]
    assert any("门厅消毒液无标签" in c for c in cells)
    assert any("清理楼道" in c for c in cells)
