"""report/grid.py: grid tables drawn row by row look and break exactly as reportlab's Table:
the same row heights, the same rows on each page (header repeated, kept-together rows, a row
taller than a page broken inside by reportlab), and the same pixels."""

from __future__ import annotations

import io
import random
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Flowable, SimpleDocTemplate, Spacer, Table, TableStyle

from tuoyu_desktop.report import cells, fonts, grid, windowed
from tuoyu_desktop.report.styles import ACCENT, ACCENT_LIGHT, BAND, GRID, RED_LIGHT, grid_table_style, make_styles

FONT = fonts.register()
STYLES = make_styles(FONT)
WIDTHS = [60, 250, 80, 60, 60]


def rows_and_commands(count: int, seed: int) -> tuple[list[list], list[tuple]]:
    rng = random.Random(seed)
    rows: list[list] = [[cells.paragraph(h, STYLES.cell_head) for h in ("编号", "内容", "结果", "得分", "备注")]]
    commands: list[tuple] = []
    for n in range(count):
        r = len(rows)
        if n % 7 == 0:  # an indicator row: spans the table, kept with the next row
            rows.append([cells.paragraph(f"指标 {n}　很长的指标名称" * rng.randint(1, 3), STYLES.cell), "", "", "", ""])
            commands += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), BAND),
                         ("NOSPLIT", (0, r), (-1, r + 1))]
            continue
        if n % 11 == 0:
            commands.append(("BACKGROUND", (0, r), (-1, r), RED_LIGHT))
        text = "要求已落实并有记录，" * rng.randint(1, 12)
        last: Flowable = Spacer(1, 34) if n % 5 == 0 else cells.paragraph("已列入整改计划" if n % 3 else "", STYLES.cell)
        rows.append([cells.paragraph(f"{n}", STYLES.cell_center), cells.paragraph(text, STYLES.cell),
                     cells.paragraph("达到", STYLES.cell_center), cells.paragraph("2 / 2", STYLES.cell_center), last])
    return rows, commands


def make(shown: list[list], commands: list[tuple], heights: list[float | None] | None = None) -> Table:
    table = Table(shown, colWidths=WIDTHS, rowHeights=heights, repeatRows=1, splitInRow=36)
    table.setStyle(TableStyle(commands))
    return table


def theirs(rows: list[list], commands: list[tuple]) -> Table:
    return make(rows, grid_table_style(FONT, 1) + commands)


def ours(rows: list[list], commands: list[tuple]) -> grid.GridTable:
    count = len(rows)
    absolute = [(c[0], (c[1][0], r0), (c[2][0], r1), *c[3:])
                for c in commands for r0, r1 in [windowed._rows_of(c, count)]]

    def rest(start: int, end: int) -> Flowable:
        return windowed.WindowedTable(make, rows[:end], 1, grid_table_style(FONT, 1),
                                      [c for c in absolute if c[1][1] < end], start=start)

    planned = grid.plan(rows, WIDTHS, 1, commands, (GRID, ACCENT, ACCENT_LIGHT), rest)
    assert planned is not None
    return grid.GridTable(planned)


def pdf(story: list) -> bytes:
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4, initialFontName=FONT).build(story)
    return out.getvalue()


def page_texts(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def test_row_heights_are_reportlabs() -> None:
    rows, commands = rows_and_commands(60, seed=3)
    table = theirs(rows, commands)
    table.wrap(sum(WIDTHS), 10_000)
    rows, commands = rows_and_commands(60, seed=3)
    mine = ours(rows, commands)
    assert [mine._height_of(r) for r in range(len(rows))] == pytest.approx(table._rowHeights)


def test_same_pages_as_one_reportlab_table() -> None:
    texts = page_texts(pdf([Spacer(1, 200), ours(*rows_and_commands(300, seed=1))]))
    reference = page_texts(pdf([Spacer(1, 200), theirs(*rows_and_commands(300, seed=1))]))
    assert len(texts) == len(reference) > 8
    assert texts == reference
    assert all(page.lstrip().startswith("编号") for page in texts[1:])  # the header on every page


def test_a_row_taller_than_a_page_is_broken_inside_as_reportlab_does() -> None:
    def with_tall_row() -> tuple[list[list], list[tuple]]:
        rows, commands = rows_and_commands(120, seed=2)
        rows[80][1] = cells.paragraph("很长的备注。" * 900, STYLES.cell)  # a reportlab Paragraph: splits
        return rows, [*commands, ("VALIGN", (0, 80), (-1, 80), "TOP")]  # as ReportDocument.table does

    assert page_texts(pdf([ours(*with_tall_row())])) == page_texts(pdf([theirs(*with_tall_row())]))


def test_other_tables_are_left_to_reportlab() -> None:
    rows, commands = rows_and_commands(10, seed=4)
    colours = (GRID, ACCENT, ACCENT_LIGHT)
    assert grid.plan(rows, WIDTHS, 1, [("LINEABOVE", (0, -1), (-1, -1), 0.8, ACCENT)], colours, None) is None  # type: ignore[arg-type]
    assert grid.plan(rows, WIDTHS, 1, [("SPAN", (1, 2), (3, 2))], colours, None) is None  # type: ignore[arg-type]
    assert grid.plan(rows, WIDTHS, 1, [("BACKGROUND", (0, 0), (0, -1), Color(1, 0, 0))], colours,
                     None) is None  # type: ignore[arg-type]
    rows[3][2] = "plain text"
    assert grid.plan(rows, WIDTHS, 1, commands, colours, None) is None  # type: ignore[arg-type]


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler-utils")
def test_same_pixels(tmp_path: Path) -> None:
    for name, table in (("ours", ours(*rows_and_commands(90, seed=5))), ("theirs", theirs(*rows_and_commands(90, seed=5)))):
        (tmp_path / f"{name}.pdf").write_bytes(pdf([Spacer(1, 300), table]))
        subprocess.run(["pdftoppm", "-r", "60", str(tmp_path / f"{name}.pdf"), str(tmp_path / name)], check=True)
    mine = sorted(tmp_path.glob("ours-*.ppm"))
    reference = sorted(tmp_path.glob("theirs-*.ppm"))
    assert len(mine) == len(reference) >= 3
    for a, b in zip(mine, reference, strict=True):
        assert a.read_bytes() == b.read_bytes(), a.name


def test_a_first_row_breaks_inside_at_the_same_heights_as_reportlabs() -> None:
    """Near the end of a page GridTable decides without asking reportlab where too little room is left."""
    def with_tall_first_row() -> tuple[list[list], list[tuple]]:
        rows, _commands = rows_and_commands(4, seed=7)
        rows[1] = [cells.paragraph("1", STYLES.cell), cells.paragraph("很长的备注。" * 400, STYLES.cell),
                   *(cells.paragraph("", STYLES.cell) for _ in range(3))]
        return rows, [("VALIGN", (0, 1), (-1, 1), "TOP")]

    header = ours(*with_tall_first_row())._height_of(0)
    results = []
    for room in range(int(header), int(header) + 60, 3):
        mine = bool(ours(*with_tall_first_row()).split(sum(WIDTHS), room))
        assert mine == bool(theirs(*with_tall_first_row()).split(sum(WIDTHS), room)), room
        results.append(mine)
    assert not results[0] and results[-1]  # both kinds of room were tried
