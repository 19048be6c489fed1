"""The district desk in English: every tab (roster, cycle, imported reports, a review, the board,
kept-aside reports, the city tab), the intake results, the review dialog with its error and a
form-library error read in English; only data (names, codes, periods, form texts, comments) may
stay Chinese."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import yaml
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from support.desk_reports import FORM_ID, PASS, ReportMaker
from support.walk import CJK, form_texts, leftovers, shown_texts

from tuoyu_desktop import signing
from tuoyu_desktop.services import Workspace
from tuoyu_desktop.ui import i18n

SHOTS = Path(os.environ.get("TUOYU_SHOTS", "/tmp/desk_shots"))


def _strings(value) -> set[str]:
    if isinstance(value, str):
        return {value}
    if isinstance(value, dict):
        return set().union(*(_strings(v) for v in value.values())) if value else set()
    if isinstance(value, (list, tuple)):
        return set().union(*(_strings(v) for v in value)) if value else set()
    return set()


@pytest.fixture(scope="module")
def english_reports(tmp_path_factory):
    folder = tmp_path_factory.mktemp("desk-en")
    maker = ReportMaker(folder)
    inbox = folder / "inbox"
    inbox.mkdir()
    facilities = [maker.facility(n) for n in range(3)]
    maker.report(facilities[0], "2026年下半年", all_met=True, target=inbox / "r-0.pdf")
    maker.report(facilities[1], "2026年下半年", answers={"1.1.2": "partial", "2.1.2": "unmet"}, target=inbox / "r-1.pdf")
    maker.report(maker.facility(9), "2026年下半年", target=inbox / "stranger.pdf")
    (inbox / "broken.pdf").write_bytes(b"%PDF-1.7 not really")
    form = yaml.safe_load((folder / "maker" / "forms" / f"{FORM_ID}.yaml").read_text(encoding="utf-8"))
    officer = folder / "officer.p12"
    signing.create_identity(officer, name="王科长", role="区卫健委科员", organisation="朝阳区卫健委", passphrase=PASS)
    maker.close()
    return {"inbox": inbox, "facilities": facilities, "officer": officer, "form_texts": _strings(form),
            "stranger": maker.facility(9)}


def test_the_desk_in_english_has_no_chinese_but_data(qtbot, launched, tmp_path, english_reports, monkeypatch):
    reports = english_reports
    data_dir = tmp_path / "desk"
    ws = Workspace.open(data_dir)
    ws.preferences.set_mode("district")
    for facility in reports["facilities"]:
        ws.desk.save_facility({"name": facility.name, "credit_code": facility.credit_code, "places": 30})
        ws.desk.register_certificate(facility.credit_code, facility.fingerprint())
    certificate = tmp_path / "officer.pem"
    certificate.write_bytes(signing.read_identity(reports["officer"], PASS).certificate_pem())
    ws.desk.register_officer(certificate)
    ws.desk.add_cycle("", "self_assessment", "2026年下半年", "2020-12-31")  # long overdue
    (data_dir / "forms").mkdir(exist_ok=True)
    (data_dir / "forms" / "broken.yaml").write_text("id: broken\nname: [unclosed\n", encoding="utf-8")
    (data_dir / "forms" / "wrong.yaml").write_text("id: wrong!\nschema: 99\nname: \"\"\n", encoding="utf-8")
    ws.close()

    boxes: list[str] = []

    def capture(_parent, title, text, *args, **kwargs):
        boxes.append(f"{title}: {text}")
        return QMessageBox.StandardButton.Ok

    for name in ("warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, capture)

    window = launched(["--lang", "en", "--data-dir", str(data_dir)])
    assert i18n.current_language() == "en"
    window.resize(1366, 768)
    window.show()
    page = window.desk_page
    assert page is not None
    ws = window.workspace
    data: set[str] = set(i18n.LANGUAGE_NAMES.values()) | reports["form_texts"]
    data |= {"机构负责人", "王科长", "区卫健委科员", "朝阳区卫健委", "北京市朝阳区", "2026年下半年", "请补充保育人员配比记录"}
    stranger = reports["stranger"]
    data |= {stranger.name, stranger.director}
    for facility in reports["facilities"]:
        data |= {facility.name, facility.director}
    for entry in ws.forms.entries():
        if entry.form is not None:
            data |= form_texts(entry.form)
    for cycle in ws.desk.cycles():
        data |= {str(v) for v in cycle.values() if isinstance(v, str)}
    problems: list[str] = []
    SHOTS.mkdir(parents=True, exist_ok=True)

    def check(name: str, widget) -> None:
        QApplication.processEvents()
        for where, text in leftovers(shown_texts(widget), data):
            problems.append(f"{name}: {where}: {text[:120]}")

    def shot(widget, name: str) -> None:
        widget.grab().save(str(SHOTS / f"en-{name}.png"))

    check("desk (empty cycle)", window)
    page.import_reports([str(reports["inbox"])])
    dialog = page.results_dialog
    assert dialog is not None
    check("intake results", dialog)
    shot(dialog, "intake-results")
    dialog.close()
    page.import_reports([str(reports["inbox"] / "r-0.pdf")])  # a duplicate
    check("intake results (duplicate)", page.results_dialog)
    page.results_dialog.close()

    # a review: returned without a comment (error), then with one
    page.tabs.setCurrentIndex(1)
    received_id = page.queue.item(0, 0).data(Qt.ItemDataRole.UserRole)
    review = page.review(received_id)
    assert review is not None
    review.send_back.setChecked(True)
    page.choose_signer = lambda: (str(reports["officer"]), PASS)
    page.choose_save = lambda *args: str(tmp_path / "receipt.pdf")
    qtbot.mouseClick(review.ok_button, Qt.MouseButton.LeftButton)
    assert review.isVisible() and review.error.text()
    check("review (returned without a comment)", review)
    shot(review, "review-error")
    review.set_comment("2.1.2", "请补充保育人员配比记录")
    qtbot.mouseClick(review.ok_button, Qt.MouseButton.LeftButton)
    assert not review.isVisible()

    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        check(f"desk tab {index} ({page.tabs.tabText(index)})", window)
        shot(window, f"desk-tab-{index}")
    page.drill(0, 0)
    if page.drill_dialog is not None:
        check("drill-down", page.drill_dialog)
        page.drill_dialog.close()

    # the city tab with a district's package and a file that is not one
    from PySide6.QtWidgets import QInputDialog

    package = tmp_path / "package.pdf"
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("北京市朝阳区", True)))
    page.choose_save = lambda *args: str(package)
    page.tabs.setCurrentIndex(2)
    qtbot.mouseClick(page.package_button, Qt.MouseButton.LeftButton)
    if getattr(page, "package_note", None) is not None:
        check("package note", page.package_note)
        page.package_note.close()
    city = page.city_tab
    page.tabs.setCurrentWidget(city)
    page.choose_open = lambda *args, **kwargs: str(certificate)
    city.choose_open = page.choose_open
    qtbot.mouseClick(city.district_button, Qt.MouseButton.LeftButton)
    city.import_packages([str(package), str(reports["inbox"] / "r-0.pdf"), str(package)])
    check("city intake results", city.results_dialog)
    shot(city.results_dialog, "city-results")
    city.results_dialog.close()
    check("city tab", window)
    shot(window, "city-tab")

    # errors the desk shows in message boxes: a bad roster file, an unknown certificate
    bad_roster = tmp_path / "roster.xlsx"
    bad_roster.write_bytes(b"not a workbook")
    page.choose_open = lambda *args, **kwargs: str(bad_roster)
    page.import_roster()
    # the form library lists the broken form with its problem
    from tuoyu_desktop.ui.form_library import FormLibraryDialog

    library = FormLibraryDialog(ws, window)
    library.show()
    listed = []
    for name in ("broken.yaml", "wrong.yaml"):
        library.select_path(data_dir / "forms" / name)
        assert library.preview.currentWidget() is library.problems.parentWidget()
        listed += [library.problems.item(r).text() for r in range(library.problems.count())]
    assert any("YAML" in p for p in listed) and len(listed) >= 3, listed
    problems.extend(f"form library problem: {p}" for p in listed if CJK.search(p))
    check("form library (broken form)", library)
    shot(library, "form-library")
    library.close()
    for text in boxes:
        rest = leftovers([("box", text)], data)
        if rest:
            problems.append(f"message box: {text[:160]}")
    for dialog in window.findChildren(QDialog):
        dialog.deleteLater()
    assert boxes, "the bad roster file was not reported"
    assert not [p for p in problems if not CJK.search(p)]
    assert problems == [], "\n".join(problems)


def test_store_backup_and_inspection_texts_read_in_english(qtbot, zh_app, tmp_path):
    """Errors of the data file, its lock and backups, and the period the core gives an inspection
    ("2026-12-01 巡查") read in English; ``str()`` keeps the Chinese for the CLI."""
    from tuoyu_desktop.messages import stored_shown
    from tuoyu_desktop.services.inspections import OTHER_AREA
    from tuoyu_desktop.store import StoreError
    from tuoyu_desktop.store.lock import WriterLock

    i18n.install_translator(QApplication.instance(), "en")
    try:
        ws = Workspace.open(tmp_path / "data")
        try:
            with pytest.raises(StoreError) as busy:
                WriterLock(tmp_path / "data").acquire()
            bad = tmp_path / "not-a-backup.db"
            bad.write_bytes(b"hello")
            with pytest.raises(StoreError) as refused:
                ws.backups.restore(bad)
            ws.inspections.create_demo(photos=0)
            facility_id = ws.facilities.visited()[0][0]
            inspection = ws.inspections.create(facility_id, "2026-12-01 09:30", ["王建国"], "张晓燕")
            period = ws.assessments.row(inspection).period
        finally:
            ws.close()
        for error in (busy.value, refused.value):
            assert CJK.search(str(error)), str(error)
            assert not CJK.search(i18n.shown(error)), i18n.shown(error)
        assert period == "2026-12-01 巡查" and stored_shown(period, "en") == "Inspection 2026-12-01"
        from tuoyu_desktop.ui.terms import term

        assert term(OTHER_AREA) == "Other finding"
    finally:
        i18n.install_translator(QApplication.instance(), "zh_CN")


def test_form_workbook_problems_read_in_english(tmp_path):
    """A form workbook's problems name the sheet, row and column in English; only the workbook's
    own sheet names and column headers stay Chinese (they are what the user sees in Excel)."""
    from openpyxl import load_workbook

    from tuoyu_desktop.forms import FormError
    from tuoyu_desktop.forms.loader import load_form
    from tuoyu_desktop.forms.workbook import ITEMS, ITEMS_SHEET, SHEETS, compile_workbook, export_workbook
    from tuoyu_desktop.messages import render

    form = load_form(Path(__file__).parents[1] / "data" / "mini_form.yaml")
    book_path = export_workbook(form, tmp_path / "form.xlsx")
    book = load_workbook(book_path)
    items = book[ITEMS_SHEET]
    headers = [c.value for c in items[1]]
    items.cell(row=2, column=headers.index(next(c.header for c in ITEMS if c.key == "points")) + 1, value="十分")
    items.cell(row=3, column=headers.index(next(c.header for c in ITEMS if c.key == "veto")) + 1, value="也许")
    book.save(book_path)
    with pytest.raises(FormError) as caught:
        compile_workbook(book_path)
    problems = list(caught.value.problems)
    assert len(problems) >= 2 and all(CJK.search(str(p)) for p in problems)
    allowed = {*SHEETS, *headers, "十分", "也许", "是", "否"}
    shown_en = [render(p, "en") for p in problems]
    assert leftovers([("problem", p) for p in shown_en], allowed) == [], shown_en
    assert any("row 2" in p for p in shown_en), shown_en
