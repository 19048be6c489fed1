"""Every row of issue 15's table against its floor, at 111, 1,000 and 5,000 items.

    .venv/bin/python benchmarks/scale.py [--sizes 111,1000,5000] [--only start,answer,gui,export,load,cli]
                                         [--runs 5] [--walk-budget 120]

Data: the bundled WS/T 821 form (111 items) and generated forms of 1,000 and 5,000 items
(tests/support/synthetic_form.py), each with one fully answered assessment; and a data folder
with 1,000 fully answered assessments of the bundled form. Answers are written in bulk straight
into the data file (setting them one by one through the service would take longer than the
benchmark); everything measured goes through the program's own code.

Rows (each printed with its floor and the issue's target):
- start:  cold start to the window's first frame, ratio to a bare PySide6 QMainWindow's (alternating
          runs), and to the home screen filled in;
- answer: one answer → committed through the session (services) and through the assessment
          page (GUI, fresh and after visiting every page), wall and CPU time; floor: a bare
          INSERT + COMMIT with the same pragmas, timed right after each answer (this disk's
          commit moves by a factor of five within the hour);
- gui:    visiting every indicator page with Next: per step median and max, RSS at the end
          (stops after --walk-budget seconds and says how far it got);
- export: a PDF of the assessment in a cold process, ratio to a bare reportlab document in a
          cold process that draws the same text (every line of every page, read back with
          pdftotext) on the same number of A4 pages in the same font; runs alternate (at least 11
          pairs below 5,000 items), judged by the median of the paired ratios;
- load:   reading and validating a form file read before (from the snapshot kept in the cache
          folder), its first load (parsed, kept), without the cache, and its YAML parse alone, each
          against the floor of any YAML reading: libyaml's events alone, read and dropped (PyYAML's
          own CSafeLoader shown for reference); reading a pinned snapshot;
- cli:    ``tuoyu --help`` and ``tuoyu list --json`` (cold processes), against ``python -c pass``.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.startup import APP as APP_WINDOW  # noqa: E402 - the same two windows as startup.py
from benchmarks.startup import BARE as BARE_WINDOW  # noqa: E402
from benchmarks.startup import timed_frame_ready  # noqa: E402
from tests.support.synthetic_form import write_synthetic_form  # noqa: E402

BUNDLED = "wst821-2023"
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ENV = dict(os.environ)
PY = sys.executable

EXPORT = """
import sys, time
started, cpu = time.perf_counter(), time.process_time()
from tuoyu_desktop.services import Workspace
workspace = Workspace.open(sys.argv[1])
workspace.reports.export_pdf(sys.argv[2], sys.argv[3])
print(time.perf_counter() - started, time.process_time() - cpu)
"""
BARE_EXPORT = """
import json, sys, time
started, cpu = time.perf_counter(), time.process_time()
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
pdfmetrics.registerFont(TTFont("cjk", sys.argv[1]))
pages = json.loads(open(sys.argv[3], encoding="utf-8").read())
canvas = Canvas(sys.argv[2], pagesize=A4)
for lines in pages:
    canvas.setFont("cjk", 8.5)
    y = 800
    for line in lines:
        canvas.drawString(50, y, line)
        y = y - 11 if y > 60 else 800
    canvas.showPage()
canvas.save()
print(time.perf_counter() - started, time.process_time() - cpu)
"""
# The floor of issue 15 as first measured: the same number of pages, each filled with two short
# lines repeated (53 lines of about 30 characters a page), kept to compare with earlier figures.
OLD_BARE_EXPORT = """
import sys, time
started = time.perf_counter()
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
pdfmetrics.registerFont(TTFont("cjk", sys.argv[1]))
pages, lines = int(sys.argv[3]), sys.argv[4:]
canvas = Canvas(sys.argv[2], pagesize=A4)
n = 0
for page in range(pages):
    canvas.setFont("cjk", 10)
    y = 800
    while y > 60:
        canvas.drawString(50, y, lines[n % len(lines)])
        n += 1
        y -= 14
    canvas.showPage()
