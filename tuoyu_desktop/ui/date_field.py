"""A date typed as people write it (2026/12/31, 2026-12-31, 2026年12月31日) or picked from a calendar."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QCalendarWidget, QHBoxLayout, QLineEdit, QMenu, QToolButton, QWidget, QWidgetAction

from tuoyu_desktop.rectification import parse_date


class CalendarButton(QToolButton):
    """“Calendar…”: a calendar pops up at the day ``current()`` gives (today when None);
    ``picked`` carries the day chosen, as ``2026-12-31``."""

    picked = Signal(str)

    def __init__(self, current: Callable[[], date | None], parent: QWidget | None = None):
        super().__init__(parent)
        self._current = current
        self.setText(self.tr("Calendar…"))
        self.setToolTip(self.tr("Pick the date from a calendar"))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        menu = QMenu(self)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        menu.aboutToShow.connect(self._prepare)
        self.setMenu(menu)
        self.calendar.clicked.connect(self.choose)

    def _prepare(self) -> None:
        day = self._current()
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day) if day else QDate.currentDate())

    def choose(self, day: QDate) -> None:
        self.menu().close()
        self.picked.emit(day.toString(Qt.DateFormat.ISODate))


class DateField(QWidget):
    """A line edit with a calendar button; ``text()`` is what was typed (the core normalises it)."""

    editingFinished = Signal()

    def __init__(self, placeholder: str = "2026-12-31", parent: QWidget | None = None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(placeholder)
        self.edit.setToolTip(self.tr("For example 2026-12-31 or 2026/12/31"))
        self.edit.editingFinished.connect(self.editingFinished)
        layout.addWidget(self.edit, 1)
        self.pick_button = CalendarButton(lambda: parse_date(self.edit.text()))
        self.pick_button.picked.connect(self._picked)
        layout.addWidget(self.pick_button)
        self.setFocusProxy(self.edit)

    def picked(self, day: QDate) -> None:
        """As if ``day`` had been chosen in the calendar."""
        self.pick_button.choose(day)

    def _picked(self, text: str) -> None:
        self.edit.setText(text)
        self.editingFinished.emit()

    def text(self) -> str:
        return self.edit.text()

    def set_text(self, text: str) -> None:
        self.edit.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802 (QLineEdit's name, for code that treats it as one)
        self.edit.setText(text)

    def clear(self) -> None:
        self.edit.clear()

    def setReadOnly(self, read_only: bool) -> None:  # noqa: N802
        self.edit.setReadOnly(read_only)
        self.pick_button.setEnabled(not read_only)
