"""Export of an inspection report with 40 photos of 12 megapixels (target ≤ 5 s, PDF ≤ 15 MB).

Setup (not timed): a visited facility, a complete inspection, and 40 synthetic 4000 × 3000 JPEG
photos (gradient plus noise, EXIF orientation and GPS, a few MB each like a phone's) attached to
its findings. Timed: ``export_pdf`` in a fresh process (reportlab and Pillow imports included).
Peak memory: the child's peak resident set (``ru_maxrss``) and Python's own peak (tracemalloc).
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

RUNS = 3
PHOTOS = 40
SIZE = (4000, 3000)  # 12 MP
SETUP = """
import sys, random
from pathlib import Path
from PIL import Image
from tuoyu_desktop.services import Workspace
from tuoyu_desktop.services.demo import demo_photo
data, folder, count, width, height = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
ws = Workspace.open(data)
inspection_id = ws.inspections.create_demo(photos=0)
ws.assessments.reopen(inspection_id, "benchmark: add photos")
findings = ws.inspections.findings(inspection_id)
noise = Image.effect_noise((width, height), 40).convert("RGB")
for n in range(count):
    path = folder / f"IMG_{n:04d}.jpg"
    demo_photo(path, size=(width, height), orientation=random.Random(n).choice([1, 6, 8, 3]), seed=n, quality=90)
    photo = Image.blend(Image.open(path).convert("RGB"), noise, 0.25)
    exif = Image.open(path).getexif()
    photo.save(path, "JPEG", quality=90, exif=exif)
    finding = findings[n % len(findings)]
    if finding.finding_id is None:
        ws.evidence.attach_to_answer(inspection_id, finding.key, path, f"照片 {n + 1}")
    else:
        ws.evidence.attach_to_finding(finding.finding_id, path, f"照片 {n + 1}")
    path.unlink()
ws.assessments.finalise(inspection_id)
total = sum(f["size"] for f in ws.store.db["evidence_files"].rows)
print(inspection_id, total)
"""
TIMED = """
import sys, time, resource, tracemalloc
traced = sys.argv[4] == "traced"
if traced:
    tracemalloc.start()  # slows Python down several times: only in the memory run, not the timed ones
started = time.perf_counter()
from tuoyu_desktop.services import Workspace
workspace = Workspace.open(sys.argv[1], writer=False)
workspace.reports.export_pdf(sys.argv[2], sys.argv[3])
elapsed = time.perf_counter() - started
python_peak = tracemalloc.get_traced_memory()[1] if traced else 0
rss_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(elapsed, python_peak, rss_kib)
"""


def main() -> int:
    with tempfile.TemporaryDirectory() as directory:
        data = Path(directory) / "data"
        photos = Path(directory) / "photos"
        photos.mkdir()
        out = subprocess.run([sys.executable, "-c", SETUP, str(data), str(photos), str(PHOTOS), *map(str, SIZE)],
                             check=True, capture_output=True, text=True).stdout
        inspection_id, originals = out.split()
        def export(run: str, mode: str) -> tuple[float, int, int]:
            target = Path(directory) / f"inspection-{run}.pdf"
            out = subprocess.run([sys.executable, "-c", TIMED, str(data), inspection_id, str(target), mode],
                                 check=True, capture_output=True, text=True).stdout
            seconds, python_peak, rss = out.split()
            sizes.append(target.stat().st_size)
            return float(seconds), int(python_peak), int(rss)

        sizes: list[int] = []
        # report copies are made when a photo is attached; also time an export without them
        shutil.rmtree(data / "evidence" / "report", ignore_errors=True)
        cold = export("cold", "timed")
        results = [export(str(run), "timed") for run in range(RUNS)]
        traced = export("traced", "traced")
        size = max(sizes)
    median = statistics.median(r[0] for r in results)
    rss_mib = max(r[2] for r in [cold, *results]) / 1024
    python_mib = traced[1] / 1024 / 1024
    print(f"inspection report, {PHOTOS} photos of {SIZE[0]}×{SIZE[1]} (originals {int(originals) / 1024 / 1024:.0f} MB), "
          f"cold process, imports included:\n"
          f"  report copies ready (made at attach time): median {median:.2f} s (runs {', '.join(f'{r[0]:.2f}' for r in results)})\n"
          f"  report copies made during export (cache removed): {cold[0]:.2f} s\n"
          f"  PDF {size / 1024 / 1024:.1f} MB; peak RSS {rss_mib:.0f} MiB; Python heap peak (tracemalloc) {python_mib:.0f} MiB\n"
          f"  targets: ≤ 5 s, ≤ 15 MB")
    return 0 if median <= 5 and size <= 15 * 1024 * 1024 else 1


if __name__ == "__main__":
    sys.exit(main())
