"""First start: the facility profile editor, live credit-code check, saving."""

from __future__ import annotations

from PySide6.QtCore import Qt
from support.ui import click, type_text

from tuoyu_desktop.services import demo_profile


def test_first_start_shows_profile_editor_and_checks_the_credit_code(qtbot, workspace, open_window):
    window = open_window(workspace)
    editor = window.profile_editor
    assert editor is not None and window.current_page() is editor
    assert "请先填写机构信息" in editor.title_label.text()
    assert editor.save_button.text() == "保存机构信息"

    type_text(qtbot, editor.name, "小橡树托育园")
    good = demo_profile().credit_code
    bad = good[:17] + ("0" if good[17] != "0" else "1")
    qtbot.keyClicks(editor.credit_code, bad[:10])
    field = editor.fields["credit_code"]
    assert not field.has_error  # not judged before 18 characters
    qtbot.keyClicks(editor.credit_code, bad[10:])
    assert field.has_error and field.message.isVisible()
    assert "校验位" in field.message.text()

    click(qtbot, editor.save_button)
    assert workspace.facilities.own() is None  # refused
    assert window.current_page() is editor
    assert field.has_error

    editor.credit_code.clear()
    qtbot.keyClicks(editor.credit_code, good.lower())
    assert not field.has_error
    assert field.message.text() == "校验位正确"
    qtbot.keyClick(editor.places_total, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor.places_total, "40")
    click(qtbot, editor.classes.add_button)
    assert editor.classes.table.rowCount() == 1

    click(qtbot, editor.save_button)
    saved = workspace.facilities.own()
    assert saved is not None
    assert saved[1].name == "小橡树托育园"
    assert saved[1].credit_code == good
    assert saved[1].places_total == 40
    assert len(saved[1].classes) == 1
    assert window.current_page() is window.home
    assert window.home.facility_name.text() == "小橡树托育园"
    assert "小橡树托育园" in window.windowTitle()


def test_credit_code_checked_on_focus_out(qtbot, workspace, open_window):
    editor = open_window(workspace).profile_editor
    qtbot.keyClicks(editor.credit_code, "91110")
    assert not editor.fields["credit_code"].has_error
    assert "5/18" in editor.fields["credit_code"].message.text()
    editor.name.setFocus()
    editor.credit_code.editingFinished.emit()  # what leaving the field does
    assert editor.fields["credit_code"].has_error
    assert "18 位" in editor.fields["credit_code"].message.text()


def test_profile_problems_are_shown_next_to_their_fields(qtbot, workspace, open_window):
    editor = open_window(workspace).profile_editor
    editor.places_total.setValue(10)
    editor.places_puhui.setValue(20)
    click(qtbot, editor.save_button)  # name empty, 普惠 > total
    assert editor.fields["name"].has_error
    assert editor.fields["places_puhui"].has_error
    assert "普惠托位" in editor.fields["places_puhui"].message.text()
    assert workspace.facilities.own() is None
    qtbot.keyClicks(editor.name, "A")
    assert not editor.fields["name"].has_error  # cleared as the user fixes it


def test_profile_editable_later_from_home(qtbot, mini_workspace, open_window):
    window = open_window(mini_workspace)
    assert window.current_page() is window.home
    click(qtbot, window.home.edit_profile_button)
    editor = window.profile_editor
    assert window.current_page() is editor
    assert editor.name.text() == demo_profile().name
    assert editor.classes.table.rowCount() == len(demo_profile().classes)
    editor.name.clear()
    type_text(qtbot, editor.name, "新名字托育")
    click(qtbot, editor.save_button)
    assert window.current_page() is window.home
    assert window.home.facility_name.text() == "新名字托育"
    assert mini_workspace.facilities.own()[1].classes == demo_profile().classes


def test_profile_editor_new_fields_live_ratio_and_warnings(qtbot, workspace, open_window, tmp_path):
    workspace.facilities.save_own(demo_profile())
    window = open_window(workspace)
    from tuoyu_desktop.ui.profile_editor import ProfileEditor

    editor = ProfileEditor(workspace)
    qtbot.addWidget(editor)
    editor.resize(1000, 1400)
    editor.show()
    table = editor.classes
    assert table.table.cellWidget(0, table.AREA).value() == 18  # 乳儿班 area loaded
    assert editor.cooks.value() == 2 and editor.observation_room_m2.value() == 8
    assert not editor.warnings_label.isVisible()
    # 乳儿班 9 children, 3 caregivers: 1:3.0; one caregiver fewer is over 1:3, shown at once.
    assert table.ratio_text(0) == "1 : 3.0"
    table.table.cellWidget(0, 3).setValue(2)
    assert table.ratio_text(0) == "1 : 4.5 ⚠"
    assert "1 : 3" in table.table.item(0, table.RATIO).toolTip()
    # Places fewer than children: a warning, saving still works.
    editor.places_puhui.setValue(10)
    editor.places_total.setValue(10)
    assert editor.warnings_label.isVisible() and "多于总托位数" in editor.warnings_label.text()
    editor.contact.setText("找李老师")
    editor.contact.editingFinished.emit()
    assert editor.fields["contact"].has_error
    assert not editor.save()  # the phone number is refused
    editor.contact.setText("010-64712345")
    table.table.cellWidget(1, table.AREA).setValue(34.5)
    editor.grab().save(str(tmp_path / "profile.png"))
    assert editor.save()
    saved = workspace.facilities.own()[1]
    assert saved.classes[1].area_m2 == 34.5 and saved.places_total == 10 and saved.classes[0].caregivers == 2
    assert window is not None