canvas.save()
print(time.perf_counter() - started)
"""


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms" if seconds < 10 else f"{seconds:.1f} s"


def row(what: str, figure: str, floor: str, target: str, ok: bool | None) -> None:
    verdict = "" if ok is None else ("  ok" if ok else "  MISSED")
    print(f"  {what:<44} {figure:<34} floor {floor:<22} target {target}{verdict}", flush=True)


def cold(code: str, *args: str) -> float:
    started = time.perf_counter()
    subprocess.run([PY, "-c", code, *args], check=True, capture_output=True, env=ENV)
    return time.perf_counter() - started


def cold_output(code: str, *args: str) -> str:
    return subprocess.run([PY, "-c", code, *args], check=True, capture_output=True, text=True, env=ENV).stdout


# -- data ------------------------------------------------------------------------------------
def make_data(folder: Path, items: int, assessments: int) -> tuple[Path, str, str]:
    """A data folder with ``assessments`` fully answered assessments of a form of ``items`` items.

    Returns (data folder, form id, one assessment id).
    """
    from tuoyu_desktop.services import Workspace
    from tuoyu_desktop.services.demo import demo_answer, demo_profile

    data = folder / f"data-{items}-{assessments}"
    form_id = BUNDLED
    if items != 111:
        form_id = f"synthetic-{items}"
        write_synthetic_form(data / "forms", items, form_id)
    workspace = Workspace.open(data)
    workspace.facilities.save_own(demo_profile())
    form = workspace.forms.get(form_id)
    ids = [workspace.assessments.create(form_id, f"第 {n + 1} 期") for n in range(assessments)]
    workspace.close()
    rng = random.Random(items)
    rows = []
    stamp = "2026-12-01T08:00:00+00:00"
    for assessment_id in ids:
        for item in form.iter_items():
            answer = demo_answer(item, rng)
            if answer is not None:
                rows.append((assessment_id, item.id, answer.value, int(answer.na), answer.na_reason, answer.comment,
                             stamp))
    conn = sqlite3.connect(data / "tuoyu.db")
    with conn:
        conn.executemany("INSERT OR REPLACE INTO answers (assessment_id, item_id, value, na, na_reason, comment,"
                         " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return data, form_id, ids[0]


def data_file(data: Path) -> Path:
    return data / "tuoyu.db"


# -- rows ------------------------------------------------------------------------------------
def bench_start(label: str, data: Path, runs: int) -> None:
    """To the window's first frame (the shell) and to the home screen filled in, against a bare window."""
    timed_frame_ready(APP_WINDOW, str(data))  # the first start writes caches: not what a user sees every day
    bare, app, ready = [], [], []
    for _ in range(runs):
        bare.append(timed_frame_ready(BARE_WINDOW)[0])
        frame, done = timed_frame_ready(APP_WINDOW, str(data))
        app.append(frame)
        ready.append(done)
    b, a, r = statistics.median(bare), statistics.median(app), statistics.median(ready)
    row(f"cold start, {label}", f"{ms(a)} = {a / b:.2f}×", f"{ms(b)} bare QMainWindow", "≤ 1.3×", a / b <= 1.3)
    row(f"  home screen filled in, {label}", f"{ms(r)} = {r / b:.2f}×", f"{ms(b)} bare QMainWindow", "—", None)


class CommitFloor(NamedTuple):
    """A bare INSERT + COMMIT's median and 99th percentile (the disk's own jitter)."""

    median: float
    p99: float

    def text(self) -> str:
        return f"{ms(self.median)} (p99 {ms(self.p99)}) INSERT+COMMIT"


