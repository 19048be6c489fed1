"""Page furniture: header (facility name, report title) and footer (第 X 页 / 共 Y 页, time).

The page total is only known at the end, so the canvas keeps each page's state and draws the
header and footer of every page when the document is saved (one layout pass, not two).
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from tuoyu_desktop.report.styles import ACCENT, GRID, MARGIN_LEFT, MARGIN_RIGHT, MUTED, PAGE_SIZE


@dataclass(frozen=True)
class Furniture:
    font: str
    header_left: str  # facility name
    header_right: str  # report title
    footer_left: str  # generation time
    footer_right: str  # form id and version


def fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` shortened with … so that it fits ``width``."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


class NumberedCanvas(Canvas):
    """A canvas that draws the page furniture of every page once the page count is known."""

    def __init__(self, *args, furniture: Furniture, **kwargs):
        super().__init__(*args, **kwargs)
        self._furniture = furniture
        self._page_states: list[dict] = []

    def showPage(self):  # noqa: N802 (reportlab's name)
        self._page_states.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._page_states)
        for state in self._page_states:
            self.__dict__.update(state)
            self._draw_furniture(total)
            super().showPage()
        super().save()

    def _draw_furniture(self, total: int) -> None:
        f = self._furniture
        width, height = PAGE_SIZE
        left, right = MARGIN_LEFT, width - MARGIN_RIGHT
        self.saveState()
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
        y = 11 * mm
        self.setStrokeColor(GRID)
        self.setLineWidth(0.5)
        self.line(left, y + 4 * mm, right, y + 4 * mm)
        self.setFont(f.font, 8)
        self.setFillColor(MUTED)
        self.drawString(left, y, f.footer_left)
        self.drawRightString(right, y, fit(f.footer_right, f.font, 8, 55 * mm))
        self.setFillColor(ACCENT)
        self.drawCentredString(width / 2, y, f"第 {self._pageNumber} 页 / 共 {total} 页")
        self.restoreState()
