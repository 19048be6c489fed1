"""Finalise, export signed reports with embedded data, verify and import them: library and CLI."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from support.signing_helpers import sign_in_place

from tuoyu_desktop import exchange, signing
from tuoyu_desktop.cli import main
from tuoyu_desktop.records import Answer
from tuoyu_desktop.services import AssessmentLocked, ImportRefused, NotReady, Signer, Workspace

PASS = "correct horse battery"


@pytest.fixture(scope="module")
def people(tmp_path_factory):
    folder = tmp_path_factory.mktemp("people")
    (folder / "pass.txt").write_text(PASS + "\n", encoding="utf-8")
    director = folder / "director.p12"
    signing.create_identity(director, name="李红梅", role="机构负责人", organisation="阳光宝贝托育中心", passphrase=PASS)
    parent = folder / "parent.p12"
    signing.create_identity(parent, name="王玥", role="家长代表", organisation="阳光宝贝托育中心", passphrase=PASS)
    root = folder / "root.p12"
    signing.init_authority(root, district="朝阳区卫生健康委员会", passphrase=PASS)
    signing.export_authority_certificate(root, PASS, folder / "root.pem")
    issued = folder / "issued.p12"
    signing.issue_identity(root, PASS, issued, name="赵敏", role="机构负责人", organisation="阳光宝贝托育中心", passphrase=PASS)
    return {"folder": folder, "director": director, "parent": parent, "root_pem": folder / "root.pem", "issued": issued,
            "pass": folder / "pass.txt"}


@pytest.fixture
def finalised(demo_workspace):
    workspace, assessment_id = demo_workspace
    workspace.assessments.finalise(assessment_id)
    return workspace, assessment_id


def certificate_pem(identity: Path) -> bytes:
    return signing.read_identity(identity, PASS).certificate_pem()


def test_finalise_refuses_an_incomplete_assessment_and_names_items(mini_workspace):
    assessment_id = mini_workspace.assessments.create("mini-test", "2026年上半年")
    session = mini_workspace.assessments.open(assessment_id)
    session.set_answer("1.1.1", Answer("yes"))
    session.set_answer("2.1.1", Answer(na=True))
    with pytest.raises(NotReady) as caught:
        mini_workspace.assessments.finalise(assessment_id)
    assert "条目 1.1.2 尚未作答" in caught.value.problems
    assert "条目 2.1.1 标为不适用但未填写理由" in caught.value.problems
    assert not mini_workspace.store.assessment(assessment_id).finalised


def test_finalised_is_read_only_until_a_revision_with_reason(finalised):
    workspace, assessment_id = finalised
    session = workspace.assessments.open(assessment_id)
    with pytest.raises(AssessmentLocked):
        session.set_answer("1.1.1", Answer("no"))
    with pytest.raises(ValueError, match="原因"):
        workspace.assessments.reopen(assessment_id, "  ")
    assert workspace.assessments.reopen(assessment_id, "园长发现 1.2.1 填错") == 2
    row = workspace.store.assessment(assessment_id)
    assert not row.finalised and row.revision == 2 and exchange.report_id(row).endswith("-r2")
    assert workspace.store.revisions(assessment_id)[0]["reason"] == "园长发现 1.2.1 填错"
    workspace.assessments.open(assessment_id).set_answer("1.1.1", Answer("no"))


def test_finalised_report_keeps_the_profile_it_was_finalised_with(finalised, tmp_path):
    workspace, assessment_id = finalised
    _, profile = workspace.facilities.own()
    profile.name = "改名后的托育中心"
    workspace.facilities.save_own(profile)
    target = workspace.reports.export_pdf(assessment_id, tmp_path / "r.pdf")
    text = PdfReader(str(target)).pages[0].extract_text()
    assert "阳光宝贝托育中心" in text and "改名后" not in text


def test_signing_needs_a_finalised_assessment(demo_workspace, people, tmp_path):
    from tuoyu_desktop.services import ExportError

    workspace, assessment_id = demo_workspace
    with pytest.raises(ExportError, match="定稿"):
        workspace.reports.export_pdf(assessment_id, tmp_path / "r.pdf", signers=[Signer(people["director"], PASS)])
    assert not (tmp_path / "r.pdf").exists()


def test_wrong_passphrase_leaves_nothing_behind(finalised, people, tmp_path):
    workspace, assessment_id = finalised
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(signing.WrongPassphrase):
        workspace.reports.export_pdf(assessment_id, out / "r.pdf", signers=[Signer(people["director"], "wrong")])
    assert list(out.iterdir()) == []


def test_two_signers_embedded_data_and_cover_match(finalised, people, tmp_path):
    from tuoyu_desktop.report.signers import DeclaredSigner
    from tuoyu_desktop.services import ExportError

    workspace, assessment_id = finalised
    for person in ("director", "parent"):
        workspace.trust.add(certificate_pem(people[person]))
    alone = workspace.reports.export_pdf(assessment_id, tmp_path / "alone.pdf", signers=[Signer(people["director"], PASS)])
    with pytest.raises(ExportError, match="没有留给 王玥"):  # not declared: no place to sign in
        workspace.reports.sign(alone, Signer(people["parent"], PASS))
    declared = [DeclaredSigner("机构负责人", "李红梅"), DeclaredSigner("家长代表")]
    target = workspace.reports.export_pdf(assessment_id, tmp_path / "r.pdf", signers=[Signer(people["director"], PASS)],
                                          declared=declared)
    first = workspace.trust.verify(target)
    assert first.exit_code == 4 and first.missing == ["家长代表"] and "尚缺 1 个签名：家长代表" in first.verdict
    workspace.reports.sign(target, Signer(people["parent"], PASS))
    check = workspace.trust.verify(target)
    assert check.exit_code == 0, check.lines()
    assert [s.signer_name for s in check.signatures.signatures] == ["李红梅", "王玥"]
    payload = check.payload
    assert payload["schema_version"] == exchange.SCHEMA_VERSION
    assert payload["facility"]["name"] == workspace.facilities.own()[1].name
    assert payload["assessment"]["status"] == "finalised"
    assert len(payload["answers"]) > 100 and payload["form"]["id"] == "wst821-2023"
    cover = "".join(PdfReader(str(target)).pages[0].extract_text().split())
    assert payload["report_id"] in cover
    assert exchange.digest(signing.read_embedded_file(target, "assessment.json")) in cover


def test_trust_store_names_untrusted_signers(finalised, people, tmp_path):
    workspace, assessment_id = finalised
    target = workspace.reports.export_pdf(assessment_id, tmp_path / "r.pdf", signers=[Signer(people["director"], PASS)])
    workspace.trust.add(certificate_pem(people["parent"]))
    assert workspace.trust.verify(target).exit_code == 3
    workspace.trust.add(certificate_pem(people["director"]))
    assert workspace.trust.verify(target).exit_code == 0


def test_district_root_alone_trusts_what_it_issued(finalised, people, tmp_path):
    workspace, assessment_id = finalised
    from tuoyu_desktop.report.signers import DeclaredSigner

    target = workspace.reports.export_pdf(assessment_id, tmp_path / "r.pdf", signers=[Signer(people["issued"], PASS)],
                                          declared=[DeclaredSigner("机构负责人", "赵敏")])
    district = Workspace.open(tmp_path / "district")
    district.trust.add(people["root_pem"].read_bytes())
    assert district.trust.list()[0]["kind"] == "root"
    assert district.trust.verify(target).exit_code == 0
    assert district.trust.verify(target).payload is not None


def _resign_with_payload(workspace, assessment_id, people, tmp_path, change, keep_cover=True) -> Path:
    """A report signed *after* its embedded data was swapped or rewritten."""
    plain = workspace.reports.export_pdf(assessment_id, tmp_path / "plain.pdf")
    data = signing.read_embedded_file(plain, "assessment.json")
    payload = json.loads(data)
    change(payload)
    new_data = exchange.encode(payload)
    if keep_cover:
        writer = PdfWriter(clone_from=PdfReader(str(plain)))
        writer._root_object.pop("/Names")
        writer.add_attachment("assessment.json", new_data)
        out = io.BytesIO()
        writer.write(out)
        plain.write_bytes(out.getvalue())
    else:
        from tuoyu_desktop import report

        session = workspace.assessments.open(assessment_id)
        report.write_assessment_report(plain, session.profile, session.row, session.scores,
                                       attachment=report.Attachment(payload["report_id"], "assessment.json", new_data))
    sign_in_place(plain, people["director"], PASS)
    return plain


def test_embedded_data_that_differs_from_the_cover_fails(finalised, people, tmp_path):
    workspace, assessment_id = finalised
    forged = _resign_with_payload(workspace, assessment_id, people, tmp_path,
                                  lambda p: p["scores"].update(grade="A"))
    check = workspace.trust.verify(forged)
    assert check.exit_code == 1 and "不一致" in check.verdict and check.payload is None
    with pytest.raises(ImportRefused):
        workspace.received.import_file(forged)


def test_newer_schema_is_refused_with_a_message(finalised, people, tmp_path):
    workspace, assessment_id = finalised
    newer = _resign_with_payload(workspace, assessment_id, people, tmp_path,
                                 lambda p: p.update(schema_version="2.0"), keep_cover=False)
    check = workspace.trust.verify(newer)
    assert check.exit_code == 2 and "更新版本" in check.verdict


def test_import_verifies_first_and_deduplicates(finalised, people, tmp_path):
    workspace, assessment_id = finalised
    target = workspace.reports.export_pdf(assessment_id, tmp_path / "r.pdf", signers=[Signer(people["director"], PASS)])
    district = Workspace.open(tmp_path / "district")
    with pytest.raises(ImportRefused, match="信任列表是空的"):  # identity never silently skipped
        district.received.import_file(target)
    district.trust.add(certificate_pem(people["director"]))
    first = district.received.import_file(target)
    assert not first.duplicate and first.record["facility_name"] == workspace.facilities.own()[1].name
    assert district.received.import_file(target).duplicate
    assert len(district.store.received_reports()) == 1
    tampered = tmp_path / "tampered.pdf"
    tampered.write_bytes(target.read_bytes() + b"\n%extra\n")
    with pytest.raises(ImportRefused, match="未导入"):
        district.received.import_file(tampered)
    unsigned = workspace.reports.export_pdf(assessment_id, tmp_path / "unsigned.pdf")
    with pytest.raises(ImportRefused, match="没有数字签名"):
        district.received.import_file(unsigned)
    assert len(district.store.received_reports()) == 1


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_round_trip(capsys, data_dir, tmp_path, people):
    code, out, _ = run(capsys, "demo")
    assessment_id = out.strip().splitlines()[-1]
    identity = tmp_path / "me.p12"
    code, out, _ = run(capsys, "identity", "new", identity, "--name", "李红梅", "--role", "机构负责人",
                       "--org", "阳光宝贝托育中心", "--passphrase-file", people["pass"])
    assert code == 0 and "证书指纹" in out
    code, _, err = run(capsys, "export", assessment_id, "-o", tmp_path / "r.pdf", "--sign", identity,
                       "--passphrase-file", people["pass"])
    assert code == 1 and "定稿" in err
    assert run(capsys, "finalise", assessment_id)[0] == 0
    code, _, _ = run(capsys, "export", assessment_id, "-o", tmp_path / "r.pdf", "--sign", identity,
                     "--passphrase-file", people["pass"])
    assert code == 0
    code, out, _ = run(capsys, "verify", tmp_path / "r.pdf")
    assert code == 3 and "李红梅" in out and "内嵌数据" in out and "信任列表是空的" in out
    fingerprint = signing.read_identity(identity, PASS).info.fingerprint
    assert run(capsys, "verify", tmp_path / "r.pdf", "--trust", fingerprint)[0] == 0
    code, out, _ = run(capsys, "verify", tmp_path / "r.pdf", "--trust", people["root_pem"], "--json")
    assert code == 3 and json.loads(out)["exit_code"] == 3
    (tmp_path / "junk.pdf").write_bytes(b"not a pdf at all")
    assert run(capsys, "verify", tmp_path / "junk.pdf")[0] == 2
    code, out, _ = run(capsys, "--data-dir", tmp_path / "district", "import", tmp_path / "r.pdf")
    assert code == 1
    code, out, _ = run(capsys, "--data-dir", tmp_path / "district", "import", "--accept-untrusted", tmp_path / "r.pdf")
    assert code == 0 and "待核实身份" in out
    assert run(capsys, "identity", "export-cert", identity, "-o", tmp_path / "me.pem",
               "--passphrase-file", people["pass"])[0] == 0
    assert run(capsys, "--data-dir", tmp_path / "district", "trust", "add", tmp_path / "me.pem")[0] == 0
    code, out, _ = run(capsys, "--data-dir", tmp_path / "district", "import", tmp_path / "r.pdf")
    assert code == 0 and "身份已核实" in out
    code, out, _ = run(capsys, "--data-dir", tmp_path / "district", "import", tmp_path / "r.pdf")
    assert code == 0 and "此前已导入" in out


def test_cli_wrong_passphrase_is_a_message(capsys, data_dir, tmp_path, people):
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase\n", encoding="utf-8")
    code, _, err = run(capsys, "identity", "show", people["director"], "--passphrase-file", wrong)
    assert code == 1 and "口令" in err and "Traceback" not in err


def test_cli_ca_issue_and_trust(capsys, data_dir, tmp_path, people):
    root = tmp_path / "root.p12"
    code, out, _ = run(capsys, "ca", "init", root, "--district", "海淀区卫生健康委员会",
                       "--certificate", tmp_path / "root.pem", "--passphrase-file", people["pass"])
    assert code == 0 and (tmp_path / "root.pem").exists()
    code, out, _ = run(capsys, "ca", "issue", root, tmp_path / "staff.p12", "--name", "周杰", "--role", "督导员",
                       "--org", "海淀区", "--passphrase-file", people["pass"], "--authority-passphrase-file", people["pass"])
    assert code == 0 and "区级签发" in out
    code, out, _ = run(capsys, "trust", "add", tmp_path / "root.pem")
    assert code == 0 and "区级根证书" in out
    code, out, _ = run(capsys, "trust", "list", "--json")
    assert json.loads(out)[0]["kind"] == "root"