class CommitProbe:
    """Bare INSERT + COMMITs with the app's pragmas, timed one at a time: what the disk costs now.

    This disk's commit moves by a factor of five within the hour, so the answer rows time one
    bare commit right after each answer and print the floor of those same moments."""

    def __init__(self, folder: Path):
        self.conn = sqlite3.connect(folder / "floor.db", isolation_level=None)
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute("PRAGMA synchronous=FULL")
        self.conn.execute("CREATE TABLE IF NOT EXISTS t (k TEXT PRIMARY KEY, v TEXT)")
        self.made = 0

    def commit(self) -> float:
        started = time.perf_counter()
        self.conn.execute("BEGIN IMMEDIATE")
        self.conn.execute("INSERT OR REPLACE INTO t VALUES (?, ?)", [f"k{self.made % 50}", f"v{self.made}"])
        self.conn.execute("COMMIT")
        self.made += 1
        return time.perf_counter() - started

    def warm_up(self, rounds: int = 50) -> None:
        for _ in range(rounds):
            self.commit()


class AnswerTimings:
    """Each answer's wall and CPU time, and the bare commit timed right after it."""

    def __init__(self, probe: CommitProbe):
        self.probe = probe
        self.wall: list[float] = []
        self.cpu: list[float] = []
        self.floors: list[float] = []

    def timed(self, answer) -> None:
        """Run ``answer()`` (one answer, committed), time it, then one bare commit."""
        started, cpu = time.perf_counter(), time.process_time()
        answer()
        self.wall.append(time.perf_counter() - started)
        self.cpu.append(time.process_time() - cpu)
        self.floors.append(self.probe.commit())

    def report(self, what: str) -> None:
        med, p99 = statistics.median(self.wall), percentile(self.wall, 0.99)
        floor = CommitFloor(statistics.median(self.floors), percentile(self.floors, 0.99))
        row(what, f"median {ms(med)} (CPU {ms(statistics.median(self.cpu))}), p99 {ms(p99)} = "
            f"{med / floor.median:.1f}×", f"{floor.text()} between answers", "≤ 2 ms, p99 ≤ 5 ms",
            med <= 0.002 and p99 <= 0.005)


def choice_changes(form, rounds: int):
    from tuoyu_desktop.records import Answer

    items = [item for item in form.iter_items() if item.kind == "choice"]
    rng = random.Random(7)
    for n in range(rounds):
        item = rng.choice(items)
        option = item.scale.options[n % len(item.scale.options)]
        yield item, Answer(option.value, comment=f"第 {n} 次修改")


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))]


