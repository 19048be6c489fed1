"""The district desk: a cycle with 30 generated facilities (distinct profiles and identities),
some late, some tampered, some untrusted, some not on the roster; reviews and the receipt round
trip to the facility; dashboard figures against hand-computed ones; the upward workbook read
back; the board's overdue ordering and closing on evidence."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from support.desk_reports import PASS, ReportMaker, credit_code

from tuoyu_desktop import signing
from tuoyu_desktop.desk_roster import COLUMNS, RosterInvalid
from tuoyu_desktop.errors import InvalidInput
from tuoyu_desktop.services import ImportRefused, Workspace
from tuoyu_desktop.services.desk import DeskError

FACILITIES = 30
MISSING = {27, 28, 29}  # never submit
UNTRUSTED = {20, 21, 22}  # certificates not registered
TAMPERED = 23  # its only report arrives changed
PREVIOUS = range(5)  # also reported in the previous cycle
PERIOD, PREVIOUS_PERIOD = "2026年下半年", "2026年上半年"
# hand-set answers (everything else met): 14 items, 2 points each, 7 dimensions of 2 items;
# the first item of each dimension is a yes/no veto item
HAND = {0: {}, 1: {"1.1.2": "partial", "2.1.2": "unmet"}, 2: {"6.1.1": "no"}}


def fill_roster(path: Path, rows: list[list]) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "名册"
    sheet.append([c[0] for c in COLUMNS])
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def roster_row(n: int, code: str | None = None) -> list:
    return [f"测试托育中心{n:04d}", code or credit_code(n), f"京朝托备-{n}", f"朝阳区 {n} 号", "独立托育机构",
            "是" if n % 3 == 0 else "否", 40 + n, f"010-{n:08d}", "北京市朝阳区"]


@pytest.fixture(scope="module")
def district(tmp_path_factory):
    folder = tmp_path_factory.mktemp("district")
    maker = ReportMaker(folder)
    inbox = folder / "inbox"
    inbox.mkdir()
    facilities = [maker.facility(n) for n in range(FACILITIES)]
    for n in PREVIOUS:  # named to sort first: received before this cycle's reports
        answers = {"1.1.2": "partial"} if n == 0 else {}
        maker.report(facilities[n], PREVIOUS_PERIOD, seed=100 + n, answers=answers, all_met=n == 0,
                     target=inbox / f"a-prev-{n:02d}.pdf")
    for facility in facilities:
        if facility.n in MISSING:
            continue
        target = inbox / f"b-{facility.n:02d}.pdf"
        maker.report(facility, PERIOD, answers=HAND.get(facility.n), all_met=facility.n in HAND, target=target)
        if facility.n == TAMPERED:
            data = bytearray(target.read_bytes())
            spot = data.index(b"/Type /Page") + 5  # inside the signed range
            data[spot:spot + 1] = b"X"
            target.write_bytes(bytes(data))
    shutil.copy(inbox / "b-00.pdf", inbox / "c-duplicate-00.pdf")
    stranger = maker.facility(40)  # not on the roster
    maker.report(stranger, PERIOD, target=inbox / "d-stranger.pdf")
    elsewhere = maker.facility(41, region="310101")  # another district
    maker.report(elsewhere, PERIOD, target=inbox / "e-shanghai.pdf")
    officer_id = folder / "officer.p12"
    signing.create_identity(officer_id, name="王科长", role="区卫健委科员", organisation="朝阳区卫健委", passphrase=PASS)
    intruder_id = folder / "intruder.p12"
    signing.create_identity(intruder_id, name="王科长", role="区卫健委科员", organisation="朝阳区卫健委", passphrase=PASS)

    ws = Workspace.open(folder / "desk")
    ws.preferences.set_mode("district")
    roster = fill_roster(folder / "roster.xlsx", [roster_row(n) for n in range(FACILITIES)])
    assert ws.desk.import_roster(roster) == (FACILITIES, 0)
    for facility in facilities:
        if facility.n in UNTRUSTED:
            continue
        given = facility.fingerprint() if facility.n % 2 else facility.certificate_pem()
        ws.desk.register_certificate(facility.credit_code, given)
    officer = signing.read_identity(officer_id, PASS)
    (folder / "officer.pem").write_bytes(officer.certificate_pem())
    ws.desk.register_officer(folder / "officer.pem")
    previous = ws.desk.add_cycle("", "self_assessment", PREVIOUS_PERIOD, "2026-06-30")
    cycle = ws.desk.add_cycle("", "self_assessment", PERIOD, "2026-12-31")
    backups_before = len(ws.backups.list())
    progress: list[tuple[int, int]] = []
    result = ws.desk.intake([inbox], progress=lambda done, total, item: progress.append((done, total)))
    yield {"ws": ws, "maker": maker, "folder": folder, "inbox": inbox, "cycle": cycle, "previous": previous,
           "result": result, "facilities": facilities, "officer": officer,
           "intruder": signing.read_identity(intruder_id, PASS), "backups": len(ws.backups.list()) - backups_before,
           "progress": progress}
    ws.close()
    maker.close()


def test_batch_intake_results_one_backup(district):
    result = district["result"]
    by_file = {Path(r.file).name: r for r in result.results}
    assert district["backups"] == 1
    assert district["progress"][0] == (0, len(result.results)) and district["progress"][-1][0] == len(result.results)
    imported = FACILITIES - len(MISSING) - len(UNTRUSTED) - 1 + len(PREVIOUS)
    assert result.counts() == {"imported": imported, "duplicate": 1, "untrusted": len(UNTRUSTED), "tampered": 1,
                               "not_on_roster": 2}, [r.to_dict() for r in result.results if r.outcome != "imported"]
    assert by_file["c-duplicate-00.pdf"].outcome == "duplicate"
    assert by_file[f"b-{TAMPERED}.pdf"].outcome == "tampered"
    assert "不在本区名册" in by_file["e-shanghai.pdf"].message and "310101" in by_file["e-shanghai.pdf"].message
    held = {r["facility_name"]: r["state"] for r in district["ws"].desk.held()}
    assert held["测试托育中心0040"] == "held" and held["测试托育中心0020"] == "untrusted"
    # held reports are never counted
    codes = {s.credit_code for s in district["ws"].desk.submissions(district["cycle"]) if s.report}
    assert credit_code(40) not in codes and credit_code(20) not in codes


def test_cycle_states_and_days_late(district):
    ws, cycle = district["ws"], district["cycle"]
    states = {s.credit_code: s for s in ws.desk.submissions(cycle, today=dt.date(2026, 12, 20))}
    assert len(states) == FACILITIES
    assert {states[credit_code(n)].status for n in MISSING} == {"missing"}
    assert states[credit_code(5)].status == "submitted" and states[credit_code(5)].days_late == 0
    late = {s.credit_code: s for s in ws.desk.submissions(cycle, today=dt.date(2027, 1, 10))}
    assert late[credit_code(27)].status == "overdue" and late[credit_code(27)].days_late == 10
    assert late[credit_code(TAMPERED)].status == "overdue"  # its report was refused
    # submitted after the due date: days late from its signing day
    previous = {s.credit_code: s for s in ws.desk.submissions(district["previous"], today=dt.date(2026, 12, 20))}
    signed = dt.date.fromisoformat(previous[credit_code(0)].report["submitted_on"])
    assert previous[credit_code(0)].days_late == (signed - dt.date(2026, 6, 30)).days > 0
    assert previous[credit_code(9)].status == "overdue"


def test_dashboard_figures_match_hand_computed(district):
    ws = district["ws"]
    figures = ws.desk.dashboard(district["cycle"])
    rows = {r["credit_code"]: r for r in figures["rows"]}
    assert [d["title"] for d in figures["dimensions"]] == ["办托条件", "托育队伍", "保育照护", "卫生保健", "养育支持",
                                                          "安全保障", "机构管理"]
    assert figures["submitted"] == FACILITIES - len(MISSING) - len(UNTRUSTED) - 1 and figures["roster"] == FACILITIES
    full = rows[credit_code(0)]
    assert (full["percent"], full["grade"], full["earned"]) == (100, "A", 28)
    assert set(full["dimensions"].values()) == {100}
    # previous cycle: 1.1.2 partial → 27 of 28 points = 96.4 %
    assert full["previous_percent"] == 96.4 and full["change"] == 3.6
    one = rows[credit_code(1)]  # 1.1.2 half, 2.1.2 nothing: 25 of 28
    assert (one["percent"], one["grade"], one["earned"]) == (89.3, "B", 25)
    assert one["dimensions"]["1"] == 75 and one["dimensions"]["2"] == 50 and one["dimensions"]["3"] == 100
    veto = rows[credit_code(2)]  # 6.1.1 failed: 26 of 28 but graded D
    assert (veto["percent"], veto["grade"], veto["veto_count"]) == (92.9, "D", 1) and veto["dimensions"]["6"] == 50
    # grade distribution and veto failures are counts over the same rows
    assert sum(figures["grades"].values()) == figures["submitted"]
    from collections import Counter

    assert figures["grades"] == dict(sorted(Counter(r["grade"] for r in figures["rows"]).items()))
    failures = {v["item"]: v["count"] for v in figures["veto_failures"]}
    assert failures.get("6.1.1", 0) >= 1
    assert sum(failures.values()) == sum(r["veto_count"] for r in figures["rows"])
    # ranking: by percent, ties share a rank, the first is 1
    ranked = figures["rows"]
    assert ranked[0]["rank"] == 1 and all(a["percent"] >= b["percent"] for a, b in zip(ranked, ranked[1:], strict=False))
    for a, b in zip(ranked, ranked[1:], strict=False):
        assert (b["rank"] == a["rank"]) == (a["percent"] == b["percent"])
    assert figures["average_percent"] == round(sum(r["percent"] for r in ranked) / len(ranked), 2)
    # drill-down to one dimension's items
    detail = ws.desk.drill(district["cycle"], credit_code(1), "2")
    assert {a["item"] for a in detail["answers"]} == {"2.1.1", "2.1.2"}
    assert next(a for a in detail["answers"] if a["item"] == "2.1.2")["gap"]


def test_review_needs_a_registered_officer_and_the_rules(district):
    ws = district["ws"]
    received_id = ws.desk.find_report(district["ws"].desk.drill(district["cycle"], credit_code(3))["row"]["report_id"])
    with pytest.raises(DeskError, match="没有登记为本区县的审核人员"):
        ws.desk.review(received_id, "approved", district["intruder"])
    with pytest.raises(InvalidInput, match="至少"):
        ws.desk.review(received_id, "returned", district["officer"])
    with pytest.raises(InvalidInput, match="理由"):
        ws.desk.review(received_id, "rejected", district["officer"])
    with pytest.raises(InvalidInput, match="没有条目 9.9.9"):
        ws.desk.review(received_id, "returned", district["officer"], {"9.9.9": "?"})
    assert ws.desk.report(received_id)["reviews"] == []
    review = ws.desk.review(received_id, "approved", district["officer"])
    stored = ws.desk.report(received_id)["reviews"][-1]
    assert stored["officer_name"] == "王科长" and ws.desk.review_intact(stored)
    assert ws.desk.review_intact({**stored, "record": stored["record"].replace("approved", "rejected")}) is False
    states = {s.credit_code: s.status for s in ws.desk.submissions(district["cycle"])}
    assert states[credit_code(3)] == "approved"
    assert review["id"] not in {r["received_id"] for r in ws.desk.review_queue(district["cycle"])}
    history = ws.audit.history("desk_review", stored["report_id"]) if hasattr(ws.audit, "history") else None
    assert history is None or history


def test_receipt_round_trip_opens_a_revision(district, tmp_path, workspace):
    ws, maker = district["ws"], district["maker"]
    detail = ws.desk.drill(district["cycle"], credit_code(4))
    received_id = ws.desk.find_report(detail["row"]["report_id"])
    review = ws.desk.review(received_id, "returned", district["officer"],
                            {"3.1.2": "请补充午睡巡查记录照片", "": "整体材料偏少"})
    receipt = ws.desk.write_receipt(review["id"], tmp_path / "回执.pdf", district["officer"], "北京市朝阳区卫生健康委员会")
    text = subprocess.run(["pdftotext", str(receipt), "-"], capture_output=True, text=True, check=True).stdout
    assert "退回" in text and "请补充午睡巡查记录照片" in text and detail["row"]["report_id"] in text
    with pytest.raises(DeskError, match="作出审核结论"):
        ws.desk.write_receipt(review["id"], tmp_path / "x.pdf", district["intruder"])
    assert {s.credit_code: s.status for s in ws.desk.submissions(district["cycle"])}[credit_code(4)] == "returned"

    facility = maker.workspace
    officer_fp = district["officer"].info.fingerprint_hex
    with pytest.raises(ImportRefused, match="tuoyu trust add"):
        facility.receipts.import_file(receipt)  # the officer is not trusted here yet
    changed = tmp_path / "changed.pdf"
    changed.write_bytes(receipt.read_bytes() + b"\n% appended\n")
    with pytest.raises(ImportRefused, match="改动|签名"):
        facility.receipts.import_file(changed, [officer_fp])
    with pytest.raises(ImportRefused, match="本机没有回执所指的报告"):
        workspace.receipts.import_file(receipt, [officer_fp])  # another computer
    assert workspace.receipts.list() == []
    assessment_id = detail["row"]["report_id"].rpartition("-r")[0]
    outcome = facility.receipts.import_file(receipt, [officer_fp])
    assert outcome.decision == "returned" and outcome.revision == 2
    row = facility.assessments.row(assessment_id)
    assert row.revision == 2 and not row.finalised
    assert facility.receipts.comments_for(assessment_id) == {"3.1.2": "请补充午睡巡查记录照片", "": "整体材料偏少"}
    assert facility.receipts.latest_for(assessment_id)["decision_label"] == "退回"
    again = facility.receipts.import_file(receipt, [officer_fp])
    assert "此前已导入" in again.message and facility.assessments.row(assessment_id).revision == 2


def test_upward_workbook_reads_back_with_real_types(district, tmp_path):
    ws = district["ws"]
    target = ws.desk.export_workbook(district["cycle"], tmp_path / "上报.xlsx")
    book = load_workbook(target)
    assert book.sheetnames == ["汇总", "条目", "整改", "说明"]
    summary = book["汇总"]
    header = [c.value for c in summary[1]]
    assert header[:4] == ["机构名称", "统一社会信用代码", "备案号", "机构类型"] and "提交日期" in header
    rows = list(summary.iter_rows(min_row=2, values_only=True))
    assert len(rows) == FACILITIES
    by_code = {r[1]: dict(zip(header, r, strict=False)) for r in rows}
    full = by_code[credit_code(0)]
    assert full["得分率(%)"] == 100 and isinstance(full["得分"], (int, float)) and full["等级"] == "A"
    assert isinstance(full["提交日期"], dt.datetime) and full["托位数"] == 40
    assert full["1 办托条件(%)"] == 100 and by_code[credit_code(1)]["2 托育队伍(%)"] == 50
    assert by_code[credit_code(27)]["报送状态"] in ("未提交", "逾期") and by_code[credit_code(27)]["得分"] is None
    items = list(book["条目"].iter_rows(min_row=2, values_only=True))
    submitted = sum(1 for r in rows if r[8])
    assert len(items) == submitted * 14
    one = [r for r in items if r[1] == credit_code(1) and r[3] == "2.1.2"][0]
    assert one[5] == "未达到" and one[6] == 0 and one[10] == "是" and "托育队伍" in one[4]
    rect = list(book["整改"].iter_rows(min_row=2, values_only=True))
    assert rect and all(isinstance(r[8], dt.datetime) for r in rect)
    with pytest.raises(DeskError, match="没有登记"):
        ws.desk.export_summary_pdf(district["cycle"], tmp_path / "x.pdf", district["intruder"])
    summary = ws.desk.export_summary_pdf(district["cycle"], tmp_path / "汇总.pdf", district["officer"], "朝阳区卫健委")
    assert signing.verify_pdf(summary, [district["officer"].certificate_pem()]).exit_code == 0
    text = subprocess.run(["pdftotext", str(summary), "-"], capture_output=True, text=True, check=True).stdout
    assert "报送汇总" in text and "测试托育中心0001" in text and "89.3" in text


def test_board_overdue_first_and_closing_needs_evidence(district):
    ws = district["ws"]
    board = ws.desk.board()
    assert board and all(i["state"] in ("open", "overdue") for i in board)
    first, second = board[0]["id"], board[1]["id"]
    ws.store.conn.execute("UPDATE desk_board SET deadline = '2026-01-05' WHERE id = ?", [second])
    ws.store.conn.execute("UPDATE desk_board SET deadline = '2026-03-01' WHERE id = ?", [first])
    ws.store.conn.commit()
    ordered = ws.desk.board(today=dt.date(2026, 12, 7))
    assert [i["id"] for i in ordered[:2]] == [second, first]
    assert ordered[0]["state"] == "overdue" and ordered[0]["days_overdue"] == (dt.date(2026, 12, 7) - dt.date(2026, 1, 5)).days
    assert ordered[1]["days_overdue"] == (dt.date(2026, 12, 7) - dt.date(2026, 3, 1)).days
    assert all(i["state"] == "open" for i in ordered[2:])
    assert [i["id"] for i in ws.desk.board(status="overdue", today=dt.date(2026, 12, 7))] == [second, first]
    # facility 0's earlier gap (1.1.2) is closed by its later, fully met report
    gap = next(i for i in ws.desk.board(facility=credit_code(0)) if i["item_key"] == "1.1.2")
    later = ws.desk.drill(district["cycle"], credit_code(0))["row"]["report_id"]
    other = ws.desk.drill(district["cycle"], credit_code(1))["row"]["report_id"]
    with pytest.raises(DeskError, match="不是"):
        ws.desk.close_item(gap["id"], other)
    with pytest.raises(DeskError, match="之后"):
        ws.desk.close_item(gap["id"], gap["report_id"])
    still = next(i for i in ws.desk.board(facility=credit_code(1)) if i["item_key"] == "1.1.2")
    assert still["dimension_id"] == "1" and still["source_label"] == "自评未达标"
    ws.desk.close_item(gap["id"], later, "下一次自评已达到")
    closed = next(i for i in ws.desk.board(facility=credit_code(0)) if i["id"] == gap["id"])
    assert closed["state"] == "closed" and closed["closing_report_id"] == later
    with pytest.raises(DeskError, match="已销号"):
        ws.desk.close_item(gap["id"], later)
    assert ws.desk.board(source="inspection") == []


def test_views_for_publishing(district):
    rows = district["ws"].store.db.execute("SELECT COUNT(*) FROM desk_submissions").fetchone()[0]
    assert rows == FACILITIES - len(MISSING) - len(UNTRUSTED) - 1 + len(PREVIOUS)
    dims = district["ws"].store.db.execute("SELECT COUNT(*) FROM desk_dimension_scores").fetchone()[0]
    assert dims == rows * 7


# -- the roster workbook ---------------------------------------------------------------------------
def test_roster_template_fills_and_imports(workspace, tmp_path):
    template = workspace.desk.write_roster_template(tmp_path / "模板.xlsx")
    book = load_workbook(template)
    sheet = book["名册"]
    assert [c.value for c in sheet[1]][:8] == [c[0] for c in COLUMNS][:8]
    sheet.delete_rows(2)
    sheet.append(roster_row(1))
    sheet.append(roster_row(2))
    book.save(template)
    assert workspace.desk.import_roster(template) == (2, 0)
    entry = workspace.desk.facility(credit_code(1))
    assert entry["places"] == 41 and entry["is_puhui"] == 0 and entry["filing_number"] == "京朝托备-1"
    workspace.desk.save_facility({**entry, "places": 50})
    assert workspace.desk.facility(credit_code(1))["places"] == 50
    assert workspace.desk.import_roster(template) == (0, 1)  # back to 41


def test_broken_rosters_name_sheet_row_column_and_store_nothing(workspace, tmp_path):
    good = credit_code(7)
    bad_check = good[:17] + ("0" if good[17] != "0" else "1")
    path = fill_roster(tmp_path / "bad.xlsx", [roster_row(7), roster_row(8, good), roster_row(9, bad_check),
                                               roster_row(10)[:6] + ["四十", "x", ""], roster_row(11)[:5] + ["也许", 1, "", ""]])
    with pytest.raises(RosterInvalid) as caught:
        workspace.desk.import_roster(path)
    problems = caught.value.problems
    assert any("第 3 行 第 B 列（统一社会信用代码）" in p and "与第 2 行重复" in p for p in problems), problems
    assert any("第 4 行 第 B 列" in p and "校验位" in p for p in problems), problems
    assert any("第 5 行 第 G 列（托位数）" in p for p in problems), problems
    assert any("第 6 行 第 F 列（普惠）" in p for p in problems), problems
    assert all(p.startswith("工作表“名册”") for p in problems)
    assert workspace.desk.roster() == []
    missing = Workbook()
    missing.active.title = "名册"
    missing.active.append(["机构名称", "备案号"])
    missing.save(tmp_path / "missing.xlsx")
    with pytest.raises(RosterInvalid, match="缺少列“统一社会信用代码”"):
        workspace.desk.import_roster(tmp_path / "missing.xlsx")
    (tmp_path / "not.xlsx").write_text("hello", encoding="utf-8")
    with pytest.raises(InvalidInput, match="不是可读取的 Excel"):
        workspace.desk.import_roster(tmp_path / "not.xlsx")
    with pytest.raises(InvalidInput, match="校验位"):
        workspace.desk.save_facility({"name": "x", "credit_code": bad_check})
    assert workspace.desk.roster() == []


def test_a_certificate_belongs_to_one_facility(workspace):
    workspace.desk.save_facility({"name": "甲", "credit_code": credit_code(1)})
    workspace.desk.save_facility({"name": "乙", "credit_code": credit_code(2)})
    fingerprint = "ab" * 32
    workspace.desk.register_certificate(credit_code(1), fingerprint)
    with pytest.raises(DeskError, match="已登记在 甲 名下"):
        workspace.desk.register_certificate(credit_code(2), fingerprint.upper())
    with pytest.raises(InvalidInput, match="既不是证书文件"):
        workspace.desk.register_certificate(credit_code(2), "not a fingerprint")


def test_cycle_input_is_checked(workspace):
    with pytest.raises(InvalidInput, match="日期"):
        workspace.desk.add_cycle("", "self_assessment", "2026年下半年", "31/12/2026")
    with pytest.raises(InvalidInput, match="报告类型"):
        workspace.desk.add_cycle("", "survey", "2026年下半年", "2026-12-31")
    cycle = workspace.desk.add_cycle("", "self_assessment", "2026年下半年", "2026-12-31")
    assert workspace.desk.cycle(cycle)["title"] == "2026年下半年机构自评"
    assert workspace.desk.dashboard(cycle)["rows"] == []


def test_cli_district_flow(district, tmp_path, capsys, monkeypatch):
    from tuoyu_desktop.cli import main

    data = tmp_path / "cli-desk"
    monkeypatch.setenv("TUOYU_DATA_DIR", str(data))
    assert main(["mode", "district"]) == 0
    assert main(["desk", "roster-template", "-o", str(tmp_path / "t.xlsx")]) == 0
    roster = fill_roster(tmp_path / "r.xlsx", [roster_row(n) for n in (5, 6)])
    assert main(["desk", "roster", "import", str(roster)]) == 0
    for n in (5, 6):
        assert main(["desk", "roster", "cert", credit_code(n), district["facilities"][n].fingerprint()]) == 0
    capsys.readouterr()
    assert main(["desk", "cycle", "add", "--period", PERIOD, "--due", "2026-12-31"]) == 0
    cycle = capsys.readouterr().out.strip()
    inbox = tmp_path / "in"
    inbox.mkdir()
    for name in ("b-05.pdf", "b-06.pdf", "b-07.pdf"):
        shutil.copy(district["inbox"] / name, inbox / name)
    assert main(["import", str(inbox), "--json"]) == 1  # b-07 is not on this roster
    out = json.loads(capsys.readouterr().out)
    assert out["counts"] == {"imported": 2, "not_on_roster": 1}
    assert main(["desk", "cycle", "show", cycle, "--json"]) == 0
    assert {r["status"] for r in json.loads(capsys.readouterr().out)} == {"submitted"}
    assert main(["desk", "dashboard", "--cycle", cycle]) == 0
    assert "已提交 2/2" in capsys.readouterr().out
    assert main(["desk", "export", "--cycle", cycle, "-o", str(tmp_path / "up.xlsx")]) == 0
    assert load_workbook(tmp_path / "up.xlsx")["汇总"].max_row == 3
    capsys.readouterr()
    assert main(["desk", "board", "--json"]) == 0
    json.loads(capsys.readouterr().out)
    assert main(["desk", "held"]) == 0
    assert "测试托育中心0007" in capsys.readouterr().out
    (tmp_path / "pass.txt").write_text(PASS, encoding="utf-8")
    assert main(["desk", "queue", "--json"]) == 0
    first = json.loads(capsys.readouterr().out)[0]["report_id"]
    identity = district["folder"] / "intruder.p12"
    assert main(["desk", "review", first, "--decision", "approved", "--identity", str(identity),
                 "--passphrase-file", str(tmp_path / "pass.txt")]) == 1
    assert "没有登记为本区县的审核人员" in capsys.readouterr().err


def test_an_inspection_report_puts_its_findings_on_the_board(tmp_path):
    from tuoyu_desktop.services import Signer
    from tuoyu_desktop.services.demo import demo_visited_profile

    people = {}
    for key, name, role in (("inspector", "王建国", "督导员"), ("parent", "刘芳", "家长代表"), ("rep", "张晓燕", "机构负责人")):
        people[key] = tmp_path / f"{key}.p12"
        signing.create_identity(people[key], name=name, role=role, organisation="朝阳区", passphrase=PASS)
    inspector = Workspace.open(tmp_path / "inspector")
    inspector.preferences.set_mode("inspector")
    inspection_id = inspector.inspections.create_demo(photos=1)
    (tmp_path / "inbox").mkdir()
    report = inspector.reports.export_pdf(inspection_id, tmp_path / "inbox" / "巡查.pdf",
                                          signers=[Signer(people["inspector"], PASS), Signer(people["parent"], PASS)])
    inspector.reports.sign(report, Signer(people["rep"], PASS))
    inspector.close()
    desk = Workspace.open(tmp_path / "desk")
    try:
        desk.preferences.set_mode("district")
        profile = demo_visited_profile()
        desk.desk.save_facility({"name": profile.name, "credit_code": profile.credit_code})
        for key in people:
            desk.trust.add(signing.read_identity(people[key], PASS).certificate_pem())
        result = desk.desk.intake([tmp_path / "inbox"])
        assert result.counts() == {"imported": 1}, [r.message for r in result.results]
        items = desk.desk.board(source="inspection")
        assert len(items) >= 4 and all(i["source_label"] == "督导巡查发现" for i in items)
        assert all(i["deadline"] for i in items) and all(i["facility_name"] == profile.name for i in items)
        assert any(i["item_key"] == "2.1.3" and i["dimension_id"] == "2" for i in items), items
        assert desk.desk.review_queue()[0]["kind"] == "inspection"
        assert desk.rectifications.list() == []  # the desk keeps its own board, not a facility's ledger
    finally:
        desk.close()
