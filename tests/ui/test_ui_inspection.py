"""Inspector mode: visited facilities, a new inspection, checklist with observations, an ad-hoc
finding with opinion and deadline, finalising and the PDF report — all through the real widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from support.ui import click, type_text, when_modal

from tuoyu_desktop.services.demo import demo_visited_profile


def add_facility_via_dialog(qtbot, window, name: str, code: str) -> None:
    from tuoyu_desktop.ui.facilities_page import AddFacilityDialog

    def fill(dialog):
        assert isinstance(dialog, AddFacilityDialog)
        type_text(qtbot, dialog.name, name)
        type_text(qtbot, dialog.credit_code, code.lower())  # typed lower case, stored upper case
        click(qtbot, dialog.ok_button)

    when_modal(fill)
    click(qtbot, window.facilities_page.add_button)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def start_inspection_via_dialog(qtbot, window, inspectors: str, rep: str) -> None:
    from tuoyu_desktop.ui.inspection_page import VisitDialog

    def fill(dialog):
        assert isinstance(dialog, VisitDialog)
        type_text(qtbot, dialog.inspectors, inspectors)
        type_text(qtbot, dialog.facility_rep, rep)
        click(qtbot, dialog.ok_button)

    when_modal(fill)
    click(qtbot, window.facilities_page.new_button)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def commit_line(qtbot, edit, text: str) -> None:
    edit.clear()
    type_text(qtbot, edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # editingFinished: saved


def option(card, text: str):
    return next(b for b in card.option_buttons if b.text().startswith(text))


def test_inspection_visit_from_facility_to_report(qtbot, open_window, workspace, tmp_path, monkeypatch):
    from tuoyu_desktop.ui.facilities_page import FacilitiesPage
    from tuoyu_desktop.ui.inspection_page import InspectionPage

    window = open_window(workspace)
    # Settings → Mode → 督导巡查: the home becomes the list of visited facilities.
    window.mode_actions["inspector"].trigger()
    assert workspace.preferences.mode == "inspector"
    page = window.current_page()
    assert isinstance(page, FacilitiesPage) and page is window.facilities_page
    assert page.empty_label.isVisible() and not page.new_button.isEnabled()

    # A wrong credit code is refused in the dialog; a right one adds the facility.
    profile = demo_visited_profile()
    add_facility_via_dialog(qtbot, window, profile.name, profile.credit_code)
    assert [p.name for _, p in workspace.facilities.visited()] == [profile.name]
    assert workspace.facilities.visited()[0][1].credit_code == profile.credit_code
    assert page.facility_table.isVisible() and page.facility_table.rowCount() == 1
    assert page.facility_table.item(0, 0).text() == profile.name
    assert page.new_button.isEnabled()

    start_inspection_via_dialog(qtbot, window, "王建国、刘芳", "张晓燕")
    qtbot.waitUntil(lambda: isinstance(window.assessment_page, InspectionPage))
    inspection = window.assessment_page
    assert window.current_page() is inspection
    view = workspace.inspections.view(inspection.inspection_id)
    assert view.visit.inspectors == ("王建国", "刘芳") and view.visit.facility_rep == "张晓燕"
    assert "巡查人员：王建国、刘芳" in inspection.visit_label.text()
    assert "机构陪同人员：张晓燕" in inspection.visit_label.text()
    assert profile.name in inspection.top.title.text()
    assert inspection.tabs.tabText(0) == "检查表"
    assert inspection.tabs.tabText(1) == "发现的问题和整改意见（0）"

    # The checklist: everything 符合 except 2.1.3, which is 不符合 with an observation.
    session = inspection.session
    for indicator in inspection.indicators:
        inspection.show_indicator(indicator.id)
        for item_id, card in inspection.pages[indicator.id].cards.items():
            if card.computed:
                continue
            if item_id == "2.1.3":
                click(qtbot, option(card, "不符合"))
                assert card.comment.placeholderText().startswith("观察记录")
                type_text(qtbot, card.comment, "楼道停放两辆电动车")
                card.flush()
            elif session.form.item(item_id).kind == "choice":
                click(qtbot, option(card, "符合"))
            else:
                type_text(qtbot, card.input.edit, "3")  # children and caregivers counted in every class
                qtbot.keyClick(card.input.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not inspection.unsaved, timeout=5000)
    assert workspace.assessments.open(inspection.inspection_id).answer("2.1.3").comment == "楼道停放两辆电动车"
    assert inspection.top.progress_label.text().startswith("已完成")

    # The 不符合 item is a finding with its observation; give it an opinion and a deadline.
    inspection.tabs.setCurrentWidget(inspection.findings_panel)
    panel = inspection.findings_panel
    qtbot.waitUntil(lambda: "2.1.3" in panel.fields)
    assert inspection.tabs.tabText(1) == "发现的问题和整改意见（1）"
    commit_line(qtbot, panel.fields["2.1.3"].opinion, "立即清理楼道，电动车集中停放")
    commit_line(qtbot, panel.fields["2.1.3"].deadline.edit, "2026-12-31")

    # An ad-hoc finding (其他发现) with opinion and deadline.
    type_text(qtbot, panel.new_description, "门厅消毒液无标签")
    type_text(qtbot, panel.new_opinion, "补贴标签并登记配制日期")
    type_text(qtbot, panel.new_deadline.edit, "2026-12-15")
    click(qtbot, panel.add_button)
    assert not panel.add_error.isVisible()
    assert inspection.tabs.tabText(1) == "发现的问题和整改意见（2）"
    assert panel.new_description.toPlainText() == ""

    items = {i.source_key: i for i in workspace.rectifications.list()}
    assert set(items) == {"2.1.3"} | {k for k in items if k.startswith("finding:")}
    assert len(items) == 2
    assert items["2.1.3"].opinion == "立即清理楼道，电动车集中停放" and items["2.1.3"].deadline == "2026-12-31"
    adhoc = next(i for k, i in items.items() if k.startswith("finding:"))
    assert adhoc.description == "门厅消毒液无标签"
    assert adhoc.opinion == "补贴标签并登记配制日期" and adhoc.deadline == "2026-12-15"

    # Finalise from the summary.
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    click(qtbot, inspection.top.summary_button)
    summary = window.summary_page
    assert window.current_page() is summary
    assert not summary.rectify_button.isVisible()  # only self-assessments make items from gaps
    when_modal(lambda dialog: click(qtbot, dialog.ok_button))  # 定稿 asks once
    click(qtbot, summary.finalise_button)
    window.activateWindow()
    qtbot.waitUntil(lambda: workspace.assessments.open(inspection.inspection_id).finalised, timeout=5000)
    summary = window.summary_page
    assert window.current_page() is summary

    # Export to the file the (patched) dialog names: a PDF exists.
    target = tmp_path / "巡查报告.pdf"
    suggested = []

    def save_name(parent, caption, directory, filter_):
        suggested.append(directory)
        return str(target), filter_

    messages = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: messages.append(box.text()) or 0)
    with qtbot.waitSignal(window.export_controller.finished, timeout=60000) as signal:
        click(qtbot, summary.export_button)
    ok, message = signal.args
    assert ok, message
    assert suggested[0].endswith("巡查报告.pdf") and profile.name in suggested[0]
    assert target.exists() and target.read_bytes().startswith(b"%PDF")
    qtbot.waitUntil(lambda: bool(messages))
    assert messages[0] == "报告已保存。"


def test_visit_dialog_needs_an_inspector(qtbot, open_window, workspace):
    from tuoyu_desktop.ui.inspection_page import VisitDialog

    workspace.preferences.set_mode("inspector")
    profile = demo_visited_profile()
    workspace.facilities.add_visited(profile.name, profile.credit_code)
    window = open_window(workspace)
    page = window.facilities_page
    assert window.current_page() is page
    page.facility_table.selectRow(0)
    seen = []

    def fill(dialog):
        assert isinstance(dialog, VisitDialog)
        click(qtbot, dialog.ok_button)  # nobody named
        seen.append(dialog.message.text())
        dialog.reject()

    when_modal(fill)
    click(qtbot, page.new_button)
    assert seen == ["请至少填写一名巡查人员"]
    assert workspace.inspections.list() == []
