"""The district desk's home through real widgets: mode, batch import with per-file results,
roster editing, review with a signed receipt, dashboard colours and drill-down, the board."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from support.desk_reports import PASS, ReportMaker, credit_code

from tuoyu_desktop import signing
from tuoyu_desktop.services import Workspace

SHOTS = Path(os.environ.get("TUOYU_SHOTS", "/tmp/desk_shots"))


def shot(widget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / f"{name}.png"))


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    folder = tmp_path_factory.mktemp("desk-ui")
    maker = ReportMaker(folder)
    inbox = folder / "inbox"
    inbox.mkdir()
    facilities = [maker.facility(n) for n in range(5)]
    answers = {0: {}, 1: {"1.1.2": "partial", "2.1.2": "unmet"}, 2: {"6.1.1": "no", "3.1.2": "unmet"},
               3: {"4.1.2": "unmet", "5.1.2": "unmet", "7.1.2": "partial"}}
    for n, given in answers.items():
        maker.report(facilities[n], "2026年下半年", answers=given, all_met=True, target=inbox / f"r-{n}.pdf")
    maker.report(maker.facility(9), "2026年下半年", target=inbox / "stranger.pdf")
    (inbox / "broken.pdf").write_bytes(b"%PDF-1.7 not really")
    officer = folder / "officer.p12"
    signing.create_identity(officer, name="王科长", role="区卫健委科员", organisation="朝阳区卫健委", passphrase=PASS)
    maker.close()
    return {"inbox": inbox, "facilities": facilities, "officer": officer, "folder": folder}


@pytest.fixture
def desk(tmp_path, reports):
    ws = Workspace.open(tmp_path / "desk")
    ws.preferences.set_mode("district")
    for facility in reports["facilities"]:
        ws.desk.save_facility({"name": facility.name, "credit_code": facility.credit_code, "places": 30})
        ws.desk.register_certificate(facility.credit_code, facility.fingerprint())
    certificate = tmp_path / "officer.pem"
    certificate.write_bytes(signing.read_identity(reports["officer"], PASS).certificate_pem())
    ws.desk.register_officer(certificate)
    ws.desk.add_cycle("", "self_assessment", "2026年下半年", "2026-12-31")
    yield ws
    ws.close()


def test_district_mode_home_import_and_results(desk, reports, open_window, qtbot):
    window = open_window(desk)
    page = window.desk_page
    assert page is not None and window.current_page() is page
    assert window.mode_actions["district"].isChecked()
    assert page.roster.rowCount() == 5 and page.submissions.rowCount() == 5
    page.import_reports([str(reports["inbox"])])
    dialog = page.results_dialog
    assert dialog is not None and dialog.isVisible()
    results = {dialog.table.item(r, 0).text(): dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())}
    assert results["r-0.pdf"] == "已导入" and results["stranger.pdf"] == "不在名册" and results["broken.pdf"] == "无法读取"
    assert dialog.table.item(list(results).index("broken.pdf"), 1).foreground().color() == QColor("#b3261e")
    shot(dialog, "desk-import-results")
    dialog.close()
    states = [page.submissions.item(r, 2).text() for r in range(page.submissions.rowCount())]
    assert states.count("已提交") == 4 and states.count("未提交") == 1
    assert page.queue.rowCount() == 4
    assert page.held.rowCount() == 1 and "不在名册" in page.held.item(0, 2).text()
    window.resize(1280, 760)
    shot(window, "desk-submissions")


def test_roster_add_checks_the_credit_code(desk, open_window, qtbot):
    page = open_window(desk).desk_page
    page.tabs.setCurrentIndex(page.tabs.count() - 2)
    dialog = page.add_facility()
    dialog.name.setText("新开托育园")
    dialog.credit_code.setText(credit_code(77)[:17] + "0")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "校验位" in dialog.error.text()
    dialog.credit_code.setText(credit_code(77))
    dialog.places.setValue(45)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert page.roster.rowCount() == 6 and desk.desk.facility(credit_code(77))["places"] == 45
    shot(page, "desk-roster")


def test_review_returned_signs_and_writes_a_receipt(desk, reports, open_window, qtbot, tmp_path):
    page = open_window(desk).desk_page
    page.import_reports([str(reports["inbox"] / "r-1.pdf")])
    page.results_dialog.close()
    page.tabs.setCurrentIndex(1)
    page.queue.selectRow(0)
    received_id = page.queue.item(0, 0).data(Qt.ItemDataRole.UserRole)
    dialog = page.review(received_id)
    assert dialog is not None and dialog.items.rowCount() == 14
    dialog.send_back.setChecked(True)
    calls = []
    page.choose_signer = lambda: calls.append("signer") or None  # cancelled first
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and calls == ["signer"] and desk.desk.report(received_id)["reviews"] == []
    page.choose_signer = lambda: (str(reports["officer"]), PASS)
    receipt = tmp_path / "回执.pdf"
    page.choose_save = lambda *args: str(receipt)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "至少" in dialog.error.text()  # returned without a comment
    dialog.set_comment("2.1.2", "请补充保育人员配比记录")
    shot(dialog, "desk-review")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and receipt.exists()
    review = desk.desk.report(received_id)["reviews"][-1]
    assert review["decision"] == "returned" and "保育人员配比" in review["comments"]
    states = {page.submissions.item(r, 1).text(): page.submissions.item(r, 2).text()
              for r in range(page.submissions.rowCount())}
    assert states[credit_code(1)] == "已退回"
    assert page.queue.rowCount() == 0

    # the facility imports the receipt (Tools → Import a district receipt…)
    from tuoyu_desktop.ui.desk_receipt import import_receipt, show_outcome

    facility = Workspace.open(reports["folder"] / "maker")
    try:
        assert import_receipt(facility, str(receipt))[0] is False  # the officer is not trusted yet
        facility.trust.add(signing.read_identity(reports["officer"], PASS).certificate_pem())
        ok, message = import_receipt(facility, str(receipt))
        assert ok and "退回" in message and "第 2 版修订" in message
        box = show_outcome(page, ok, message)
        shot(box, "facility-receipt")
        box.close()
        from tuoyu_desktop.ui.home_page import HomePage

        home = HomePage(facility)
        qtbot.addWidget(home)
        home.refresh()
        statuses = [home.table.item(r, 2).text() for r in range(home.table.rowCount())]
        returned = [s for s in statuses if "区县：退回" in s]
        assert len(returned) == 1, statuses
        row = statuses.index(returned[0])
        assert "保育人员配比" in home.table.item(row, 2).toolTip()
        home.resize(1100, 500)
        shot(home, "facility-home-returned")
    finally:
        facility.close()


def test_dashboard_colours_drill_down_and_pdf(desk, reports, open_window, qtbot, tmp_path):
    window = open_window(desk)
    page = window.desk_page
    page.import_reports([str(reports["inbox"])])
    page.results_dialog.close()
    page.tabs.setCurrentIndex(2)
    table = page.dashboard
    assert table.rowCount() == 4
    facilities = [table.item(r, 1).text() for r in range(4)]
    assert facilities[0] == "测试托育中心0000" and table.item(0, 0).text() == "1"
    grade_column = 2
    d_row = facilities.index("测试托育中心0002")
    assert table.item(d_row, grade_column).text() == "D"
    assert table.item(d_row, grade_column).background().color() == QColor("#f4c7c3")
    low = facilities.index("测试托育中心0003")
    # dimension 4 (卫生保健): 4.1.2 unmet → 50 %, red
    assert table.item(low, 3 + 4).text() == "50.0" and table.item(low, 3 + 4).background().color() == QColor("#f4c7c3")
    assert table.item(0, 4).background().color() == QColor("#b7e1cd")
    assert page.chart.grades == {"A": 1, "B": 1, "C": 1, "D": 1} or sum(page.chart.grades.values()) == 4
    window.resize(1280, 760)
    shot(window, "desk-dashboard")
    page.drill(low, 3 + 4)
    drill = page.drill_dialog
    assert drill.isVisible() and drill.table.rowCount() == 2
    assert {drill.table.item(r, 0).text() for r in range(2)} == {"4.1.1", "4.1.2"}
    shot(drill, "desk-drill")
    drill.close()
    pdf = tmp_path / "看板.pdf"
    page.choose_save = lambda *args: str(pdf)
    page.export_dashboard_pdf()
    assert pdf.read_bytes().startswith(b"%PDF")


def test_board_overdue_rows_first_and_red(desk, reports, open_window, qtbot):
    page = open_window(desk).desk_page
    page.import_reports([str(reports["inbox"])])
    page.results_dialog.close()
    items = desk.desk.board()
    desk.store.conn.execute("UPDATE desk_board SET deadline = '2026-01-15' WHERE id = ?", [items[-1]["id"]])
    desk.store.conn.commit()
    page.tabs.setCurrentIndex(3)
    page.refresh_board()
    assert page.board.item(0, 0).text().startswith("逾期")
    assert page.board.item(0, 0).data(Qt.ItemDataRole.UserRole) == items[-1]["id"]
    assert page.board.item(0, 3).background().color() == QColor("#f4c7c3")
    assert not page.board.item(1, 0).text().startswith("逾期")
    page.board_status.setCurrentIndex(page.board_status.findData("overdue"))
    assert page.board.rowCount() == 1
    page.board_status.setCurrentIndex(0)
    page.board_filter.setText(credit_code(3))
    assert page.board.rowCount() == 3
    page.board_filter.clear()
    page.resize(1200, 600)
    shot(page, "desk-board")
    shutil.rmtree(SHOTS / "unused", ignore_errors=True)


def test_package_for_the_city_and_the_city_tab(desk, reports, open_window, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    window = open_window(desk)
    page = window.desk_page
    page.import_reports([str(reports["inbox"])])
    page.results_dialog.close()
    package = tmp_path / "朝阳区汇总包.pdf"
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("北京市朝阳区", True)))
    page.choose_signer = lambda: (str(reports["officer"]), PASS)
    page.choose_save = lambda *args: str(package)
    page.tabs.setCurrentIndex(2)
    qtbot.mouseClick(page.package_button, Qt.MouseButton.LeftButton)
    assert package.exists() and page.package_note.isVisible()
    page.package_note.close()

    # the same desk acting for the city: register the district, import its package and bad files
    city = page.city_tab
    page.tabs.setCurrentWidget(city)
    assert city.dashboard.rowCount() == 0 and not city.export_button.isEnabled()
    certificate = tmp_path / "officer.pem"
    page.choose_open = lambda *args, **kwargs: str(certificate)
    city.choose_open = page.choose_open
    qtbot.mouseClick(city.district_button, Qt.MouseButton.LeftButton)
    assert [d["name"] for d in desk.city.districts()] == ["北京市朝阳区"]
    changed = tmp_path / "changed.pdf"
    changed.write_bytes(package.read_bytes() + b"\n% appended\n")
    results = city.import_packages([str(package), str(changed), str(reports["inbox"] / "r-0.pdf"), str(package)])
    dialog = city.results_dialog
    labels = [dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())]
    assert labels == ["已导入", "已被改动", "不是汇总包", "重复"], [r.message for r in results]
    assert dialog.table.item(1, 1).foreground().color() == QColor("#b3261e")
    shot(dialog, "city-import-results")
    dialog.close()
    table = city.dashboard
    assert table.rowCount() == 4 and table.horizontalHeaderItem(1).text() in ("区县", "District")
    assert {table.item(r, 1).text() for r in range(4)} == {"北京市朝阳区"}
    assert table.item(0, 2).text() == "测试托育中心0000" and table.item(0, 4).background().color() == QColor("#b7e1cd")
    assert city.packages.rowCount() == 1 and city.export_button.isEnabled()
    window.resize(1280, 760)
    shot(window, "city-dashboard")
    workbook = tmp_path / "全市.xlsx"
    city.choose_save = lambda *args: str(workbook)
    qtbot.mouseClick(city.export_button, Qt.MouseButton.LeftButton)
    from openpyxl import load_workbook

    assert load_workbook(workbook)["汇总"]["A2"].value == "北京市朝阳区"
