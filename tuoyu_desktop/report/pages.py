"""Page layout and page furniture: header (facility name, report title), footer (第 X 页 / 共 Y 页,
time), and an optional diagonal watermark (草稿 on a draft).

The page total is only known at the end, so the canvas keeps each page's state and draws the
furniture of every page when the document is saved (one layout pass, not two). The furniture is
drawn over the content, so a translucent watermark cannot be hidden by a table's background.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from tuoyu_desktop.report.cells import forget_codes
from tuoyu_desktop.report.geometry import MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, PAGE_SIZE
from tuoyu_desktop.report.styles import ACCENT, GRID, MUTED, RED

WATERMARK_SIZE = 150  # points: two characters span about half the page's diagonal
WATERMARK_ALPHA = 0.13  # visible at a glance, text under it still readable
FOOTER_Y = 11 * mm


@dataclass(frozen=True)
class PageLayout:
    """A page size and its margins (points): where the content frame and the furniture go."""

    size: tuple[float, float]
    left: float
    right: float
    top: float
    bottom: float

    @property
    def width(self) -> float:
        return self.size[0]

    @property
    def height(self) -> float:
        return self.size[1]

    @property
    def content_width(self) -> float:
        return self.size[0] - self.left - self.right


PORTRAIT = PageLayout(PAGE_SIZE, MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM)
LANDSCAPE = PageLayout(landscape(A4), 12 * mm, 12 * mm, 24 * mm, 20 * mm)


@dataclass(frozen=True)
class Furniture:
    """What every page shows besides its content."""

    font: str
    header_left: str  # facility name
    header_right: str  # report title
    footer_left: str  # generation time
    footer_right: str  # form id and version
    layout: PageLayout = PORTRAIT
    watermark: str = ""  # drawn large, translucent and diagonally across every page when set


def attach_files(canvas: Canvas, files: Sequence[tuple[str, bytes]]) -> None:
    """Embed ``(name, data)`` files in the PDF being written (its /EmbeddedFiles name tree),
    as reportlab's own objects: written once, with the pages, not by copying the finished PDF."""
    if not files:
        return
    from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFName, PDFStream, PDFString

    document = canvas._doc
    entries: list[Any] = []
    for name, data in sorted(files):  # a name tree lists its keys in order
        stream = PDFStream(PDFDictionary({"Type": PDFName("EmbeddedFile"),
                                          "Params": PDFDictionary({"Size": len(data)})}), data)
        spec = PDFDictionary({"Type": PDFName("Filespec"), "F": PDFString(name), "UF": PDFString(name),
                              "EF": PDFDictionary({"F": document.Reference(stream)})})
        entries += [PDFString(name), document.Reference(spec)]
    document.Catalog.Names = PDFDictionary({"EmbeddedFiles": PDFDictionary({"Names": PDFArray(entries)})})


def fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` shortened with … so that it fits ``width``."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


class NumberedCanvas(Canvas):
    """A canvas that draws the page furniture of every page once the page count is known."""

    def __init__(self, *args: Any, furniture: Furniture,
                 attachments: Callable[[], Sequence[tuple[str, bytes]]] = tuple, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self._furniture = furniture
        self._attachments = attachments  # asked once every page is laid out
        self._page_states: list[dict[str, Any]] = []
        self._furniture_code: list[str] = []  # (a list: the page states share it)

    def showPage(self) -> None:  # noqa: N802 (reportlab's name)
        self._page_states.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._page_states)
        for state in self._page_states:
            self.__dict__.update(state)
            self._draw_furniture(total)
            super().showPage()
        # reportlab's canvas and document stay in reference cycles until the cyclic collector runs:
        # let go of what hangs on them (the pages' states, the cells' operators, the report that
        # makes the files, with its scores and story), freed now instead of in that one long
        # collection (90 ms after a report of 5,000 items).
        self._page_states.clear()
        forget_codes(self)
        attach_files(self, self._attachments())
        self._attachments = tuple
        super().save()

    def _draw_furniture(self, total: int) -> None:
        """The furniture of this page. Header and footer are the same operators on every page but
        the page number: written once and repeated (their text is in the font subsets by then).
        The watermark is drawn on each page: its translucency is a resource of the page."""
        f = self._furniture
        self.saveState()
        if f.watermark:
            self._draw_watermark(f.watermark)
        if self._furniture_code:
            self._code += self._furniture_code
            self.setFont(f.font, 8)  # as _draw_fixed_furniture leaves it (a TrueType font: no operator)
        else:
            start = len(self._code)
            self._draw_fixed_furniture()
            self._furniture_code += self._code[start:]
        self.setFillColor(ACCENT)
        self.drawCentredString(f.layout.width / 2, FOOTER_Y, f"第 {self.getPageNumber()} 页 / 共 {total} 页")
        self.restoreState()

    def _draw_fixed_furniture(self) -> None:
        """Header, footer rule, time and form: all but the page number, in the footer's font."""
        f = self._furniture
        layout = f.layout
        width, height = layout.size
        left, right = layout.left, width - layout.right
        # header
        y = height - 14 * mm
        self.setFont(f.font, 8.5)
        self.setFillColor(ACCENT)
        self.drawRightString(right, y, f.header_right)
        room = right - left - stringWidth(f.header_right, f.font, 8.5) - 10 * mm
        self.setFillColor(MUTED)
        self.drawString(left, y, fit(f.header_left, f.font, 8.5, room))
        self.setStrokeColor(ACCENT)
        self.setLineWidth(0.8)
        self.line(left, y - 2.5 * mm, right, y - 2.5 * mm)
        # footer
        y = FOOTER_Y
        self.setStrokeColor(GRID)
        self.setLineWidth(0.5)
        self.line(left, y + 4 * mm, right, y + 4 * mm)
        self.setFont(f.font, 8)
        self.setFillColor(MUTED)
        self.drawString(left, y, f.footer_left)
        self.drawRightString(right, y, fit(f.footer_right, f.font, 8, 55 * mm))

    def _draw_watermark(self, text: str) -> None:
        f = self._furniture
        width, height = f.layout.size
        size = WATERMARK_SIZE
        self.saveState()
        self.setFillColor(RED)
        self.setFillAlpha(WATERMARK_ALPHA)
        self.setFont(f.font, size)
        self.translate(width / 2, height / 2)
        self.rotate(45)
        self.drawCentredString(0, -size * 0.35, text)  # centred on the page's middle
        self.restoreState()
