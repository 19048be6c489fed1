"""report/cells.py lays out the report's simple markup as reportlab's Paragraph does: same lines, same height."""

from __future__ import annotations

import io
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.lib.enums import TA_CENTER
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import cleanBlockQuotedText

from tuoyu_desktop.report import cells, fonts
from tuoyu_desktop.report.styles import make_styles

STYLES = make_styles(fonts.register())
PIECES = ["托育机构", "质量评估", "，", "。", "）", "（", "、", "Item 1.2.3", " earned ", "2 / 2", "WS/T 821—2023",
          "长长的一段说明文字要求已落实并有记录", "；", "!", "abc", "x", "　", "&amp;", "&lt;b&gt;", "2026年12月7日"]


def reportlab_lines(markup: str, style, width: float) -> tuple[list[str], float]:
    paragraph = Paragraph(markup, style)
    _, height = paragraph.wrap(width, 10_000)
    lines = paragraph.blPara.lines
    if paragraph.blPara.kind == 0:
        return ["".join(words) for _space, words in lines], height
    return ["".join(getattr(word, "text", "") for word in line.words) for line in lines], height


def fast_lines(markup: str, style, width: float) -> tuple[list[str], float]:
    flowable = cells.paragraph(markup, style)
    assert isinstance(flowable, cells.FastParagraph), markup
    _, height = flowable.wrap(width, 10_000)
    return ["".join(piece for piece, _size, _color in runs) for _extra, _top, runs in flowable._lines], height


def random_markup(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.randint(1, 12)):
        piece = rng.choice(PIECES)
        roll = rng.random()
        if roll < 0.15:
            piece = f'<font color="#9A5B00">{piece}</font>'
        elif roll < 0.25:
            piece = f'<font size="7.5" color="#5F6B7A">{piece}</font>'
        elif roll < 0.32:
            piece += "<br/>"
        parts.append(piece)
    return "".join(parts)


@pytest.mark.parametrize("seed", range(40))
def test_same_lines_and_height_as_reportlab(seed: int) -> None:
    rng = random.Random(seed)
    markup = random_markup(rng)
    style = rng.choice([STYLES.cell, STYLES.cell_center, STYLES.small, STYLES.body])
    width = rng.choice([20.0, 45.5, 80.0, 140.3, 300.0])
    ours, our_height = fast_lines(markup, style, width)
    theirs, their_height = reportlab_lines(markup, style, width)
    assert our_height == their_height, (markup, width)
    assert [line.strip() for line in ours] == [line.strip() for line in theirs], (markup, width)


@pytest.mark.parametrize("markup", [
    "<b>粗体</b>", '<font face="Helvetica">x</font>', "<a href='x'>链接</a>", "&copy;", "a &unknown; b",
    "<font color='#ff0000'>单引号</font>",
])
def test_other_markup_gets_a_reportlab_paragraph(markup: str) -> None:
    assert isinstance(cells.paragraph(markup, STYLES.cell), Paragraph)


def test_styles_with_spacing_get_a_reportlab_paragraph() -> None:
    assert isinstance(cells.paragraph("标题", STYLES.h1), Paragraph)  # space before and after
    assert isinstance(cells.paragraph("正文", STYLES.cell), cells.FastParagraph)


def test_long_text_gets_a_reportlab_paragraph_that_can_split_in_a_row() -> None:
    assert isinstance(cells.paragraph("长" * (cells.MAX_FAST_CHARS + 1), STYLES.cell), Paragraph)


def test_empty_text_has_no_lines_like_reportlab() -> None:
    assert fast_lines("", STYLES.cell, 100)[1] == reportlab_lines("", STYLES.cell, 100)[1] == 0


@pytest.mark.parametrize("markup", ["多余</font>", '<font color="#ff0000">未闭合'])
def test_broken_markup_fails_as_reportlab_fails(markup: str) -> None:
    with pytest.raises(ValueError):
        Paragraph(markup, STYLES.cell)
    with pytest.raises(ValueError):
        cells.paragraph(markup, STYLES.cell)


