"""The start-up check of the form files, off the GUI thread, with progress and Cancel.

Reading a form of 20,000 items (7 MB of YAML) the first time takes about a second, more on a
slow machine or with several such files (after that, its validated snapshot from the cache
folder, far less). The window stays usable meanwhile: the files are read by a worker thread with
its own :class:`FormLibrary` (forms are plain data, nothing in the GUI is touched), and a
progress dialog comes up if it takes longer than half a second, naming the file being read, with
Cancel. Cancel stops waiting at once: the worker stops before the next file (one file's parse
cannot be interrupted: it finishes unseen), and the forms are read again when they are needed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import isValid

from tuoyu_desktop.forms import FormLibrary
from tuoyu_desktop.ui.tasks import BackgroundThread

SHOW_AFTER_MS = 500  # a quick check never shows the dialog
_running: list[FormScan] = []  # kept until finished, whoever started them (see wait_for_scans)


class FormScan(BackgroundThread):
    """``FormLibrary.scan`` in a thread; ``progressed(index, count, name)``, then ``read(entries)``."""

    progressed = Signal(int, int, str)
    read = Signal(object)

    def __init__(self, folders, cache, parent: QObject | None = None):
        super().__init__(parent)
        self.library = FormLibrary(list(folders), cache)
        self.cancelled = False
        self.complete = False

    def run(self) -> None:  # the worker thread
        files = self.library.files()
        entries = self.library.scan(
            progress=lambda index, path: self.progressed.emit(index, len(files), path.name),
            cancelled=lambda: self.cancelled)
        self.complete = not self.cancelled and len(entries) == len(files)
        self.read.emit(entries)


def check_in_background(parent: QWidget, library: FormLibrary, done: Callable[[bool], None]) -> FormScan | None:
    """Read ``library``'s files in a thread, then ``done(True)`` on the GUI thread (the library has
    them), or ``done(False)`` when the user cancelled. None when the library was read already."""
    if library.scanned:
        return None
    scan = FormScan(library.folders, library.cache)
    dialog = QProgressDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("FormCheck", "Checking form files"))
    dialog.setLabelText(QCoreApplication.translate("FormCheck", "Reading the form files…"))
    dialog.setCancelButtonText(QCoreApplication.translate("FormCheck", "Cancel"))
    dialog.setWindowModality(Qt.WindowModality.NonModal)  # the window stays usable meanwhile
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setRange(0, 0)  # busy until the first file is named
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    scan.dialog = dialog  # type: ignore[attr-defined]
    answered = []

    def progressed(index: int, count: int, name: str) -> None:
        if scan.cancelled or not isValid(dialog):  # cancelled, or its window closed meanwhile
            return
        dialog.setRange(0, count)
        dialog.setValue(index)
        dialog.setLabelText(QCoreApplication.translate("FormCheck", "Reading form file {index} of {count}: {name}")
                            .format(index=index + 1, count=count, name=name))

    def cancel() -> None:
        scan.cancelled = True
        if isValid(dialog):
            dialog.hide()
        if not answered:
            answered.append(False)
            done(False)

    def read(entries) -> None:
        if isValid(dialog):
            dialog.hide()
            dialog.deleteLater()
        if scan.complete and not library.scanned:
            library.adopt(entries)
        if not answered and isValid(parent):  # its page may be closed meanwhile
            answered.append(scan.complete)
            done(scan.complete)

    def finished() -> None:
        if scan in _running:
            _running.remove(scan)
        scan.deleteLater()

    scan.progressed.connect(progressed)
    scan.read.connect(read)
    scan.finished.connect(finished)
    dialog.canceled.connect(cancel)
    _running.append(scan)
    scan.start()
    return scan


def wait_for_scans() -> None:
    """Before the program exits: a scan still reading its last file is let finish (a QThread
    must not be destroyed running)."""
    for scan in list(_running):
        scan.cancelled = True
        scan.wait()
