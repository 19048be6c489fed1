"""A scripted first hour on the real main window: a director from first start to a finalised
self-assessment and its ledger, a volunteer inspector from the visited facilities to the
rectification opinions. Every step is checked; with ``TUOYU_WALK_SHOTS=DIR`` each step also
saves a screenshot there (run under Xvfb with ``QT_QPA_PLATFORM=xcb`` for a real X server).
In the suite it runs offscreen without screenshots."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from support.ui import click, create_assessment_via_dialog, type_text, when_modal
from test_ui_inspection import add_facility_via_dialog, commit_line, option, start_inspection_via_dialog

from tuoyu_desktop.services import demo_profile
from tuoyu_desktop.services.demo import demo_visited_profile

BUNDLED_FORM = "wst821-2023"


class Shots:
    """Numbered screenshots of the steps, only when TUOYU_WALK_SHOTS names a folder."""

    def __init__(self, prefix: str):
        folder = os.environ.get("TUOYU_WALK_SHOTS")
        self.folder = Path(folder) if folder else None
        if self.folder is not None:
            self.folder.mkdir(parents=True, exist_ok=True)
        self.prefix = prefix
        self.count = 0
        self.steps: list[str] = []

    def __call__(self, widget, step: str) -> None:
        self.count += 1
        self.steps.append(step)
        QApplication.processEvents()
        if self.folder is not None:
            widget.grab().save(str(self.folder / f"{self.prefix}-{self.count:02d}-{step}.png"))


def reactivate(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def answer_everything(qtbot, page) -> None:
    """Go through every indicator with Ctrl+PgDown and answer each open card as a user would."""
    page.show_indicator(page.indicators[0].id)
    for index, indicator in enumerate(page.indicators):
        for card in page.pages[indicator.id].cards.values():
            if card.computed or not card.isVisible() or page.session.scores.items[card.item.id].done:
                continue
            if card.option_buttons:
                click(qtbot, card.option_buttons[0])
            elif hasattr(card.input, "boxes"):
                click(qtbot, card.input.boxes[0])
            elif hasattr(card.input, "edit"):
                kind = card.item.kind
                text = {"number": "12", "date": "2026-11-23"}.get(kind, "有，已核对")
                card.input.edit.setFocus()
                type_text(qtbot, card.input.edit, text)
                qtbot.keyClick(card.input.edit, Qt.Key.Key_Return)
        if index + 1 < len(page.indicators):
            qtbot.keyClick(page, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not page.unsaved, timeout=5000)


def test_director_first_hour(qtbot, workspace, open_window, tmp_path, monkeypatch):
    shot = Shots("director")
    window = open_window(workspace)
    window.resize(1366, 768)
    editor = window.profile_editor
    assert window.current_page() is editor
    shot(window, "first-start-profile")

    profile = demo_profile()
    type_text(qtbot, editor.name, profile.name)
    qtbot.keyClicks(editor.credit_code, profile.credit_code)
    qtbot.keyClick(editor.places_total, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor.places_total, "80")
    click(qtbot, editor.classes.add_button)
    combo = editor.classes.table.cellWidget(0, 0)
    assert combo.width() >= combo.sizeHint().width()  # 班型 not clipped
    shot(window, "profile-filled")
    click(qtbot, editor.save_button)
    assert window.current_page() is window.home
    shot(window, "home")
    # Later the director completes the profile (classes, staff) from the same editor.
    workspace.facilities.save_own(profile)

    create_assessment_via_dialog(qtbot, window, period="2026年下半年", form_id=BUNDLED_FORM)
    qtbot.waitUntil(lambda: window.assessment_page is not None)
    page = window.assessment_page
    shot(window, "new-assessment")

    cards = list(page.pages[page.current_indicator].cards.values())
    choice = next(c for c in cards if c.option_buttons and not c.computed)
    choice.focus_answer()
    qtbot.keyClick(choice, Qt.Key.Key_1)
    qtbot.keyClick(choice, Qt.Key.Key_1)  # a second press keeps the answer
    assert page.session.answer(choice.item.id).value == choice.option_buttons[0].property("value")
    shot(window, "answered-by-key")

    veto = next(r.item for r in page.session.scores.items.values()
                if r.item.veto and r.item.kind == "choice" and r.relevant)
    page.jump_to_item(veto.id)
    card = page.card(veto.id)
    below = card.option_buttons[0]
    before = below.mapTo(window, QPoint(0, 0))
    click(qtbot, card.option_buttons[-1])
    assert page.veto_banner.isVisible()
    assert below.mapTo(window, QPoint(0, 0)) == before  # nothing moved under the pointer
    shot(window, "veto-banner")
    click(qtbot, card.clear_button)
    assert page.session.answer(veto.id).value is None
    shot(window, "cleared-with-undo")
    click(qtbot, card.undo_button)
    assert page.session.answer(veto.id).value == card.option_buttons[-1].property("value")

    click(qtbot, page.top.summary_button)
    shot(window, "summary")
    lines = []

    def not_ready(dialog):
        lines.extend(dialog.list.item(i).text() for i in range(dialog.list.count()))
        shot(dialog, "not-ready-list")
        entry = dialog.list.item(0)
        rect = dialog.list.visualItemRect(entry)
        qtbot.mouseClick(dialog.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    when_modal(not_ready)
    click(qtbot, window.summary_page.finalise_button)
    reactivate(qtbot, window)
    assert lines and window.current_page() is window.assessment_page
    shot(window, "went-to-first-missing")

    answer_everything(qtbot, window.assessment_page)
    assert window.workspace.assessments.problems(page.session.id) == []
    click(qtbot, page.top.summary_button)
    asked = []

    def escape(dialog):
        asked.append(dialog.text_for_test())
        shot(dialog, "finalise-question")
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    when_modal(escape)
    click(qtbot, window.summary_page.finalise_button)
    reactivate(qtbot, window)
    assert asked and veto.id in asked[0]
    assert not workspace.assessments.open(page.session.id).finalised
    when_modal(lambda dialog: click(qtbot, dialog.ok_button))
    click(qtbot, window.summary_page.finalise_button)
    reactivate(qtbot, window)
    assert workspace.assessments.open(page.session.id).finalised
    shot(window, "finalised")

    click(qtbot, window.summary_page.rectify_button)
    ledger = window.ledger_page
    assert window.current_page() is ledger and ledger.table.rowCount() >= 1
    ledger.select(ledger.row_ids()[0])
    ledger.deadline.set_text("2026/12/31")
    click(qtbot, ledger.save_button)
    assert workspace.rectifications.get(ledger.current.id).deadline == "2026-12-31"
    assert not ledger.detail_scroll.horizontalScrollBar().isVisible()
    shot(window, "ledger")
    assert len(shot.steps) == 13


def test_inspector_first_hour(qtbot, workspace, open_window, tmp_path):
    shot = Shots("inspector")
    window = open_window(workspace)
    window.resize(1366, 768)
    window.mode_actions["inspector"].trigger()
    shot(window, "visited-facilities")
    profile = demo_visited_profile()
    add_facility_via_dialog(qtbot, window, profile.name, profile.credit_code)
    shot(window, "facility-added")
    start_inspection_via_dialog(qtbot, window, "王建国、刘芳", "张晓燕")
    page = window.assessment_page
    qtbot.waitUntil(lambda: page is not None and window.current_page() is page)
    shot(window, "inspection-checklist")

    page.jump_to_item("2.1.3")
    card = page.card("2.1.3")
    click(qtbot, option(card, "不符合"))
    type_text(qtbot, card.comment, "楼道停放两辆电动车")
    card.flush()
    shot(window, "not-compliant-with-observation")

    click(qtbot, page.top.summary_button)
    seen = []

    def go_to_opinion(dialog):
        texts = [dialog.list.item(i).text() for i in range(dialog.list.count())]
        seen.extend(texts)
        shot(dialog, "not-ready-list")
        row = next(i for i, text in enumerate(texts) if "2.1.3：请填写整改意见" in text)
        rect = dialog.list.visualItemRect(dialog.list.item(row))
        qtbot.mouseClick(dialog.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    when_modal(go_to_opinion)
    click(qtbot, window.summary_page.finalise_button)
    reactivate(qtbot, window)
    page = window.assessment_page
    fields = page.findings_panel.fields["2.1.3"]
    assert page.tabs.currentWidget() is page.findings_panel
    qtbot.waitUntil(fields.opinion.hasFocus, timeout=2000)
    shot(window, "landed-on-opinion")
    commit_line(qtbot, fields.opinion, "立即清理楼道，电动车集中停放")
    fields = page.findings_panel.fields["2.1.3"]
    commit_line(qtbot, fields.deadline.edit, "2026年12月31日")
    items = {i.source_key: i for i in workspace.rectifications.list()}
    assert items["2.1.3"].opinion == "立即清理楼道，电动车集中停放"
    assert items["2.1.3"].deadline == "2026-12-31"
    shot(window, "opinion-and-deadline")
    assert len(shot.steps) == 7
