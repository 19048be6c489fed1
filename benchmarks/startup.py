"""Cold start to main window shown, against a bare PySide6 QMainWindow in the same run (target ≤ 1.3×).

    .venv/bin/python benchmarks/startup.py [--runs 9] [--data demo,1000a,5000i] [--observe-all]

Each run is a fresh process, timed from just before it is spawned to the first paint of its main
window (the app paints its window shell before opening the data folder), and to the first turn of
the event loop after start-up returned (for the app: the home screen filled in); the process's CPU
time to its first frame is reported too (less sensitive to other engineers' load on this machine).
Each program makes its own QApplication; only its main window is watched (``PROBE``): an
application-wide event filter would make PySide set up every Qt type to wrap a private object
(``--observe-all`` shows that earlier probe). The app opens a data folder holding the demo
facility and a full assessment (``demo``), 1,000 stored assessments (``1000a``) or a 5,000-item
form in use (``5000i``; both made as ``scale.py`` makes them). Runs alternate between the two
programs so that machine load affects both alike. Uses the offscreen platform unless
QT_QPA_PLATFORM is set (``xcb`` under Xvfb for a real window).

An installed program has its bytecode compiled (pip compiles at install); an editable checkout
under ``PYTHONDONTWRITEBYTECODE=1`` (as on these machines) would recompile every module at
every start. So the project's modules are compiled first, and the script says so.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 9
# Both programs report, on stdout, the wall-clock time of the first paint of their main window
# ("FRAME") and of the first turn of the event loop after start-up returned ("READY": for the
# app, the home screen is filled in). The parent subtracts the time it spawned them.
PROBE = """
import time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow
marks = {}
def mark(what):
    marks[what] = (time.time(), time.process_time())
    if len(marks) == 2:
        for key, (wall, cpu) in marks.items():
            print(key, wall, cpu, flush=True)
        QApplication.instance().quit()