def bench_answer_services(label: str, data: Path, assessment_id: str, probe: CommitProbe, rounds: int = 300) -> None:
    from tuoyu_desktop.services import Workspace

    workspace = Workspace.open(data)
    session = workspace.assessments.open(assessment_id)
    timings = AnswerTimings(probe)
    for item, answer in choice_changes(session.form, rounds):
        timings.timed(lambda item=item, answer=answer: session.set_answer(item.id, answer))
    workspace.close()
    timings.report(f"answer → committed (services), {label}")


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def bench_gui(label: str, data: Path, assessment_id: str, probe: CommitProbe, walk_budget: float,
              rounds: int = 200) -> None:
    """Through the assessment page: answers before and after visiting every page; the walk."""
    from PySide6.QtCore import QEvent, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from tuoyu_desktop.app import create_application
    from tuoyu_desktop.services import Workspace
    from tuoyu_desktop.ui.assessment_page import AssessmentPage

    qInstallMessageHandler(lambda _kind, _context, message: None if "propagateSizeHints" in message
                           else sys.stderr.write(message + "\n"))
    app = create_application([])
    workspace = Workspace.open(data)
    workspace.checkpoint_when_idle()  # as the main window does: it checkpoints between events
    session = workspace.assessments.open(assessment_id)
    started = time.perf_counter()
    page = AssessmentPage(session, workspace=workspace)
    page.resize(1280, 800)
    page.show()
    app.processEvents()
    opened = time.perf_counter() - started

    def read_for(seconds: float) -> float:
        """The event loop runs while the user reads (what the page does meanwhile is not timed)."""
        r0 = time.perf_counter()
        while time.perf_counter() - r0 < seconds:
            app.processEvents()
            app.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # as the event loop does
            time.sleep(0.01)
        return time.perf_counter() - r0

    def answer_round(tag: str) -> None:
        from tuoyu_desktop.records import Answer

        timings = AnswerTimings(probe)
        indicator_ids = [i.id for i in page.indicators]
        rng = random.Random(3)
        for n in range(rounds):
            indicator_id = indicator_ids[n % 3] if tag == "fresh" else rng.choice(indicator_ids)
            page.show_indicator(indicator_id)
            app.processEvents()
            card = next(c for c in page.page(indicator_id).cards.values() if c.item.kind == "choice")
            option = card.item.scale.options[n % len(card.item.scale.options)]
            card.set_answer(Answer(option.value))
            # committed, rescored, the widgets told (painting follows)
            timings.timed(lambda card=card: page.save_item(card.item.id))
            app.processEvents()
            app.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # as the event loop does
        timings.report(f"answer → committed (GUI, {tag}), {label}")

    row(f"assessment page opened, {label}", f"{ms(opened)}, RSS {rss_mb():.0f} MB", "—", "—", None)
    read_for(0.5)  # the user reads the first item before answering it: the page prepares meanwhile
    answer_round("fresh")
    page.show_indicator(page.indicators[0].id)
    app.processEvents()
    steps, read_steps = [], []
    walk_started = time.perf_counter()
    reading = 0.0
    visited = 1
    for n in range(len(page.indicators) - 1):
        t0 = time.perf_counter()
        page.step(1)
        app.processEvents()
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # as the event loop does: released pages go
        (read_steps if n % 2 else steps).append(time.perf_counter() - t0)
        visited += 1
        if n % 2 == 0:  # every other page the user reads a while: the next page is built meanwhile
            reading += read_for(0.3)
        if time.perf_counter() - walk_started > walk_budget:
            break
    walked = time.perf_counter() - walk_started - reading
    rss = rss_mb()
    whole = len(page.indicators)
    note = "" if visited == whole else f" (stopped after {visited} of {whole} pages; whole walk ≈ {walked * whole / visited:.0f} s)"
    row(f"visiting every page, {label}", f"{ms(walked)}, {visited} pages{note}", "—", "—", None)
    row(f"  next page, at once, {label}", f"median {ms(statistics.median(steps))}, max {ms(max(steps))}", "—",
        "≤ 50 ms", statistics.median(steps) <= 0.05)
    if read_steps:
        row(f"  next page after reading 0.3 s, {label}",
            f"median {ms(statistics.median(read_steps))}, max {ms(max(read_steps))}", "—", "≤ 50 ms",
            statistics.median(read_steps) <= 0.05)
    row(f"  RSS after the walk, {label}", f"{rss:.0f} MB", "—", "≤ 300 MB", rss <= 300)
    answer_round("after the walk")
    page.close()
    page.deleteLater()
    app.processEvents()
    workspace.close()
    QApplication.processEvents()


def font_path() -> str:
    from tuoyu_desktop.report.fonts import font_path as bundled

    return str(bundled())


def pdf_pages(path: Path) -> int:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    return next(int(line.split()[-1]) for line in out.splitlines() if line.startswith("Pages:"))


def page_texts(pdf: Path) -> list[list[str]]:
    """The text lines of every page of ``pdf`` (poppler's pdftotext), page by page."""
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True,
                         check=True).stdout
    pages = out.split("\f")
    if pages and not pages[-1].strip():
        pages.pop()
    return [[line for line in page.splitlines() if line.strip()] for page in pages]


def seconds(output: str) -> tuple[float, float]:
    """The wall and CPU seconds a timed script printed last."""
    wall, cpu = output.split()[-2:]
    return float(wall), float(cpu)


