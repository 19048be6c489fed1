"""The item card: a decisive item's N/A control is disabled with its reason; sources shown;
a computed item without its inputs says 无法计算 and names them; no grade before answers."""

from __future__ import annotations

import json

import pytest
import yaml
from support.ui import click

from tuoyu_desktop.facility import FacilityProfile
from tuoyu_desktop.records import Answer
from tuoyu_desktop.scoring import score
from tuoyu_desktop.services import Workspace, demo_profile
from tuoyu_desktop.ui import formatting
from tuoyu_desktop.ui.item_widget import ItemCard


def v2_form(tmp_path, mini_form_path):
    from tuoyu_desktop.forms import load_form

    document = yaml.safe_load(mini_form_path.read_text(encoding="utf-8"))
    document.update(schema=2, id="mini-v2")
    for dimension in document["dimensions"]:
        for indicator in dimension["indicators"]:
            for item in indicator["items"]:
                item["source"] = "托育机构设置标准（试行）第十条"
    path = tmp_path / "mini-v2.yaml"
    path.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    return load_form(path)


def test_veto_card_refuses_na_with_its_reason(qtbot, zh_app, tmp_path, mini_form_path):
    form = v2_form(tmp_path, mini_form_path)
    card = ItemCard(form.item("1.1.1"), Answer())
    qtbot.addWidget(card)
    card.show()
    assert not card.na_box.isEnabled()
    assert card.na_refused_label is not None and card.na_refused_label.text() == "一票否决项不能标为不适用：请如实作答"
    assert "一票否决项不能标为不适用" in card.na_box.toolTip()
    assert card.source_label.text() == "出处：托育机构设置标准（试行）第十条"
    click(qtbot, card.na_box)  # a click on a disabled box does nothing
    assert not card.na_box.isChecked() and card.answer().na is False
    card.grab().save(str(tmp_path / "veto-card.png"))

    other = ItemCard(form.item("1.1.2"), Answer())
    qtbot.addWidget(other)
    assert other.na_box.isEnabled() and other.na_refused_label is None


def test_an_old_na_on_a_veto_item_can_be_taken_back_not_given(qtbot, zh_app, tmp_path, mini_form_path):
    form = v2_form(tmp_path, mini_form_path)
    answers = {"1.1.1": Answer(na=True, na_reason="abc")}
    card = ItemCard(form.item("1.1.1"), answers["1.1.1"])
    qtbot.addWidget(card)
    card.show()
    card.show_result(score(form, answers).items["1.1.1"])
    assert card.problem_label.text().startswith("一票否决项不能标为不适用")
    assert card.status_label.text() == "需要作答"
    assert card.na_box.isEnabled() and card.na_box.isChecked()
    with qtbot.waitSignal(card.changed, timeout=2000):
        click(qtbot, card.na_box)
    assert card.answer().na is False and not card.na_box.isEnabled()


def test_computed_card_names_missing_profile_fields(qtbot, zh_app, workspace):
    form = workspace.forms.get("wst821-2023")
    scores = score(form, {}, FacilityProfile(name="新机构"))
    result = next(r for r in scores.items.values() if r.item.kind == "computed" and r.relevant)
    card = ItemCard(result.item, Answer())
    qtbot.addWidget(card)
    card.show_result(result)
    assert card.result_label.text().startswith("无法计算：请在机构信息中填写")
    assert card.status_label.text() == "无法计算"
    assert formatting.grade_text(scores) == "未评定"


@pytest.fixture
def v2_workspace(data_dir, tmp_path, mini_form_path):
    form = v2_form(tmp_path, mini_form_path)
    (data_dir / "forms").mkdir(parents=True)
    (data_dir / "forms" / "mini-v2.yaml").write_text(
        yaml.safe_dump(json.loads(form.snapshot), allow_unicode=True), encoding="utf-8")
    ws = Workspace.open(data_dir)
    ws.facilities.save_own(demo_profile())
    yield ws
    ws.close()


def test_new_assessment_shows_no_grade_in_the_window(qtbot, v2_workspace, open_window, tmp_path):
    from support.ui import create_assessment_via_dialog

    window = open_window(v2_workspace)
    create_assessment_via_dialog(qtbot, window, form_id="mini-v2")
    qtbot.waitUntil(lambda: window.assessment_page is not None)
    page = window.assessment_page
    assert page.top.grade_label.text() == "未评定"
    card = page.page("1.1").cards["1.1.1"]
    assert not card.na_box.isEnabled()
    window.grab().save(str(tmp_path / "new-assessment.png"))


def test_starting_a_centre_form_for_a_home_point_warns(qtbot, workspace, open_window):
    from PySide6.QtWidgets import QMessageBox
    from support.ui import type_text, when_modal

    from tuoyu_desktop.services.demo import demo_home_profile
    from tuoyu_desktop.ui.home_page import NewAssessmentDialog

    workspace.facilities.save_own(demo_home_profile())
    window = open_window(workspace)
    seen = []

    def fill(dialog):
        assert isinstance(dialog, NewAssessmentDialog)
        assert dialog.form_combo.currentData() == "home-care-2023"  # the type's own form first
        dialog.form_combo.setCurrentIndex(dialog.form_combo.findData("wst821-2023"))
        dialog.period.clear()
        type_text(qtbot, dialog.period, "2026年上半年")
        when_modal(answer_warning)
        click(qtbot, dialog.ok_button)

    def answer_warning(box):
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.button(QMessageBox.StandardButton.Yes).click()

    when_modal(fill)
    click(qtbot, window.home.new_button)
    qtbot.waitUntil(lambda: window.assessment_page is not None)
    assert seen and "家庭托育点" in seen[0] and "仍用这份评估表开始自评吗" in seen[0]
    assert window.assessment_page.session.form.id == "wst821-2023"


def test_new_period_from_the_last_one_pending_then_confirmed(qtbot, demo_workspace, open_window, tmp_path):
    from support.ui import type_text, when_modal

    from tuoyu_desktop.ui.home_page import NewAssessmentDialog
    from tuoyu_desktop.ui.summary_page import SummaryPage

    workspace, first = demo_workspace
    window = open_window(workspace)

    def fill(dialog):
        assert isinstance(dialog, NewAssessmentDialog)
        assert dialog.carry_box.isChecked() and "2026年下半年（演示）" in dialog.carry_box.text()
        dialog.period.clear()
        type_text(qtbot, dialog.period, "2027年上半年")
        click(qtbot, dialog.ok_button)

    when_modal(fill)
    click(qtbot, window.home.new_button)
    qtbot.waitUntil(lambda: window.assessment_page is not None)
    page = window.assessment_page
    session = page.session
    assert session.pending and session.row.period == "2027年上半年"
    card = page.page("1.1").cards["1.1.1"]
    assert card.pending_shown and card.pending_label.text() == "沿用上期的答案：是否仍然属实？"
    card.grab().save(str(tmp_path / "pending-card.png"))
    click(qtbot, card.confirm_button)
    qtbot.waitUntil(lambda: "1.1.1" not in session.pending)
    assert not card.pending_shown
    assert "1.1.1" not in workspace.assessments.open(session.id).pending

    summary = SummaryPage(session, "阳光宝贝", change=workspace.assessments.change(session.id))
    qtbot.addWidget(summary)
    assert summary.change_table is not None and summary.change_table.rowCount() == 8
    assert summary.change_table.item(7, 3).text() == "+0.0"
