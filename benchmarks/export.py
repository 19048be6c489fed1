"""Export of the full demo assessment, in a fresh process so imports count (target ≤ 1.5 s)."""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

RUNS = 5
TIMED = """
import sys, time
from tuoyu_desktop.services import Workspace
workspace = Workspace.open(sys.argv[1])
assessment_id = workspace.assessments.list()[0].row.id
started = time.perf_counter()
workspace.reports.export_pdf(assessment_id, sys.argv[2])
print(time.perf_counter() - started)
"""


def main() -> int:
    with tempfile.TemporaryDirectory() as directory:
        data = Path(directory) / "data"
        subprocess.run([sys.executable, "-m", "tuoyu_desktop.cli", "--data-dir", str(data), "demo"],
                       check=True, capture_output=True)
        seconds = []
        for run in range(RUNS):
            target = Path(directory) / f"report{run}.pdf"
            out = subprocess.run([sys.executable, "-c", TIMED, str(data), str(target)],
                                 check=True, capture_output=True, text=True).stdout
            seconds.append(float(out.strip().splitlines()[-1]))
        size = target.stat().st_size
    median = statistics.median(seconds)
    print(f"export of the demo assessment (cold process, reportlab import included): median {median:.2f} s, "
          f"runs {', '.join(f'{s:.2f}' for s in seconds)}; PDF {size / 1024:.0f} KiB (target ≤ 1.5 s)")
    return 0 if median <= 1.5 else 1


if __name__ == "__main__":
    sys.exit(main())
