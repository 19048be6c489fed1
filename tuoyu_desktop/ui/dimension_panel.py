"""Live per-dimension scores as small bars (right side of the assessment screen)."""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QPushButton, QVBoxLayout, QWidget

from tuoyu_desktop.forms import Form
from tuoyu_desktop.records import format_points
from tuoyu_desktop.scoring import Scores
from tuoyu_desktop.ui import formatting, style
from tuoyu_desktop.ui.widgets import Card, bar, label, set_meter


class DimensionPanel(Card):
    """One row per dimension: title (click to go there), bar, points and progress."""

    dimensionClicked = Signal(str)

    def __init__(self, form: Form, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 14)
        layout.setSpacing(10)
        layout.addWidget(label(self.tr("Scores by dimension"), "h3"))
        self.rows: dict[str, tuple] = {}
        self._shown: dict[str, tuple] = {}  # the tally and state each row shows now
        for dimension in form.dimensions:
            row = QWidget()
            grid = QGridLayout(row)
            grid.setContentsMargins(0, 0, 0, 0)
            grid.setHorizontalSpacing(6)
            grid.setVerticalSpacing(3)
            title = QPushButton(f"{dimension.title}")
            title.setProperty("role", "link")
            title.setToolTip(self.tr("Go to {title}").format(title=dimension.title))
            title.clicked.connect(lambda _c=False, d=dimension.id: self.dimensionClicked.emit(d))
            percent = label("", "small")
            meter = bar(1000)
            points = label("", "small")
            progress = label("", "small")
            grid.addWidget(title, 0, 0)
            grid.addWidget(percent, 0, 1)
            grid.addWidget(meter, 1, 0, 1, 2)
            grid.addWidget(points, 2, 0)
            grid.addWidget(progress, 2, 1)
            grid.setColumnStretch(0, 1)
            layout.addWidget(row)
            self.rows[dimension.id] = (percent, meter, points, progress)
        layout.addStretch(1)

    def refresh(self, scores: Scores, dimensions: Collection[str] | None = None) -> None:
        """Each dimension's score and progress; with ``dimensions``, only those."""
        failed = {r.item.dimension_id for r in scores.veto_failures}
        for dimension in scores.dimensions:
            if dimensions is not None and dimension.dimension.id not in dimensions:
                continue
            percent, meter, points, progress = self.rows[dimension.dimension.id]
            tally = dimension.tally
            state = "veto" if dimension.dimension.id in failed else ("done" if tally.done == tally.total else None)
            if self._shown.get(dimension.dimension.id) == (tally, state):
                continue  # an answer that moved nothing here
            self._shown[dimension.dimension.id] = (tally, state)
            percent.setText(formatting.percent(tally.percent) if tally.done else "—")
            set_meter(meter, int(tally.percent * 10))
            style.set_state(meter, "state", state)
            points.setText(
                self.tr("{earned} / {max} pts").format(
                    earned=format_points(tally.earned), max=format_points(tally.applicable_max)
                )
            )
            progress.setText(f"{tally.done}/{tally.total}")
            meter.setToolTip(
                self.tr("{done} of {total} items done, {na} not applicable").format(
                    done=tally.done, total=tally.total, na=tally.na
                )
            )
