"""The centre of the assessment screen: one indicator's items as cards."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

from tuoyu_desktop.forms import Dimension, Indicator
from tuoyu_desktop.scoring import Scores
from tuoyu_desktop.ui.item_widget import ItemCard
from tuoyu_desktop.ui.widgets import label


class IndicatorPage(QScrollArea):
    """A scrolling column: the indicator's heading, then a card per item."""

    def __init__(
        self,
        dimension: Dimension,
        indicator: Indicator,
        scores: Scores,
        read_only: bool = False,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.indicator = indicator
        self.setObjectName("pageScroll")
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # cards wrap instead
        body = QWidget()
        body.setObjectName("page")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 12, 16)
        layout.setSpacing(12)
        self.crumb = label(f"{dimension.id}  {dimension.title}", "small")
        self.title = label(f"{indicator.id}  {indicator.title}", "h2", wrap=True)
        self.tally = label("", "muted")
        layout.addWidget(self.crumb)
        layout.addWidget(self.title)
        layout.addWidget(self.tally)
        self.cards: dict[str, ItemCard] = {}
        for item in indicator.items:
            card = ItemCard(item, scores.items[item.id].answer)
            card.set_read_only(read_only)
            self.cards[item.id] = card
            layout.addWidget(card)
        layout.addStretch(1)
        self.setWidget(body)
        self.show_scores(scores)

    def show_scores(self, scores: Scores) -> None:
        tally = scores.indicator_tally(self.indicator.id)
        if tally.total:
            self.tally.setText(self.tr("{done} of {total} items done").format(done=tally.done, total=tally.total))
        else:
            self.tally.setText(self.tr("None of these items apply to this facility (by the form's rules)."))
        for item_id, card in self.cards.items():
            card.show_result(scores.items[item_id])

    def reveal(self, card: ItemCard) -> None:
        self.ensureWidgetVisible(card, 0, 40)
