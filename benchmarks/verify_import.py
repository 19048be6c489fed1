"""Verify and import 500 received reports in one run, reported as reports per second.

The district's view: 500 signed PDFs arrive (50 distinct facility reports, each received ten
times, as happens when a report is e-mailed and uploaded again); each is verified, and its data
imported once. Targets (issue 4): verify ≤ 0.2 s per report; the rate is reported.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path

from tuoyu_desktop import signing
from tuoyu_desktop.services import Signer, Workspace

DISTINCT, COPIES = 50, 10
PASSPHRASE = "benchmark passphrase"


def make_reports(folder: Path) -> list[Path]:
    identity = folder / "director.p12"
    signing.create_identity(identity, name="李红梅", role="机构负责人", organisation="阳光宝贝托育中心",
                            passphrase=PASSPHRASE)
    workspace = Workspace.open(folder / "facility")
    reports = []
    for n in range(DISTINCT):
        assessment_id = workspace.assessments.create_demo(seed=n)
        workspace.assessments.finalise(assessment_id)
        target = folder / "out" / f"report-{n:03d}.pdf"
        target.parent.mkdir(exist_ok=True)
        reports.append(workspace.reports.export_pdf(assessment_id, target, signers=[Signer(identity, PASSPHRASE)]))
    workspace.close()
    files = []
    for copy in range(COPIES):
        for report in reports:
            files.append(shutil.copy(report, folder / "out" / f"{report.stem}-copy{copy}.pdf"))
    return [Path(f) for f in files]


def main() -> int:
    with tempfile.TemporaryDirectory() as directory:
        folder = Path(directory)
        started = time.perf_counter()
        files = make_reports(folder)
        print(f"made {DISTINCT} signed reports and {len(files)} received files in {time.perf_counter() - started:.0f} s")
        district = Workspace.open(folder / "district")
        started = time.perf_counter()
        imported = duplicates = 0
        for path in files:
            outcome = district.received.import_file(path)  # verifies first
            duplicates += outcome.duplicate
            imported += not outcome.duplicate
        elapsed = time.perf_counter() - started
        district.close()
    print(f"verified and imported {len(files)} reports in {elapsed:.1f} s: {len(files) / elapsed:.1f} reports/s, "
          f"{elapsed / len(files) * 1000:.0f} ms each ({imported} imported, {duplicates} recognised as already received; "
          f"target verify ≤ 200 ms per report)")
    return 0 if elapsed / len(files) <= 0.2 else 1


if __name__ == "__main__":
    sys.exit(main())
