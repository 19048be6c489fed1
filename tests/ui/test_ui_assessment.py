"""Answering items: live counts and scores, autosave, N/A with reason, veto, summary, reopening."""

from __future__ import annotations

from PySide6.QtCore import Qt
from support.ui import click, create_assessment_via_dialog, type_text

from tuoyu_desktop.services import StoreError, Workspace


def start_assessment(qtbot, window):
    create_assessment_via_dialog(qtbot, window, period="2026年上半年")
    qtbot.waitUntil(lambda: window.assessment_page is not None)
    page = window.assessment_page
    assert window.current_page() is page
    return page


def current_cards(page):
    return page.pages[page.current_indicator].cards


def test_answer_items_and_find_them_again(qtbot, mini_workspace, open_window):
    window = open_window(mini_workspace)
    page = start_assessment(qtbot, window)
    assert page.session.row.period == "2026年上半年"
    assert page.current_indicator == "1.1"
    assert page.top.progress_label.text() == "已完成 0/4 项"
    assert page.navigator.indicator_nodes["1.1"].text(1) == "0/2"

    cards = current_cards(page)
    click(qtbot, cards["1.1.1"].option_buttons[0])  # 是 (full marks, veto item met)
    click(qtbot, cards["1.1.2"].option_buttons[1])  # 部分达到
    assert page.navigator.indicator_nodes["1.1"].text(1) == "2/2"
    assert page.navigator.dimension_nodes["1"].text(1) == "2/3"
    assert page.top.progress.value() == 2 and page.top.progress.maximum() == 4
    assert page.top.progress_label.text() == "已完成 2/4 项"
    assert page.top.score_label.text().startswith("12.5 / 30")
    assert "暂定" in page.top.grade_label.text()
    assert page.top.save_label.text().startswith("已保存 ")

    # Next indicator with the button: set 1.2.1 not applicable, with a reason.
    click(qtbot, page.next_button)
    assert page.current_indicator == "1.2"
    card = current_cards(page)["1.2.1"]
    click(qtbot, card.na_box)
    assert card.na_box.isChecked()
    assert card.reason.isVisible() and card.reason_warning.isVisible()
    assert card.status_label.text() == "缺少理由"
    assert page.navigator.indicator_nodes["1.2"].text(1) == "0/1"  # N/A without reason is not done
    type_text(qtbot, card.reason, "本机构生活用房均在一层")
    qtbot.waitUntil(lambda: page.navigator.indicator_nodes["1.2"].text(1) == "1/1", timeout=3000)
    assert not card.reason_warning.isVisible()
    assert card.status_label.text() == "不适用"

    # Keyboard: next indicator, then a comment typed and saved after the pause.
    qtbot.keyClick(page, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert page.current_indicator == "2.1"
    card = current_cards(page)["2.1.1"]
    click(qtbot, card.option_buttons[0])
    type_text(qtbot, card.comment, "监控覆盖所有活动室, footage kept 90 days")
    qtbot.waitUntil(lambda: page.session.answer("2.1.1").comment.endswith("90 days"), timeout=3000)
    assert page.top.progress_label.text() == "已完成 4/4 项"
    assert "暂定" not in page.top.grade_label.text()
    assert page.top.score_label.text() == "22.5 / 25（90.0%）"
    assert page.top.grade_label.text() == "A 优秀"
    assert not page.veto_banner.isVisible()

    window.close()

    # What was stored, read by a fresh workspace.
    check = Workspace.open(mini_workspace.data_dir)
    try:
        assessment_id = check.assessments.list()[0].row.id
        answers = check.assessments.open(assessment_id).answers
        assert answers["1.1.1"].value == "yes"
        assert answers["1.1.2"].value == "partial"
        assert answers["1.2.1"].na and answers["1.2.1"].na_reason == "本机构生活用房均在一层"
        assert answers["2.1.1"].value == "met"
        assert answers["2.1.1"].comment == "监控覆盖所有活动室, footage kept 90 days"
    finally:
        check.close()

    # A new main window on the same data dir shows it all again.
    reopened_ws = Workspace.open(mini_workspace.data_dir)
    try:
        window2 = open_window(reopened_ws)
        table = window2.home.table
        assert table.rowCount() == 1
        assert table.item(0, 0).text() == "2026年上半年"
        qtbot.waitUntil(lambda: table.item(0, 3).text() == "4/4")  # scores fill in after the window shows
        assert table.item(0, 4).text() == "90.0%"
        rect = table.visualItemRect(table.item(0, 0))
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.waitUntil(lambda: window2.assessment_page is not None)
        page2 = window2.assessment_page
        assert page2.top.progress_label.text() == "已完成 4/4 项"
        cards = page2.page("1.1").cards
        assert cards["1.1.1"].option_buttons[0].isChecked()
        assert cards["1.1.2"].option_buttons[1].isChecked()
        card = page2.page("1.2").cards["1.2.1"]
        assert card.na_box.isChecked() and card.reason.text() == "本机构生活用房均在一层"
        assert page2.page("2.1").cards["2.1.1"].comment.toPlainText().startswith("监控覆盖")
        window2.close()
    finally:
        reopened_ws.close()


def test_failed_veto_item_shows_banner_and_grade_d(qtbot, mini_workspace, open_window):
    window = open_window(mini_workspace)
    page = start_assessment(qtbot, window)
    assert not page.veto_banner.isVisible()
    cards = current_cards(page)
    click(qtbot, cards["1.1.2"].option_buttons[0])
    click(qtbot, cards["1.1.1"].option_buttons[1])  # 否 on the veto item
    assert page.veto_banner.isVisible()
    assert "1 个一票否决项未达到" in page.veto_banner.title.text()
    assert page.top.grade_label.text().startswith("D ")
    assert page.top.grade_label.property("state") == "veto"
    assert cards["1.1.1"].status_label.text() == "一票否决项未达到"
    assert page.navigator.indicator_nodes["1.1"].toolTip(1) == "含有未达到的一票否决项"

    # The banner link jumps back to the item from elsewhere.
    click(qtbot, page.next_button)
    assert page.current_indicator == "1.2"
    click(qtbot, page.veto_banner.buttons[0])
    assert page.current_indicator == "1.1"

    # Fixing the answer clears the banner; clicking the chosen option again keeps it; 清除 clears it.
    click(qtbot, cards["1.1.1"].option_buttons[0])
    assert not page.veto_banner.isVisible()
    click(qtbot, cards["1.1.1"].option_buttons[0])
    assert page.session.answer("1.1.1").value == "yes"
    click(qtbot, cards["1.1.1"].clear_button)
    assert page.session.answer("1.1.1").value is None
    assert page.navigator.indicator_nodes["1.1"].text(1) == "1/2"


def test_summary_lists_gaps_and_jumps_to_them(qtbot, mini_workspace, open_window):
    window = open_window(mini_workspace)
    page = start_assessment(qtbot, window)
    cards = current_cards(page)
    click(qtbot, cards["1.1.1"].option_buttons[1])  # veto failed: 10 points lost
    click(qtbot, cards["1.1.2"].option_buttons[1])  # partial: 2.5 lost
    type_text(qtbot, cards["1.1.2"].comment, "回执待补")
    click(qtbot, page.top.summary_button)  # leaving flushes the typed comment
    summary = window.summary_page
    assert window.current_page() is summary
    assert summary.gap_ids() == ["1.1.1", "1.1.2"]
    table = summary.gap_table
    assert table.item(1, 2).text() == "部分达到"
    assert table.item(1, 3).text() == "2.5"
    assert table.item(1, 4).text() == "回执待补"
    assert table.item(0, 3).text() == "10"
    assert summary.veto_buttons and summary.veto_buttons[0].text().startswith("1.1.1")
    assert summary.grade_label.text().startswith("D ")
    dims = summary.dimension_table
    assert dims.item(0, 1).text() == "2.5" and dims.item(0, 2).text() == "20"
    assert dims.rowCount() == 3 and dims.item(2, 0).text() == "合计"

    rect = table.visualItemRect(table.item(1, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_page() is window.assessment_page
    assert window.assessment_page.current_indicator == "1.1"
    assert window.summary_page is None


def test_save_failure_keeps_input_and_retries(qtbot, mini_workspace, open_window, monkeypatch):
    window = open_window(mini_workspace)
    page = start_assessment(qtbot, window)
    card = current_cards(page)["1.1.2"]
    session = page.session
    real_set_answer = session.set_answer

    def failing(item_id, answer):
        raise StoreError("保存失败：磁盘空间已满")

    monkeypatch.setattr(session, "set_answer", failing)
    click(qtbot, card.option_buttons[0])
    assert page.top.save_label.text() == "未保存"
    assert page.save_error.isVisible()
    assert "磁盘空间已满" in page.save_error.message.text()
    assert card.option_buttons[0].isChecked()  # the user's input stays on screen
    assert page.unsaved

    monkeypatch.setattr(session, "set_answer", real_set_answer)
    click(qtbot, page.save_error.retry_button)
    assert page.top.save_label.text().startswith("已保存")
    assert not page.save_error.isVisible()
    assert session.answer("1.1.2").value == "met"


def test_number_keys_pick_options_when_a_card_has_focus(qtbot, mini_workspace, open_window):
    window = open_window(mini_workspace)
    page = start_assessment(qtbot, window)
    card = current_cards(page)["1.1.2"]
    card.option_buttons[0].setFocus()
    qtbot.keyClick(card.option_buttons[0], Qt.Key.Key_3)
    assert card.option_buttons[2].isChecked()
    assert page.session.answer("1.1.2").value == "unmet"
    qtbot.keyClick(page, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert page.current_indicator == "1.2"
    qtbot.keyClick(page, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert page.current_indicator == "1.1"


def test_delete_asks_naming_the_period(qtbot, mini_workspace, open_window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    window = open_window(mini_workspace)
    start_assessment(qtbot, window)
    click(qtbot, window.assessment_page.top.back_button)
    assert window.current_page() is window.home
    asked = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    window.home.table.selectRow(0)
    click(qtbot, window.home.delete_button)
    assert asked and "2026年上半年" in asked[0]
    assert mini_workspace.assessments.list() == []
    assert window.home.empty_label.isVisible()


def test_finalised_assessment_opens_read_only(qtbot, mini_workspace, open_window):
    from tuoyu_desktop.records import Answer

    assessment_id = mini_workspace.assessments.create("mini-test", "2025年下半年")
    session = mini_workspace.assessments.open(assessment_id)
    for item in session.form.iter_items():
        session.set_answer(item.id, Answer(value=item.scale.options[0].value))
    mini_workspace.assessments.finalise(assessment_id)

    window = open_window(mini_workspace)
    assert window.home.table.item(0, 2).text() == "已定稿"
    window.home.table.selectRow(0)
    click(qtbot, window.home.open_button)
    page = window.assessment_page
    assert page.top.save_label.text() == "已定稿，只读"
    card = page.pages[page.current_indicator].cards["1.1.1"]
    assert card.option_buttons[0].isChecked()
    assert not card.option_buttons[1].isEnabled()
    assert not card.na_box.isEnabled()
    assert card.comment.isReadOnly()


def test_the_meters_move_and_are_painted_with_the_window(qtbot, mini_workspace, open_window):
    """The progress and dimension meters are set without an immediate repaint each: what the
    user sees must still show the new values once the window paints."""
    window = open_window(mini_workspace)
    page = start_assessment(qtbot, window)
    meter = page.dimension_panel.rows["1"][1]
    before = (meter.grab().toImage(), page.top.progress.grab().toImage())
    click(qtbot, current_cards(page)["1.1.1"].option_buttons[0])
    tally = page.session.scores.dimensions[0].tally
    assert meter.value() == int(tally.percent * 10) > 0
    assert page.top.progress.value() == 1
    qtbot.waitUntil(lambda: (meter.grab().toImage(), page.top.progress.grab().toImage()) != before)
    assert meter.updatesEnabled() and page.top.progress.updatesEnabled()


def test_the_live_scores_are_made_while_the_user_reads_not_at_the_first_answer(qtbot, mini_workspace, open_window):
    window = open_window(mini_workspace)
    page = start_assessment(qtbot, window)
    session = page.session
    qtbot.waitUntil(lambda: session._live is not None)
    prepared = session._live
    click(qtbot, current_cards(page)["1.1.1"].option_buttons[0])
    assert session.prepare_changes() is prepared  # the first answer used them, made none
    assert session.scores.items["1.1.1"].answer.value is not None
