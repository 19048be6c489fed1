"""Verify a received report as a district does (``workspace.trust.verify``: signatures, what was
added after signing, trust, embedded data, declared signers, scores recomputed): median seconds
for a WS/T 821 self-assessment with one and with three signatures. Targets: ≤ 0.1 s and ≤ 0.2 s.

    .venv/bin/python benchmarks/report_verify.py [--runs 15]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tuoyu_desktop import signing  # noqa: E402
from tuoyu_desktop.services import DeclaredSigner, Signer, Workspace  # noqa: E402

PASS = "benchmark-passphrase"
PEOPLE = [("李红梅", "机构负责人"), ("张晓燕", "机构代表"), ("王玥", "家长代表")]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        identities = []
        for index, (name, role) in enumerate(PEOPLE):
            path = folder / f"{index}.p12"
            signing.create_identity(path, name=name, role=role, organisation="基准测试", passphrase=PASS)
            identities.append(path)
        facility = Workspace.open(folder / "facility")
        assessment_id = facility.assessments.create_demo()
        facility.assessments.finalise(assessment_id)
        district = Workspace.open(folder / "district")
        for path in identities:
            district.trust.add(signing.read_identity(path, PASS).certificate_pem())
        reports = {}
        for count in (1, 3):
            declared = [DeclaredSigner(role, name) for name, role in PEOPLE[:count]]
            reports[count] = facility.reports.export_pdf(
                assessment_id, folder / f"report-{count}.pdf", declared=declared,
                signers=[Signer(path, PASS) for path in identities[:count]])
        district.trust.verify(reports[1])  # warm-up: pyHanko's import
        for count, report in reports.items():
            times = []
            for _ in range(args.runs):
                start = time.perf_counter()
                check = district.trust.verify(report)
                times.append(time.perf_counter() - start)
                assert check.exit_code == 0, check.lines()
            target = 0.1 if count == 1 else 0.2
            print(f"verify, {count} signature(s): median {statistics.median(times):.3f} s "
                  f"(min {min(times):.3f}, target ≤ {target} s)")
        facility.close()
        district.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
