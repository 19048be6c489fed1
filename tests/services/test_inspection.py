"""Inspections: visited facilities, checklist and findings → rectification items, the report
(photos downscaled, no GPS, embedded data), the signed loop inspector → facility, and the CLI."""

from __future__ import annotations

import io
import json
from datetime import date, timedelta

import pytest
from PIL import Image
from pypdf import PdfReader

from tuoyu_desktop import exchange, signing
from tuoyu_desktop.cli import main
from tuoyu_desktop.report.signers import DeclaredSigner
from tuoyu_desktop.services import ImportRefused, NotReady, ProfileInvalid, Signer, Workspace
from tuoyu_desktop.services.demo import demo_photo, demo_visited_profile

PASS = "correct horse battery"


@pytest.fixture(scope="module")
def people(tmp_path_factory):
    folder = tmp_path_factory.mktemp("people")
    inspector = folder / "inspector.p12"
    signing.create_identity(inspector, name="王建国", role="督导员", organisation="朝阳区托育综合服务中心", passphrase=PASS)
    parent = folder / "parent.p12"
    signing.create_identity(parent, name="刘芳", role="家长代表", organisation="朝阳区托育综合服务中心", passphrase=PASS)
    rep = folder / "rep.p12"
    signing.create_identity(rep, name="张晓燕", role="机构负责人", organisation="七彩童年托育园", passphrase=PASS)
    return {"inspector": inspector, "parent": parent, "rep": rep}


@pytest.fixture
def inspector(tmp_path):
    ws = Workspace.open(tmp_path / "inspector-data")
    ws.preferences.set_mode("inspector")
    yield ws
    ws.close()


def visited(ws) -> int:
    profile = demo_visited_profile()
    return ws.facilities.add_visited(profile.name, profile.credit_code)


def image_xobjects(pdf_path):
    found = []
    for page in PdfReader(str(pdf_path)).pages:
        for image in page.images:
            found.append(image)
    return found


def test_mode_is_a_setting(workspace):
    assert workspace.preferences.mode == "facility"
    workspace.preferences.set_mode("inspector")
    assert workspace.preferences.mode == "inspector" and workspace.store.setting("mode", "") == "inspector"
    workspace.preferences.set_mode("district")  # the district desk (issue #11)
    assert workspace.preferences.mode == "district"
    with pytest.raises(ValueError):
        workspace.preferences.set_mode("city")


def test_visited_facilities_by_name_and_credit_code(inspector):
    first = visited(inspector)
    assert visited(inspector) == first  # the same credit code is the same facility
    with pytest.raises(ProfileInvalid) as caught:
        inspector.facilities.add_visited("某托育点", "123")
    assert "credit_code" in caught.value.problems
    assert [p.name for _, p in inspector.facilities.visited()] == [demo_visited_profile().name]
    assert inspector.facilities.own() is None  # a visited facility is never "ours"


def test_checklist_findings_become_rectification_items(inspector, tmp_path):
    facility_id = visited(inspector)
    inspection_id = inspector.inspections.create(facility_id, "2026-11-20 09:30", "王建国、刘芳", "张晓燕")
    view = inspector.inspections.view(inspection_id)
    assert view.visit.inspectors == ("王建国", "刘芳") and view.visit.visited_at == "2026-11-20T09:30"
    inspector.inspections.record_check(inspection_id, "2.1.3", "不符合", observation="楼道停放两辆电动车")
    inspector.inspections.record_check(inspection_id, "3.1.2", "不符合")
    inspector.inspections.record_check(inspection_id, "1.1.3", "不适用", na_reason="巡查时不在午睡时间")
    finding_id = inspector.inspections.add_finding(inspection_id, "门厅消毒液无标签", severity="较重")
    items = {i.source_key: i for i in inspector.rectifications.list()}
    assert set(items) == {"2.1.3", "3.1.2", f"finding:{finding_id}"}
    assert items["2.1.3"].severity == "严重"  # a veto item
    assert items["2.1.3"].area == "消防安全"
    # changed to 符合 while still a draft: the untouched item goes away
    inspector.inspections.record_check(inspection_id, "3.1.2", "符合")
    assert "3.1.2" not in {i.source_key for i in inspector.rectifications.list()}
    with pytest.raises(ValueError, match="不符合"):
        inspector.inspections.record_check(inspection_id, "3.1.1", "合格")
    findings = inspector.inspections.findings(inspection_id)
    assert [f.key for f in findings] == ["2.1.3", f"finding:{finding_id}"]
    assert findings[0].observation == "楼道停放两辆电动车"


