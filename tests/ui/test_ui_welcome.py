"""A first start that guides (issue #14, item 5): after the facility profile the app offers the
self-assessment, with a welcome naming profile, identity and assessment; inspectors have theirs."""

from __future__ import annotations

import shutil

import pytest
from support.ui import click, create_assessment_via_dialog, type_text, when_modal

from tuoyu_desktop.services import demo_profile
from tuoyu_desktop.ui import welcome


def _save_first_profile(qtbot, window) -> None:
    editor = window.profile_editor
    assert editor is not None and window.current_page() is editor
    type_text(qtbot, editor.name, "小橡树托育园")
    qtbot.keyClicks(editor.credit_code, demo_profile().credit_code)
    click(qtbot, editor.save_button)


@pytest.fixture
def fresh_workspace(data_dir, mini_form_path):
    """A first start: no facility yet, the small test form installed."""
    from tuoyu_desktop.services import Workspace

    (data_dir / "forms").mkdir(parents=True)
    shutil.copy(mini_form_path, data_dir / "forms" / mini_form_path.name)
    ws = Workspace.open(data_dir)
    yield ws
    ws.close()


def test_first_profile_is_followed_by_the_offer_to_assess(qtbot, fresh_workspace, open_window):
    workspace = fresh_workspace
    window = open_window(workspace)
    assert window.welcome_panel is None  # the profile editor comes first
    _save_first_profile(qtbot, window)
    panel = window.welcome_panel
    assert panel is not None and panel.isVisible()
    assert window.current_page() is window.home
    assert "小橡树托育园" in panel.title_label.text()
    steps = [step.text() for step in panel.step_labels]
    assert len(steps) == 3
    assert "机构信息" in steps[0] and steps[0].startswith("✓")
    assert "身份" in steps[1] and steps[1].startswith("○")
    assert "自评" in steps[2] and steps[2].startswith("○")
    assert set(panel.buttons) == {welcome.ASSESS, welcome.IDENTITY}
    assert panel.buttons[welcome.ASSESS].text() == "现在开始自评"
    assert not panel.hasFocus() and not panel.buttons[welcome.ASSESS].hasFocus()

    # The offer starts the assessment: the new-assessment dialog, then the assessment page.
    def fill(dialog):
        from tuoyu_desktop.ui.home_page import NewAssessmentDialog

        assert isinstance(dialog, NewAssessmentDialog)
        dialog.form_combo.setCurrentIndex(dialog.form_combo.findData("mini-test"))
        click(qtbot, dialog.ok_button)

    when_modal(fill)
    click(qtbot, panel.buttons[welcome.ASSESS])
    qtbot.waitUntil(lambda: window.assessment_page is not None)
    assert window.welcome_panel is None
    assert len(workspace.assessments.list()) == 1


def test_welcome_is_shown_once_per_data_folder(qtbot, workspace, open_window):
    window = open_window(workspace)
    _save_first_profile(qtbot, window)
    assert window.welcome_panel is not None
    click(qtbot, window.welcome_panel.close_button)
    assert window.welcome_panel is None
    window.close()  # closes the workspace too
    from tuoyu_desktop.services import Workspace

    reopened = Workspace.open(workspace.data_dir)
    try:
        again = open_window(reopened)
        assert again.welcome_panel is None
        assert again.offer_welcome("facility") is False  # shown already
        again.close()
    finally:
        reopened.close()


def test_welcome_follows_the_language(qtbot, workspace, open_window):
    window = open_window(workspace)
    _save_first_profile(qtbot, window)
    window.set_language("en")
    try:
        assert window.welcome_panel is not None
        assert window.welcome_panel.buttons[welcome.ASSESS].text() == "Start the self-assessment now"
    finally:
        window.set_language("zh_CN")


def test_inspector_welcome_adds_the_facility_then_offers_the_inspection(qtbot, workspace, open_window):
    window = open_window(workspace)
    window.mode_actions["inspector"].trigger()
    panel = window.welcome_panel
    assert panel is not None and panel.welcome.mode == "inspector"
    texts = [step.text() for step in panel.step_labels]
    assert "身份" in texts[0] and "机构" in texts[1] and "督导" in texts[2]
    assert panel.buttons[welcome.ADD_FACILITY].property("role") == "primary"
    visited = demo_profile()

    def fill(dialog):
        type_text(qtbot, dialog.name, "阳光托育园")
        type_text(qtbot, dialog.credit_code, visited.credit_code)
        click(qtbot, dialog.ok_button)

    when_modal(fill)
    click(qtbot, panel.buttons[welcome.ADD_FACILITY])
    qtbot.waitUntil(lambda: window.welcome_panel is not None and welcome.INSPECT in window.welcome_panel.buttons)
    assert [p.name for _, p in workspace.facilities.visited()] == ["阳光托育园"]
    assert window.welcome_panel.step_labels[1].text().startswith("✓")


def test_a_new_mode_registers_its_welcome(qtbot, workspace, open_window, monkeypatch):
    """The hook the district desk uses: register a welcome for its mode; choosing the mode shows it."""
    seen = []

    def district(ws, settings):
        seen.append(ws)
        return welcome.Welcome("district", "欢迎，区级", "先做三件事：", (welcome.Step("1."), welcome.Step("2."),
                               welcome.Step("3.")), (welcome.Action(welcome.PROFILE, "机构信息", primary=True),))

    monkeypatch.setitem(welcome.WELCOMES, "district", district)
    workspace.facilities.save_own(demo_profile())
    window = open_window(workspace)
    assert window.offer_welcome("district") is True
    assert seen == [workspace] and window.welcome_panel.title_label.text() == "欢迎，区级"


def test_assessment_via_home_page_still_works_with_the_welcome_open(qtbot, mini_workspace, open_window, tmp_path):
    window = open_window(mini_workspace)
    assert window.offer_welcome("facility", again=True)
    create_assessment_via_dialog(qtbot, window)
    qtbot.waitUntil(lambda: window.assessment_page is not None)


def test_district_welcome_names_identity_roster_and_cycle(qtbot, workspace, open_window):
    window = open_window(workspace)
    assert window.offer_welcome("district") is True
    panel = window.welcome_panel
    assert panel.welcome.mode == "district" and "区县" in panel.title_label.text()
    texts = [step.text() for step in panel.step_labels]
    assert "身份" in texts[0] and "名册" in texts[1] and "周期" in texts[2]
    assert not any(text.startswith("✓") for text in texts)  # nothing done yet
    assert welcome.IDENTITY in panel.buttons


def test_district_welcome_does_not_offer_an_identity_once_an_officer_is_registered(qtbot, workspace, open_window,
                                                                                 tmp_path):
    from tuoyu_desktop import signing

    officer = tmp_path / "officer.p12"
    signing.create_identity(officer, name="王科长", role="区卫健委科员", organisation="朝阳区卫健委",
                            passphrase="correct horse 42")
    workspace.desk.register_officer(signing.read_identity(officer, "correct horse 42").certificate_pem())
    window = open_window(workspace)
    assert window.offer_welcome("district") is True
    panel = window.welcome_panel
    assert panel.step_labels[0].text().startswith("✓")
    assert welcome.IDENTITY not in panel.buttons
