"""The red banner naming every decisive (一票否决) item that is not met."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from tuoyu_desktop.scoring import Scores
from tuoyu_desktop.ui import formatting
from tuoyu_desktop.ui.widgets import label, status_icon

MAX_TEXT = 48
MAX_LINKS = 5  # more than this: the rest are in the summary


def shorten(text: str, limit: int = MAX_TEXT) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


class VetoBanner(QFrame):
    """Hidden while no veto item fails; each failed item is a link that jumps to it."""

    itemClicked = Signal(str)
    summaryClicked = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("vetoBanner")
        outer = QHBoxLayout(self)
        outer.setContentsMargins(12, 8, 12, 8)
        outer.setSpacing(10)
        icon = label()
        icon.setPixmap(status_icon("veto").pixmap(22, 22))
        outer.addWidget(icon, 0)
        column = QVBoxLayout()
        column.setSpacing(2)
        self.title = label("", "bad", wrap=True)
        column.addWidget(self.title)
        self.links = QVBoxLayout()
        self.links.setSpacing(0)
        column.addLayout(self.links)
        outer.addLayout(column, 1)
        self.buttons: list[QPushButton] = []
        self.hide()

    def refresh(self, scores: Scores) -> None:
        for button in self.buttons:
            self.links.removeWidget(button)
            button.deleteLater()
        self.buttons = []
        failures = scores.veto_failures
        self.setVisible(bool(failures))
        if not failures:
            return
        self.title.setText(
            self.tr("%n decisive (veto) item(s) not met: the grade is {grade} whatever the score.", "", len(failures)).format(
                grade=scores.grade.grade
            )
        )
        for result in failures[:MAX_LINKS]:
            option = formatting.answer_label(result)
            button = QPushButton(f"{result.item.id}  {shorten(result.item.text)}  —  {option}")
            button.setProperty("role", "link")
            button.setToolTip(self.tr("Go to item {id}").format(id=result.item.id))
            button.clicked.connect(lambda _c=False, i=result.item.id: self.itemClicked.emit(i))
            self.links.addWidget(button)
            self.buttons.append(button)
        if len(failures) > MAX_LINKS:
            more = QPushButton(self.tr("… and {count} more: see the summary").format(count=len(failures) - MAX_LINKS))
            more.setProperty("role", "link")
            more.clicked.connect(self.summaryClicked)
            self.links.addWidget(more)
            self.buttons.append(more)
