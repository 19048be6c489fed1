"""The summary chart: score percentage per dimension as horizontal bars, with the grade cut-offs.

Drawn straight on the canvas. reportlab's ``HorizontalBarChart`` drew the same lines, bars and
labels (the same geometry, kept here: bars ten parts thick with eight parts between them, labels
centred on them), but importing and laying out its drawing took a tenth of the time of
exporting a small report.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from tuoyu_desktop.forms.model import GradeCutoff
from tuoyu_desktop.records import format_points
from tuoyu_desktop.report.styles import ACCENT, GRID, MUTED, TEXT

BAR_ROW = 22  # points per dimension
LABEL_SIZE = 8.5
VALUE_SIZE = 7.5  # the axis' and the bars' figures
CUTOFF_SIZE = 7
TOP, BOTTOM = 18, 22  # margins above the plot (the cut-off names) and below it (the axis)
VALUE_ROOM = 40  # right of the plot: a bar's figure at 100 %
BAR, GAP = 10, 8  # a bar's thickness and the space between bars, in parts of a row
TICK = 5
STEP = 20  # percent between grid lines


def _baseline(size: float) -> float:
    """How far below a label's middle its baseline lies (a line is 1.2 × the size high)."""
    return 0.4 * size


class PercentChart(Flowable):
    """``width`` wide: one bar per ``(label, percent)``, the first row on top, a dashed line at
    each grade's lower limit."""

    def __init__(self, font: str, width: float, rows: Sequence[tuple[str, Decimal]],
                 cutoffs: Sequence[GradeCutoff] = ()):
        super().__init__()
        self.font = font
        self.rows = list(rows)
        self.cutoffs = list(cutoffs)
        self.label_width = max((stringWidth(label, font, LABEL_SIZE) for label, _ in self.rows), default=0) + 10
        self.plot_height = BAR_ROW * max(len(self.rows), 1)
        self.width = width
        self.height = self.plot_height + TOP + BOTTOM

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 (reportlab's names)
        return self.width, self.height

    def draw(self) -> None:
        canvas, font = self.canv, self.font
        left, bottom, top = self.label_width, BOTTOM, BOTTOM + self.plot_height
        plot_width = self.width - left - VALUE_ROOM

        def x_of(percent: Decimal | float) -> float:
            return left + plot_width * float(percent) / 100

        canvas.saveState()
        # the cut-offs first, so that bars and their figures sit on top
        canvas.setStrokeColor(MUTED)
        canvas.setFillColor(MUTED)
        canvas.setLineWidth(0.6)
        canvas.setDash(2, 2)
        canvas.setFont(font, CUTOFF_SIZE)
        for cutoff in self.cutoffs:
            if 0 < cutoff.min_percent <= 100:
                x = x_of(cutoff.min_percent)
                canvas.line(x, bottom, x, top + 4)
                canvas.drawCentredString(x, top + 7, f"{cutoff.grade} {format_points(cutoff.min_percent)}%")
        canvas.setDash()
        canvas.setStrokeColor(GRID)
        canvas.setLineWidth(0.3)
        for mark in range(0, 101, STEP):
            canvas.line(x_of(mark), bottom, x_of(mark), top)

        row = self.plot_height / max(len(self.rows), 1)
        thickness = row * BAR / (BAR + GAP)
        middles = [bottom + row * (index + 0.5) for index in range(len(self.rows))]
        shown = list(zip(middles, reversed(self.rows), strict=True))  # the first row on top
        canvas.setFillColor(ACCENT)
        for middle, (_label, percent) in shown:
            canvas.rect(left, middle - thickness / 2, x_of(percent) - left, thickness, stroke=0, fill=1)
        canvas.setFont(font, VALUE_SIZE)
        for middle, (_label, percent) in shown:
            figure = f"{float(percent):.1f}%"
            x = x_of(percent) + 3
            canvas.setFillColor(colors.white)  # the figure stays readable over a cut-off line
            canvas.rect(x, middle - 0.6 * VALUE_SIZE, stringWidth(figure, font, VALUE_SIZE) + 3, 1.2 * VALUE_SIZE,
                        stroke=0, fill=1)
            canvas.setFillColor(TEXT)
            canvas.drawString(x + 1.5, middle - _baseline(VALUE_SIZE), figure)

        canvas.setStrokeColor(GRID)
        canvas.setLineWidth(1)
        canvas.line(left, bottom, left, top)
        canvas.setFont(font, LABEL_SIZE)
        for middle, (label, _percent) in shown:
            canvas.drawRightString(left - 6, middle - _baseline(LABEL_SIZE), label)
        canvas.line(left, bottom, left + plot_width, bottom)
        canvas.setFillColor(MUTED)
        canvas.setFont(font, VALUE_SIZE)
        for mark in range(0, 101, STEP):
            x = x_of(mark)
            canvas.line(x, bottom, x, bottom - TICK)
            canvas.drawCentredString(x, bottom - TICK - VALUE_SIZE, f"{mark}%")
        canvas.restoreState()

