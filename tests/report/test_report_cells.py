"""report/cells.py lays out the report's simple markup as reportlab's Paragraph does: same lines, same height."""

from __future__ import annotations

import random

import pytest
from reportlab.platypus import Paragraph

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