def test_finalising_needs_opinions_and_deadlines(inspector):
    facility_id = visited(inspector)
    inspection_id = inspector.inspections.create(facility_id, "2026-11-20 09:30", ["王建国"], "")
    session = inspector.assessments.open(inspection_id)
    for item in session.form.iter_items():
        if item.kind == "choice":
            inspector.inspections.record_check(inspection_id, item.id, "不符合" if item.id == "4.1.1" else "符合")
        elif item.kind == "number":
            inspector.inspections.record_count(inspection_id, item.id, "3")  # every class counted: 3 and 3
    with pytest.raises(NotReady) as caught:
        inspector.assessments.finalise(inspection_id)
    problems = caught.value.problems
    assert "请填写在场的机构代表" in problems
    assert "条目 4.1.1：请填写整改意见" in problems and "条目 4.1.1：请填写整改期限" in problems
    inspector.inspections.update_visit(inspection_id, facility_rep="张晓燕")
    item = inspector.rectifications.list()[0]
    inspector.rectifications.update(item.id, opinion="补齐晨检记录", deadline="2026-12-01")
    inspector.assessments.finalise(inspection_id)
    with pytest.raises(Exception, match="已定稿"):
        inspector.inspections.record_check(inspection_id, "4.1.1", "符合")


def test_report_has_visit_findings_downscaled_clean_photos_and_data(inspector, tmp_path):
    inspection_id = inspector.inspections.create_demo(photos=4, photo_size=(2400, 1800))
    target = inspector.reports.export_pdf(inspection_id, tmp_path / "巡查.pdf")
    reader = PdfReader(str(target))
    text = "".join(page.extract_text() for page in reader.pages)
    assert "托育机构督导巡查报告" in text and "七彩童年托育园" in text
    assert "王建国" in text and "张晓燕（园长）" in text
    assert "整改意见" in text and "立即整改，整改后拍照反馈" in text and "户外场地一角堆放废旧纸箱" in text
    assert "消防安全" in text and "二、发现的问题及整改意见" in text
    images = image_xobjects(target)
    assert len(images) == 4
    for image in images:
        assert max(image.image.size) <= 1024  # 2400 × 1800 originals, downscaled
        assert b"Exif" not in image.data and b"DemoCam" not in image.data
        assert len(Image.open(io.BytesIO(image.data)).getexif()) == 0
    payload = exchange.decode(signing.read_embedded_file(target, exchange.ATTACHMENT_NAME))
    assert payload["kind"] == "inspection" and payload["schema_version"].startswith("1.")
    assert payload["inspection"]["inspectors"] == ["王建国", "刘芳（家长代表）"]
    assert len(payload["findings"]) == 5
    assert all(f["opinion"] and f["deadline"] for f in payload["findings"])
    assert sum(len(f["photos"]) for f in payload["findings"]) == 4


def test_missing_photo_does_not_stop_the_report(inspector, tmp_path):
    inspection_id = inspector.inspections.create_demo(photos=2)
    view = inspector.inspections.view(inspection_id)
    link = next(e for f in view.findings for e in f.evidence)
    inspector.evidence.files.path(link.sha256).unlink()
    target = inspector.reports.export_pdf(inspection_id, tmp_path / "r.pdf")
    text = "".join(page.extract_text() for page in PdfReader(str(target)).pages)
    assert "照片无法显示" in text
    assert len(image_xobjects(target)) == 1


def test_next_inspection_opens_with_open_items_of_the_last(inspector):
    first = inspector.inspections.create_demo(photos=0)
    open_before = [i for i in inspector.rectifications.list() if i.source_id == first]
    inspector.rectifications.set_status(open_before[0].id, "无法整改", "房屋产权方不同意改造")
    facility_id = inspector.inspections.view(first).session.row.facility_id
    later = (date.today() + timedelta(days=1)).isoformat() + " 10:00"
    second = inspector.inspections.create(facility_id, later, ["王建国"], "张晓燕")
    carried = inspector.inspections.view(second).carried_over
    assert [i.id for i in carried] == [i.id for i in open_before[1:]]
    assert inspector.inspections.list()[0].id == second


def sign_and_export(inspector, people, tmp_path, photos=2):
    """The demo visit declares its two inspectors and the facility's representative: the
    inspectors sign at export, the representative afterwards, each in their own place."""
    inspection_id = inspector.inspections.create_demo(photos=photos)
    target = inspector.reports.export_pdf(inspection_id, tmp_path / "signed.pdf",
                                          signers=[Signer(people["inspector"], PASS), Signer(people["parent"], PASS)])
    inspector.reports.sign(target, Signer(people["rep"], PASS))
    return inspection_id, target


def test_import_loop_inspector_to_facility(inspector, people, tmp_path):
    inspection_id, target = sign_and_export(inspector, people, tmp_path)
    check = inspector.trust.verify(target)
    assert check.exit_code in (0, 3), check.lines()
    assert [s.signer_name for s in check.signatures.signatures] == ["王建国", "刘芳", "张晓燕"]
    facility = Workspace.open(tmp_path / "facility-data")
    try:
        for name in ("inspector", "parent", "rep"):
            facility.trust.add(signing.read_identity(people[name], PASS).certificate_pem())
        facility.facilities.save_own(demo_visited_profile())
        outcome = facility.received.import_file(target)
        assert not outcome.duplicate and outcome.record["kind"] == "inspection"
        items = facility.rectifications.list(source="imported_inspection")
        sent = {i.source_key: i for i in inspector.rectifications.list() if i.source_id == inspection_id}
        assert {i.source_key for i in items} == set(sent)
        for item in items:
            assert item.opinion == sent[item.source_key].opinion and item.deadline == sent[item.source_key].deadline
            assert item.status == "待整改" and item.facility_id == facility.facilities.own()[0]
        again = facility.received.import_file(target)
        assert again.duplicate and len(facility.rectifications.list()) == len(items)
        # the facility works the items off with its own evidence
        photo = tmp_path / "fixed.jpg"
        demo_photo(photo, size=(300, 200))
        facility.evidence.attach_completion(items[0].id, photo, "已清理")
        assert facility.rectifications.set_status(items[0].id, "已整改").status == "已整改"
        assert facility.store.verify_audit().ok
    finally:
        facility.close()


