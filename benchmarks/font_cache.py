"""The report font in a cold process: reportlab parsing it against the face kept in the data folder's
cache (``report/font_cache.py``), and a cold export of the demo assessment with and without it.

    .venv/bin/python benchmarks/font_cache.py [--runs 9] [--against DIR]

Every figure is a fresh process, the variants run alternately so that machine load affects them
alike, and the median is printed with every run:

- the font alone: ``TTFont(...)`` parsing the bundled font, against ``font_cache.load_font`` with
  the entry in place, and with no entry (the first process: parse and keep);
- ``fonts.register()`` after ``Workspace.open`` (a reader, as an export opens it), with the entry
  and with the cache turned off (``fonts.use_cache(None)``: the parse, as before);
- a whole export of the demo assessment (``export_pdf``; the process from its start, wall clock and
  CPU), the same two ways; with ``--against DIR`` (e.g. a ``git archive`` of the commit before) also that code's.

The project's modules are compiled first, as an installation has them (see ``startup.py``).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
RUNS = 9

FONT_ALONE = """
import sys, time
from pathlib import Path
import reportlab.pdfbase.ttfonts
from tuoyu_desktop.report import font_cache, fonts
path, cache = fonts.font_path(), Path(sys.argv[1])
if sys.argv[2] == "parse":
    started = time.perf_counter()
    reportlab.pdfbase.ttfonts.TTFont(fonts.FONT_NAME, str(path))
else:
    for entry in cache.glob("*.marshal") if sys.argv[2] == "first" else ():
        entry.unlink()
    started = time.perf_counter()
    font_cache.load_font(fonts.FONT_NAME, path, cache)
print(time.perf_counter() - started)
"""

REGISTER = """
import sys, time
from tuoyu_desktop.services import Workspace
workspace = Workspace.open(sys.argv[1], writer=False)
from reportlab.lib import fonts as _rl_fonts
from reportlab.pdfbase import pdfmetrics, ttfonts
from tuoyu_desktop.report import fonts
if sys.argv[2] == "parse" and hasattr(fonts, "use_cache"):
    fonts.use_cache(None)
started = time.perf_counter()
fonts.register()
print(time.perf_counter() - started)
"""

EXPORT = """
import time
started = time.perf_counter()
import sys
from tuoyu_desktop.services import Workspace
workspace = Workspace.open(sys.argv[1], writer=False)
if sys.argv[2] == "parse":
    from tuoyu_desktop.report import fonts
    if hasattr(fonts, "use_cache"):
        fonts.use_cache(None)
assessment_id = workspace.assessments.list()[0].row.id
exporting = time.perf_counter()
workspace.reports.export_pdf(assessment_id, sys.argv[3])
print(time.perf_counter() - exporting, time.perf_counter() - started)
"""


def run(code: str, *args: str, tree: str | None = None) -> list[float]:
    """What the process printed (seconds), then the CPU time it used (user and system)."""
    import resource

    env = dict(os.environ)
    if tree:
        env["PYTHONPATH"] = tree
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    out = subprocess.run([sys.executable, "-c", code, *args], check=True, capture_output=True, text=True,
                         env=env, cwd=tree or ROOT).stdout
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return [float(x) for x in out.split()] + [cpu]


def compile_bytecode(*trees: str) -> None:
    import compileall

    for root in (ROOT, *map(Path, trees)):
        compileall.compile_dir(str(root / "tuoyu_desktop"), quiet=1)


def figure(label: str, seconds: list[float]) -> str:
    runs = ", ".join(f"{s * 1000:.0f}" for s in seconds)
    return f"  {label}: median {statistics.median(seconds) * 1000:.1f} ms ({runs})"


def alternately(runs: int, variants: dict[str, Callable[[], Any]]) -> dict[str, list[Any]]:
    results: dict[str, list[Any]] = {name: [] for name in variants}
    for index in range(runs):
        order = list(variants.items())
        for name, call in order if index % 2 else order[::-1]:
            results[name].append(call())
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=RUNS, help=f"runs of each variant (default {RUNS})")
    parser.add_argument("--against", metavar="DIR", help="also export with another checkout's code")
    args = parser.parse_args()
    compile_bytecode(*([args.against] if args.against else []))
    print(f"bytecode compiled first, as in an installation; load average {os.getloadavg()[0]:.1f} at the start")
    with tempfile.TemporaryDirectory() as folder:
        data = str(Path(folder) / "data")
        subprocess.run([sys.executable, "-m", "tuoyu_desktop.cli", "--data-dir", data, "demo"], check=True,
                       capture_output=True, cwd=ROOT)
        cache = str(Path(data) / "cache" / "fonts")
        target = str(Path(folder) / "report.pdf")
        run(REGISTER, data, "kept")  # keeps the font; later runs find it

        font = alternately(args.runs, {
            "parse": lambda: run(FONT_ALONE, cache, "parse")[0],
            "kept": lambda: run(FONT_ALONE, cache, "kept")[0],
            "first": lambda: run(FONT_ALONE, cache, "first")[0],
        })
        print("the font alone (a fresh process each):")
        print(figure("reportlab parses it (TTFont)", font["parse"]))
        print(figure("rebuilt from the cache (load_font, entry kept)", font["kept"]))
        print(figure("first process: parsed and kept (load_font, no entry)", font["first"]))

        register = alternately(args.runs, {
            "parse": lambda: run(REGISTER, data, "parse")[0],
            "kept": lambda: run(REGISTER, data, "kept")[0],
        })
        print("fonts.register() after Workspace.open:")
        print(figure("cache off (parsed)", register["parse"]))
        print(figure("cache on (kept)", register["kept"]))

        variants: dict[str, Callable[[], Any]] = {
            "parse": lambda: run(EXPORT, data, "parse", target),
            "kept": lambda: run(EXPORT, data, "kept", target),
        }
        if args.against:
            variants["against"] = lambda: run(EXPORT, data, "parse", target, tree=args.against)
        exports = alternately(args.runs, variants)
        print("export of the demo assessment (export_pdf; the whole process: wall clock, CPU):")
        for name, label in (("parse", "cache off"), ("kept", "cache on"), ("against", args.against)):
            if name in exports:
                print(figure(f"{label}, export_pdf", [r[0] for r in exports[name]]))
                print(figure(f"{label}, process", [r[1] for r in exports[name]]))
                print(figure(f"{label}, process CPU", [r[2] for r in exports[name]]))
    print(f"load average {os.getloadavg()[0]:.1f} at the end")
    return 0


if __name__ == "__main__":
    sys.exit(main())
