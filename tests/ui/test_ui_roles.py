"""Roles in the signing dialogs: the reports print them in Chinese, whatever the interface language."""

from __future__ import annotations

import pytest

from tuoyu_desktop.services.identities import Identities
from tuoyu_desktop.ui import i18n
from tuoyu_desktop.ui.signing_dialogs import LATER_ROLES, LaterSignerDialog, NewIdentityDialog


@pytest.fixture
def english(zh_app):
    i18n.install_translator(zh_app, "en")
    yield zh_app  # zh_app puts Chinese back afterwards


def listed(box) -> list[str]:
    return [box.itemText(row) for row in range(box.count())]


def test_the_english_interface_says_what_each_role_is_and_keeps_it_chinese(qtbot, english, tmp_path):
    dialog = NewIdentityDialog(tmp_path)
    qtbot.addWidget(dialog)
    assert listed(dialog.role) == ["机构负责人 (head of the facility)", "督导员 (inspector)",
                                   "机构代表 (facility representative)"]
    dialog.role.setCurrentIndex(1)
    dialog.name.setText("王督导")
    dialog.organisation.setText("区卫健委")
    dialog.passphrase.setText("mima-2026-ok")
    dialog.confirm.setText("mima-2026-ok")
    dialog.file.setText(str(tmp_path / "wang.p12"))
    dialog.create_identity()
    assert dialog.info is not None and dialog.info.role == "督导员"
    assert Identities().open(tmp_path / "wang.p12", "mima-2026-ok").info.role == "督导员"  # in the certificate


def test_a_later_signer_keeps_the_chinese_role_or_what_was_typed(qtbot, english):
    dialog = LaterSignerDialog()
    qtbot.addWidget(dialog)
    assert len(listed(dialog.role)) == len(LATER_ROLES)
    assert "家长代表 (parents' representative)" in listed(dialog.role)
    dialog.role.setCurrentText("家长代表 (parents' representative)")
    assert dialog.declared().role == "家长代表"
    dialog.role.setCurrentText("  园长助理 ")
    assert dialog.declared().role == "园长助理"
    dialog.role.setCurrentText("家长代表")  # typed in Chinese: as typed
    assert dialog.declared().role == "家长代表"


def test_the_chinese_interface_lists_the_roles_alone(qtbot, zh_app, tmp_path):
    dialog = NewIdentityDialog(tmp_path)
    qtbot.addWidget(dialog)
    assert listed(dialog.role) == list(Identities.role_labels())
    later = LaterSignerDialog()
    qtbot.addWidget(later)
    assert listed(later.role) == list(LATER_ROLES)
    assert later.declared().role == LATER_ROLES[0]
