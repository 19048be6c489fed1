"""Fast paragraphs for the report's simple markup: the same lines as reportlab's, at a fraction of the cost.

A report of 5,000 items has some 35,000 table cells. reportlab's :class:`Paragraph` parses each
one with an HTML parser, measures every character through four layers of calls, and is wrapped
three times per cell (table height, split, drawing): three quarters of an export's time. The
cells use a small markup (text, ``<br/>``, ``<font color= size=>``, ``&amp;``-style entities), so
:func:`paragraph` lays such text out here instead, once per width, with the font's character
widths read from a dictionary, and writes the operators reportlab's text object would, each distinct
cell's once per document.

The line breaking is reportlab's own CJK algorithm (``cjkFragSplit`` / ``dumbSplit``: cut
between any two characters, carry a Latin word to the next line, let closing punctuation hang
in the margin), and the text is cleaned, positioned and coloured as reportlab's
``Paragraph`` does with ``wordWrap="CJK"``, so pages look the same. Anything else (another tag,
an unknown entity, a style with indents, spacing, borders or automatic leading, a text long
enough that its table row might have to break across pages) gets a real ``Paragraph``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from html import unescape
from typing import Any

from reportlab import rl_config
from reportlab.lib.colors import Color, toColor
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.textsplit import ALL_CANNOT_START
from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import Flowable, Paragraph
from reportlab.platypus.paragraph import cleanBlockQuotedText

MAX_FAST_CHARS = 600  # longer texts may have to split inside a table row: reportlab does that
_FUZZ = rl_config._FUZZ
_TOKEN = re.compile(r"<[^>]*>|[^<]+")
_FONT_TAG = re.compile(r'<font((?:\s+(?:color|size)\s*=\s*"[^"]*")*)\s*>')
_ATTRIBUTE = re.compile(r'(color|size)\s*=\s*"([^"]*)"')
_ENTITY = re.compile(r"&(amp|lt|gt|quot|apos|nbsp|#[0-9]+|#x[0-9a-fA-F]+);")
_BREAK = ""  # a line break among the characters, as in reportlab's cjkFragSplit

_widths: dict[tuple[str, float], dict[str, float]] = {}
_colors: dict[str, Color] = {}
_eligible: dict[int, tuple[ParagraphStyle, bool]] = {}
# markup and style id → runs, and (markup, style id, width) → lines and height, shared by equal cells
# (styles are kept in _eligible, so their ids are not reused); cleared when large and after each
# document (forget_cells)
_Lines = list[tuple[float, float, list[tuple[str, float, Color]]]]
_parsed: dict[tuple[str, int], list[tuple[str, float, Color]] | None] = {}
_layouts: dict[tuple[str, int, float], tuple[_Lines, float]] = {}
_UNPARSED: Any = object()
MAX_KEPT = 200_000
# style attributes that FastParagraph does not draw: a style with any of them set gets a Paragraph
_UNSUPPORTED = ("leftIndent", "rightIndent", "firstLineIndent", "spaceBefore", "spaceAfter", "backColor",
                "borderWidth", "bulletText", "endDots", "textTransform", "linkUnderline", "shaping",
                "justifyLastLine")


def paragraph(markup: str, style: ParagraphStyle) -> Flowable:
    """A flowable for ``markup`` in ``style``: a :class:`FastParagraph` when it can, else a ``Paragraph``."""
    if _style_ok(style) and len(markup) <= MAX_FAST_CHARS:
        key = (markup, id(style))  # a report repeats many cells (answers, scores): parsed once
        runs = _parsed.get(key, _UNPARSED)
        if runs is _UNPARSED:
            if len(_parsed) > MAX_KEPT:
                _parsed.clear()
                _layouts.clear()
            runs = _parsed[key] = _parse(markup, style)
        if runs is not None:
            return FastParagraph(markup, style, runs)
    return Paragraph(markup, style)


def _style_ok(style: ParagraphStyle) -> bool:
    known = _eligible.get(id(style))
    if known is not None and known[0] is style:
        return known[1]

    def get(name: str, default: Any = None) -> Any:
        return getattr(style, name, default)

    ok = (get("wordWrap") == "CJK" and get("alignment") in (TA_LEFT, TA_CENTER)
          and not any(get(name) for name in _UNSUPPORTED)
          and get("autoLeading", "") in ("", "off", None)
          and getattr(get("textColor"), "alpha", 1) == 1)  # drawn opaque
    _eligible[id(style)] = (style, ok)  # the style is kept, so its id is not reused
    return ok


def _color(text: str) -> Color | None:
    color = _colors.get(text)
    if color is None:
        try:
            color = toColor(text)
        except ValueError:
            return None
        if color.alpha != 1:  # cells are drawn opaque (FastParagraph._draw_at)
            return None
        _colors[text] = color
    return color


def _cleaned(markup: str) -> str:
    """The text as ``Paragraph`` cleans it (``cleanBlockQuotedText``): runs of whitespace become
    one space, none at the ends. Without the two characters on which reportlab's idea of
    whitespace differs from Python's (no-break space: not for reportlab; zero-width space: for
    reportlab, at the ends of lines), that is Python's own split and join, in C."""
    if "\xa0" in markup or "\u200b" in markup:
        return cleanBlockQuotedText(markup)
    return " ".join(markup.split())


