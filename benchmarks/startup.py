"""Cold start to main window shown, against a bare PySide6 QMainWindow in the same run (target ≤ 1.5×).

Each run is a fresh process, timed from just before it is spawned to the first turn of the
event loop after the window was shown. The app opens a data folder holding the demo facility
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
BARE = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1280, 800)
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""
APP = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from tuoyu_desktop.app import launch
window = launch(["--data-dir", sys.argv[1]])
QTimer.singleShot(0, QApplication.instance().quit)
QApplication.instance().exec()
window.close()
"""


def timed(code: str, *args: str) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, *args], check=True, capture_output=True,
                   env={**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")})
    return time.perf_counter() - started


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
        bare, app = [], []
        for _ in range(RUNS):
            bare.append(timed(BARE))
            app.append(timed(APP, data))
    b, a = statistics.median(bare), statistics.median(app)
    print(f"bare QMainWindow: median {b * 1000:.0f} ms; tuoyu-desktop home with demo data: median {a * 1000:.0f} ms; "
          f"ratio {a / b:.2f}× over {RUNS} runs each (target ≤ 1.5×)")
    return 0 if a / b <= 1.5 else 1


if __name__ == "__main__":
    sys.exit(main())
