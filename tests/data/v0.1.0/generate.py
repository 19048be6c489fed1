"""Generate signed reports with tuoyu-desktop 0.1.0, for the compatibility tests.

Run from an empty folder against a checkout of commit d8a2541 (the 0.1.0 API):
``python generate.py PATH_TO_CHECKOUT``; the reports and certificates land in ``out/``.
"""

import random
import shutil
import sys
from pathlib import Path

sys.path.insert(0, sys.argv[1] if len(sys.argv) > 1 else ".")

from tuoyu_desktop import signing  # noqa: E402
from tuoyu_desktop.scoring import Answer  # noqa: E402 - where 0.1.0 kept it
from tuoyu_desktop.services import Signer, Workspace, demo_profile  # noqa: E402
from tuoyu_desktop.services.demo import demo_answer  # noqa: E402

OUT, WORK = Path("out"), Path("work")
PASS = "test-passphrase-010"
PEOPLE = [("director", "李红梅", "机构负责人", "阳光宝贝托育中心（演示）"),
          ("inspector", "王建国", "督导员", "北京市朝阳区托育综合服务中心"),
          ("rep", "张晓燕", "机构代表", "七彩童年托育园（演示）")]


def fresh(name: str) -> Workspace:
    folder = WORK / f"data-{name}"
    shutil.rmtree(folder, ignore_errors=True)
    return Workspace.open(folder)


def answer_all(workspace: Workspace, assessment_id: str, veto_fail: int = 0, seed: int = 7) -> None:
    session = workspace.open_assessment(assessment_id)
    rng = random.Random(seed)
    failed = 0
    for item in session.form.iter_items():
        answer = demo_answer(item, rng)
        if answer is None:
            continue
        if item.veto and item.kind == "choice" and failed < veto_fail:
            answer = Answer(value=item.scale.options[-1].value, comment="未达到（兼容性测试）")
            failed += 1
        session.set_answer(item.id, answer)


def self_assessment(name: str, form_id: str, veto_fail: int, long_name: bool, signer_keys: list[str],
                    people: dict[str, Path]) -> None:
    workspace = fresh(name)
    profile = demo_profile()
    if long_name:
        profile.name = "阳光宝贝托育中心" * 7 + "（演示长名称）"
    workspace.save_facility(profile)
    assessment_id = workspace.create_assessment(form_id, "2026年上半年")
    answer_all(workspace, assessment_id, veto_fail=veto_fail)
    workspace.finalise(assessment_id)
    workspace.export_pdf(assessment_id, OUT / f"{name}.pdf", signers=[Signer(people[k], PASS) for k in signer_keys])


def main() -> None:
    OUT.mkdir(exist_ok=True)
    WORK.mkdir(exist_ok=True)
    people = {}
    for key, name, role, organisation in PEOPLE:
        path = WORK / f"{key}.p12"
        signing.create_identity(path, name=name, role=role, organisation=organisation, passphrase=PASS)
        people[key] = path
        (OUT / f"{key}.pem").write_bytes(signing.read_identity(path, PASS).certificate_pem())
    self_assessment("wst821-ok-1signer", "wst821-2023", 0, False, ["director"], people)
    self_assessment("wst821-veto3-longname-2signers", "wst821-2023", 3, True, ["director", "rep"], people)
    self_assessment("beijing-veto1-1signer", "beijing-2023", 1, False, ["director"], people)
    workspace = fresh("inspection")
    inspection_id = workspace.create_demo_inspection(photos=2, photo_size=(800, 600))
    workspace.export_pdf(inspection_id, OUT / "inspection-2signers.pdf",
                         signers=[Signer(people["inspector"], PASS), Signer(people["rep"], PASS)])


if __name__ == "__main__":
    main()