def _parse(markup: str, style: ParagraphStyle) -> list[tuple[str, float, Color]] | None:
    """``(text, size, colour)`` runs, ``_BREAK`` texts for ``<br/>``; ``None`` when not simple."""
    text = _cleaned(markup)
    base = (float(style.fontSize), style.textColor)
    stack = [base]
    runs: list[tuple[str, float, Color]] = []
    for token in _TOKEN.findall(text):
        if token[0] != "<":
            if "&" in token:
                if token.count("&") != len(_ENTITY.findall(token)):
                    return None
                token = unescape(token)
            size, color = stack[-1]
            runs.append((token, size, color))
        elif token in ("<br/>", "<br />"):
            size, color = stack[-1]
            runs.append((_BREAK, size, color))
        elif token == "</font>":
            if len(stack) == 1:
                return None
            stack.pop()
        else:
            match = _FONT_TAG.fullmatch(token)
            if match is None:
                return None
            size, color = stack[-1]
            for name, value in _ATTRIBUTE.findall(match.group(1)):
                if name == "size":
                    try:
                        size = float(value)
                    except ValueError:
                        return None
                else:
                    parsed = _color(value)
                    if parsed is None:
                        return None
                    color = parsed
            stack.append((size, color))
    if len(stack) != 1:
        return None  # a tag left open: reportlab decides what that means
    return runs


def _widths_of(text: str, font_name: str, size: float) -> list[float]:
    """The width of each character of ``text`` (kept per font and size: a report has few of each)."""
    table = _widths.get((font_name, size))
    if table is None:
        table = _widths[(font_name, size)] = {}
    try:
        return list(map(table.__getitem__, text))
    except KeyError:  # characters not met before in this font and size
        face = getFont(font_name).face
        char_widths, default = face.charWidths, face.defaultWidth
        for char in set(text).difference(table):
            table[char] = 0.001 * size * char_widths.get(ord(char), default)
        return list(map(table.__getitem__, text))