class FirstFrame(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            mark("FRAME")
        return False
probe = FirstFrame()
# Only the main window is watched (both programs alike): its first paint is the first frame.
_show = QMainWindow.show
def show(window):
    window.installEventFilter(probe)
    _show(window)
QMainWindow.show = show
def observe_all(app):
    # The earlier probe: every event of every object passes through Python. Objects of classes
    # PySide does not wrap (QAnimationTimer, made for any main window with a central widget) then
    # make it initialise every type of QtCore/QtGui/QtWidgets to find theirs (~160 enums):
    # a cost of the observer, not of the program.
    class AllEvents(QObject):
        def eventFilter(self, obj, event):
            return False
    app.every = AllEvents()
    app.installEventFilter(app.every)
def ready():
    mark("READY")
"""
# Each program makes its own QApplication, as when started by a user: the app creates it with
# ``-style Fusion``; given one already made, it would call setStyle() (~20-30 ms of PySide enums).
BARE = PROBE + """
from PySide6.QtCore import QTimer
app = QApplication([])
if OBSERVE_ALL:
    observe_all(app)
window = QMainWindow()
window.resize(1280, 800)
window.show()
QTimer.singleShot(0, ready)
app.exec()
"""
APP = PROBE + """
import sys
from PySide6.QtCore import QTimer
import tuoyu_desktop.app
if OBSERVE_ALL:
    _create = tuoyu_desktop.app.create_application
    def create_application(*args, **kwargs):
        made = _create(*args, **kwargs)
        observe_all(made)
        return made
    tuoyu_desktop.app.create_application = create_application
window = tuoyu_desktop.app.launch(["--data-dir", sys.argv[1]])
QTimer.singleShot(0, ready)
QApplication.instance().exec()
window.close()
"""


def timed(code: str, *args: str) -> float:
    """Seconds from spawning the program to its main window's first frame."""
    return timed_frame_ready(code, *args)[0]


def timed_frame_ready(code: str, *args: str) -> tuple[float, float]:
    """Seconds from spawning the program to its window's first frame, and to start-up done."""
    frame, ready, _cpu = timed_full(code, *args)
    return frame, ready


def timed_full(code: str, *args: str, observe_all: bool = False, tree: str | None = None) -> tuple[float, float, float]:
    """Seconds to the first frame and to start-up done, and the CPU seconds of the process to its
    first frame (less sensitive than wall time to other engineers' load on a shared machine).
    ``tree``: run the app of another checkout (its folder first on PYTHONPATH)."""
    code = f"OBSERVE_ALL = {observe_all!r}\n" + code
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    if tree:
        env["PYTHONPATH"] = tree
    started = time.time()
    out = subprocess.run([sys.executable, "-c", code, *args], check=True, capture_output=True, text=True,
                         env=env, cwd=tree).stdout
    marks = {line.split()[0]: line.split()[1:] for line in out.splitlines() if line.startswith(("FRAME ", "READY "))}
    return float(marks["FRAME"][0]) - started, float(marks["READY"][0]) - started, float(marks["FRAME"][1])


def compile_bytecode(*trees: str) -> None:
    """What an installation has: .pyc files for the project (site-packages already has them)."""
    import compileall

    for root in (Path(__file__).resolve().parent.parent, *map(Path, trees)):
        compileall.compile_dir(str(root / "tuoyu_desktop"), quiet=1)


def folders(root: Path, which: list[str]) -> list[tuple[str, str]]:
    """The data folders started with: the demo (a facility, a full assessment), 1,000 stored
    assessments, a 5,000-item form in use (the last two made as ``scale.py`` makes them)."""
    made = []
    if "demo" in which:
        data = str(root / "demo")
        subprocess.run([sys.executable, "-m", "tuoyu_desktop.cli", "--data-dir", data, "demo"], check=True,
                       capture_output=True)
        made.append(("demo data", data))
    if {"1000a", "5000i"} & set(which):
        sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
        from benchmarks.scale import make_data

        if "1000a" in which:
            made.append(("1,000 assessments", str(make_data(root, 111, 1000)[0])))
        if "5000i" in which:
            made.append(("5,000-item form", str(make_data(root, 5000, 1)[0])))
    return made


def main() -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=RUNS, help=f"pairs per data folder (default {RUNS})")
    parser.add_argument("--data", default="demo", help="demo,1000a,5000i (default: demo)")
    parser.add_argument("--against", metavar="DIR",
                        help="also time the app of another checkout (e.g. `git archive` of an older commit) in each round")
    parser.add_argument("--observe-all", action="store_true",
                        help="also pass every event of every object through Python (the earlier probe)")
    args = parser.parse_args()
    compile_bytecode(*([args.against] if args.against else []))
    print(f"bytecode compiled first, as in an installation; load average {os.getloadavg()[0]:.1f} at the start")
    met = True
    with tempfile.TemporaryDirectory() as folder:
        for label, data in folders(Path(folder), args.data.split(",")):
            timed(APP, data)  # first start writes caches (.pyc, fonts): not what a user sees every day
            if args.against:
                timed_full(APP, data, tree=args.against)
            bare, app, ready, bare_cpu, app_cpu = [], [], [], [], []
            other: list[tuple[float, float, float]] = []
            for _ in range(args.runs):
                frame, _done, cpu = timed_full(BARE, observe_all=args.observe_all)
                bare.append(frame)
                bare_cpu.append(cpu)
                frame, done, cpu = timed_full(APP, data, observe_all=args.observe_all)
                app.append(frame)
                ready.append(done)
                app_cpu.append(cpu)
                if args.against:
                    other.append(timed_full(APP, data, observe_all=args.observe_all, tree=args.against))
            b, a, r = statistics.median(bare), statistics.median(app), statistics.median(ready)
            bc, ac = statistics.median(bare_cpu), statistics.median(app_cpu)
            print(f"{label}: bare QMainWindow median {b * 1000:.0f} ms to its first frame (CPU {bc * 1000:.0f} ms); "
                  f"tuoyu-desktop {a * 1000:.0f} ms = {a / b:.2f}× (CPU {ac * 1000:.0f} ms = {ac / bc:.2f}×) over "
                  f"{args.runs} pairs (target ≤ 1.3×); home screen filled in at {r * 1000:.0f} ms ({r / b:.2f}×); "
                  f"load average {os.getloadavg()[0]:.1f}", flush=True)
            if other:
                oa = statistics.median(o[0] for o in other)
                oc = statistics.median(o[2] for o in other)
                orr = statistics.median(o[1] for o in other)
                print(f"  {args.against}: {oa * 1000:.0f} ms = {oa / b:.2f}× (CPU {oc * 1000:.0f} ms = {oc / bc:.2f}×); "
                      f"home screen filled in at {orr * 1000:.0f} ms ({orr / b:.2f}×)", flush=True)
            met = met and a / b <= 1.3
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
