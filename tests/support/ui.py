"""Helpers for the GUI tests: clicking and typing like a user, answering modal dialogs."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialog

from support import DATA


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_text(qtbot, widget, text: str) -> None:
    """Type like a user: ASCII as key presses, Chinese as an input method commits it."""
    widget.setFocus()
    chunk = ""
    for char in text + "\0":
        if char != "\0" and ord(char) >= 128:
            chunk += char
            continue
        if chunk:
            event = QInputMethodEvent()
            event.setCommitString(chunk)
            QApplication.sendEvent(widget, event)
            chunk = ""
        if char != "\0":
            qtbot.keyClicks(widget, char)


def when_modal(callback, attempts: int = 100) -> None:
    """Run ``callback(dialog)`` as soon as a modal dialog is showing (it blocks in exec())."""

    def poll(left=attempts):
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog) and dialog.isVisible():
            callback(dialog)
        elif left > 0:
            QTimer.singleShot(20, lambda: poll(left - 1))

    QTimer.singleShot(0, poll)


def create_assessment_via_dialog(qtbot, window, period: str = "2026年上半年", form_id: str = "mini-test") -> None:
    """Click 新建自评, pick ``form_id``, type the period and start."""
    from tuoyu_desktop.ui.home_page import NewAssessmentDialog

    def fill(dialog):
        assert isinstance(dialog, NewAssessmentDialog)
        index = dialog.form_combo.findData(form_id)
        assert index >= 0, "test form not offered"
        dialog.form_combo.setCurrentIndex(index)
        dialog.period.clear()
        type_text(qtbot, dialog.period, period)
        click(qtbot, dialog.ok_button)

    when_modal(fill)
    click(qtbot, window.home.new_button)
    # Offscreen, closing a dialog does not hand activation back as a desktop would.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def data_dir_with_mini_form(base: Path) -> Path:
    directory = base / "data"
    (directory / "forms").mkdir(parents=True, exist_ok=True)
    shutil.copy(DATA / "mini_form.yaml", directory / "forms" / "mini_form.yaml")
    return directory