def bench_export(label: str, data: Path, assessment_id: str, folder: Path, pairs: int) -> None:
    """Export in a cold process against a bare reportlab document in a cold process, alternately.

    The floor draws exactly the text of the exported report (every line pdftotext reads from
    each of its pages, so the same glyphs, the same font subset and the same number of A4
    pages) with ``drawString``: no layout, no tables, no embedded data. The floor first used
    here (two short lines repeated to fill each page) drew a quarter more glyphs than a report
    of 5,000 items has and only a few dozen distinct ones; it is still printed for comparison.

    The verdict is the median of the ratios of each pair (the two runs next to each other, so a
    machine busy for a while slows both): the ratio of the two medians swung by 0.5× between
    runs of five pairs of the same code, as one pair caught the floor on an idle moment. The
    ratio of the medians and the CPU ratio are printed beside it.
    """
    import json

    target = folder / f"report-{data.name}.pdf"
    cold_output(EXPORT, str(data), assessment_id, str(target))  # caches
    texts = page_texts(target)
    pages = len(texts)
    text_file = folder / f"text-{data.name}.json"
    text_file.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
    bare_target = folder / "bare.pdf"
    lines = ["托育机构质量自评：要求已落实并有记录，查阅记录并现场查看。", "Item 1.2.3 earned 2 of 2 points (met)."]
    ours, bare, old = [], [], []  # (wall, CPU) seconds of each run
    for run in range(pairs):  # paired: floor and app alternately, the order swapped every run
        steps = [lambda: ours.append(seconds(cold_output(EXPORT, str(data), assessment_id, str(target)))),
                 lambda: bare.append(seconds(cold_output(BARE_EXPORT, font_path(), str(bare_target), str(text_file))))]
        for step in steps if run % 2 else steps[::-1]:
            step()
        old.append(float(cold_output(OLD_BARE_EXPORT, font_path(), str(bare_target), str(pages), *lines).split()[-1]))
    o, b, ob = (statistics.median(wall for wall, _cpu in ours), statistics.median(wall for wall, _cpu in bare),
                statistics.median(old))
    cpu = statistics.median(c for _wall, c in ours) / statistics.median(c for _wall, c in bare)
    glyphs = sum(len(line) for page in texts for line in page)
    ratios = sorted(a[0] / f[0] for a, f in zip(ours, bare, strict=True))
    paired = statistics.median(ratios)
    row(f"export (cold process), {label}",
        f"{ms(o)}, {pages} pages = {paired:.2f}× ({pairs} pairs {ratios[0]:.2f}–{ratios[-1]:.2f}×; "
        f"medians {o / b:.2f}×, CPU {cpu:.2f}×)",
        f"{ms(b)} same text bare", "≤ 2×, 5,000 items ≤ 4 s", paired <= 2 and (o <= 4 or "5000" not in label.replace(",", "")))
    row(f"  floor of the first runs, {label}", f"{o / ob:.2f}× {ms(ob)}", f"{glyphs} glyphs in the report", "—", None)


def bench_load(label: str, data: Path, form_id: str) -> None:
    from collections import deque

    import yaml

    from tuoyu_desktop.forms import form_from_snapshot, load_form
    from tuoyu_desktop.forms.loader import _yaml_loader
    from tuoyu_desktop.forms.yaml_events import load as load_yaml

    path = (data / "forms" / f"{form_id}.yaml") if form_id != BUNDLED else ROOT / "forms" / "wst821.yaml"
    text = path.read_text(encoding="utf-8")

    def best(run, n=3) -> float:
        times = []
        for _ in range(n):
            t0 = time.perf_counter()
            run()
            times.append(time.perf_counter() - t0)
        return min(times)

    def first_load() -> None:
        with tempfile.TemporaryDirectory() as cache_folder:
            load_form(path, Path(cache_folder))  # parsed and kept

    events = best(lambda: deque(yaml.parse(text, Loader=yaml.CSafeLoader), maxlen=0))  # no YAML reading does less
    pyyaml = best(lambda: yaml.load(text, Loader=yaml.CSafeLoader))
    parse = best(lambda: load_yaml(text, _yaml_loader()))
    full = best(lambda: load_form(path))
    first = best(first_load)
    with tempfile.TemporaryDirectory() as cache_folder:
        cache = Path(cache_folder)
        load_form(path, cache)
        cached = best(lambda: load_form(path, cache))
    form = load_form(path)
    snap = best(lambda: form_from_snapshot(form.snapshot))
    floor = f"{ms(events)} libyaml events"
    row(f"loading and validating the form, {label}", ms(cached), floor, "≤ 0.5 s", cached <= 0.5)
    row(f"  first load of the file (parsed, kept), {label}", ms(first), floor, "≤ 0.5 s", first <= 0.5)
    row(f"  without the cache, {label}", ms(full), floor, "—", None)
    row(f"  YAML parse alone, {label}", ms(parse), floor, f"— (PyYAML's CSafeLoader {ms(pyyaml)})", None)
    row(f"  pinned snapshot parsed, {label}", ms(snap), "—", "once per process", None)


