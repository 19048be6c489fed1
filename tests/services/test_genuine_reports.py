"""Genuine reports always verify, whatever their length or content: every bundled form, no to all
veto items failed, long names and notes, one to three signers, signing now or later; and a
district imports each once, with the figures the report shows."""

from __future__ import annotations

import random

import pytest
from pypdf import PdfReader

from tuoyu_desktop import signing
from tuoyu_desktop.records import Answer
from tuoyu_desktop.services import DeclaredSigner, Signer, Workspace, demo_profile
from tuoyu_desktop.services.demo import demo_answer

PASS = "correct horse battery"
PEOPLE = {"director": ("李红梅", "机构负责人"), "rep": ("张晓燕", "机构代表"), "parent": ("王玥", "家长代表"),
          "inspector": ("王建国", "督导员"), "volunteer": ("刘芳", "家长代表")}
LONG_NOTE = "现场查看发现消防通道堆放杂物，已当场要求清理并拍照留存。" * 40


@pytest.fixture(scope="module")
def people(tmp_path_factory):
    folder = tmp_path_factory.mktemp("people")
    paths = {}
    for key, (name, role) in PEOPLE.items():
        paths[key] = folder / f"{key}.p12"
        signing.create_identity(paths[key], name=name, role=role, organisation="测试", passphrase=PASS)
    return paths


@pytest.fixture
def district(people, tmp_path):
    workspace = Workspace.open(tmp_path / "district")
    for path in people.values():
        workspace.trust.add(signing.read_identity(path, PASS).certificate_pem())
    yield workspace
    workspace.close()


def answered(workspace, form_id: str, veto_fail: int | None, long_name: bool) -> str:
    """A finalised self-assessment; ``veto_fail`` veto items answered 未达到 (None: all of them)."""
    profile = demo_profile()
    if long_name:
        profile.name = "阳光宝贝托育中心" * 7 + "（长名称）"
    workspace.facilities.save_own(profile)
    assessment_id = workspace.assessments.create(form_id, "2026年下半年")
    session = workspace.assessments.open(assessment_id)
    rng, failed = random.Random(5), 0
    for item in session.form.iter_items():
        answer = demo_answer(item, rng)
        if answer is None:
            continue
        if item.veto and item.kind == "choice" and (veto_fail is None or failed < veto_fail):
            answer = Answer(value=item.scale.options[-1].value, comment=LONG_NOTE if long_name else "未达到")
            failed += 1
        session.set_answer(item.id, answer)
    workspace.assessments.finalise(assessment_id)
    return assessment_id


CASES = {
    "wst821, nothing failed, director": ("wst821-2023", 0, False, ["director"], []),
    "wst821, every veto failed, long name and notes, three signers": (
        "wst821-2023", None, True, ["director", "rep", "parent"], []),
    "beijing, one veto failed, director now and representative later": ("beijing-2023", 1, False, ["director"], ["rep"]),
}


@pytest.mark.parametrize("case", CASES)
def test_genuine_self_assessment_verifies_and_imports(people, district, tmp_path, case):
    form_id, veto_fail, long_name, now, later = CASES[case]
    facility = Workspace.open(tmp_path / "facility")
    try:
        assessment_id = answered(facility, form_id, veto_fail, long_name)
        declared = [DeclaredSigner(PEOPLE[k][1], PEOPLE[k][0]) for k in now + later]
        path = facility.reports.export_pdf(assessment_id, tmp_path / "report.pdf",
                                           signers=[Signer(people[k], PASS) for k in now], declared=declared)
        for key in later:
            assert district.trust.verify(path).exit_code == 4
            facility.reports.sign(path, Signer(people[key], PASS))
        scores = facility.assessments.open(assessment_id).scores
    finally:
        facility.close()
    check = district.trust.verify(path)
    assert check.exit_code == 0, check.lines()
    assert [s.signer_name for s in check.signatures.signatures] == [PEOPLE[k][0] for k in now + later]
    assert check.payload["scores"]["grade"] == scores.grade.grade
    assert len(check.payload["scores"]["veto_failed"]) == len(scores.veto_failures)
    if veto_fail != 0:
        assert scores.veto_failures
    outcome = district.received.import_file(path)
    assert outcome.state == "accepted"
    assert district.received.list()[0]["grade"] == scores.grade.grade
    if long_name:  # the cover grew: the data box is no longer on page 1, and that is fine
        assert len(PdfReader(str(path)).pages) > 3


def test_genuine_inspection_with_three_signers_verifies_and_imports(people, tmp_path):
    inspector = Workspace.open(tmp_path / "inspector")
    try:
        inspection_id = inspector.inspections.create_demo(photos=2, photo_size=(640, 480))
        declared = [DeclaredSigner("督导员", "王建国"), DeclaredSigner("家长代表", "刘芳"),
                    DeclaredSigner("机构代表", "张晓燕")]
        path = inspector.reports.export_pdf(
            inspection_id, tmp_path / "inspection.pdf", declared=declared,
            signers=[Signer(people["inspector"], PASS), Signer(people["volunteer"], PASS), Signer(people["rep"], PASS)])
        visited = inspector.assessments.open(inspection_id).profile
    finally:
        inspector.close()
    facility = Workspace.open(tmp_path / "facility")  # the visited facility receives its report
    try:
        facility.facilities.save_own(visited)
        for path_ in people.values():
            facility.trust.add(signing.read_identity(path_, PASS).certificate_pem())
        check = facility.trust.verify(path)
        assert check.exit_code == 0, check.lines()
        assert len(check.signatures.signatures) == 3
        assert facility.received.import_file(path).state == "accepted"
    finally:
        facility.close()