def test_report_for_another_facility_is_refused_and_nothing_stored(inspector, people, tmp_path):
    _, target = sign_and_export(inspector, people, tmp_path, photos=0)
    other = Workspace.open(tmp_path / "other-data")
    try:
        for name in ("inspector", "parent", "rep"):
            other.trust.add(signing.read_identity(people[name], PASS).certificate_pem())
        from tuoyu_desktop.services import demo_profile

        other.facilities.save_own(demo_profile())
        with pytest.raises(ImportRefused, match="这份报告是另一家机构的"):
            other.received.import_file(target)
        assert other.store.received_reports() == [] and other.rectifications.list() == []
    finally:
        other.close()


def test_tampered_inspection_report_is_refused(inspector, people, tmp_path):
    _, target = sign_and_export(inspector, people, tmp_path, photos=0)
    with open(target, "ab") as handle:
        handle.write(b"\n% appended\n")
    facility = Workspace.open(tmp_path / "facility-data")
    try:
        facility.facilities.save_own(demo_visited_profile())
        with pytest.raises(ImportRefused):
            facility.received.import_file(target)
        assert facility.rectifications.list() == []
    finally:
        facility.close()


def test_cli_demo_export_and_ledger(data_dir, tmp_path, capsys):
    assert main(["demo", "--kind", "inspection"]) == 0
    inspection_id = capsys.readouterr().out.strip().splitlines()[-1]
    assert main(["export", inspection_id, "-o", str(tmp_path / "i.pdf")]) == 0
    capsys.readouterr()
    assert "托育机构督导巡查报告" in PdfReader(str(tmp_path / "i.pdf")).pages[0].extract_text()
    assert main(["rectifications", "list", "--json"]) == 0
    items = json.loads(capsys.readouterr().out)
    assert len(items) == 5 and {i["source_id"] for i in items} == {inspection_id}
    assert all(i["facility_name"] == demo_visited_profile().name for i in items)
    assert main(["inspections", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed[0]["id"] == inspection_id and listed[0]["failed"] == 4
    past = (date.today() - timedelta(days=1)).isoformat()
    ws = Workspace.open(data_dir)
    ws.rectifications.update(items[1]["id"], deadline=past)
    ws.close()
    assert main(["rectifications", "list", "--json", "--overdue"]) == 0
    overdue = json.loads(capsys.readouterr().out)
    assert [i["id"] for i in overdue] == [items[1]["id"]] and overdue[0]["overdue"]
    assert main(["rectifications", "export", "-o", str(tmp_path / "l.xlsx")]) == 0
    assert main(["rectifications", "status", items[0]["id"], "无法整改"]) == 1
    assert "原因" in capsys.readouterr().err


def test_inspector_rechecks_carried_over_items(inspector):
    first = inspector.inspections.create_demo(photos=0)
    items = [i for i in inspector.rectifications.list() if i.source_id == first]
    fixed = inspector.inspections.recheck_item(items[0].id, fixed=True, note="电动车已移走")
    assert fixed.status == "已验证" and not fixed.open
    with pytest.raises(Exception, match="现场情况"):
        inspector.inspections.recheck_item(items[1].id, fixed=False)
    again = inspector.inspections.recheck_item(items[1].id, fixed=False, note="过敏登记仍未张贴")
    assert again.status == "整改中" and again.status_reason == "过敏登记仍未张贴"
    facility_id = inspector.inspections.view(first).session.row.facility_id
    second = inspector.inspections.create(facility_id, date.today().isoformat() + " 15:00", ["王建国"], "张晓燕")
    assert items[0].id not in {i.id for i in inspector.inspections.view(second).carried_over}


def test_inspector_adds_a_facility_from_the_report_it_sent(inspector, people, tmp_path):
    facility = Workspace.open(tmp_path / "facility-data")
    try:
        assessment_id = facility.assessments.create_demo()
        facility.assessments.finalise(assessment_id)
        target = facility.reports.export_pdf(assessment_id, tmp_path / "self.pdf", signers=[Signer(people["rep"], PASS)],
                                             declared=[DeclaredSigner("机构负责人", "张晓燕")])
        name = facility.facilities.own()[1].name
    finally:
        facility.close()
    inspector.trust.add(signing.read_identity(people["rep"], PASS).certificate_pem())
    inspector.received.import_file(target)
    assert [p.name for _, p in inspector.facilities.visited()] == [name]
    assert inspector.facilities.own() is None
