"""The summary chart: score percentage per dimension as horizontal bars, with the grade cut-offs."""

from __future__ import annotations

from decimal import Decimal

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from tuoyu_desktop.forms.model import GradeCutoff
from tuoyu_desktop.records import format_points
from tuoyu_desktop.report.styles import ACCENT, GRID, MUTED, TEXT

BAR_ROW = 22  # points per dimension
LABEL_SIZE = 8.5


def percent_chart(
    font: str,
    width: float,
    rows: list[tuple[str, Decimal]],
    cutoffs: tuple[GradeCutoff, ...] = (),
) -> Drawing:
    """A drawing ``width`` wide: one bar per ``(label, percent)``, first row on top."""
    top_margin, bottom_margin = 18, 22
    label_width = max((stringWidth(label, font, LABEL_SIZE) for label, _ in rows), default=0) + 10
    plot_height = BAR_ROW * max(len(rows), 1)
    drawing = Drawing(width, plot_height + top_margin + bottom_margin)
    drawing.initialFontName = font  # else reportlab sets Helvetica first and lists it in the PDF

    chart = HorizontalBarChart()
    chart.x = label_width
    chart.y = bottom_margin
    chart.width = width - label_width - 40  # room for the value labels at 100 %
    chart.height = plot_height
    # reportlab draws the first category at the bottom: reverse so the form's order reads top-down
    ordered = list(reversed(rows))
    chart.data = [[float(p) for _, p in ordered]]
    chart.categoryAxis.categoryNames = [label for label, _ in ordered]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = LABEL_SIZE
    chart.categoryAxis.labels.fillColor = TEXT
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -6
    chart.categoryAxis.strokeColor = GRID
    chart.categoryAxis.tickLeft = 0
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = 100
    chart.valueAxis.valueStep = 20
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 7.5
    chart.valueAxis.labels.fillColor = MUTED
    chart.valueAxis.labelTextFormat = "%d%%"
    chart.valueAxis.strokeColor = GRID
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = GRID
    chart.valueAxis.gridStrokeWidth = 0.3
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    chart.barWidth = 10
    chart.groupSpacing = 8
    chart.barLabelFormat = "%.1f%%"
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = 7.5
    chart.barLabels.fillColor = TEXT
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    chart.barLabels.boxFillColor = colors.white
    chart.barLabels.leftPadding = chart.barLabels.rightPadding = 1.5

    for cutoff in cutoffs:
        if cutoff.min_percent <= 0 or cutoff.min_percent > 100:
            continue
        x = chart.x + chart.width * float(cutoff.min_percent) / 100
        drawing.add(Line(x, chart.y, x, chart.y + chart.height + 4, strokeColor=MUTED, strokeWidth=0.6,
                         strokeDashArray=[2, 2]))
        drawing.add(String(x, chart.y + chart.height + 7, f"{cutoff.grade} {format_points(cutoff.min_percent)}%",
                           fontName=font, fontSize=7, fillColor=MUTED, textAnchor="middle"))
    drawing.add(chart)  # after the cut-off lines, so that bars and their labels sit on top
    return drawing

