"""The district desk at a large district's scale: 1,000 distinct signed reports.

    .venv/bin/python benchmarks/desk_intake.py [--reports 1000] [--items 70] [--workers 2] [--cache DIR]

1,000 facilities, each with its own profile, credit code and signing identity, each send one
signed self-assessment (a generated form of seven dimensions). Making them takes a while (about
1.5 s per facility); they are kept in ``--cache`` (default ``/tmp/tuoyu-desk-bench-N-ITEMS``) and
reused by the next run. Then, on a fresh desk:

- the roster (1,000 rows, from a workbook) and the 1,000 certificate fingerprints are registered;
- intake of all 1,000 files in one batch (verify, recompute, store, one backup, index), with the
  time per report for each hundred: the cost per report must not grow with the number stored;
- the dashboard over 1,000 facilities × 7 dimensions; the upward workbook; the database size.

Targets (issue 13): intake ≤ 60 s on this 2-core machine, per-report cost flat; dashboard
≤ 0.5 s; upward workbook ≤ 5 s; database size per 1,000 reports reported.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

PERIOD = "2026年下半年"


def _make(job: tuple[Path, int, int, int]) -> list[dict]:
    """One worker: facilities ``start`` … ``stop - 1`` and their reports, in its own maker folder."""
    from support.desk_reports import ReportMaker

    cache, start, stop, items = job
    maker = ReportMaker(cache / f"maker-{start}", items=items)
    made = []
    for n in range(start, stop):
        facility = maker.facility(n)
        target = cache / "reports" / f"{n:05d}.pdf"
        if not target.exists():
            maker.report(facility, PERIOD, target=target)
        made.append({"n": n, "name": facility.name, "credit_code": facility.credit_code,
                     "fingerprint": facility.fingerprint(), "file": target.name})
    maker.close()
    return made


def cpu_seconds() -> float:
    """Processor time of this process and of its finished children (the verifying workers)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def make_reports(cache: Path, count: int, items: int, workers: int) -> list[dict]:
    manifest = cache / "manifest.json"
    if manifest.exists():
        known = json.loads(manifest.read_text(encoding="utf-8"))
        if len(known) >= count and all((cache / "reports" / k["file"]).exists() for k in known[:count]):
            return known[:count]
    (cache / "reports").mkdir(parents=True, exist_ok=True)
    step = -(-count // workers)
    jobs = [(cache, start, min(start + step, count), items) for start in range(0, count, step)]
    started = time.perf_counter()
    with multiprocessing.get_context("spawn").Pool(workers) as pool:
        made = [entry for part in pool.map(_make, jobs) for entry in part]
    print(f"made {len(made)} facilities with their identities and signed reports in "
          f"{time.perf_counter() - started:.0f} s (set-up, not measured)")
    manifest.write_text(json.dumps(made, ensure_ascii=False), encoding="utf-8")
    return made


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=1000)
    parser.add_argument("--items", type=int, default=70)
    parser.add_argument("--workers", type=int, default=2, help="processes that make the reports (set-up)")
    parser.add_argument("--intake-workers", help="TUOYU_INTAKE_WORKERS for the intake (default: the desk's own)")
    parser.add_argument("--cache", type=Path)
    args = parser.parse_args()
    cache = args.cache or Path(tempfile.gettempdir()) / f"tuoyu-desk-bench-{args.reports}-{args.items}"
    made = make_reports(cache, args.reports, args.items, args.workers)
    if args.intake_workers:
        os.environ["TUOYU_INTAKE_WORKERS"] = args.intake_workers

    from openpyxl import Workbook

    from tuoyu_desktop.desk_roster import COLUMNS
    from tuoyu_desktop.services import Workspace

    with tempfile.TemporaryDirectory() as directory:
        folder = Path(directory)
        book = Workbook()
        sheet = book.active
        sheet.title = "名册"
        sheet.append([c[0] for c in COLUMNS])
        for entry in made:
            sheet.append([entry["name"], entry["credit_code"], f"备-{entry['n']}", "朝阳区", "独立托育机构", "否",
                          50, "010-00000000", ""])
        book.save(folder / "roster.xlsx")
        ws = Workspace.open(folder / "desk")
        ws.preferences.set_mode("district")
        started = time.perf_counter()
        ws.desk.import_roster(folder / "roster.xlsx")
        roster_s = time.perf_counter() - started
        started = time.perf_counter()
        for entry in made:
            ws.desk.register_certificate(entry["credit_code"], entry["fingerprint"])
        certs_s = time.perf_counter() - started
        cycle = ws.desk.add_cycle("", "self_assessment", PERIOD, "2026-12-31")
        print(f"roster of {len(made)} facilities imported in {roster_s:.2f} s; "
              f"{len(made)} fingerprints registered in {certs_s:.1f} s")

        stamps: list[float] = []
        load_before = os.getloadavg()[0]
        cpu_before = cpu_seconds()
        started = time.perf_counter()
        result = ws.desk.intake([cache / "reports"], progress=lambda done, total, item: stamps.append(time.perf_counter()))
        intake_s = time.perf_counter() - started
        intake_cpu = cpu_seconds() - cpu_before
        counts = result.counts()
        per = [b - a for a, b in zip(stamps, stamps[1:], strict=False)]
        hundreds = [statistics.mean(per[i:i + 100]) * 1000 for i in range(0, len(per), 100) if per[i:i + 100]]
        print(f"intake of {len(result.results)} reports in one batch: {intake_s:.1f} s "
              f"({intake_s / max(len(result.results), 1) * 1000:.0f} ms each; target ≤ 60 s), results {counts}")
        print(f"  processor time {intake_cpu:.1f} s ({intake_cpu / max(len(result.results), 1) * 1000:.0f} ms per report, "
              f"workers included); load average {load_before:.1f} before, {os.getloadavg()[0]:.1f} after "
              f"(TUOYU_INTAKE_WORKERS={os.environ.get('TUOYU_INTAKE_WORKERS', 'default')})")
        print("  ms per report by hundred: " + " ".join(f"{h:.0f}" for h in hundreds)
              + (f"  (last/first = {hundreds[-1] / hundreds[0]:.2f})" if len(hundreds) > 1 else ""))
        print(f"  backups taken for the batch: 1 ({result.backup})")

        timings = []
        for _ in range(3):
            started = time.perf_counter()
            figures = ws.desk.dashboard(cycle)
            timings.append(time.perf_counter() - started)
        print(f"dashboard over {len(figures['rows'])} facilities × {len(figures['dimensions'])} dimensions: "
              f"{min(timings) * 1000:.0f} ms (first {timings[0] * 1000:.0f} ms; target ≤ 500 ms)")
        started = time.perf_counter()
        ws.desk.submissions(cycle)
        print(f"cycle states of {len(made)} facilities: {(time.perf_counter() - started) * 1000:.0f} ms")
        started = time.perf_counter()
        target = ws.desk.export_workbook(cycle, folder / "up.xlsx")
        export_s = time.perf_counter() - started
        print(f"upward workbook ({target.stat().st_size / 1e6:.1f} MB): {export_s:.2f} s (target ≤ 5 s)")
        started = time.perf_counter()
        board = ws.desk.board()
        print(f"board of {len(board)} items: {(time.perf_counter() - started) * 1000:.0f} ms")
        ws.checkpoint()
        size = (folder / "desk" / "tuoyu.db").stat().st_size
        payload = len(ws.received.list()[0]["payload"].encode("utf-8")) if made else 0
        print(f"database: {size / 1e6:.1f} MB for {counts.get('imported', 0)} reports "
              f"({size / max(counts.get('imported', 1), 1) / 1e3:.0f} kB per report; embedded data "
              f"{payload / 1e3:.0f} kB each, photos not stored)")
        ws.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
