"""Unexpected errors end in a dialog, not in a silent crash."""

from __future__ import annotations

import sys
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

_showing = False



def show_unexpected_error(exc_type, exc_value, exc_tb) -> None:
    """Print the traceback and show it in a dialog (one at a time)."""
    global _showing
    details = "".join(traceback.format_exception(exc_type, exc_value, exc_tb))
    sys.stderr.write(details)
    if _showing or QApplication.instance() is None:
        return
    _showing = True
    try:
        box = QMessageBox(QApplication.activeWindow())
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QCoreApplication.translate("ErrorDialog", "Unexpected error"))
        box.setText(QCoreApplication.translate("ErrorDialog", "Something went wrong. Your answers saved so far are safe."))
        box.setInformativeText(f"{exc_type.__name__}: {exc_value}")
        box.setDetailedText(details)
        box.exec()
    finally:
        _showing = False


def install_excepthook():
    """Route uncaught exceptions to :func:`show_unexpected_error`; returns the old hook."""
    previous = sys.excepthook

    def hook(exc_type, exc_value, exc_tb):
        if issubclass(exc_type, KeyboardInterrupt):
            previous(exc_type, exc_value, exc_tb)
            return
        show_unexpected_error(exc_type, exc_value, exc_tb)

    sys.excepthook = hook
    return previous
