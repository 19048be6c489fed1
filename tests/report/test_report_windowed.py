"""report/windowed.py: a long table laid out a window at a time breaks onto the same pages as one
reportlab table (same rows per page, header repeated, rows kept together), in linear time."""

from __future__ import annotations

import io
import random

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

from tuoyu_desktop.report import cells, fonts, windowed
from tuoyu_desktop.report.styles import BAND, grid_table_style, make_styles

FONT = fonts.register()
STYLES = make_styles(FONT)
WIDTHS = [60, 250, 80, 60]


def rows_and_commands(count: int, seed: int) -> tuple[list[list], list[tuple]]:
    rng = random.Random(seed)
    rows: list[list] = [[cells.paragraph(h, STYLES.cell_head) for h in ("编号", "内容", "结果", "得分")]]
    commands: list[tuple] = []
    for n in range(count):
        r = len(rows)
        if n % 7 == 0:  # an indicator row: spans the table, kept with the next row
            rows.append([cells.paragraph(f"指标 {n}", STYLES.cell), "", "", ""])
            commands += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), BAND),
                         ("NOSPLIT", (0, r), (-1, r + 1))]
            continue
        text = "要求已落实并有记录，" * rng.randint(1, 12)
        rows.append([cells.paragraph(f"{n}", STYLES.cell_center), cells.paragraph(text, STYLES.cell),
                     cells.paragraph("达到", STYLES.cell_center), cells.paragraph("2 / 2", STYLES.cell_center)])
    return rows, commands


def page_texts(story: list) -> list[str]:
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4, initialFontName=FONT).build(story)
    return [page.extract_text() for page in PdfReader(io.BytesIO(out.getvalue())).pages]


def plain(rows: list[list], commands: list[tuple]) -> Table:
    table = Table(rows, colWidths=WIDTHS, repeatRows=1, splitInRow=36)
    table.setStyle(TableStyle(grid_table_style(FONT, 1) + commands))
    return table


def windowed_table(rows: list[list], commands: list[tuple]) -> windowed.WindowedTable:
    def make(shown, shown_commands, heights=None) -> Table:
        table = Table(shown, colWidths=WIDTHS, rowHeights=heights, repeatRows=1, splitInRow=36)
        table.setStyle(TableStyle(shown_commands))
        return table

    assert windowed.windowable(rows, commands)
    return windowed.WindowedTable(make, rows, 1, grid_table_style(FONT, 1), commands)


def test_same_pages_as_one_reportlab_table() -> None:
    rows, commands = rows_and_commands(400, seed=1)
    theirs = page_texts([plain(rows, commands)])
    rows, commands = rows_and_commands(400, seed=1)
    ours = page_texts([windowed_table(rows, commands)])
    assert len(ours) == len(theirs) > 10
    assert ours == theirs
    assert all(page.lstrip().startswith("编号") for page in ours)  # the header on every page


def test_a_row_taller_than_a_page_still_breaks_inside() -> None:
    def with_tall_row() -> tuple[list[list], list[tuple]]:
        rows, commands = rows_and_commands(200, seed=2)
        rows[150][1] = cells.paragraph("很长的备注。" * 900, STYLES.cell)  # a reportlab Paragraph: splits
        return rows, [*commands, ("VALIGN", (0, 150), (-1, 150), "TOP")]  # as ReportDocument.table does

    ours = page_texts([windowed_table(*with_tall_row())])
    theirs = page_texts([plain(*with_tall_row())])
    assert ours == theirs


def test_short_tables_and_row_spans_are_left_to_reportlab() -> None:
    rows, commands = rows_and_commands(20, seed=3)
    assert not windowed.windowable(rows, commands)
    rows, commands = rows_and_commands(300, seed=3)
    assert not windowed.windowable(rows, [*commands, ("SPAN", (0, 5), (0, 6))])
