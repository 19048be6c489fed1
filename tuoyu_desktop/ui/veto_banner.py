"""The red banner naming every decisive (一票否决) item that is not met, and in its place, while
none fails, a calm grey line: how many decisive items there are and how many are still open."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QPushButton, QWidget

from tuoyu_desktop.scoring import Scores
from tuoyu_desktop.ui import formatting, style
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
        # Made once and reused: up to MAX_LINKS items, then "… and n more" (to the summary).
        self.buttons: list[QPushButton] = []
        self._targets: list[str] = []  # the item each link goes to
        for n in range(MAX_LINKS):
            button = self._link()
            button.clicked.connect(lambda _c=False, n=n: self.itemClicked.emit(self._targets[n]))
        self.more_button = self._link()
        self.more_button.setToolTip(self.tr("See them all in the summary"))
        self.more_button.clicked.connect(self.summaryClicked)
        self.hide()

    def _link(self) -> QPushButton:
        button = QPushButton()
        button.setProperty("role", "link")
        self.links.addWidget(button)
        button.hide()
        self.buttons.append(button)
        return button

    def reserve_space(self, reserve: bool) -> None:
        """Keep the banner's line free while it is hidden (for forms that have veto items)."""
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(reserve)
        self.setSizePolicy(policy)

    def refresh(self, scores: Scores) -> None:
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
        linked = failures[:MAX_LINKS]
        self._targets = [r.item.id for r in linked]
        for n, button in enumerate(self.buttons[:MAX_LINKS]):
            if n < len(linked):
                result = linked[n]
                button.setText(f"{result.item.id} {shorten(result.item.text)} — {formatting.answer_label(result)}")
                button.setToolTip(self.tr("Go to item {id}").format(id=result.item.id) + f"\n{result.item.text}")
            button.setVisible(n < len(linked))
        self.more_button.setText(self.tr("… and {count} more").format(count=len(failures) - MAX_LINKS))
        self.more_button.setVisible(len(failures) > MAX_LINKS)


class VetoCalm(QFrame):
    """The banner's line while no decisive item fails: "none of n failed", or how many are still
    unanswered with a link to the next one (``itemClicked``). Neutral, not an alarm."""

    itemClicked = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("vetoCalm")
        self.setFixedHeight(HEIGHT)
        self.setStyleSheet(
            f"QFrame#vetoCalm {{ background: transparent; border: 1px dashed {style.BORDER}; border-radius: 8px; }}"
            f"QFrame#vetoCalm QLabel {{ color: {style.MUTED}; }}"
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 4, 12, 4)
        layout.setSpacing(10)
        self.text = label("")
        layout.addWidget(self.text, 0)
        self.next_button = QPushButton(self.tr("Go to the next one"))
        self.next_button.setProperty("role", "link")
        self.next_button.clicked.connect(self._next)
        layout.addWidget(self.next_button, 0)
        layout.addStretch(1)
        self.next_item: str | None = None

    def refresh(self, scores: Scores) -> None:
        vetoes = [r for r in (scores.items[item.id] for item in scores.form.veto_items) if r.relevant]
        open_ = [r for r in vetoes if not r.done]
        self.next_item = open_[0].item.id if open_ else None
        if open_:
            self.text.setText(self.tr("Decisive (veto) items: none failed so far · %n not answered yet", "", len(open_)))
            self.next_button.setToolTip(self.tr("Go to item {id}").format(id=self.next_item))
        else:
            self.text.setText(self.tr("Decisive (veto) items: none of the %n is failed", "", len(vetoes)))
        self.text.setToolTip("\n".join(f"{r.item.id}  {r.item.text}" for r in vetoes))
        self.next_button.setVisible(bool(open_))

    def _next(self) -> None:
        if self.next_item:
            self.itemClicked.emit(self.next_item)


class VetoLine(QWidget):
    """The reserved line above the cards: the red banner when a decisive item fails, else the calm
    line; both in the same place of fixed height, so switching moves nothing below."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFixedHeight(HEIGHT)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.banner = VetoBanner()
        self.calm = VetoCalm()
        self.calm.itemClicked.connect(self.banner.itemClicked)
        layout.addWidget(self.banner, 0, 0)
        layout.addWidget(self.calm, 0, 0)
        self.calm.hide()
        self._shown: tuple | None = None

    def reserve_space(self, reserve: bool) -> None:
        """Forms without decisive items show nothing and keep no space."""
        self.setVisible(reserve)

    def refresh(self, scores: Scores) -> None:
        failures = scores.veto_failures
        key = (scores.grade.grade, tuple(r.item.id for r in failures))
        if key != self._shown:  # the banner's texts: set only when they change
            self._shown = key
            self.banner.refresh(scores)
        failing = bool(failures)
        self.calm.setVisible(not failing)
        if not failing:
            self.calm.refresh(scores)
