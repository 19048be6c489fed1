"""English mode is complete: a walk through every window with ``--lang en`` finds no Chinese
except user data (forms, facility names, periods, findings, names typed by users)."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtWidgets import QApplication, QDialog
from support.walk import form_texts, leftovers, shown_texts

from tuoyu_desktop import rectification as rect
from tuoyu_desktop.services import Workspace
from tuoyu_desktop.ui import i18n


def _profile_texts(profile) -> set[str]:
    texts = set()
    for field in dataclasses.fields(profile):
        value = getattr(profile, field.name)
        if isinstance(value, str):
            texts.add(value)
    for group in getattr(profile, "classes", ()) or ():
        texts.add(group.name)
    for person in getattr(profile, "staff", ()) or ():
        texts |= {v for v in dataclasses.asdict(person).values() if isinstance(v, str)}
    return texts


def user_data(ws: Workspace) -> set[str]:
    """Everything in the workspace that users or forms wrote: allowed to be Chinese in English mode."""
    texts: set[str] = set(i18n.LANGUAGE_NAMES.values())  # each language named in its own script
    ids = [s.row.id for s in ws.assessments.list()] + [s.id for s in ws.inspections.list()]
    for assessment_id in ids:
        session = ws.assessments.open(assessment_id)
        texts |= form_texts(session.form) | {session.row.period}
        texts |= {a.comment for a in session.answers.values()} | {a.na_reason for a in session.answers.values()}
    for form in ws.forms.stored():
        texts |= form_texts(form)
    for entry in ws.forms.entries():
        if entry.form is not None:
            texts |= form_texts(entry.form)
    own = ws.facilities.own()
    if own:
        texts |= _profile_texts(own[1])
    for _id, profile in ws.facilities.visited():
        texts |= _profile_texts(profile)
    for item in ws.rectifications.list():
        texts |= {item.area, item.description, item.description.replace("\n", " "), item.opinion, item.responsible, item.report_label,
                  item.status_reason or "", item.source_key}
    for summary in ws.inspections.list():
        visit = ws.inspections.view(summary.id).visit
        texts |= {*visit.inspectors, visit.facility_rep, visit.notes, "、".join(visit.inspectors)}
        texts |= {f.description for f in ws.inspections.findings(summary.id)}
    texts.add(rect.OTHER_AREA if hasattr(rect, "OTHER_AREA") else "其他发现")
    return {t for t in texts if t}


def draft_and_answered(tmp_path, comment: str = ""):
    """A data folder with the mini form, the demo facility, an empty draft and an assessment with
    every item answered (``comment`` on each): (data_dir, workspace, draft id, answered id)."""
    from support.ui import data_dir_with_mini_form

    from tuoyu_desktop.records import Answer
    from tuoyu_desktop.services import demo_profile

    data_dir = data_dir_with_mini_form(tmp_path)
    ws = Workspace.open(data_dir)
    ws.facilities.save_own(demo_profile())
    draft = ws.assessments.create("mini-test", "2027年上半年")
    done = ws.assessments.create("mini-test", "2026年上半年")
    session = ws.assessments.open(done)
    for item in session.form.iter_items():
        session.set_answer(item.id, Answer(value=item.scale.options[-1].value, comment=comment))
    return data_dir, ws, draft, done


def check(name: str, widget, data: set[str], problems: list) -> None:
    QApplication.processEvents()
    for where, text in leftovers(shown_texts(widget), data):
        problems.append(f"{name}: {where}: {text[:100]}")


def test_every_window_in_english_has_no_chinese_but_data(qtbot, launched, tmp_path):
    from tuoyu_desktop.ui.finalise import FinaliseDialog, NotReadyDialog
    from tuoyu_desktop.ui.home_page import NewAssessmentDialog
    from tuoyu_desktop.ui.inspection_page import VisitDialog

    data_dir = tmp_path / "data"
    ws = Workspace.open(data_dir)
    assessment_id = ws.assessments.create_demo()
    draft_id = ws.assessments.create(ws.assessments.open(assessment_id).form.id, "2027年上半年")
    inspection_id = ws.inspections.create_demo(photos=1, photo_size=(64, 48))
    facility_id = ws.facilities.visited()[0][0]
    draft_inspection = ws.inspections.create(facility_id, "2026-12-01 09:30", ["王建国"], "张晓燕")
    ws.inspections.record_check(draft_inspection, "2.1.3", "不符合", observation="楼道停放电动车")
    ws.rectifications.from_assessment(assessment_id)
    ws.close()

    window = launched(["--lang", "en", "--data-dir", str(data_dir)])
    assert i18n.current_language() == "en"
    window.resize(1366, 768)
    window.show()
    ws = window.workspace
    data = user_data(ws)
    problems: list[str] = []

    check("home", window, data, problems)
    window.open_assessment(assessment_id)
    check("assessment (finalised demo)", window, data, problems)
    window.show_summary()
    check("summary", window, data, problems)
    window.open_assessment(draft_id)
    check("assessment (new draft)", window, data, problems)
    page = window.assessment_page
    page.jump_to_item(next(iter(page.session.form.iter_items())).id)
    for card in page.pages[page.current_indicator].cards.values():
        if card.option_buttons:
            card.option_buttons[0].click()
            break
    check("assessment (one answer)", window, data, problems)
    window.show_summary()
    check("summary (draft)", window, data, problems)
    dialog = NotReadyDialog(ws.assessments.problems(draft_id)[:3], window)
    check("not-ready list", dialog, data, problems)
    dialog.close()
    dialog = FinaliseDialog("2027年上半年", ws.assessments.open(assessment_id).scores, window)
    check("finalise question", dialog, data, problems)
    assert "不合格" not in dialog.text_for_test() and "合格" not in dialog.text_for_test()
    dialog.close()
    dialog = NewAssessmentDialog(ws, window) if _takes_workspace(NewAssessmentDialog) else None
    if dialog is not None:
        check("new assessment", dialog, data, problems)
        dialog.close()
    window.show_ledger()
    check("ledger", window, data, problems)
    window.ledger_page.select(window.ledger_page.row_ids()[0])
    check("ledger (item selected)", window, data, problems)
    window.show_profile_editor()
    check("facility profile", window, data, problems)
    window.show_home()

    window.mode_actions["inspector"].trigger()
    check("visited facilities", window, data, problems)
    window.open_assessment(inspection_id)
    check("inspection (finalised demo)", window, data, problems)
    window.open_assessment(draft_inspection)
    check("inspection (draft)", window, data, problems)
    window.assessment_page.tabs.setCurrentWidget(window.assessment_page.findings_panel)
    check("inspection findings", window, data, problems)
    dialog = VisitDialog(window, "2026-12-01T09:30", ["王建国"], "张晓燕", "")
    check("visit details", dialog, data, problems)
    dialog.close()
    window.show_home()

    verify = window.open_verify()
    check("verify window", verify, data, problems)
    verify.close()
    from tuoyu_desktop.ui.backups_dialog import BackupsDialog
    from tuoyu_desktop.ui.form_library import FormLibraryDialog
    from tuoyu_desktop.ui.identities import IdentitiesDialog
    from tuoyu_desktop.ui.received_dialog import ReceivedReportsDialog
    from tuoyu_desktop.ui.trust_dialog import TrustDialog

    for name, make in (
        ("trusted certificates", lambda: TrustDialog(ws, window)),
        ("received reports", lambda: ReceivedReportsDialog(ws, window)),
        ("form library", lambda: FormLibraryDialog(ws, window)),
        ("backups", lambda: BackupsDialog(ws, parent=window)),
        ("digital identities", lambda: IdentitiesDialog(ws.data_dir, window.settings, "", window)),
    ):
        dialog = make()
        dialog.show()
        check(name, dialog, data, problems)
        dialog.close()
    for dialog in window.findChildren(QDialog):
        dialog.deleteLater()

    assert problems == [], "\n".join(problems)


def _takes_workspace(cls) -> bool:
    import inspect

    return "workspace" in inspect.signature(cls.__init__).parameters


def test_grade_reads_in_english(qtbot, launched, tmp_path):
    data_dir = tmp_path / "data"
    ws = Workspace.open(data_dir)
    assessment_id = ws.assessments.create_demo()
    ws.close()
    window = launched(["--lang", "en", "--data-dir", str(data_dir)])
    window.open_assessment(assessment_id)
    grade = window.assessment_page.top.grade_label.text()
    assert grade[0] in "ABCD" and not any("\u4e00" <= c <= "\u9fff" for c in grade), grade
    score = window.assessment_page.top.score_label.text()
    assert "（" not in score and "(" in score


def test_verify_window_never_mentions_the_command_line_trust_flag():
    """The GUI registers certificates itself: neither its strings nor the verdicts it shows say --trust."""
    import re

    from support import ROOT

    sources = [*(ROOT / "tuoyu_desktop" / "ui").glob("*.py")]
    for path in sources:
        for literal in re.findall(r'"([^"]*)"', path.read_text(encoding="utf-8")):
            assert "--trust" not in literal, path.name
    from tuoyu_desktop.messages import CATALOG

    verdicts = [text for key, pair in CATALOG.items() if key.startswith("verify.") for text in pair]
    assert verdicts and not any("--trust" in v for v in verdicts)


def test_messages_made_by_the_core_read_in_english(qtbot, launched, tmp_path, monkeypatch):
    """Not-ready lines, validation errors, verify verdicts, import results and the core's words in
    rectification texts are shown in English; the same messages stay Chinese for ``str()``."""
    from PySide6.QtWidgets import QMessageBox
    from support.walk import CJK

    from tuoyu_desktop import signing
    from tuoyu_desktop.services import Signer
    from tuoyu_desktop.ui import finalise

    data_dir, ws, draft, done = draft_and_answered(tmp_path, comment="灭火器过期")
    problems = ws.assessments.problems(draft)
    assert problems and all(CJK.search(p) for p in problems)  # str() stays Chinese
    ws.assessments.finalise(done)
    ws.rectifications.from_assessment(done)
    identity = tmp_path / "ids" / "张园长.p12"
    signing.create_identity(identity, name="张园长", role="机构负责人", organisation="阳光托育", passphrase="mima-2026-ok")
    report = tmp_path / "report.pdf"
    ws.reports.export_pdf(done, report, signers=[Signer(identity, "mima-2026-ok")])
    not_pdf = tmp_path / "notes.pdf"
    not_pdf.write_text("hello", encoding="utf-8")
    ws.close()

    shown_boxes: list[str] = []

    def capture(_parent, title, text, *args, **kwargs):
        shown_boxes.append(f"{title}: {text}")
        return QMessageBox.StandardButton.Yes

    for name in ("warning", "information", "question", "critical"):
        monkeypatch.setattr(QMessageBox, name, capture)
    listed: list[str] = []

    def read_list(dialog):
        listed.extend(dialog.list.item(row).text() for row in range(dialog.list.count()))
        return 0

    monkeypatch.setattr(finalise.NotReadyDialog, "exec", read_list)

    window = launched(["--lang", "en", "--data-dir", str(data_dir)])
    window.resize(1366, 768)
    window.show()
    ws = window.workspace
    data = user_data(ws) | {"张园长", "机构负责人", "阳光托育"}
    found: list[tuple[str, str]] = []

    window.open_assessment(draft)
    window.finalise_current()
    assert len(listed) == len(problems)
    found += [("not-ready list", line) for line in listed]

    window.show_profile_editor()
    editor = window.profile_editor
    editor.credit_code.setText("91110105MA01ABCDE0")
    editor._check_credit_code()
    editor.name.setText("")
    editor.save()
    errors = [f.message.text() for f in editor.fields.values() if f.message.isVisibleTo(editor) and f.message.text()]
    assert len(errors) >= 2, errors
    found += [("profile validation", text) for text in errors]
    window.show_home()

    window.show_ledger()
    ledger = window.ledger_page
    ledger.select(ledger.row_ids()[0])
    found += [("ledger", text) for text in (ledger.description.toPlainText(), ledger.source_label.text())]
    description = ledger.description.toPlainText()
    ledger.change_status("已验证")  # not allowed from 待整改: the error names both states
    window.show_home()

    verify = window.open_verify()
    for path in (not_pdf, report):
        with qtbot.waitSignal(verify.verified, timeout=60000):
            verify.verify(path)
        qtbot.waitUntil(lambda: verify.task is None)
        found += [(f"verify {path.name}", text) for text in
                  (verify.verdict_label.text(), verify.data_label.text(), verify.problems_label.text())]
        found += [(f"verify {path.name} tip", verify.table.item(row, 6).toolTip()) for row in range(verify.table.rowCount())]
    verify.import_report()
    verify.close()
    assert shown_boxes
    found += [("message box", text) for text in shown_boxes]

    window.grab().save(str(tmp_path / "english.png"))
    bad = [f"{where}: {text}" for where, text in leftovers(found, data)]
    assert bad == [], "\n".join(bad)
    assert "Self-assessment note: " in description


def test_failed_exports_and_bad_reports_read_in_english(qtbot, launched, tmp_path, monkeypatch):
    """An export that fails (wrong passphrase, a target folder that cannot be written, an identity
    file that is not one, a draft to sign) and the verify window on a tampered and on an untrusted
    report show no Chinese but data in English; ``str()`` of the same errors stays Chinese."""
    from PySide6.QtWidgets import QMessageBox
    from support.walk import CJK

    from tuoyu_desktop import signing
    from tuoyu_desktop.services import Signer
    from tuoyu_desktop.ui.export import ExportController

    passphrase = "mima-2026-ok"
    data_dir, ws, draft, done = draft_and_answered(tmp_path)
    ws.assessments.finalise(done)
    identity = tmp_path / "ids" / "张园长.p12"
    signing.create_identity(identity, name="张园长", role="机构负责人", organisation="阳光托育", passphrase=passphrase)
    other = tmp_path / "ids" / "王督导.p12"
    signing.create_identity(other, name="王督导", role="督导员", organisation="区卫健委", passphrase=passphrase)
    report = tmp_path / "report.pdf"
    ws.reports.export_pdf(done, report, signers=[Signer(identity, passphrase)])
    ws.trust.add(signing.read_identity(other, passphrase).certificate_pem(), "王督导")  # judged, without 张园长
    tampered = tmp_path / "tampered.pdf"
    tampered.write_bytes(report.read_bytes() + b"\n% changed afterwards\n")
    not_identity = tmp_path / "ids" / "notes.p12"
    not_identity.write_text("not a digital identity", encoding="utf-8")
    ws.close()

    monkeypatch.setattr(QMessageBox, "exec", lambda self: 0)
    window = launched(["--lang", "en", "--data-dir", str(data_dir)])
    window.resize(1366, 768)
    window.show()
    ws = window.workspace
    data = user_data(ws) | {"张园长", "机构负责人", "阳光托育", "王督导", "督导员", "区卫健委"}
    found: list[tuple[str, str]] = []

    controller = ExportController(ws, window.settings, window)
    out = tmp_path / "out"
    out.mkdir()
    for what, assessment_id, target, signers in (
        ("wrong passphrase", done, out / "a.pdf", [Signer(identity, "wrong-passphrase")]),
        ("no such folder", done, tmp_path / "gone" / "b.pdf", []),
        ("folder is a file", done, report / "c.pdf", [Signer(identity, passphrase)]),
        ("not an identity", done, out / "d.pdf", [Signer(not_identity, passphrase)]),
        ("missing identity", done, out / "e.pdf", [Signer(tmp_path / "ids" / "gone.p12", passphrase)]),
        ("draft signed", draft, out / "f.pdf", [Signer(identity, passphrase)]),
    ):
        with qtbot.waitSignal(controller.finished, timeout=60000) as signal:
            controller.start(assessment_id, target, signers)
        ok, message = signal.args
        assert not ok and message, what
        found.append((f"export ({what})", message))
    assert not list(out.iterdir())

    verify = window.open_verify()
    for path in (tampered, report):
        with qtbot.waitSignal(verify.verified, timeout=60000):
            verify.verify(path)
        qtbot.waitUntil(lambda: verify.task is None)
        found += [(f"verify {path.name}: {where}", text) for where, text in shown_texts(verify)]
        found += [(f"verify {path.name} tip", verify.table.item(row, col).toolTip())
                  for row in range(verify.table.rowCount()) for col in range(verify.table.columnCount())
                  if verify.table.item(row, col) is not None]
        verify.grab().save(str(tmp_path / f"verify-{path.stem}.png"))
    verify.close()

    assert any(CJK.search(text) for text in (str(e) for e in _chinese_errors(ws, done, identity, not_identity)))
    bad = [f"{where}: {text}" for where, text in leftovers(found, data)]
    assert bad == [], "\n".join(bad)


def test_an_export_refused_for_characters_outside_the_font_names_the_places_in_english(
        qtbot, launched, tmp_path, monkeypatch):
    """Emoji in the facility name and the comments: the export worker's message lists them with
    each place to fix in English, nothing Chinese but the data; ``str()`` stays Chinese."""
    from PySide6.QtWidgets import QMessageBox
    from support.walk import CJK

    from tuoyu_desktop.services import ExportError
    from tuoyu_desktop.ui.export import ExportController

    data_dir, ws, _draft, done = draft_and_answered(tmp_path, comment="已整改🙂")
    _, profile = ws.facilities.own()
    profile.name += "🙂"
    ws.facilities.save_own(profile)
    with pytest.raises(ExportError) as caught:
        ws.reports.export_pdf(done, tmp_path / "never.pdf")
    assert "出现在：机构名称、条目 1.1.1 的备注" in str(caught.value)
    ws.close()

    monkeypatch.setattr(QMessageBox, "exec", lambda self: 0)
    window = launched(["--lang", "en", "--data-dir", str(data_dir)])
    controller = ExportController(window.workspace, window.settings, window)
    with qtbot.waitSignal(controller.finished, timeout=60000) as signal:
        controller.start(done, tmp_path / "report.pdf")
    ok, message = signal.args
    assert not ok and "· “🙂” (U+1F642), in: facility name, comment on item 1.1.1, " in message
    assert not CJK.search(message), message
    assert not (tmp_path / "report.pdf").exists()


def _chinese_errors(ws, done, identity, not_identity):
    """The same failures through the service: their ``str()`` is Chinese (for the CLI and files)."""
    from tuoyu_desktop.errors import TuoyuError
    from tuoyu_desktop.services import Signer

    errors = []
    for signer in (Signer(identity, "wrong-passphrase"), Signer(not_identity, "x")):
        try:
            ws.reports.export_pdf(done, ws.data_dir / "never.pdf", signers=[signer])
        except TuoyuError as exc:
            errors.append(exc)
    return errors


def test_home_shows_inspection_periods_and_district_decisions_in_english(qtbot, launched, tmp_path, monkeypatch):
    """The home list: an inspection's period the core made ("2026-12-01 巡查") and the district's
    receipt ("区县：退回", its overall comment) read in the interface language; in Chinese as stored."""
    from support.walk import CJK

    from tuoyu_desktop.services import Workspace as Ws

    data_dir = tmp_path / "data"
    ws = Ws.open(data_dir)
    assessment_id = ws.assessments.create_demo()
    own_id = ws.facilities.own()[0]
    inspection_id = ws.inspections.create(own_id, "2026-12-01T09:30", ["李督导"])
    ws.close()
    receipt = {"assessment_id": inspection_id, "decision": "returned", "decision_label": "退回",
               "comments": {"": "请补充消防记录"}}

    def home_rows(window) -> dict[str, list[str]]:
        table = window.home.table
        return {table.item(row, 0).data(256): [table.item(row, c).text() for c in range(3)]
                + [table.item(row, 2).toolTip()] for row in range(table.rowCount())}

    for language in ("en", "zh_CN"):
        from tuoyu_desktop.services.receipts import Receipts

        monkeypatch.setattr(Receipts, "list", lambda self: [dict(receipt)])
        window = launched(["--lang", language, "--data-dir", str(data_dir)])
        rows = home_rows(window)
        assert set(rows) >= {assessment_id, inspection_id}
        period, _form, status, tooltip = rows[inspection_id]
        if language == "en":
            assert period == "Inspection 2026-12-01", period
            assert status.endswith("District: Returned") and not CJK.search(status), status
            assert tooltip == "Overall: 请补充消防记录", tooltip  # the comment is the district's data
        else:
            assert period == "2026-12-01 巡查", period
            assert status.endswith("区县：退回"), status
            assert tooltip == "整体：请补充消防记录", tooltip
        window.close()
        window.workspace.close()
