"""Export of the full demo assessment, in a fresh process so imports count (target ≤ 1.5 s), and its
ratio to the floor of issue 15: a bare reportlab document drawing the same text on the same pages
in the same font (see ``scale.py``), measured alternately with the export (target ≤ 2×)."""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.scale import BARE_EXPORT, font_path, page_texts  # noqa: E402 - the same floor as scale.py

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


def run(code: str, *args: str) -> float:
    out = subprocess.run([sys.executable, "-c", code, *args], check=True, capture_output=True, text=True).stdout
    return float(out.strip().splitlines()[-1].split()[0])  # wall seconds (the floor also prints its CPU seconds)


def main() -> int:
    with tempfile.TemporaryDirectory() as directory:
        data = Path(directory) / "data"
        subprocess.run([sys.executable, "-m", "tuoyu_desktop.cli", "--data-dir", str(data), "demo"],
                       check=True, capture_output=True)
        target = Path(directory) / "report.pdf"
        run(TIMED, str(data), str(target))  # caches
        texts = Path(directory) / "text.json"
        texts.write_text(json.dumps(page_texts(target), ensure_ascii=False), encoding="utf-8")
        seconds, floor = [], []
        for index in range(RUNS):  # alternately, the order swapped every run
            steps = [lambda: seconds.append(run(TIMED, str(data), str(target))),
                     lambda: floor.append(run(BARE_EXPORT, font_path(), str(Path(directory) / "bare.pdf"), str(texts)))]
            for step in steps if index % 2 else steps[::-1]:
                step()
        size = target.stat().st_size
    median, bare = statistics.median(seconds), statistics.median(floor)
    print(f"export of the demo assessment (cold process, reportlab import included): median {median:.2f} s, "
          f"runs {', '.join(f'{s:.2f}' for s in seconds)}; PDF {size / 1024:.0f} KiB (target ≤ 1.5 s)")
    print(f"floor (bare reportlab, the same text and pages): median {bare:.2f} s: export = {median / bare:.2f}× "
          f"(target ≤ 2×)")
    return 0 if median <= 1.5 and median / bare <= 2 else 1


if __name__ == "__main__":
    sys.exit(main())
