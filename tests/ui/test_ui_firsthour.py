"""The traps a director and a volunteer met in their first hour (issue #12), one test each.

Each test drives the real widgets as a user would and failed before its fix.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from support.ui import click, create_assessment_via_dialog, when_modal


def start_assessment(qtbot, window):
    create_assessment_via_dialog(qtbot, window, period="2026年上半年")
    qtbot.waitUntil(lambda: window.assessment_page is not None)
    return window.assessment_page


def cards_of(page):
    return page.pages[page.current_indicator].cards


def reactivate(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


# -- 1. answers change only by choosing another option ------------------------------------------
def test_clicking_the_chosen_answer_again_keeps_it(qtbot, mini_workspace, open_window):
    window = open_window(mini_workspace)
    page = start_assessment(qtbot, window)
    card = cards_of(page)["1.1.2"]
    click(qtbot, card.option_buttons[1])
    assert page.session.answer("1.1.2").value == "partial"
    click(qtbot, card.option_buttons[1])  # a second click on the same answer
    assert card.option_buttons[1].isChecked()
    assert page.session.answer("1.1.2").value == "partial"
    click(qtbot, card.option_buttons[0])  # another option changes it
    assert page.session.answer("1.1.2").value == "met"
    assert not card.option_buttons[1].isChecked()


def test_pressing_the_same_answer_key_twice_keeps_it(qtbot, mini_workspace, open_window):
    window = open_window(mini_workspace)
    page = start_assessment(qtbot, window)
    card = cards_of(page)["1.1.2"]
    card.option_buttons[0].setFocus()
    qtbot.keyClick(card.option_buttons[0], Qt.Key.Key_2)
    qtbot.keyClick(card.option_buttons[1], Qt.Key.Key_2)
    assert card.option_buttons[1].isChecked()
    assert page.session.answer("1.1.2").value == "partial"


def test_clear_is_explicit_and_can_be_undone(qtbot, mini_workspace, open_window):
    window = open_window(mini_workspace)
    page = start_assessment(qtbot, window)
    card = cards_of(page)["1.1.2"]
    assert not card.clear_button.isVisible()  # nothing to clear yet
    click(qtbot, card.option_buttons[2])
    card.comment.setPlainText("台账缺失")
    card.flush()
    assert card.clear_button.isVisible()
    click(qtbot, card.clear_button)
    assert page.session.answer("1.1.2").value is None
    assert page.session.answer("1.1.2").comment == "台账缺失"  # only the choice is cleared
    assert not any(b.isChecked() for b in card.option_buttons)
    assert card.undo_button.isVisible()
    click(qtbot, card.undo_button)
    assert page.session.answer("1.1.2").value == "unmet"
    assert card.option_buttons[2].isChecked()
    assert not card.undo_button.isVisible()


# -- 2. no layout shift under the pointer ------------------------------------------------------
def test_veto_banner_does_not_move_the_cards(qtbot, mini_workspace, open_window):
    window = open_window(mini_workspace)
    window.resize(1366, 768)
    page = start_assessment(qtbot, window)
    cards = cards_of(page)
    target = cards["1.1.2"].option_buttons[0]
    before = target.mapTo(window, QPoint(0, 0))
    click(qtbot, cards["1.1.1"].option_buttons[1])  # 否 on the veto item: the banner shows
    assert page.veto_banner.isVisible()
    qtbot.wait(10)
    after = target.mapTo(window, QPoint(0, 0))
    assert after == before
    # and the banner does not cover the first card's answer buttons
    banner = page.veto_banner
    top_left = banner.mapTo(window, QPoint(0, 0))
    banner_bottom = top_left.y() + banner.height()
    first_option = cards["1.1.1"].option_buttons[0].mapTo(window, QPoint(0, 0))
    assert first_option.y() >= banner_bottom or not banner.geometry().isValid()



def test_the_reserved_veto_line_is_a_calm_count_while_nothing_fails(qtbot, mini_workspace, open_window):
    """The banner's space is not blank: a grey line counts the decisive items and the open ones,
    with a link to the next; the red banner replaces it in the same place, moving nothing."""
    window = open_window(mini_workspace)
    window.resize(1366, 768)
    page = start_assessment(qtbot, window)
    calm = page.veto_line.calm
    assert calm.isVisible() and not page.veto_banner.isVisible()
    assert calm.text.text() == "否决项：暂未触发 · 尚未作答 1 项" and calm.next_button.isVisible()
    window.grab().save("/tmp/veto_calm_open.png")
    click(qtbot, calm.next_button)
    cards = cards_of(page)
    target = cards["1.1.2"].option_buttons[0]
    before = target.mapTo(window, QPoint(0, 0))
    calm_rect = calm.geometry()
    click(qtbot, cards["1.1.1"].option_buttons[0])  # 是: none fails, none open
    assert calm.isVisible() and calm.text.text() == "否决项：1 项均未触发" and not calm.next_button.isVisible()
    window.grab().save("/tmp/veto_calm_done.png")
    click(qtbot, cards["1.1.1"].option_buttons[1])  # 否: the red banner takes the line
    qtbot.wait(10)
    assert page.veto_banner.isVisible() and not calm.isVisible()
    assert page.veto_banner.geometry() == calm_rect
    assert target.mapTo(window, QPoint(0, 0)) == before
    window.grab().save("/tmp/veto_failed.png")

# -- 3. 定稿 asks once, with grade, failed veto items and unanswered counts ------------------------
def _answer_all(qtbot, page, veto_fails: bool):
    for item_id in ("1.1.1", "1.1.2", "1.2.1", "2.1.1"):
        page.jump_to_item(item_id)
        buttons = page.card(item_id).option_buttons
        click(qtbot, buttons[1] if (item_id == "1.1.1" and veto_fails) else buttons[0])


def test_finalise_asks_with_grade_and_veto_and_esc_cancels(qtbot, mini_workspace, open_window):
    from tuoyu_desktop.ui.finalise import FinaliseDialog

    window = open_window(mini_workspace)
    page = start_assessment(qtbot, window)
    _answer_all(qtbot, page, veto_fails=True)
    click(qtbot, page.top.summary_button)
    summary = window.summary_page
    shown = []

    def escape(dialog):
        shown.append(dialog)
        assert isinstance(dialog, FinaliseDialog)
        texts = dialog.text_for_test()
        assert "D" in texts and "不合格" in texts
        assert "1.1.1" in texts  # the failed veto item is named
        assert "未作答" in texts or "0" in texts
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    when_modal(escape)
    click(qtbot, summary.finalise_button)
    reactivate(qtbot, window)
    assert shown, "no confirmation was asked"
    assessment_id = page.session.id
    assert not mini_workspace.assessments.open(assessment_id).finalised

    def confirm(dialog):
        click(qtbot, dialog.ok_button)

    when_modal(confirm)
    click(qtbot, window.summary_page.finalise_button)
    reactivate(qtbot, window)
    assert mini_workspace.assessments.open(assessment_id).finalised


# -- 4. every "go to" lands on the exact field that needs input -----------------------------------
def _inspection(ws):
    from tuoyu_desktop.services.demo import demo_visited_profile

    ws.preferences.set_mode("inspector")
    profile = demo_visited_profile()
    facility_id = ws.facilities.add_visited(profile.name, profile.credit_code)
    inspection_id = ws.inspections.create(facility_id, "2026-11-20 09:30", ["王建国"], "张晓燕")
    ws.inspections.record_check(inspection_id, "2.1.3", "不符合", observation="楼道停放两辆电动车")
    return inspection_id


def _choose_line(qtbot, dialog, needle: str, shown: list) -> None:
    lines = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    shown.append(lines)
    row = next(i for i, text in enumerate(lines) if needle in text)
    rect = dialog.list.visualItemRect(dialog.list.item(row))
    qtbot.mouseClick(dialog.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_not_ready_opinion_line_lands_on_the_opinion_field(qtbot, workspace, open_window):
    inspection_id = _inspection(workspace)
    window = open_window(workspace)
    window.open_assessment(inspection_id)
    window.show_summary()
    shown: list = []
    when_modal(lambda dialog: _choose_line(qtbot, dialog, "2.1.3：请填写整改意见", shown))
    click(qtbot, window.summary_page.finalise_button)
    reactivate(qtbot, window)
    assert shown and any("2.1.3：请填写整改意见" in line for line in shown[0])
    page = window.assessment_page
    assert window.current_page() is page
    assert page.tabs.currentWidget() is page.findings_panel
    field = page.findings_panel.fields["2.1.3"].opinion
    qtbot.waitUntil(field.hasFocus, timeout=2000)

    # The deadline line lands on the deadline field.
    window.show_summary()
    when_modal(lambda dialog: _choose_line(qtbot, dialog, "2.1.3：请填写整改期限", shown))
    click(qtbot, window.summary_page.finalise_button)
    reactivate(qtbot, window)
    page = window.assessment_page
    qtbot.waitUntil(page.findings_panel.fields["2.1.3"].deadline.hasFocus, timeout=2000)

    # An unanswered checklist item still lands on its card in the checklist tab.
    window.show_summary()
    when_modal(lambda dialog: _choose_line(qtbot, dialog, "条目 1.1.1 尚未作答", shown))
    click(qtbot, window.summary_page.finalise_button)
    reactivate(qtbot, window)
    page = window.assessment_page
    assert page.tabs.currentWidget() is page.splitter
    assert page.current_indicator == "1.1"


# -- 5. the ledger: 机构 column, common date formats with a picker, a panel that fits ------------
def _ledger(qtbot, ws, open_window, size=(1366, 768)):
    inspection_id = _inspection(ws)
    ws.inspections.add_finding(inspection_id, "门厅消毒液无标签", severity="较重", opinion="补贴标签")
    window = open_window(ws)
    window.resize(*size)
    click(qtbot, window.facilities_page.ledger_button)
    page = window.ledger_page
    assert window.current_page() is page
    return window, page


def test_ledger_names_the_facility(qtbot, workspace, open_window):
    from tuoyu_desktop.services.demo import demo_visited_profile

    _window, page = _ledger(qtbot, workspace, open_window)
    headers = [page.table.horizontalHeaderItem(c).text() for c in range(page.table.columnCount())]
    assert "机构" in headers
    column = headers.index("机构")
    assert {page.table.item(r, column).text() for r in range(page.table.rowCount())} == {demo_visited_profile().name}
    assert not page.table.isColumnHidden(column)  # an inspector's ledger spans facilities


def test_facility_ledger_leaves_the_facility_column_out(qtbot, demo_workspace, open_window):
    workspace, assessment_id = demo_workspace
    workspace.rectifications.from_assessment(assessment_id)
    window = open_window(workspace)
    window.show_ledger()
    page = window.ledger_page
    assert page.table.rowCount() > 0 and page.table.isColumnHidden(0)
    assert page.table.columnWidth(3) >= 200  # the problem keeps its room


def test_ledger_deadline_accepts_common_formats_and_a_picker(qtbot, workspace, open_window):
    from PySide6.QtCore import QDate

    _window, page = _ledger(qtbot, workspace, open_window)
    page.select(page.row_ids()[0])
    item_id = page.current.id
    for typed in ("2026/12/31", "2026年12月31日", "2026-12-31", "2026.12.31"):
        page.deadline.set_text(typed)
        assert page.save(), page.message.text()
        assert workspace.rectifications.get(item_id).deadline == "2026-12-31"
        page.deadline.set_text("")
        assert page.save()
    page.deadline.set_text("明年")
    assert not page.save()
    assert page.message.isVisible()
    # The picker writes the date.
    page.deadline.picked(QDate(2027, 3, 1))
    assert page.deadline.text() == "2027-03-01"
    assert page.save()
    assert workspace.rectifications.get(item_id).deadline == "2027-03-01"


def test_ledger_panel_fits_at_1366x768_after_done_with_a_note(qtbot, workspace, open_window, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    window, page = _ledger(qtbot, workspace, open_window)
    page.select(page.row_ids()[0])
    monkeypatch.setattr(QInputDialog, "getText",
                        lambda *a, **k: ("已清理楼道，电动车改停在院内车棚，并张贴了禁止停放的告示", True))
    assert page.change_status("整改中")
    assert page.change_status("已整改")
    qtbot.wait(20)
    scroll = page.detail_scroll
    assert not scroll.horizontalScrollBar().isVisible(), "the side panel needs a horizontal scroll"
    # every status control is inside the visible part of the panel
    for widget in (page.status_label, page.next_status, page.status_button):
        assert widget.isVisible()
        right = widget.mapTo(scroll.viewport(), QPoint(widget.width(), 0)).x()
        assert right <= scroll.viewport().width(), widget
    window.grab().save(str(_shot_dir() / "ledger_1366.png")) if _shot_dir() else None


def _shot_dir():
    import os
    from pathlib import Path

    path = os.environ.get("TUOYU_SHOTS")
    if not path:
        return None
    Path(path).mkdir(parents=True, exist_ok=True)
    return Path(path)


# -- 6. evidence: removal asks and can be undone; an unreadable thumbnail says so -------------------
def _jpeg(path, colour=(200, 80, 40)):
    from PIL import Image

    Image.new("RGB", (320, 240), colour).save(path, "JPEG", quality=85)
    return path


def test_evidence_removal_asks_and_can_be_undone(qtbot, mini_workspace, open_window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    window = open_window(mini_workspace)
    page = start_assessment(qtbot, window)
    aid = page.session.id
    strip = cards_of(page)["1.1.1"].evidence
    assert strip.add_files([_jpeg(tmp_path / "消防通道.jpg")]) == 1
    mini_workspace.evidence.set_caption(strip.tiles[0].link.id, "一楼消防通道畅通")
    strip.load()
    asked = []

    def answer(reply):
        def question(parent, title, text, *args, **kwargs):
            asked.append(text)
            return reply
        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    click(qtbot, strip.tiles[0].remove_button)
    assert asked and "消防通道.jpg" in asked[0]
    assert len(mini_workspace.evidence.for_answer(aid, "1.1.1")) == 1  # said no: kept

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    click(qtbot, strip.tiles[0].remove_button)
    assert mini_workspace.evidence.for_answer(aid, "1.1.1") == []
    assert strip.undo_button.isVisible()
    click(qtbot, strip.undo_button)
    links = mini_workspace.evidence.for_answer(aid, "1.1.1")
    assert [(link.original_name, link.caption) for link in links] == [("消防通道.jpg", "一楼消防通道畅通")]
    assert len(strip.tiles) == 1 and not strip.undo_button.isVisible()


def test_unreadable_thumbnail_is_shown_as_such(qtbot, mini_workspace, open_window, tmp_path):
    window = open_window(mini_workspace)
    page = start_assessment(qtbot, window)
    strip = cards_of(page)["1.1.1"].evidence
    assert strip.add_files([_jpeg(tmp_path / "灭火器.jpg")]) == 1
    link = strip.tiles[0].link
    thumbs = list((mini_workspace.data_dir).rglob(f"thumbs/{link.sha256}-*.jpg"))
    for thumb in thumbs:
        thumb.write_bytes(b"not a jpeg at all")
    stored = mini_workspace.evidence.path(link)
    stored.write_bytes(b"\xff\xd8\xff garbage")  # damaged on disk, still there
    strip.load()
    tile = strip.tiles[0]
    assert tile.unreadable and not tile.missing
    assert "无法" in tile.image.toolTip() and "灭火器.jpg" in tile.image.toolTip()


# -- 7. the class table's 班型 box shows its whole text --------------------------------------------
def test_class_type_box_is_not_clipped(qtbot, zh_app):
    from tuoyu_desktop.facility import ClassGroup
    from tuoyu_desktop.ui.profile_editor import ClassesTable

    table = ClassesTable()
    qtbot.addWidget(table)
    for kind in ("乳儿班", "托小班", "混龄班"):
        table.add_row(ClassGroup(class_type=kind, name="一班", children=8, caregivers=3))
    for width in (420, 640, 1000):
        table.resize(width, 300)
        table.show()
        qtbot.waitExposed(table)
        qtbot.wait(10)
        for row in range(table.table.rowCount()):
            combo = table.table.cellWidget(row, 0)
            needed = combo.fontMetrics().horizontalAdvance(combo.currentText())
            # the text plus the arrow fits: the box is at least as wide as it asks to be
            assert combo.width() >= combo.sizeHint().width(), (width, combo.width(), combo.sizeHint().width())
            assert combo.width() > needed + 20


def test_not_ready_visit_line_opens_the_visit_details_at_the_missing_name(qtbot, workspace, open_window):
    from tuoyu_desktop.services.demo import demo_visited_profile
    from tuoyu_desktop.ui.inspection_page import VisitDialog

    workspace.preferences.set_mode("inspector")
    profile = demo_visited_profile()
    facility_id = workspace.facilities.add_visited(profile.name, profile.credit_code)
    inspection_id = workspace.inspections.create(facility_id, "2026-11-20 09:30", ["王建国"], "")
    window = open_window(workspace)
    window.open_assessment(inspection_id)
    window.show_summary()
    shown: list = []
    focused = []

    def type_rep(dialog):
        assert isinstance(dialog, VisitDialog)
        focused.append(dialog.focusWidget() is dialog.facility_rep)
        dialog.facility_rep.setText("张晓燕")
        click(qtbot, dialog.ok_button)

    def choose(dialog):
        when_modal(type_rep)
        _choose_line(qtbot, dialog, "请填写在场的机构代表", shown)

    when_modal(choose)
    click(qtbot, window.summary_page.finalise_button)
    reactivate(qtbot, window)
    qtbot.waitUntil(lambda: bool(focused), timeout=3000)
    assert focused == [True]
    assert workspace.inspections.view(inspection_id).visit.facility_rep == "张晓燕"


def test_status_text_change_does_not_rewrap_the_item_text(qtbot, mini_workspace, open_window):
    """已完成 → 一票否决项未达到 must not narrow the item's text (a rewrap moves what is below it)."""
    window = open_window(mini_workspace)
    window.resize(1366, 768)
    page = start_assessment(qtbot, window)
    card = cards_of(page)["1.1.1"]
    widths = []
    for button in (card.option_buttons[0], card.option_buttons[1]):  # 是: 已完成; 否: 一票否决项未达到
        click(qtbot, button)
        qtbot.wait(10)
        widths.append((card.status_label.width(), card.text_label.width()))
    assert widths[0] == widths[1], widths


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_a_findings_deadline_is_the_ledgers_date_field_and_its_placeholder_fits(qtbot, workspace, open_window, zh_app,
                                                                                language):
    """The inspector's findings row: the calendar as in the ledger, the placeholder not clipped at 1366×768."""
    from PySide6.QtCore import QDate

    from tuoyu_desktop.ui import i18n
    from tuoyu_desktop.ui.date_field import DateField

    inspection_id = _inspection(workspace)
    i18n.install_translator(zh_app, language)
    try:
        window = open_window(workspace)
        window.resize(1366, 768)
        window.open_assessment(inspection_id)
        page = window.assessment_page
        page.tabs.setCurrentWidget(page.findings_panel)
        qtbot.wait(20)
        field = page.findings_panel.fields["2.1.3"].deadline
        assert isinstance(field, DateField) and field.pick_button.isVisible()
        edit = field.edit
        text_room = edit.contentsRect().width() - 8  # QLineEdit's own text margins
        needed = edit.fontMetrics().horizontalAdvance(edit.placeholderText())
        assert needed <= text_room, (edit.placeholderText(), needed, text_room)
        window.grab().save(f"/tmp/findings_deadline_{language}.png")
        field.picked(QDate(2027, 3, 1))  # the calendar's pick is saved like a typed date
        item = workspace.rectifications.for_source("inspection", inspection_id)[0]
        assert item.deadline == "2027-03-01"
        add = page.findings_panel.new_deadline
        assert isinstance(add, DateField)
    finally:
        i18n.install_translator(zh_app, "zh_CN")
