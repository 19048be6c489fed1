"""An identity's name, role and organisation are printed (signing section, stamp, registration
slip): characters the report font lacks are refused when it is made, and an identity made
elsewhere gets no slip with holes in it."""

from __future__ import annotations

import pytest

from tuoyu_desktop import signing
from tuoyu_desktop.messages import EN, render
from tuoyu_desktop.report import UnrenderableText
from tuoyu_desktop.services.identities import Identities

PASSPHRASE = "li-hongmei-2026"


def test_a_name_the_reports_cannot_print_is_refused_and_nothing_is_made(tmp_path):
    target = tmp_path / "li.p12"
    with pytest.raises(UnrenderableText) as caught:
        Identities().create(target, name="李😀梅", role="机构负责人", organisation="阳光𠀀托育", passphrase=PASSPHRASE)
    assert not target.exists()
    chinese = str(caught.value)
    assert "“😀”（U+1F600），出现在：数字身份的姓名" in chinese and "“𠀀”（U+20000），出现在：数字身份的单位" in chinese
    assert "后重新创建" in chinese and "重新导出" not in chinese
    english = render(caught.value, EN)
    assert "in: name in the digital identity" in english and "in: organisation in the digital identity" in english
    assert "create it again" in english
    made = Identities().create(target, name="李红梅", role="机构负责人", organisation="阳光托育", passphrase=PASSPHRASE)
    assert made.name == "李红梅" and target.exists()


def test_an_identity_made_elsewhere_gets_no_slip_with_holes(tmp_path):
    identity = tmp_path / "other.p12"
    signing.create_identity(identity, name="王😀", role="督导员", organisation="海淀区", passphrase=PASSPHRASE)
    slip = tmp_path / "slip.pdf"
    with pytest.raises(UnrenderableText) as caught:
        Identities().registration_slip(identity, PASSPHRASE, slip)
    assert not slip.exists()
    assert "数字身份的姓名" in str(caught.value) and "另建一个数字身份" in str(caught.value)
    assert "create a new identity in this program" in render(caught.value, EN)


def test_an_identity_made_elsewhere_that_the_reports_cannot_print_is_not_imported(tmp_path):
    """Refused when imported, not only later at the slip or the first signed export."""
    made_elsewhere = tmp_path / "elsewhere" / "wang.p12"
    made_elsewhere.parent.mkdir()
    signing.create_identity(made_elsewhere, name="王😀", role="督导员", organisation="海淀区", passphrase=PASSPHRASE)
    target = tmp_path / "identities" / "wang.p12"
    with pytest.raises(UnrenderableText) as caught:
        Identities().import_file(made_elsewhere, target, PASSPHRASE)
    assert not target.exists()
    assert "“😀”（U+1F600），出现在：数字身份的姓名" in str(caught.value) and "另建一个数字身份" in str(caught.value)
    assert "create a new identity in this program" in render(caught.value, EN)

    printable = tmp_path / "elsewhere" / "zhao.p12"
    signing.create_identity(printable, name="赵六", role="督导员", organisation="海淀区", passphrase=PASSPHRASE)
    info = Identities().import_file(printable, target, PASSPHRASE)
    assert info.name == "赵六" and target.exists()


def test_the_identities_window_says_why_it_imports_nothing(qtbot, zh_app, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

    from tuoyu_desktop.ui.identities import IdentitiesDialog
    from tuoyu_desktop.ui.settings import open_settings

    made_elsewhere = tmp_path / "wang.p12"
    signing.create_identity(made_elsewhere, name="王😀", role="督导员", organisation="海淀区", passphrase=PASSPHRASE)
    data = tmp_path / "data"
    data.mkdir()
    dialog = IdentitiesDialog(data, open_settings(data), "")
    qtbot.addWidget(dialog)
    dialog.show()
    warned: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(made_elsewhere), ""))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (PASSPHRASE, True))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: warned.append(text))
    assert dialog.import_identity() is False
    assert warned and "数字身份的姓名" in warned[0] and "另建一个数字身份" in warned[0]
    assert dialog.list.count() == 0 and not list(data.rglob("*.p12"))


def test_the_new_identity_dialog_says_so_and_stays_open(qtbot, zh_app, tmp_path):
    from tuoyu_desktop.ui.signing_dialogs import NewIdentityDialog

    dialog = NewIdentityDialog(tmp_path / "data", organisation="阳光托育")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("李😀梅")
    dialog.passphrase.setText(PASSPHRASE)
    dialog.confirm.setText(PASSPHRASE)
    dialog.ok_button.click()
    assert dialog.isVisible() and dialog.info is None
    assert dialog.error.isVisible() and "数字身份的姓名" in dialog.error.text()
    assert not list((tmp_path / "data").rglob("*.p12"))
