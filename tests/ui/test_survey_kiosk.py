"""The survey kiosk: one parent at a time, big buttons, no name kept; from kiosk entry to the PDF."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QInputDialog, QLineEdit
from support.report_parts import pdf_text
from support.ui import click, when_modal

from tuoyu_desktop.services import demo_profile
from tuoyu_desktop.ui.survey_kiosk import BUTTON_HEIGHT, SurveyKioskDialog


def option(dialog, value):
    return next(b for b in dialog.option_buttons if b.property("value") == value)


def kiosk(qtbot, workspace):
    workspace.facilities.save_own(demo_profile())
    survey_id = workspace.surveys.create("2026年下半年")
    dialog = SurveyKioskDialog(workspace, survey_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_kiosk_one_parent_after_another(qtbot, zh_app, workspace, tmp_path):
    dialog = kiosk(qtbot, workspace)
    total = len(dialog.items)
    assert "第 1 / " in dialog.progress.text() and dialog.text.text() == dialog.items[0].text
    assert [b.text() for b in dialog.option_buttons] == ["非常满意", "满意", "一般", "不满意", "非常不满意"]
    qtbot.waitUntil(lambda: all(b.height() >= BUTTON_HEIGHT for b in dialog.option_buttons))
    assert not dialog.findChildren(QLineEdit)  # nowhere to type a name
    click(qtbot, option(dialog, "5"))
    click(qtbot, dialog.back_button)  # change one's mind
    assert option(dialog, "5").isChecked()
    click(qtbot, option(dialog, "4"))
    click(qtbot, dialog.skip_button)
    click(qtbot, dialog.na_button)
    while dialog.stack.currentWidget() is dialog.question_page:
        click(qtbot, option(dialog, "3"))
    assert dialog.stack.currentWidget() is dialog.finish_page
    dialog.grab().save(str(tmp_path / "finish.png"))
    click(qtbot, dialog.submit_button)
    assert dialog.stack.currentWidget() is dialog.thanks_page
    stored = workspace.store.surveys.responses(dialog.survey_id)
    assert len(stored) == 1 and stored[0][dialog.items[0].id] == "4" and dialog.items[1].id not in stored[0]
    assert stored[0][dialog.items[2].id] is None and len(stored[0]) == total - 1

    click(qtbot, dialog.next_button)  # 下一位家长: nothing of the last parent is left
    assert dialog.answers == {} and dialog.position == 0
    assert dialog.stack.currentWidget() is dialog.question_page
    assert not any(b.isChecked() for b in dialog.option_buttons)
    for _ in range(total):
        click(qtbot, option(dialog, "1"))
    click(qtbot, dialog.submit_button)
    index = workspace.surveys.index()
    assert index.respondents == 2
    row = workspace.store.conn.execute("SELECT * FROM survey_responses LIMIT 1").fetchone()
    assert all("张" not in str(v) for v in row) and set(json.loads(row[2])) <= {i.id for i in dialog.items}

    # the index, not the answers, goes into the self-assessment report
    assessment_id = workspace.assessments.create_demo()
    text = pdf_text(workspace.reports.export_pdf(assessment_id, tmp_path / "report.pdf"))
    # two parents only: too few to show an index without exposing a family's answers
    assert "家长满意度" in text and "参与家长少于5位" in text and f"总体{index.overall:.1f}" not in text


def test_nothing_answered_nothing_to_submit(qtbot, zh_app, workspace):
    dialog = kiosk(qtbot, workspace)
    for _ in dialog.items:
        click(qtbot, dialog.skip_button)
    assert dialog.stack.currentWidget() is dialog.finish_page and not dialog.submit_button.isEnabled()
    assert workspace.surveys.index().respondents == 0


def test_menu_action_starts_a_survey_and_opens_the_kiosk(qtbot, open_window, workspace, monkeypatch):
    workspace.facilities.save_own(demo_profile())
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("2026年下半年", True)))
    window = open_window(workspace)
    seen = []

    def check(dialog):
        seen.append(dialog)
        dialog.close()

    when_modal(check)
    window.survey_action.trigger()
    assert isinstance(seen[0], SurveyKioskDialog)
    assert workspace.surveys.index().period == "2026年下半年"