def drawn_by_reportlab(canvas, cell: cells.FastParagraph, x: float, y: float) -> None:
    """A laid-out cell drawn through reportlab's text object, a piece at a time."""
    style = cell.style
    centred = style.alignment == TA_CENTER
    canvas.saveState()
    baseline = y + cell.height - cell._lines[0][1]
    text = canvas.beginText(x, baseline)
    size_now = color_now = None
    for number, (extra, _top, runs) in enumerate(cell._lines):
        if number or centred:
            text.setTextOrigin(x + 0.5 * extra if centred else x, baseline)
        for piece, size, color in runs:
            if size != size_now:
                text.setFont(style.fontName, size, style.leading)
                size_now = size
            if color is not color_now:
                text.setFillColor(color)
                color_now = color
            text.textOut(piece)
        baseline -= style.leading
    canvas.drawText(text)
    canvas.restoreState()


@pytest.mark.parametrize("seed", range(5))
def test_cells_write_the_operators_of_reportlabs_text_object(seed: int) -> None:
    rng = random.Random(seed)
    ours, theirs = Canvas(io.BytesIO()), Canvas(io.BytesIO())
    drawn = 0
    for _ in range(300):  # repeated and new pieces, so subsets change inside cells and are reused
        cell = cells.paragraph(random_markup(rng), rng.choice([STYLES.cell, STYLES.cell_center, STYLES.small]))
        assert isinstance(cell, cells.FastParagraph)
        cell.wrap(rng.choice([20.0, 45.5, 140.3]), 10_000)
        if not cell._lines:
            continue
        # anywhere, or on a few columns and rows, as in a table: positions met before are reused
        x = rng.choice([rng.uniform(0, 400), 72, 72.0, 100.25, 0.0])
        y = rng.choice([rng.uniform(0, 700), 500, 500.5, 612.125])
        cell.drawOn(ours, x, y)
        drawn_by_reportlab(theirs, cell, x, y)
        drawn += 1
    assert drawn > 200
    assert "\n".join(ours._code) == "\n".join(theirs._code)


def test_translucent_text_gets_a_reportlab_paragraph() -> None:
    assert isinstance(cells.paragraph('<font color="rgba(255,0,0,0.5)">半透明</font>', STYLES.cell), Paragraph)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(" \t\n\r\x0b\x0c\x1c\x85\xa0\u1680\u2003\u200b\u2028\u202f\u3000托育aB,.")))
def test_whitespace_is_cleaned_as_reportlab_cleans_it(text: str) -> None:
    assert cells._cleaned(text) == cleanBlockQuotedText(text)


SPACED = ["托育 机构", "  ", "\t", "\n", "\xa0", "\u200b", " 质量 ", "Item\xa01.2", "a\u200b", "。\u3000", "长长的一段说明文字要求已落实"]


@pytest.mark.parametrize("seed", range(30))
def test_spaced_text_and_characters_met_first_lay_out_as_in_reportlab(seed: int, monkeypatch) -> None:
    monkeypatch.setattr(cells, "_widths", {})  # every character is measured for the first time
    monkeypatch.setattr(cells, "_parsed", {})
    monkeypatch.setattr(cells, "_layouts", {})
    rng = random.Random(seed)
    markup = "".join(rng.choice(SPACED + PIECES) for _ in range(rng.randint(1, 10)))
    style = rng.choice([STYLES.cell, STYLES.cell_center, STYLES.small])
    width = rng.choice([20.0, 45.5, 80.0, 300.0])
    (ours, our_height), (theirs, their_height) = fast_lines(markup, style, width), reportlab_lines(markup, style, width)
    assert our_height == their_height, (markup, width)
    assert [line.strip() for line in ours] == [line.strip() for line in theirs], (markup, width)
