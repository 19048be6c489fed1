"""The centre of the assessment screen: one indicator's items as cards."""

from __future__ import annotations

import gc
from collections.abc import Callable, Collection

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

from tuoyu_desktop.forms import Dimension, Indicator
from tuoyu_desktop.scoring import Scores
from tuoyu_desktop.ui.item_widget import ItemCard
from tuoyu_desktop.ui.widgets import label

CARDS_AT_ONCE = 2  # an incremental page makes these first: the top of the window (the rest follows at once)
CARDS_PER_TURN = 2  # then this many per turn of the event loop
TURN_MS = 15  # with this pause, so that clicks and keys are served in between


def settle_young_objects() -> None:
    """Collect the young generations now that a page is complete.

    A page makes some ten thousand objects that live as long as it does. Left to the collector,
    they would be walked again by the next young collection (3–5 ms at 5,000 items), which falls
    inside whatever comes next: most often the user's answer. Collected here, as the page is
    made, they go to the old generation at once (0.6 ms median). Not while a worker has paused
    the collector (``tasks.BackgroundThread``)."""
    if gc.isenabled():
        gc.collect(1)


class IndicatorPage(QScrollArea):
    """A scrolling column: the indicator's heading, then a card per item.

    ``incremental=True`` (a page wanted at once, issue 15): the heading and the first cards are
    made now, the rest a few at a time while the event loop runs; :attr:`cards` finishes the
    page first, :attr:`built_cards` is what exists so far. ``on_card`` is called with each card
    as it is made (to connect it), ``current_scores`` gives the scores a late card shows.
    """

    def __init__(
        self,
        dimension: Dimension,
        indicator: Indicator,
        scores: Scores,
        read_only: bool = False,
        parent: QWidget | None = None,
        incremental: bool = False,
        on_card: Callable[[ItemCard], None] | None = None,
        current_scores: Callable[[], Scores] | None = None,
    ):
        super().__init__(parent)
        self.indicator = indicator
        self.read_only = read_only
        self._on_card = on_card
        self._current_scores = current_scores or (lambda: scores)
        self.setObjectName("pageScroll")
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # cards wrap instead
        # The body goes into the scroll area (and the page into its parent) before the cards are
        # made: a widget moved under another parent is restyled with all its children.
        body = QWidget()
        body.setObjectName("page")
        self.setWidget(body)
        self._layout = QVBoxLayout(body)
        self._layout.setContentsMargins(4, 4, 12, 16)
        self._layout.setSpacing(12)
        self.crumb = label(f"{dimension.id}  {dimension.title}", "small")
        self.title = label(f"{indicator.id}  {indicator.title}", "h2", wrap=True)
        self.tally = label("", "muted")
        self._layout.addWidget(self.crumb)
        self._layout.addWidget(self.title)
        self._layout.addWidget(self.tally)
        self._layout.addStretch(1)
        self._cards: dict[str, ItemCard] = {}
        self._waiting = list(indicator.items)
        self._make_cards(CARDS_AT_ONCE if incremental else len(self._waiting), scores)
        self._timer: QTimer | None = None
        self._painted = False  # the rest waits for the top of the page to be on screen
        self.viewport().installEventFilter(self)
        if self._waiting:
            self._timer = QTimer(self)
            self._timer.setSingleShot(True)
            self._timer.setInterval(TURN_MS)
            self._timer.timeout.connect(self._make_more)
            self._timer.start()
        self._show_tally(scores)

    @property
    def cards(self) -> dict[str, ItemCard]:
        """Every card of the page, in the form's order (making those still waiting now)."""
        self.finish()
        return self._cards

    @property
    def built_cards(self) -> dict[str, ItemCard]:
        """The cards made so far (the first ones of the page, in order)."""
        return self._cards

    @property
    def complete(self) -> bool:
        return not self._waiting

    def finish(self) -> None:
        if self._waiting:
            self._make_cards(len(self._waiting), self._current_scores())
        if self._timer is not None:
            self._timer.stop()

    def make_up_to(self, item_id: str) -> None:
        """Make the waiting cards down to the one of ``item_id``."""
        ids = [item.id for item in self._waiting]
        if item_id in ids:
            self._make_cards(ids.index(item_id) + 1, self._current_scores())

    def _make_more(self) -> None:
        # Only while shown: the window may be closed (and its workspace with it), or another page
        # shown; the page goes on when shown again, or is finished when its cards are asked for.
        if not self.isVisible():
            return
        if not self._painted:  # the cards already made are drawn first
            if self._timer is not None:
                self._timer.start()
            return
        self._make_cards(CARDS_PER_TURN, self._current_scores())
        if self._waiting and self._timer is not None:
            self._timer.start()

    def _make_cards(self, count: int, scores: Scores) -> None:
        made, self._waiting = self._waiting[:count], self._waiting[count:]
        for item in made:
            result = scores.items[item.id]
            card = ItemCard(item, result.answer)
            card.set_read_only(self.read_only)
            self._cards[item.id] = card
            self._layout.insertWidget(self._layout.count() - 1, card)  # before the closing stretch
            if self._on_card is not None:
                self._on_card(card)
            card.show_result(result)
        if made and not self._waiting:
            settle_young_objects()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and watched is self.viewport() and not self._painted:
            self._painted = True
            if self._waiting and self._timer is not None:
                self._timer.start()  # a full turn after the first frame: the user sees the page first
        return super().eventFilter(watched, event)

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self._waiting and self._timer is not None:
            self._timer.start()

    def show_scores(self, scores: Scores, items: Collection[str] | None = None) -> None:
        """The tally and the cards' results; with ``items``, only those items' cards (the rest did not change)."""
        self._show_tally(scores)
        cards = self._cards if items is None else {i: self._cards[i] for i in items if i in self._cards}
        for item_id, card in cards.items():
            card.show_result(scores.items[item_id])

    def _show_tally(self, scores: Scores) -> None:
        tally = scores.indicator_tally(self.indicator.id)
        if tally.total:
            self.tally.setText(self.tr("{done} of {total} items done").format(done=tally.done, total=tally.total))
        else:
            self.tally.setText(self.tr("None of these items apply to this facility (by the form's rules)."))

    def reveal(self, card: ItemCard) -> None:
        self.ensureWidgetVisible(card, 0, 40)