class FastParagraph(Flowable):
    """A paragraph of simple markup, laid out once per width (see the module's description)."""

    def __init__(self, text: str, style: ParagraphStyle, runs: list[tuple[str, float, Color]]):
        super().__init__()
        self.text = text  # as Paragraph has it: the table looks at it to tell long rows
        self.style = style
        self._runs = runs
        self._laid_out: dict[float, tuple[list[tuple[float, float, list[tuple[str, float, Color]]]], float]] = {}
        self._lines: list[tuple[float, float, list[tuple[str, float, Color]]]] = []
        self.width = self.height = 0.0

    # reportlab asks a paragraph for these
    def getSpaceBefore(self) -> float:  # noqa: N802 (reportlab's name)
        return 0.0

    def getSpaceAfter(self) -> float:  # noqa: N802
        return 0.0

    def minWidth(self) -> float:  # noqa: N802
        return Paragraph(self.text, self.style).minWidth()

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        if availWidth < _FUZZ:
            return 0, 0x7FFFFFFF
        key = round(availWidth, 6)  # the table asks at widths that differ in the last bits
        laid = self._laid_out.get(key)
        if laid is None:  # tables ask three times (height, split, drawing), sometimes at two widths
            shared = (self.text, id(self.style), key)
            laid = _layouts.get(shared)
            if laid is None:
                lines = self._break(availWidth)
                laid = _layouts[shared] = (lines, len(lines) * self.style.leading)
            self._laid_out[key] = laid
        self._lines, self.height = laid
        self.width = availWidth
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        return Paragraph(self.text, self.style).split(availWidth, availHeight)

    def _break(self, max_width: float) -> list[tuple[float, float, list[tuple[str, float, Color]]]]:
        """(extra space, first-line font size, runs) per line: reportlab's cjkFragSplit."""
        font_name = self.style.fontName
        widths: list[float] = []
        bounds: list[tuple[int, int, str, float, Color]] = []  # each run's characters: chars[first:stop]
        for text, size, color in self._runs:
            first = len(widths)
            if text:
                widths += _widths_of(text, font_name, size)
            else:  # a line break
                widths.append(0.0)
            bounds.append((first, len(widths), text, size, color))
        if sum(widths) <= max_width + _FUZZ and all(text for text, _size, _color in self._runs):
            used = sum(widths)  # all on one line (most cells): the characters themselves are not needed
            top = max(size for _text, size, _color in self._runs) if self._runs else 0.0
            return [(max_width - used, top, list(self._runs))] if used > 0 else []
        chars: list[str] = []
        for text, _size, _color in self._runs:
            chars += text or (_BREAK,)
        single = len(self._runs) == 1  # reportlab's one-fragment path strips the ends of lines
        spans: list[tuple[int, int, float]] = []
        i = start = 0
        used = 0.0
        count = len(chars)
        while i < count:
            char, width = chars[i], widths[i]
            i += 1
            used += width
            line_break = char == _BREAK
            if (used > max_width + _FUZZ and used > 0) or line_break:
                extra = max_width - used
                if not line_break:
                    if ord(char) < 0x3000:  # a Latin word: carry it over whole where a space or CJK allows
                        for j in range(i - 1, (start + i) >> 1, -1):
                            cj = chars[j]
                            if cj and unicodedata.category(cj) == "Zs" or ord(cj) >= 0x3000:
                                k = j + 1
                                if k < i:
                                    j = k + 1
                                    extra += sum(widths[j:i])
                                    width, char = widths[k], chars[k]
                                    i = j
                                    break
                    if char not in ALL_CANNOT_START and i > start + 1:
                        i -= 1
                        extra += width
                spans.append((start, i, extra))
                start, used = i, 0
        if used > 0:
            spans.append((start, count, max_width - used))
        lines = []
        last = len(spans) - 1
        for number, (begin, end, extra) in enumerate(spans):
            runs: list[tuple[str, float, Color]] = []  # the part of each run on the line
            top = 0.0
            for first, stop, text, size, color in bounds:
                if first < end and stop > begin:
                    top = max(top, size)  # reportlab counts a break's size too
                    if text:
                        runs.append((text[max(begin, first) - first:min(end, stop) - first], size, color))
            if single and number != last and runs:
                runs[0] = (runs[0][0].strip(), *runs[0][1:])
            lines.append((extra, top, runs))
        return lines

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802, N803
        """As ``Flowable.drawOn``, without moving the canvas: the lines are placed where they go."""
        self._draw_at(canvas, self._hAlignAdjust(x, _sW), y)

    def draw(self) -> None:
        self._draw_at(self.canv, 0.0, 0.0)

    def _draw_at(self, canvas: Any, x: float, y: float) -> None:
        """One text object's operators, as reportlab's text object writes them for these lines.

        The operators between the lines' positions are the same wherever a cell is drawn: they
        are made once per laid-out cell and document by :meth:`_line_codes`, and a cell costs
        its positions and one string. The text is drawn opaque, in its own saved state."""
        if not self._lines:
            return
        codes = _codes_of(canvas)
        kept = codes.cells.get(id(self._lines))
        if kept is None or kept[0] is not self._lines:  # equal cells share their lines
            kept = codes.cells[id(self._lines)] = (self._lines, self._line_codes(codes))
        leading = self.style.leading
        centred = self.style.alignment == TA_CENTER
        baseline = y + self.height - self._lines[0][1]  # reportlab: the first baseline one font size down
        at = codes.at  # PDFTextObject.setTextOrigin's operator
        code = ["q\nBT", at(x, baseline)]
        first = True
        for (extra, _top, _runs), ops in zip(self._lines, kept[1], strict=True):
            if not first or centred:
                code.append(at(x + 0.5 * extra if centred else x, baseline))
            first = False
            code += ops
            baseline -= leading
        code.append("ET\nQ")  # as canvas.saveState, drawText and restoreState write them
        canvas._code.append(" ".join(code))

    def _line_codes(self, codes: _TextCodes) -> list[list[str]]:
        """Each line's operators (colour, text) as a fresh text object of reportlab writes them."""
        text = codes.text
        font_name, leading = self.style.fontName, self.style.leading
        size_now: float | None = None
        color_now: Any = None
        lines = []
        for _extra, _top, runs in self._lines:
            ops = []
            for piece, size, color in runs:
                if size != size_now:
                    text.setFont(font_name, size, leading)  # a TrueType font: no operator, a new subset
                    size_now = size
                if color is not color_now:
                    op = codes.colors.get(color)
                    if op is None:
                        text._code = []
                        text.setFillColor(color)  # opaque: only the colour's operator
                        op = codes.colors[color] = text._code[-1]
                    ops.append(op)
                    color_now = color
                # a piece's operators depend on the piece, the font size and leading and the
                # font subset in use before it (reportlab's TrueType subsets take characters
                # as the document first uses them): once made they stay the same
                key = (font_name, size, leading, text._curSubset, piece)
                known = codes.pieces.get(key)
                if known is None:
                    known = codes.pieces[key] = (text._formatText(piece), text._curSubset)
                else:
                    text._curSubset = known[1]
                ops.append(known[0])
            lines.append(ops)
        return lines


