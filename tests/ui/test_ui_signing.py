"""Finalise, revise, sign, verify, import, trust: through the real widgets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox
from support.ui import click, type_text, when_modal

from tuoyu_desktop.records import Answer

PASSPHRASE = "mima-2026-ok"


def answer_all(workspace, assessment_id):
    session = workspace.assessments.open(assessment_id)
    for item in session.form.iter_items():
        session.set_answer(item.id, Answer(value=item.scale.options[0].value))


def finalised_assessment(workspace, period="2026年上半年"):
    assessment_id = workspace.assessments.create("mini-test", period)
    answer_all(workspace, assessment_id)
    workspace.assessments.finalise(assessment_id)
    return assessment_id


@pytest.fixture
def identity(tmp_path):
    """A test identity (self-signed), and its certificate as PEM bytes."""
    from tuoyu_desktop import signing

    path = tmp_path / "ids" / "张园长.p12"
    signing.create_identity(path, name="张园长", role="机构负责人", organisation="阳光托育", passphrase=PASSPHRASE)
    pem = signing.read_identity(path, PASSPHRASE).certificate_pem()
    return path, pem


def drag(qtbot, widget, points):
    QTest.mousePress(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(*points[0]))
    for point in points[1:]:
        QTest.mouseMove(widget, QPoint(*point))
    QTest.mouseRelease(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(*points[-1]))


def reactivate(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


# -- finalise and revise --------------------------------------------------------------------------
def test_finalise_refused_with_list_then_done_read_only_then_revised(qtbot, mini_workspace, open_window):
    assessment_id = mini_workspace.assessments.create("mini-test", "2026年上半年")
    window = open_window(mini_workspace)
    window.open_assessment(assessment_id)
    page = window.assessment_page
    click(qtbot, page.card("1.1.1").option_buttons[0])
    click(qtbot, page.top.summary_button)
    summary = window.summary_page
    assert summary.state_label.text() == "草稿 · 第 1 版"
    assert not summary.sign_button.isEnabled()

    shown = []

    def pick_missing(dialog):
        lines = [dialog.list.item(i).text() for i in range(dialog.list.count())]
        shown.append((dialog.windowTitle(), lines))
        dialog.grab().save("/tmp/ui2_not_ready.png")
        row = next(i for i, text in enumerate(lines) if "1.2.1" in text)
        rect = dialog.list.visualItemRect(dialog.list.item(row))
        qtbot.mouseClick(dialog.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    when_modal(pick_missing)
    click(qtbot, summary.finalise_button)
    reactivate(qtbot, window)
    title, lines = shown[0]
    assert title == "尚不能定稿"
    assert lines == ["条目 1.1.2 尚未作答", "条目 1.2.1 尚未作答", "条目 2.1.1 尚未作答"]
    # The click went to the item.
    assert window.current_page() is window.assessment_page
    assert page.current_indicator == "1.2"
    assert not mini_workspace.assessments.open(assessment_id).finalised

    for item_id in ("1.1.2", "1.2.1", "2.1.1"):
        page.jump_to_item(item_id)
        click(qtbot, page.card(item_id).option_buttons[0])
    click(qtbot, page.top.summary_button)
    when_modal(lambda dialog: click(qtbot, dialog.ok_button))  # 定稿 asks once
    click(qtbot, window.summary_page.finalise_button)
    reactivate(qtbot, window)
    assert mini_workspace.assessments.open(assessment_id).finalised
    summary = window.summary_page
    assert summary.state_label.text() == "已定稿 · 第 1 版"
    assert summary.sign_button.isEnabled() and summary.revise_button.isVisible()
    assert not summary.finalise_button.isVisible()
    summary.grab().save("/tmp/ui2_summary_finalised.png")
    page = window.assessment_page
    assert page.top.save_label.text() == "已定稿，只读"
    assert not page.card("1.1.2").option_buttons[1].isEnabled()

    # Revise: the reason is required.
    def revise(dialog):
        assert not dialog.ok_button.isEnabled()
        type_text(qtbot, dialog.reason, "督导后更正保育人员数量")
        assert dialog.ok_button.isEnabled()
        dialog.grab().save("/tmp/ui2_revise.png")
        click(qtbot, dialog.ok_button)

    when_modal(revise)
    click(qtbot, summary.revise_button)
    reactivate(qtbot, window)
    row = mini_workspace.store.assessment(assessment_id)
    assert not row.finalised and row.revision == 2
    assert mini_workspace.store.revisions(assessment_id)[-1]["reason"] == "督导后更正保育人员数量"
    page = window.assessment_page
    assert window.current_page() is page
    assert "第 2 版" in page.top.subtitle.text()
    assert page.card("1.1.2").option_buttons[1].isEnabled()


def test_signature_pad_draws_a_transparent_png(qtbot, zh_app):
    from PySide6.QtGui import QImage

    from tuoyu_desktop.ui.signature_pad import SignaturePad

    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(420, 150)
    pad.show()
    qtbot.waitExposed(pad)
    assert pad.empty and pad.png_bytes() is None
    drag(qtbot, pad, [(30, 100), (60, 40), (90, 110), (130, 50), (170, 100)])
    assert not pad.empty
    data = pad.png_bytes()
    assert data and data.startswith(b"\x89PNG")
    image = QImage.fromData(data)
    assert image.hasAlphaChannel()
    assert image.pixelColor(0, 0).alpha() == 0  # transparent background
    assert any(image.pixelColor(x, y).alpha() > 0 for x in range(image.width()) for y in range(image.height()))
    pad.grab().save("/tmp/ui2_signature_pad.png")
    pad.clear()
    assert pad.empty and pad.png_bytes() is None


# -- signed export ----------------------------------------------------------------------------------
def _image_count(path) -> int:
    """Image XObjects anywhere in the PDF (page resources and the signature appearances)."""
    from pypdf import PdfReader
    from pypdf.generic import IndirectObject

    reader = PdfReader(str(path))
    seen, count = set(), 0

    def walk(obj, depth=0):
        nonlocal count
        if depth > 12:
            return
        if isinstance(obj, IndirectObject):
            key = (obj.idnum, obj.generation)
            if key in seen:
                return
            seen.add(key)
            obj = obj.get_object()
        if hasattr(obj, "keys"):
            if obj.get("/Subtype") == "/Image":
                count += 1
            for key in obj.keys():
                if key not in ("/Parent", "/P"):
                    walk(obj.raw_get(key) if hasattr(obj, "raw_get") else obj[key], depth + 1)
        elif isinstance(obj, list):
            for value in obj:
                walk(value, depth + 1)

    walk(reader.trailer.raw_get("/Root"))
    return count


def test_signed_export_through_the_dialog(qtbot, mini_workspace, open_window, identity, tmp_path, monkeypatch):
    identity_path, pem = identity
    assessment_id = finalised_assessment(mini_workspace)
    mini_workspace.trust.add(pem, "张园长")
    window = open_window(mini_workspace)
    window.open_assessment(assessment_id)
    window.show_summary()
    target = tmp_path / "out" / "签名报告.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    messages = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: messages.append(box.text()) or 0)
    steps = []

    def fill_signer(dialog):
        dialog.identity.setCurrentText(str(identity_path))
        type_text(qtbot, dialog.passphrase, "wrong-passphrase")
        click(qtbot, dialog.ok_button)
        assert dialog.isVisible()  # asked again, not crashed
        assert "口令不正确" in dialog.error.text() and dialog.error.isVisible()
        assert dialog.passphrase.text() == ""
        steps.append("wrong")
        type_text(qtbot, dialog.passphrase, PASSPHRASE)
        drag(qtbot, dialog.pad, [(40, 90), (80, 40), (120, 100), (170, 45), (220, 95)])
        dialog.grab().save("/tmp/ui2_signer_dialog.png")
        click(qtbot, dialog.ok_button)
        steps.append("ok")

    def collect(dialog):
        assert not dialog.export_button.isEnabled()
        when_modal(fill_signer)
        click(qtbot, dialog.add_button)
        assert dialog.list.count() == 1
        assert dialog.list.item(0).text().startswith("1. 张园长（机构负责人")

        def reserve_later(later):
            later.role.setCurrentText("机构代表")
            type_text(qtbot, later.name, "李代表")
            click(qtbot, later.ok_button)

        when_modal(reserve_later)
        click(qtbot, dialog.later_button)
        assert dialog.list.item(1).text() == "2. 李代表（机构代表） · 稍后签名"
        assert len(dialog.signers) == 1
        dialog.grab().save("/tmp/ui2_signed_export.png")
        click(qtbot, dialog.export_button)

    when_modal(collect)
    with qtbot.waitSignal(window.export_controller.finished, timeout=60000) as signal:
        click(qtbot, window.summary_page.sign_button)
    ok, message = signal.args
    assert ok, message
    assert steps == ["wrong", "ok"]
    check = mini_workspace.trust.verify(target)
    assert check.exit_code == 4, check.lines()  # genuine so far, but 李代表's reserved box is still empty
    assert [s.signer_name for s in check.signatures.signatures] == ["张园长"]
    assert _image_count(target) >= 1  # the handwritten signature
    # Passphrases are never stored.
    from tuoyu_desktop.ui import settings as keys

    assert PASSPHRASE not in (mini_workspace.data_dir / "settings.ini").read_text(encoding="utf-8")
    assert keys.recent_identities(keys.open_settings(mini_workspace.data_dir)) == [str(identity_path)]

    # A second signer later, on the existing file.
    from tuoyu_desktop import signing

    second = tmp_path / "ids" / "李代表.p12"
    signing.create_identity(second, name="李代表", role="机构代表", organisation="阳光托育", passphrase=PASSPHRASE)
    mini_workspace.trust.add(signing.read_identity(second, PASSPHRASE).certificate_pem(), "李代表")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))

    def second_signer(dialog):
        dialog.identity.setCurrentText(str(second))
        type_text(qtbot, dialog.passphrase, PASSPHRASE)
        click(qtbot, dialog.ok_button)

    # 李代表 signs into the box reserved at export; a failure would be a warning, caught here
    # (a modal warning left unanswered used to hang the suite).
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text, *a, **k: warnings.append(text) or QMessageBox.StandardButton.Ok)
    when_modal(second_signer)
    window.add_signature_action.trigger()
    task = window.sign_task
    assert task is not None
    qtbot.waitUntil(lambda: window.sign_task is None, timeout=60000)
    assert warnings == []
    check = mini_workspace.trust.verify(target)
    assert check.exit_code == 0, check.lines()
    assert [s.signer_name for s in check.signatures.signatures] == ["张园长", "李代表"]

    # Nobody else can sign: every reserved box is filled.
    third = tmp_path / "ids" / "王五.p12"
    signing.create_identity(third, name="王五", role="家长代表", organisation="阳光托育", passphrase=PASSPHRASE)

    def third_signer(dialog):
        dialog.identity.setCurrentText(str(third))
        type_text(qtbot, dialog.passphrase, PASSPHRASE)
        click(qtbot, dialog.ok_button)

    when_modal(third_signer)
    window.add_signature_action.trigger()
    qtbot.waitUntil(lambda: window.sign_task is None, timeout=60000)
    assert warnings and "没有留给 王五" in warnings[0]
    assert mini_workspace.trust.verify(target).exit_code == 0


# -- verify window, import, trust -------------------------------------------------------------------
@pytest.fixture
def signed_pdf(mini_workspace, identity, tmp_path):
    from tuoyu_desktop.services import Signer

    identity_path, pem = identity
    assessment_id = finalised_assessment(mini_workspace)
    target = tmp_path / "reports" / "报告.pdf"
    target.parent.mkdir()
    mini_workspace.reports.export_pdf(assessment_id, target, signers=[Signer(identity_path, PASSPHRASE)])
    return target


def verify_in_window(qtbot, window, path):
    verify = window.open_verify()
    with qtbot.waitSignal(verify.verified, timeout=60000) as signal:
        verify.verify(path)
    qtbot.waitUntil(lambda: verify.task is None)
    return verify, signal.args[0]


def test_verify_window_green_import_once_and_red_when_tampered(
    qtbot, mini_workspace, open_window, identity, signed_pdf, tmp_path, monkeypatch
):
    from tuoyu_desktop.ui import style

    mini_workspace.trust.add(identity[1], "张园长")
    window = open_window(mini_workspace)
    verify, code = verify_in_window(qtbot, window, signed_pdf)
    assert code == 0
    assert _image_count(signed_pdf) == 0  # signed without handwriting: no image at all
    assert verify.table.item(0, 0).text() == "张园长"
    assert verify.table.item(0, 1).text() == "机构负责人"
    assert verify.table.item(0, 2).text() == "阳光托育"
    assert verify.table.item(0, 5).text() == "是" and verify.table.item(0, 6).text() == "是"
    assert style.GREEN in verify.verdict_frame.styleSheet()
    assert "与报告签名时的数据摘要一致" in verify.data_label.text()
    verify.grab().save("/tmp/ui2_verify_ok.png")

    messages = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *a: messages.append((title, text)))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: messages.append((title, text)))
    click(qtbot, verify.import_button)
    assert len(mini_workspace.store.received_reports()) == 1
    assert messages[-1][0] == "报告已导入"
    click(qtbot, verify.import_button)
    assert len(mini_workspace.store.received_reports()) == 1
    assert messages[-1][0] == "已导入过"

    # Dropped onto the window: a tampered copy (bytes appended) is red, and cannot be imported.
    tampered = tmp_path / "tampered.pdf"
    tampered.write_bytes(signed_pdf.read_bytes() + b"\n% changed afterwards\n")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tampered))])
    event = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(verify.verified, timeout=60000) as signal:
        verify.dropEvent(event)
    qtbot.waitUntil(lambda: verify.task is None)
    assert signal.args[0] == 1
    assert style.RED in verify.verdict_frame.styleSheet()
    assert not verify.import_button.isEnabled()
    verify.grab().save("/tmp/ui2_verify_tampered.png")

    # Received reports list.
    from tuoyu_desktop.ui.received_dialog import ReceivedReportsDialog

    received = ReceivedReportsDialog(mini_workspace, window)
    qtbot.addWidget(received)
    received.show()
    assert received.table.rowCount() == 1
    assert received.table.item(0, 1).text() == "2026年上半年"
    received.grab().save("/tmp/ui2_received.png")


def test_untrusted_signer_is_amber_and_can_be_registered(
    qtbot, mini_workspace, open_window, identity, signed_pdf, tmp_path, monkeypatch
):
    from tuoyu_desktop import signing
    from tuoyu_desktop.ui import style

    # With someone else in the trust store, trust is judged: this signer is not in it.
    other = tmp_path / "ids" / "别人.p12"
    signing.create_identity(other, name="王督导", role="督导员", organisation="区卫健委", passphrase=PASSPHRASE)
    mini_workspace.trust.add(signing.read_identity(other, PASSPHRASE).certificate_pem(), "王督导")
    window = open_window(mini_workspace)
    verify, code = verify_in_window(qtbot, window, signed_pdf)
    assert code == 3
    assert style.AMBER in verify.verdict_frame.styleSheet()
    assert verify.table.item(0, 6).text() == "否"
    certificate = tmp_path / "张园长.pem"
    certificate.write_bytes(identity[1])
    explained = []

    def choose_file(box):
        explained.append(box.text())
        next(b for b in box.buttons() if b.text() == "选择证书文件…").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", choose_file)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(certificate), ""))
    with qtbot.waitSignal(verify.verified, timeout=60000) as signal:
        assert verify.register_signer()
    assert "证书文件" in explained[0]
    assert signal.args[0] == 0
    assert sorted(e["name"] for e in mini_workspace.trust.list()) == ["张园长", "王督导"]
    assert verify.table.item(0, 6).text() == "是"


def test_trust_store_add_and_remove(qtbot, mini_workspace, identity, tmp_path, monkeypatch, zh_app):
    from tuoyu_desktop.ui.trust_dialog import TrustDialog

    certificate = tmp_path / "cert.pem"
    certificate.write_bytes(identity[1])
    dialog = TrustDialog(mini_workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.rowCount() == 0 and dialog.empty_label.isVisible()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(certificate), ""))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("张园长（阳光托育）", True))
    click(qtbot, dialog.add_button)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 0).text() == "张园长（阳光托育）"
    assert dialog.table.item(0, 1).text() == "签名人"
    assert len(mini_workspace.trust.list()) == 1
    dialog.grab().save("/tmp/ui2_trust.png")
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda parent, title, text, *a: asked.append(text) or QMessageBox.StandardButton.Yes
    )
    dialog.table.selectRow(0)
    click(qtbot, dialog.remove_button)
    assert asked and "张园长（阳光托育）" in asked[0]
    assert dialog.table.rowCount() == 0
    assert mini_workspace.trust.list() == []


def test_identities_create_show_and_export(qtbot, mini_workspace, tmp_path, monkeypatch, zh_app):
    from tuoyu_desktop.ui.identities import IdentitiesDialog
    from tuoyu_desktop.ui.settings import open_settings

    settings = open_settings(mini_workspace.data_dir)
    dialog = IdentitiesDialog(mini_workspace.data_dir, settings, "阳光托育")
    qtbot.addWidget(dialog)
    dialog.show()

    def create(new):
        assert new.organisation.text() == "阳光托育"
        type_text(qtbot, new.name, "张园长")
        type_text(qtbot, new.passphrase, "short")
        type_text(qtbot, new.confirm, "short")
        click(qtbot, new.ok_button)
        assert "至少" in new.error.text()  # too short
        new.passphrase.clear()
        new.confirm.clear()
        type_text(qtbot, new.passphrase, PASSPHRASE)
        type_text(qtbot, new.confirm, PASSPHRASE + "x")
        click(qtbot, new.ok_button)
        assert "不一致" in new.error.text()
        type_text(qtbot, new.confirm, PASSPHRASE)
        new.grab().save("/tmp/ui2_new_identity.png")
        click(qtbot, new.ok_button)

    when_modal(create)
    click(qtbot, dialog.new_button)
    path = mini_workspace.data_dir / "identities" / "张园长.p12"
    assert path.is_file()
    text = dialog.details.toPlainText()
    assert "姓名：张园长" in text and "证书指纹" in text and "身份：机构负责人" in text
    assert dialog.list.count() == 1
    dialog.grab().save("/tmp/ui2_identities.png")

    target = tmp_path / "张园长.pem"
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (PASSPHRASE, True))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    dialog.list.setCurrentRow(0)
    click(qtbot, dialog.export_button)
    assert target.read_bytes().startswith(b"-----BEGIN CERTIFICATE")
    assert PASSPHRASE not in (mini_workspace.data_dir / "settings.ini").read_text(encoding="utf-8")

    # The registration slip, one page to hand to the district.
    from pypdf import PdfReader

    slip = tmp_path / "登记单.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(slip), ""))
    click(qtbot, dialog.slip_button)
    page_text = "".join(PdfReader(str(slip)).pages[0].extract_text().split())
    assert "张园长" in page_text and "数字签名证书登记单" in page_text


def test_untrusted_report_is_imported_apart_after_asking_and_listed_in_amber(
    qtbot, mini_workspace, open_window, signed_pdf, monkeypatch
):
    from tuoyu_desktop.ui import style
    from tuoyu_desktop.ui.received_dialog import ReceivedReportsDialog

    window = open_window(mini_workspace)  # nobody is trusted here
    verify, code = verify_in_window(qtbot, window, signed_pdf)
    assert code == 3 and verify.import_button.isEnabled()
    questions, messages = [], []
    answer = [QMessageBox.StandardButton.Cancel]
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text, *a: questions.append(text) or answer[0])
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *a: messages.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: messages.append(text))
    click(qtbot, verify.import_button)  # cancelled: nothing stored
    assert "不在您的信任列表" in questions[-1] and mini_workspace.received.list() == []
    answer[0] = QMessageBox.StandardButton.Yes
    click(qtbot, verify.import_button)
    assert [r["state"] for r in mini_workspace.received.list()] == ["untrusted"]
    assert "待核实身份" in messages[-1]
    received = ReceivedReportsDialog(mini_workspace, window)
    qtbot.addWidget(received)
    received.show()
    state = received.table.item(0, received.table.columnCount() - 1)
    assert state.text() == "待核实身份"
    assert state.foreground().color().name().lower() == style.AMBER.lower()
    received.grab().save("/tmp/ui2_received_untrusted.png")


@pytest.mark.timeout(90)
def test_a_first_timer_creates_an_identity_in_the_signer_dialog_and_signs_with_it(qtbot, mini_workspace, tmp_path):
    from tuoyu_desktop.ui import settings as keys
    from tuoyu_desktop.ui.signing_dialogs import SignerDialog

    dialog = SignerDialog(mini_workspace.data_dir, keys.open_settings(mini_workspace.data_dir))
    qtbot.addWidget(dialog)
    dialog.show()
    target = tmp_path / "新身份.p12"

    def create(new):
        type_text(qtbot, new.name, "陈静")
        new.organisation.setText("阳光托育")
        type_text(qtbot, new.passphrase, PASSPHRASE)
        type_text(qtbot, new.confirm, PASSPHRASE)
        new.file.setText(str(target))
        click(qtbot, new.ok_button)

    when_modal(create)
    click(qtbot, dialog.new_button)
    assert target.exists() and dialog.identity.currentText() == str(target)
    assert dialog.passphrase.hasFocus() or dialog.passphrase.text() == ""
    type_text(qtbot, dialog.passphrase, PASSPHRASE)
    click(qtbot, dialog.ok_button)
    assert dialog.signer is not None and dialog.info.name == "陈静"
