"""Generate signed reports with tuoyu-desktop 0.1.0 (commit d8a2541), for the compatibility tests."""
import random, sys, shutil
from pathlib import Path
sys.path.insert(0, sys.argv[1] if len(sys.argv) > 1 else ".")  # a checkout of commit d8a2541
from tuoyu_desktop import signing
from tuoyu_desktop.services import Workspace, Signer, demo_profile
from tuoyu_desktop.scoring import Answer
from tuoyu_desktop.services.demo import demo_answer

out = Path("out"); out.mkdir(exist_ok=True); Path("work").mkdir(exist_ok=True)
PASS = "test-passphrase-010"
people = {}
for key, name, role, org in [("director", "李红梅", "机构负责人", "阳光宝贝托育中心（演示）"),
                             ("inspector", "王建国", "督导员", "北京市朝阳区托育综合服务中心"),
                             ("rep", "张晓燕", "机构代表", "七彩童年托育园（演示）")]:
    path = Path(f"work/{key}.p12")
    signing.create_identity(path, name=name, role=role, organisation=org, passphrase=PASS)
    people[key] = path
    (out / f"{key}.pem").write_bytes(signing.read_identity(path, PASS).certificate_pem())

def fresh(name):
    d = Path(f"work/data-{name}"); shutil.rmtree(d, ignore_errors=True)
    return Workspace.open(d)

def answer_all(ws, aid, veto_fail=0, seed=7):
    s = ws.open_assessment(aid); rng = random.Random(seed); failed = 0
    for item in s.form.iter_items():
        a = demo_answer(item, rng)
        if a is None: continue
        if item.veto and item.kind == "choice" and failed < veto_fail:
            a = Answer(value=item.scale.options[-1].value, comment="未达到（兼容性测试）"); failed += 1
        s.set_answer(item.id, a)

# 1. WS/T 821, no veto failure, one signer
ws = fresh("a"); ws.save_facility(demo_profile())
aid = ws.create_assessment("wst821-2023", "2026年上半年"); answer_all(ws, aid); ws.finalise(aid)
ws.export_pdf(aid, out / "wst821-ok-1signer.pdf", signers=[Signer(people["director"], PASS)])
# 2. WS/T 821 with 3 veto failures and a long name, two signers
ws = fresh("b"); p = demo_profile(); p.name = "阳光宝贝托育中心" * 7 + "（演示长名称）"; ws.save_facility(p)
aid = ws.create_assessment("wst821-2023", "2026年上半年"); answer_all(ws, aid, veto_fail=3); ws.finalise(aid)
ws.export_pdf(aid, out / "wst821-veto3-longname-2signers.pdf", signers=[Signer(people["director"], PASS), Signer(people["rep"], PASS)])
# 3. Beijing form
ws = fresh("c"); ws.save_facility(demo_profile())
aid = ws.create_assessment("beijing-2023", "2026年上半年"); answer_all(ws, aid, veto_fail=1); ws.finalise(aid)
ws.export_pdf(aid, out / "beijing-veto1-1signer.pdf", signers=[Signer(people["director"], PASS)])
# 4. inspection, inspector then facility representative
ws = fresh("d")
iid = ws.create_demo_inspection(photos=2, photo_size=(800, 600))
ws.export_pdf(iid, out / "inspection-2signers.pdf", signers=[Signer(people["inspector"], PASS), Signer(people["rep"], PASS)])
for f in sorted(out.glob("*.pdf")):
    r = ws.verify_report(f, [out / "director.pem", out / "inspector.pem", out / "rep.pem"])
    print(f.name, f.stat().st_size, r.exit_code, r.verdict[:60])