@dataclass
class _TextCodes:
    """A canvas's text object for formatting cells and the operators made with it so far."""

    text: PDFTextObject
    origin: str  # the text origin's operator, with %s for the position
    pieces: dict[tuple[str, float, float, int, str], tuple[str, int]] = field(default_factory=dict)
    colors: dict[Color, str] = field(default_factory=dict)
    cells: dict[int, tuple[_Lines, list[list[str]]]] = field(default_factory=dict)  # by id of the lines
    # the text origin's operator by position: rows fall on few baselines (5,000 items: 540
    # distinct values in 130,000), and formatting a pair costs ten dictionary lookups
    positions: dict[tuple[float, float], str] = field(default_factory=dict)

    def at(self, x: float, y: float) -> str:
        """The operator that moves the text origin to ``(x, y)``, as reportlab writes it."""
        operator = self.positions.get((x, y))
        if operator is None:
            operator = self.positions[(x, y)] = self.origin % fp_str(x, y)
        return operator


def forget_cells() -> None:
    """Drop what was parsed and laid out once a document is drawn. The keys hold the ids of that
    document's styles (each document makes its own), so no later one could use them; kept, they
    held on to every cell of every report made in the session, and the collector walked them
    again after each export (5,000 items: 27,000 entries, 45 ms). A document being laid out in
    another thread meanwhile only parses its cells again."""
    _parsed.clear()
    _layouts.clear()
    _eligible.clear()


def forget_codes(canvas: Any) -> None:
    """Drop the canvas's cell operators once its pages are drawn: they, and the text object that
    points back at the canvas, would otherwise wait for the cyclic collector."""
    canvas.__dict__.pop("_tuoyu_cell_codes", None)


def _codes_of(canvas: Any) -> _TextCodes:
    """The canvas's :class:`_TextCodes` (one canvas writes one document)."""
    codes = canvas.__dict__.get("_tuoyu_cell_codes")
    if codes is None:
        origin = "1 0 0 1 %s Tm" if canvas.bottomup else "1 0 0 -1 %s Tm"
        codes = canvas._tuoyu_cell_codes = _TextCodes(canvas.beginText(), origin)
    return codes