def bench_cli(label: str, data: Path, runs: int) -> None:
    def timed(*args: str) -> float:
        times = []
        for _ in range(runs):
            t0 = time.perf_counter()
            subprocess.run([PY, "-m", "tuoyu_desktop.cli", *args], check=True, capture_output=True, env=ENV)
            times.append(time.perf_counter() - t0)
        return statistics.median(times)

    bare = statistics.median([cold("pass") for _ in range(runs)])
    helped = timed("--help")
    listed = timed("--data-dir", str(data), "list", "--json")
    row("tuoyu --help", ms(helped), f"{ms(bare)} python -c pass", "≤ 0.1 s", helped <= 0.1)
    row(f"tuoyu list --json, {label}", ms(listed), f"{ms(bare)} python -c pass", "≤ 0.2 s", listed <= 0.2)


def export_pairs(items: int, runs: int) -> int:
    """Pairs of cold exports to run: at least eleven where a pair takes a second or two."""
    return runs if items >= 5000 else max(runs, 11)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="111,1000,5000")
    parser.add_argument("--only", default="start,answer,gui,export,load,cli")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--walk-budget", type=float, default=120.0, help="seconds of page walk per size")
    parser.add_argument("--quiet", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    only = set(args.only.split(","))
    import compileall

    compileall.compile_dir(str(ROOT / "tuoyu_desktop"), quiet=1)  # as an installation has
    if not args.quiet:
        print(f"issue 15 scale benchmark, {time.strftime('%Y-%m-%d %H:%M')}, python {sys.version.split()[0]}, "
              f"{os.cpu_count()} cores; bytecode compiled first", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        probe = CommitProbe(folder)
        probe.warm_up()
        for items in sizes:
            label = f"{items} items"
            data, form_id, assessment_id = make_data(folder, items, 1)
            if not args.quiet:
                print(f"{label}, 1 assessment:", flush=True)
            if "load" in only:
                bench_load(label, data, form_id)
            if "start" in only:
                bench_start(label, data, args.runs)
            if "answer" in only:
                bench_answer_services(label, data, assessment_id, probe)
            if "gui" in only and len(sizes) > 1:  # a process of its own: RSS of this size alone
                subprocess.run([PY, __file__, "--sizes", str(items), "--only", "gui", "--walk-budget",
                                str(args.walk_budget), "--quiet"], check=True, env=ENV)
            elif "gui" in only:
                bench_gui(label, data, assessment_id, probe, args.walk_budget)
            if "export" in only:
                bench_export(label, data, assessment_id, folder, export_pairs(items, args.runs))
            if "cli" in only and items == sizes[0]:
                bench_cli("1 assessment", data, args.runs)
        if only & {"start", "cli"}:
            print("111 items, 1,000 assessments:", flush=True)
            data, _form_id, _assessment_id = make_data(folder, 111, 1000)
            if "start" in only:
                bench_start("1,000 assessments", data, args.runs)
            if "cli" in only:
                bench_cli("1,000 assessments", data, args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
