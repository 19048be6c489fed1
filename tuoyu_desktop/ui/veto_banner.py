"""The red banner naming every decisive (一票否决) item that is not met."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from tuoyu_desktop.scoring import Scores
from tuoyu_desktop.ui import formatting
from tuoyu_desktop.ui.widgets import label, status_icon

MAX_TEXT = 18
MAX_LINKS = 3  # more than this: the rest are in the summary
HEIGHT = 40  # one line, always the same: the space is kept while hidden, so nothing below moves


def shorten(text: str, limit: int = MAX_TEXT) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


class VetoBanner(QFrame):
    """Hidden while no veto item fails; each failed item is a link that jumps to it.

    One line of fixed height whose space stays reserved while it is hidden (``reserve_space``):
    its appearing must not push the item cards down under the pointer.
    """

    itemClicked = Signal(str)
    summaryClicked = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("vetoBanner")
        self.setFixedHeight(HEIGHT)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(12, 4, 12, 4)
        outer.setSpacing(10)
        icon = label()
        icon.setPixmap(status_icon("veto").pixmap(20, 20))
        outer.addWidget(icon, 0)
        self.title = label("", "bad")
        outer.addWidget(self.title, 0)
        self.links = QHBoxLayout()
        self.links.setSpacing(4)
        outer.addLayout(self.links, 0)
        outer.addStretch(1)
        self.buttons: list[QPushButton] = []
        self.hide()

    def reserve_space(self, reserve: bool) -> None:
        """Keep the banner's line free while it is hidden (for forms that have veto items)."""
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(reserve)
        self.setSizePolicy(policy)

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
        self.title.setToolTip("\n".join(f"{r.item.id}  {r.item.text}" for r in failures))
        for result in failures[:MAX_LINKS]:
            option = formatting.answer_label(result)
            button = QPushButton(f"{result.item.id} {shorten(result.item.text)} — {option}")
            button.setProperty("role", "link")
            button.setToolTip(self.tr("Go to item {id}").format(id=result.item.id) + f"\n{result.item.text}")
            button.clicked.connect(lambda _c=False, i=result.item.id: self.itemClicked.emit(i))
            self.links.addWidget(button)
            self.buttons.append(button)
        if len(failures) > MAX_LINKS:
            more = QPushButton(self.tr("… and {count} more").format(count=len(failures) - MAX_LINKS))
            more.setToolTip(self.tr("See them all in the summary"))
            more.setProperty("role", "link")
            more.clicked.connect(self.summaryClicked)
            self.links.addWidget(more)
            self.buttons.append(more)
