"""The tree of dimensions and indicators, with how far each has got."""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from tuoyu_desktop.forms import Form
from tuoyu_desktop.scoring import Scores, Tally
from tuoyu_desktop.ui import style
from tuoyu_desktop.ui.widgets import status_icon

KIND = Qt.ItemDataRole.UserRole
IDENT = Qt.ItemDataRole.UserRole + 1


class Navigator(QTreeWidget):
    """Dimensions → indicators, each with ``done/total``, a check when complete and a red
    marker when it holds a failed veto item. Selecting an indicator emits its id."""

    indicatorSelected = Signal(str)

    def __init__(self, form: Form, parent: QWidget | None = None):
        super().__init__(parent)
        self.form = form
        self.setColumnCount(2)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(True)
        self.setIndentation(14)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAccessibleName(self.tr("Dimensions and indicators"))
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.dimension_nodes: dict[str, QTreeWidgetItem] = {}
        self.indicator_nodes: dict[str, QTreeWidgetItem] = {}
        self._shown: dict[tuple[str, str], tuple[int, int, bool]] = {}  # what each row shows now
        bold = QFont()
        bold.setBold(True)
        for dimension in form.dimensions:
            node = QTreeWidgetItem([f"{dimension.id}  {dimension.title}", ""])
            node.setData(0, KIND, "dimension")
            node.setData(0, IDENT, dimension.id)
            node.setFont(0, bold)
            node.setToolTip(0, dimension.description or dimension.title)
            self.addTopLevelItem(node)
            self.dimension_nodes[dimension.id] = node
            for indicator in dimension.indicators:
                child = QTreeWidgetItem([f"{indicator.id}  {indicator.title}", ""])
                child.setData(0, KIND, "indicator")
                child.setData(0, IDENT, indicator.id)
                child.setToolTip(0, indicator.title)
                node.addChild(child)
                self.indicator_nodes[indicator.id] = child
            node.setExpanded(True)
        self.currentItemChanged.connect(self._current_changed)

    def refresh(self, scores: Scores, indicators: Collection[str] | None = None,
                dimensions: Collection[str] | None = None) -> None:
        """Show the tallies; with ``indicators`` and ``dimensions``, only those."""
        failed_indicators = {r.item.indicator_id for r in scores.veto_failures}
        failed_dimensions = {r.item.dimension_id for r in scores.veto_failures}
        for dimension in scores.dimensions:
            if dimensions is not None and dimension.dimension.id not in dimensions:
                continue
            node = self.dimension_nodes[dimension.dimension.id]
            self._show(("dimension", dimension.dimension.id), node, dimension.tally,
                       dimension.dimension.id in failed_dimensions)
        shown = (i.id for d in scores.dimensions for i in d.dimension.indicators) if indicators is None else indicators
        for indicator_id in shown:  # only the touched ones after an answer: a big form has hundreds
            self._show(("indicator", indicator_id), self.indicator_nodes[indicator_id],
                       scores.indicator_tally(indicator_id), indicator_id in failed_indicators)

    def _show(self, key: tuple[str, str], node: QTreeWidgetItem, tally: Tally, veto_failed: bool) -> None:
        # Each setter repaints the row: an answer that moved no tally (another option of an
        # answered item) leaves the row as it is.
        state = (tally.done, tally.total, veto_failed)
        if self._shown.get(key) == state:
            return
        self._shown[key] = state
        node.setText(1, f"{tally.done}/{tally.total}" if tally.total else "—")
        if not tally.total:
            node.setIcon(0, status_icon("open"))
            node.setForeground(0, QBrush(QColor(style.MUTED)))
            node.setForeground(1, QBrush(QColor(style.MUTED)))
            node.setToolTip(1, self.tr("Does not apply to this facility"))
            return
        if veto_failed:
            kind, colour = "veto", style.RED
            tip = self.tr("Holds a decisive (veto) item that is not met")
        elif tally.done == tally.total:
            kind, colour = "done", style.GREEN
            tip = self.tr("Complete")
        elif tally.done:
            kind, colour = "partial", style.MUTED
            tip = self.tr("{done} of {total} items done").format(done=tally.done, total=tally.total)
        else:
            kind, colour = "open", style.MUTED
            tip = self.tr("Not started")
        node.setIcon(0, status_icon(kind))
        node.setForeground(1, QBrush(QColor(colour)))
        node.setForeground(0, QBrush(QColor(style.RED if veto_failed else style.TEXT)))
        node.setToolTip(1, tip)

    def select_indicator(self, indicator_id: str) -> None:
        node = self.indicator_nodes.get(indicator_id)
        current = self.currentItem()
        if current is not None and node is not None and current is node.parent() and current.child(0) is node:
            return  # the dimension row stands for its first indicator; keep keyboard travel free
        if node is not None and current is not node:
            self.blockSignals(True)
            try:
                self.setCurrentItem(node)
            finally:
                self.blockSignals(False)
            self.scrollToItem(node)

    def _current_changed(self, current: QTreeWidgetItem | None, _previous) -> None:
        if current is None:
            return
        if current.data(0, KIND) == "dimension":
            if current.childCount():
                self.indicatorSelected.emit(current.child(0).data(0, IDENT))
            return
        self.indicatorSelected.emit(current.data(0, IDENT))
