"""The summary chart, drawn straight on the canvas: read back from the PDF it makes."""

from __future__ import annotations

import re
from decimal import Decimal

from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas

from tuoyu_desktop.forms.model import GradeCutoff
from tuoyu_desktop.report import fonts
from tuoyu_desktop.report.chart import BAR_ROW, PercentChart

CUTOFFS = (GradeCutoff("A", Decimal(90), "优秀"), GradeCutoff("B", Decimal("62.5"), "良好"),
           GradeCutoff("D", Decimal(0), "不合格"))
NUMBER = r"(-?[\d.]+)"


def drawn(tmp_path, rows, cutoffs=CUTOFFS, width=480.0):
    """(chart, text lines top-down, filled rectangles (x, y, w, h), dashed lines' x) of one chart."""
    font = fonts.register()
    chart = PercentChart(font, width, rows, cutoffs)
    target = tmp_path / "chart.pdf"
    canvas = Canvas(str(target), pageCompression=0)
    assert chart.wrapOn(canvas, width, 800) == (width, chart.height)
    chart.drawOn(canvas, 0, 0)
    canvas.showPage()
    canvas.save()
    page = PdfReader(str(target)).pages[0]
    pieces: list[tuple[float, float, str]] = []
    page.extract_text(visitor_text=lambda text, cm, tm, *_: text.strip() and pieces.append((tm[5] + cm[5], tm[4] + cm[4], text.strip())))
    stream = page.get_contents().get_data().decode("latin-1")
    rects = [tuple(map(float, m)) for m in re.findall(rf"{NUMBER} {NUMBER} {NUMBER} {NUMBER} re f", stream)]
    dashes = stream.split("[2 2] 0 d", 1)[1].split("[] 0 d", 1)[0] if "[2 2] 0 d" in stream else ""
    dashed = [float(x) for x, _y in re.findall(rf"{NUMBER} {NUMBER} m", dashes)]
    lines = [text for _y, _x, text in sorted(pieces, key=lambda p: (-round(p[0], 1), p[1]))]
    return chart, lines, rects, dashed


def test_one_bar_per_row_first_on_top_as_long_as_its_percentage(tmp_path):
    rows = [("办托条件", Decimal("93.0")), ("托育队伍", Decimal("75.7")), ("机构管理", Decimal("0"))]
    chart, lines, rects, _dashed = drawn(tmp_path, rows)
    assert chart.height == 3 * BAR_ROW + 40
    text = " ".join(lines)
    assert text.index("办托条件") < text.index("托育队伍") < text.index("机构管理")  # top-down as given
    for figure in ("93.0%", "75.7%", "0.0%", "0%", "20%", "100%", "A 90%", "B 62.5%"):
        assert figure in text
    assert "D 0%" not in text  # the lowest grade has no line
    plot = 480 - chart.label_width - 40
    bars = sorted((r for r in rects if r[0] == chart.label_width), key=lambda r: -r[1])
    assert [round(r[2], 2) for r in bars] == [round(plot * p, 2) for p in (0.93, 0.757, 0.0)]
    assert all(abs(r[3] - BAR_ROW * 10 / 18) < 1e-3 for r in bars)


def test_cutoff_lines_at_each_grades_lower_limit(tmp_path):
    chart, _lines, _rects, dashed = drawn(tmp_path, [("合计", Decimal(50))])
    plot = 480 - chart.label_width - 40
    assert [round(x, 3) for x in sorted(dashed)] == [round(chart.label_width + plot * p, 3) for p in (0.625, 0.9)]


def test_labels_are_drawn_as_they_are_written(tmp_path):
    """Plain text, not markup: a period named with & or < reads as written."""
    _chart, lines, _rects, _dashed = drawn(tmp_path, [("2026 A&B <春>", Decimal(40))], cutoffs=())
    assert "2026 A&B <春>" in lines


def test_no_rows_still_draws_the_axis(tmp_path):
    chart, lines, rects, _dashed = drawn(tmp_path, [], cutoffs=())
    assert chart.height == BAR_ROW + 40 and "100%" in lines and not [r for r in rects if r[2] > 0 and r[3] > 9]


def test_the_trend_chart_shows_periods_as_they_are_named(tmp_path):
    from support.report_parts import mini_parts, page_texts

    from tuoyu_desktop.report import write_assessment_report

    target = tmp_path / "trend.pdf"
    trend = [("2025 R&D <一>", Decimal(60)), ("2025年下半年", Decimal(70)), ("2026年上半年", Decimal(80))]
    write_assessment_report(target, *mini_parts(), trend=trend)
    text = "".join(page_texts(target))
    assert "历次自评得分率" in text and "2025R&D<一>" in text and "&amp;" not in text
