"""The district → city aggregate package: two districts × several facilities packaged, signed
and imported by a city desk; its dashboard and workbook against the districts' own figures;
every forgery, copy and old version refused with nothing stored."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook
from support.desk_reports import PASS, ReportMaker, credit_code

from tuoyu_desktop import city_package, signing
from tuoyu_desktop.errors import InvalidInput
from tuoyu_desktop.services import Workspace
from tuoyu_desktop.services.desk import DeskError

PERIOD = "2026年下半年"
DISTRICTS = {"北京市朝阳区": ("110105", range(0, 4), {3}), "北京市海淀区": ("110108", range(10, 13), set())}


def _district(folder: Path, maker: ReportMaker, name: str, region: str, numbers, missing) -> dict:
    from test_desk import fill_roster

    inbox = folder / f"inbox-{region}"
    inbox.mkdir()
    facilities = [maker.facility(n, region) for n in numbers]
    for facility in facilities:
        if facility.n not in missing:
            maker.report(facility, PERIOD, target=inbox / f"{facility.n:02d}.pdf")
    officer_id = folder / f"officer-{region}.p12"
    signing.create_identity(officer_id, name=f"{name}科员", role="区卫健委科员", organisation=name, passphrase=PASS)
    officer = signing.read_identity(officer_id, PASS)
    (folder / f"officer-{region}.pem").write_bytes(officer.certificate_pem())
    ws = Workspace.open(folder / f"desk-{region}")
    rows = [[f.name, f.credit_code, f"备-{f.n}", "地址", "独立托育机构", "否", 40, "010", name] for f in facilities]
    ws.desk.import_roster(fill_roster(folder / f"roster-{region}.xlsx", rows))
    for facility in facilities:
        ws.desk.register_certificate(facility.credit_code, facility.fingerprint())
    ws.desk.register_officer(folder / f"officer-{region}.pem")
    cycle = ws.desk.add_cycle("", "self_assessment", PERIOD, "2026-12-31")
    result = ws.desk.intake([inbox])
    assert result.counts() == {"imported": len(facilities) - len(missing)}
    package = folder / f"package-{region}.pdf"
    ws.desk.write_package(cycle, package, officer, name)
    return {"ws": ws, "cycle": cycle, "officer": officer, "pem": folder / f"officer-{region}.pem",
            "package": package, "name": name}


@pytest.fixture(scope="module")
def city(tmp_path_factory):
    folder = tmp_path_factory.mktemp("city")
    maker = ReportMaker(folder)
    districts = {name: _district(folder, maker, name, region, numbers, missing)
                 for name, (region, numbers, missing) in DISTRICTS.items()}
    ws = Workspace.open(folder / "city")
    for district in districts.values():
        ws.city.register_district(district["name"], district["pem"])
    results = ws.city.import_packages([d["package"] for d in districts.values()])
    intruder_id = folder / "intruder.p12"
    signing.create_identity(intruder_id, name="北京市朝阳区科员", role="区卫健委科员", organisation="北京市朝阳区",
                            passphrase=PASS)
    yield {"ws": ws, "districts": districts, "results": results, "folder": folder, "maker": maker,
           "intruder": signing.read_identity(intruder_id, PASS)}
    ws.close()
    for district in districts.values():
        district["ws"].close()
    maker.close()


def _stored(ws) -> tuple[list, int]:
    packages = [(p["district"], p["package_sha256"]) for p in ws.city.packages()]
    audit = ws.store.conn.execute("SELECT COUNT(*) FROM audit_log").fetchone()[0]
    return packages, audit


def test_round_trip_matches_each_districts_dashboard(city):
    assert [r.outcome for r in city["results"]] == ["imported", "imported"], [r.to_dict() for r in city["results"]]
    ws = city["ws"]
    [cycle] = ws.city.cycles()
    assert cycle["districts"] == 2 and cycle["period"] == PERIOD
    figures = ws.city.dashboard(cycle["key"])
    rows = {r["credit_code"]: r for r in figures["rows"]}
    total = 0
    for district in city["districts"].values():
        own = district["ws"].desk.dashboard(district["cycle"])
        total += own["submitted"]
        for row in own["rows"]:
            mine = rows[row["credit_code"]]
            assert mine["district"] == district["name"] and mine["facility"] == row["facility"]
            assert (mine["percent"], mine["grade"], mine["earned"], mine["veto_count"]) == \
                (row["percent"], row["grade"], row["earned"], row["veto_count"])
            assert mine["dimensions"] == row["dimensions"] and mine["district_rank"] == row["rank"]
    assert figures["submitted"] == total == 6 and figures["roster"] == 7
    assert [d["id"] for d in figures["dimensions"]] == [d["id"] for d in own["dimensions"]]
    assert sum(figures["grades"].values()) == total
    ranked = figures["rows"]
    assert ranked[0]["rank"] == 1 and all(a["percent"] >= b["percent"] for a, b in zip(ranked, ranked[1:], strict=False))
    assert figures["average_percent"] == round(sum(r["percent"] for r in ranked) / len(ranked), 2)
    assert {d["district"]: d["submitted"] for d in figures["districts"]} == {"北京市朝阳区": 3, "北京市海淀区": 3}


def test_city_workbook_has_a_district_column(city, tmp_path):
    ws = city["ws"]
    key = ws.city.cycles()[0]["key"]
    path = ws.city.export_workbook(key, tmp_path / "全市.xlsx")
    book = load_workbook(path)
    sheet = book["汇总"]
    head = [c.value for c in sheet[1]]
    assert head[:3] == ["区县", "机构名称", "统一社会信用代码"]
    rows = [dict(zip(head, [c.value for c in row], strict=True)) for row in sheet.iter_rows(min_row=2)]
    assert len(rows) == 7
    by_code = {r["统一社会信用代码"]: r for r in rows}
    chaoyang = city["districts"]["北京市朝阳区"]
    for row in chaoyang["ws"].desk.dashboard(chaoyang["cycle"])["rows"]:
        cell = by_code[row["credit_code"]]
        assert cell["区县"] == "北京市朝阳区" and cell["得分率(%)"] == row["percent"] and cell["等级"] == row["grade"]
        assert isinstance(cell["得分率(%)"], float | int)
    missing = by_code[credit_code(3, "110105")]
    assert missing["区县"] == "北京市朝阳区" and missing["得分率(%)"] is None
    items = book["条目"]
    assert [c.value for c in items[1]][:2] == ["区县", "机构名称"]
    assert items.max_row - 1 == 6 * 14  # every item of every submitted facility


def test_package_is_a_readable_signed_pdf_without_photos(city):
    import subprocess

    package = city["districts"]["北京市海淀区"]["package"]
    text = subprocess.run(["pdftotext", "-layout", str(package), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "区县汇总包" in text or "报送汇总" in text
    assert "测试托育中心0010" in text
    result = signing.verify_pdf(package, [city["districts"]["北京市海淀区"]["pem"].read_bytes()])
    assert result.exit_code == signing.EXIT_OK
    data = json.loads(signing.read_embedded_file(package, city_package.ATTACHMENT))
    assert data["district"] == "北京市海淀区" and len(data["facilities"]) == 3
    assert not any(b"JFIF" in json.dumps(data).encode() for _ in [0])
    assert len(data["forms"]) == 1  # one snapshot for all facilities of the form


def _forge(original: Path, target: Path, identity, edit) -> Path:
    """Rebuild a package with edited data, re-signed by ``identity``."""
    data = json.loads(signing.read_embedded_file(original, city_package.ATTACHMENT))
    edit(data)
    cycle = {**data["cycle"], "id": 1}
    figures = {"dimensions": data["dimensions"], "rows": [], **data["summary"]}
    city_package.write_package(target, data, cycle, [], figures, identity)
    return target


def _edit_in_place(original: Path, target: Path) -> Path:
    """The package with its embedded JSON replaced in an incremental update, signature kept."""
    import io

    from pyhanko.pdf_utils.embed import EmbeddedFileObject, FileSpec, embed_file
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    data = json.loads(signing.read_embedded_file(original, city_package.ATTACHMENT))
    data["facilities"][0]["report"]["percent"] = 100.0
    writer = IncrementalPdfFileWriter(io.BytesIO(original.read_bytes()))
    embedded = EmbeddedFileObject.from_file_data(writer, data=city_package.encode(data), mime_type="application/json")
    embed_file(writer, FileSpec(file_spec_string=city_package.ATTACHMENT, embedded_data=embedded))
    out = io.BytesIO()
    writer.write(out)
    target.write_bytes(out.getvalue())
    return target


def test_forgeries_fail_cleanly_and_store_nothing(city, tmp_path):
    ws = city["ws"]
    chaoyang, haidian = city["districts"]["北京市朝阳区"], city["districts"]["北京市海淀区"]
    before = _stored(ws)
    original = chaoyang["package"]

    def higher(data):
        data["facilities"][0]["report"]["percent"] = 100.0
        data["made_at"] = "2099-01-01T00:00:00+08:00"

    files = {}
    # the edited JSON, re-signed by a key that is not registered
    files["untrusted"] = _forge(original, tmp_path / "resigned.pdf", city["intruder"], higher)
    # re-signed by another district's registered officer, still naming 朝阳
    files["other_district"] = _forge(original, tmp_path / "haidian-signs.pdf", haidian["officer"], higher)
    # a district the city has not registered
    files["unknown"] = _forge(original, tmp_path / "unknown.pdf", city["intruder"],
                              lambda d: d.update(district="河北省某县"))
    # bytes changed inside the signed file
    data = bytearray(original.read_bytes())
    spot = data.index(b"/Type /Page") + 5
    data[spot:spot + 1] = b"X"
    (tmp_path / "flipped.pdf").write_bytes(bytes(data))
    files["flipped"] = tmp_path / "flipped.pdf"
    # the embedded JSON edited in an update after the signature (the signature left as it was)
    files["edited_json"] = _edit_in_place(original, tmp_path / "edited-json.pdf")
    # data appended after the signature
    (tmp_path / "appended.pdf").write_bytes(original.read_bytes() + b"\n% more\n")
    files["appended"] = tmp_path / "appended.pdf"
    # truncated
    (tmp_path / "truncated.pdf").write_bytes(original.read_bytes()[: len(original.read_bytes()) // 2])
    files["truncated"] = tmp_path / "truncated.pdf"
    # the wrong kind of PDF: a facility's signed report
    files["report"] = city["maker"].report(city["maker"].facility(1, "110105"), PERIOD, target=tmp_path / "report.pdf")
    (tmp_path / "empty.pdf").write_bytes(b"")
    files["empty"] = tmp_path / "empty.pdf"
    results = {name: r for name, r in zip(files, ws.city.import_packages(files.values()), strict=True)}
    outcome = {name: r.outcome for name, r in results.items()}
    assert outcome == {"untrusted": "untrusted", "other_district": "untrusted", "unknown": "unknown_district",
                       "flipped": "tampered", "edited_json": "tampered", "appended": "tampered", "truncated": "unreadable",
                       "report": "not_package", "empty": "unreadable"}, {n: r.message for n, r in results.items()}
    assert "海淀区" in results["other_district"].message and "朝阳区" in results["other_district"].message
    assert "河北省某县" in results["unknown"].message and "未登记" in results["unknown"].message
    for r in results.values():
        assert r.message and "Traceback" not in r.message and any("\u4e00" <= ch <= "\u9fff" for ch in r.message)
    assert _stored(ws) == before


def test_copies_and_versions(city, tmp_path):
    ws = city["ws"]
    chaoyang = city["districts"]["北京市朝阳区"]
    first = chaoyang["package"]
    copy = tmp_path / "copy.pdf"
    shutil.copy(first, copy)
    before = _stored(ws)
    [dup] = ws.city.import_packages([copy])
    assert dup.outcome == "duplicate" and _stored(ws) == before
    newer = chaoyang["ws"].desk.write_package(chaoyang["cycle"], tmp_path / "newer.pdf", chaoyang["officer"],
                                              chaoyang["name"])
    [replaced] = ws.city.import_packages([newer])
    assert replaced.outcome == "replaced", replaced.message
    packages = ws.city.packages()
    assert len(packages) == 2
    [mine] = [p for p in packages if p["district"] == "北京市朝阳区"]
    assert mine["file_name"] == "newer.pdf"
    [older] = ws.city.import_packages([first])
    assert older.outcome == "older" and "较早" in older.message
    assert [p["file_name"] for p in ws.city.packages() if p["district"] == "北京市朝阳区"] == ["newer.pdf"]


def test_package_needs_a_registered_officer_and_a_district_name(city, tmp_path):
    chaoyang = city["districts"]["北京市朝阳区"]
    with pytest.raises(DeskError, match="没有登记为本区县的审核人员"):
        chaoyang["ws"].desk.write_package(chaoyang["cycle"], tmp_path / "x.pdf", city["intruder"], chaoyang["name"])
    with pytest.raises(InvalidInput, match="区县的名称"):
        chaoyang["ws"].desk.write_package(chaoyang["cycle"], tmp_path / "x.pdf", chaoyang["officer"], " ")
    assert not (tmp_path / "x.pdf").exists()
    with pytest.raises(InvalidInput, match="已登记为 北京市朝阳区"):
        city["ws"].city.register_district("北京市东城区", chaoyang["pem"])


def test_cli_package_and_city_flow(city, tmp_path, capsys, monkeypatch):
    from tuoyu_desktop.cli import main

    folder = city["folder"]
    (tmp_path / "pass.txt").write_text(PASS, encoding="utf-8")
    chaoyang = city["districts"]["北京市朝阳区"]
    package = tmp_path / "朝阳.pdf"
    assert main(["--data-dir", str(folder / "desk-110105"), "desk", "package", "--cycle", str(chaoyang["cycle"]),
                 "-o", str(package), "--identity", str(folder / "officer-110105.p12"),
                 "--passphrase-file", str(tmp_path / "pass.txt"), "--district", "北京市朝阳区"]) == 0
    monkeypatch.setenv("TUOYU_DATA_DIR", str(tmp_path / "city-cli"))
    assert main(["desk", "city", "import", str(package)]) == 1  # no district registered yet
    assert "未登记区县" in capsys.readouterr().out
    assert main(["desk", "city", "district-add", "北京市朝阳区", str(chaoyang["pem"])]) == 0
    assert main(["desk", "city", "districts", "--json"]) == 0
    capsys.readouterr()
    assert main(["desk", "city", "import", str(package), "--json"]) == 0
    assert [r["outcome"] for r in json.loads(capsys.readouterr().out)] == ["imported"]
    assert main(["desk", "city", "list"]) == 0
    assert "北京市朝阳区" in capsys.readouterr().out
    assert main(["desk", "city", "dashboard", "--cycle", PERIOD]) == 0
    out = capsys.readouterr().out
    assert "已提交 3/4" in out and "北京市朝阳区\t测试托育中心0000" in out
    assert main(["desk", "city", "export", "-o", str(tmp_path / "city.xlsx")]) == 0
    assert load_workbook(tmp_path / "city.xlsx")["汇总"]["A2"].value == "北京市朝阳区"


def test_signed_but_malformed_data_is_refused_with_a_reason(city, tmp_path):
    """Even signed by a registered officer, data the city cannot read is refused, nothing stored."""
    ws = city["ws"]
    chaoyang = city["districts"]["北京市朝阳区"]
    before = _stored(ws)
    cases = {
        "no-time-zone": lambda d: d.update(made_at="2099-01-01T00:00:00"),
        "score-text": lambda d: d["facilities"][0]["report"].update(percent="九十"),
        "twice": lambda d: d["facilities"].append(dict(d["facilities"][0])),
        "bad-status": lambda d: d["facilities"][0].update(status="whatever"),
        "newer-schema": lambda d: d.update(schema_version="2.0"),
    }
    files = [_forge(chaoyang["package"], tmp_path / f"{name}.pdf", chaoyang["officer"], edit)
             for name, edit in cases.items()]
    results = ws.city.import_packages(files)
    assert [r.outcome for r in results] == ["not_package"] * 4 + ["other"], [r.message for r in results]
    assert "时区" in results[0].message and "不是数字" in results[1].message and "两次" in results[2].message
    assert "升级" in results[4].message
    assert _stored(ws) == before


def test_a_facility_in_two_districts_is_pointed_out(city, tmp_path):
    ws = city["ws"]
    haidian = city["districts"]["北京市海淀区"]
    chaoyang_code = credit_code(0, "110105")

    def claim(data):
        data["facilities"][0]["credit_code"] = chaoyang_code
        data["made_at"] = "2099-06-01T00:00:00+08:00"

    forged = _forge(haidian["package"], tmp_path / "overlap.pdf", haidian["officer"], claim)
    [result] = ws.city.import_packages([forged])
    assert result.outcome == "replaced" and "也在 北京市朝阳区 的名册中" in result.message and chaoyang_code in result.message
