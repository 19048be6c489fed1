"""Item kinds beyond choices: computed, number with a constraint, multi, text, date, relevance."""

from __future__ import annotations

import shutil
from datetime import date

import pytest
from support import DATA
from support.ui import click, create_assessment_via_dialog, type_text

from tuoyu_desktop.services import Workspace, demo_profile

RULES_FORM = DATA / "rules_form.yaml"


@pytest.fixture
def rules_workspace(data_dir):
    (data_dir / "forms").mkdir(parents=True)
    shutil.copy(RULES_FORM, data_dir / "forms" / RULES_FORM.name)
    workspace = Workspace.open(data_dir)
    workspace.facilities.save_own(demo_profile())
    yield workspace
    workspace.close()


def test_every_item_kind_in_the_gui(qtbot, rules_workspace, open_window):
    window = open_window(rules_workspace)
    create_assessment_via_dialog(qtbot, window, period="2026年上半年", form_id="rules-test")
    qtbot.waitUntil(lambda: window.assessment_page is not None)
    page = window.assessment_page

    # Computed items: a result and the figures, nothing to click.
    cards = page.page("1.1").cards
    ratio = cards["1.1.1"]
    assert ratio.computed and ratio.option_buttons == []
    assert ratio.result_label.text() == "达到（根据机构信息自动计算）"
    assert "托小班：最大班额 14 人" in ratio.explanation.text()
    assert ratio.status_label.text() == "已完成"
    assert not ratio.comment.isVisibleTo(ratio)

    page.show_indicator("2.1")
    cards = page.pages["2.1"].cards
    number, computed, multi, text, when = (cards[i] for i in ("2.1.2", "2.1.3", "2.1.4", "2.1.5", "2.1.6"))
    assert text.isHidden() and when.isHidden()  # relevant only after a drill is ticked
    assert computed.status_label.text() == "无法计算"

    # A number outside its constraint: saved, flagged inline, not done.
    type_text(qtbot, number.input.edit, "15")
    qtbot.waitUntil(lambda: page.session.answer("2.1.2").value == "15", timeout=3000)
    assert number.problem_label.isVisible()
    assert "每日户外活动时间应在 0 到 12 小时之间" in number.problem_label.text()
    assert number.status_label.text() == "请检查答案"
    number.input.edit.clear()
    type_text(qtbot, number.input.edit, "3")
    number.input.edit.editingFinished.emit()  # leaving the field saves at once
    assert page.session.answer("2.1.2").value == "3"
    assert not number.problem_label.isVisible()
    assert computed.result_label.text().startswith("达到")

    # Multi: ticking 消防疏散 reveals the text and date items.
    fire = next(b for b in multi.input.boxes if b.text() == "消防疏散")
    click(qtbot, fire)
    assert page.session.answer("2.1.4").value == '["fire"]'
    assert not text.isHidden() and not when.isHidden()
    type_text(qtbot, text.input.edit, "YJ-2026-03")
    click(qtbot, when.input.today_button)
    assert page.session.answer("2.1.6").value == date.today().isoformat()
    qtbot.waitUntil(lambda: page.session.answer("2.1.5").value == "YJ-2026-03", timeout=3000)

    # A malformed date is not saved and says why.
    when.input.edit.clear()
    type_text(qtbot, when.input.edit, "2026-13-40")
    when.input.edit.editingFinished.emit()
    assert page.session.answer("2.1.6").value == date.today().isoformat()
    assert "2026-11-23" in when.problem_label.text()

    # Editing the facility profile from a computed item comes back to the same place.
    page.show_indicator("1.1")
    click(qtbot, page.pages["1.1"].cards["1.1.2"].profile_button)
    editor = window.profile_editor
    assert window.current_page() is editor
    assert editor.meals_on_site.isChecked()
    click(qtbot, editor.meals_on_site)
    click(qtbot, editor.save_button)
    assert rules_workspace.facilities.own()[1].meals_on_site is False
    page = window.assessment_page
    assert window.current_page() is page and page.current_indicator == "1.1"
    assert page.page("2.1").cards["2.1.1"].isHidden()  # kitchen item no longer applies


def test_item_text_becomes_selectable_when_the_pointer_comes_over_it(qtbot, zh_app):
    """Selectable text is laid out through a text document (twice the cost): it is made
    selectable on hover, and it keeps its height when it becomes so."""
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import QEnterEvent
    from PySide6.QtWidgets import QApplication

    from tuoyu_desktop.forms import load_form
    from tuoyu_desktop.paths import bundled_forms_dir
    from tuoyu_desktop.records import Answer
    from tuoyu_desktop.ui.item_widget import ItemCard

    form = load_form(bundled_forms_dir() / "wst821.yaml")
    item = next(i for i in form.iter_items() if i.guidance and i.source)
    card = ItemCard(item, Answer())
    qtbot.addWidget(card)
    card.resize(700, 400)
    card.show()
    labels = [card.text_label, card.source_label]
    heights = {w: [w.heightForWidth(width) for width in (180, 320, 520)] for w in labels}
    for widget in labels:
        assert not widget.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
        QApplication.sendEvent(widget, QEnterEvent(QPointF(2, 2), QPointF(2, 2), QPointF(2, 2)))
        assert widget.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
        assert [widget.heightForWidth(width) for width in (180, 320, 520)] == heights[widget]
