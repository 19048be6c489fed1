"""Cold start to main window shown, against a bare PySide6 QMainWindow in the same run (target ≤ 1.3×).

Each run is a fresh process, timed from just before it is spawned to the first paint of its main
window (the app paints its window shell before opening the data folder), and to the first turn of
the event loop after start-up returned (for the app: the home screen filled in). The app opens a data folder holding the demo facility
and a full assessment, so the home screen has real content. Runs alternate between the two
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
app = QApplication([])
marks = {}
def mark(what):
    marks[what] = time.time()
    if len(marks) == 2:
        for key, value in marks.items():
            print(key, value, flush=True)
        app.quit()
class FirstFrame(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and isinstance(obj, QMainWindow):
            app.removeEventFilter(self)
            mark("FRAME")
        return False
probe = FirstFrame()
app.installEventFilter(probe)
def ready():
    mark("READY")
"""
BARE = PROBE + """
from PySide6.QtCore import QTimer
window = QMainWindow()
window.resize(1280, 800)
window.show()
QTimer.singleShot(0, ready)
app.exec()
"""
APP = PROBE + """
import sys
from PySide6.QtCore import QTimer
from tuoyu_desktop.app import launch
window = launch(["--data-dir", sys.argv[1]])
QTimer.singleShot(0, ready)
app.exec()
window.close()
"""


def timed(code: str, *args: str) -> float:
    """Seconds from spawning the program to its main window's first frame."""
    return timed_frame_ready(code, *args)[0]


def timed_frame_ready(code: str, *args: str) -> tuple[float, float]:
    """Seconds from spawning the program to its window's first frame, and to start-up done."""
    started = time.time()
    out = subprocess.run([sys.executable, "-c", code, *args], check=True, capture_output=True, text=True,
                         env={**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}).stdout
    marks = dict(line.split() for line in out.splitlines() if line.startswith(("FRAME ", "READY ")))
    return float(marks["FRAME"]) - started, float(marks["READY"]) - started


def compile_bytecode() -> None:
    """What an installation has: .pyc files for the project (site-packages already has them)."""
    import compileall

    package = Path(__file__).resolve().parent.parent / "tuoyu_desktop"
    compileall.compile_dir(str(package), quiet=1)


def main() -> int:
    compile_bytecode()
    print("bytecode compiled first, as in an installation")
    with tempfile.TemporaryDirectory() as folder:
        data = str(Path(folder) / "data")
        subprocess.run([sys.executable, "-m", "tuoyu_desktop.cli", "--data-dir", data, "demo"], check=True,
                       capture_output=True)
        timed(APP, data)  # first start writes caches (.pyc, fonts): not what a user sees every day
        bare, app, ready = [], [], []
        for _ in range(RUNS):
            bare.append(timed(BARE))
            frame, done = timed_frame_ready(APP, data)
            app.append(frame)
            ready.append(done)
    b, a, r = statistics.median(bare), statistics.median(app), statistics.median(ready)
    print(f"bare QMainWindow: median {b * 1000:.0f} ms to its first frame; tuoyu-desktop with demo data: median "
          f"{a * 1000:.0f} ms to the window's first frame, ratio {a / b:.2f}× over {RUNS} runs each (target ≤ 1.3×); "
          f"home screen filled in at {r * 1000:.0f} ms ({r / b:.2f}×)")
    return 0 if a / b <= 1.3 else 1


if __name__ == "__main__":
    sys.exit(main())
