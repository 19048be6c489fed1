"""The 签署 section as drawn: heading, a labelled box per declared signer, the 盖章 box.

It is the last flowable of a report and takes whatever room is left on the last page, moving to
a new page when that is less than it needs; it then draws everything at the absolute places
:func:`.signers.signing_area` computes, so the boxes on paper are exactly the rectangles that
signing and verification use.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, Paragraph

from tuoyu_desktop.report.geometry import FRAME_PADDING, MARGIN_BOTTOM, MM
from tuoyu_desktop.report.pages import fit
from tuoyu_desktop.report.signers import LABEL_HEIGHT, DeclaredSigner, Rect, SigningArea, signing_area
from tuoyu_desktop.report.styles import ACCENT, BAND, GRID, MUTED, TEXT, Styles

LABEL_SIZE = 9.5
HINT = "数字签名处"
SEAL_TEXT_SIZE = 10
SEAL_DIAMETER = 42 * MM


class SigningSection(Flowable):
    """The 签署 section for ``signers``. ``note``: paragraph markup under the heading;
    ``seal_lines``: plain text printed in the seal box (recorded for the font check by the caller,
    as are the signers' roles and names)."""

    def __init__(self, font: str, styles: Styles, signers: Sequence[DeclaredSigner], note: str,
                 seal_lines: Sequence[str]):
        super().__init__()
        self.font = font
        self.s = styles
        self.signers = tuple(signers)
        self.note = note
        self.seal_lines = tuple(seal_lines)
        # raises InvalidSigners now, while the story is built, not in the middle of the layout
        self._needed = signing_area(self.signers, 1).top - (MARGIN_BOTTOM + FRAME_PADDING)
        self.area: SigningArea | None = None  # as drawn, once the layout has placed it

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 (reportlab's names)
        # all the room left, down to the frame's foot; or more than there is, for a new page
        self.width, self.height = availWidth, max(availHeight, self._needed)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        return []  # never split: the whole section goes on the next page

    def draw(self) -> None:
        canvas = self.canv
        area = signing_area(self.signers, canvas.getPageNumber())
        x, y = canvas.absolutePosition(0, 0)
        assert y + self.height >= area.top - 1, "the section must start above its reserved area"
        canvas.saveState()
        canvas.translate(-x, -y)  # from here on, page coordinates
        self._draw_heading(area)
        for place in area.places:
            self._draw_box(place.rect, place.signer)
        self._draw_seal(area.seal)
        canvas.restoreState()
        self.area = area

    def _draw_heading(self, area: SigningArea) -> None:
        left = area.seal[0]
        width = area.seal[2] - left
        top = area.top
        for markup, style in (("签署", self.s.h1), (self.note, self.s.note)):
            paragraph = Paragraph(markup, style)
            _, height = paragraph.wrapOn(self.canv, width, top)
            paragraph.drawOn(self.canv, left, top - height)
            top -= height + 2

    def _label(self, rect: Rect, first: str, second: str = "") -> None:
        """``first`` (accent colour) and ``second`` on the line above ``rect``."""
        canvas = self.canv
        x, y = rect[0], rect[3] + (LABEL_HEIGHT - LABEL_SIZE) / 2
        canvas.setFont(self.font, LABEL_SIZE)
        canvas.setFillColor(ACCENT)
        canvas.drawString(x, y, first)
        if second:
            canvas.setFillColor(TEXT)
            shown = canvas.stringWidth(first, self.font, LABEL_SIZE)
            canvas.drawString(x + shown, y, fit(second, self.font, LABEL_SIZE, rect[2] - x - shown))

    def _draw_box(self, rect: Rect, signer: DeclaredSigner) -> None:
        canvas = self.canv
        x0, y0, x1, y1 = rect
        self._label(rect, signer.role + ("：" if signer.name.strip() else ""), signer.name.strip())
        canvas.setStrokeColor(GRID)
        canvas.setFillColor(BAND)
        canvas.setLineWidth(0.8)
        canvas.rect(x0, y0, x1 - x0, y1 - y0, stroke=1, fill=1)
        canvas.setFont(self.font, 7)
        canvas.setFillColor(MUTED)
        canvas.drawRightString(x1 - 4, y0 + 4, HINT)  # in the corner a stamp's text leaves free

    def _draw_seal(self, rect: Rect) -> None:
        canvas = self.canv
        x0, y0, x1, y1 = rect
        self._label(rect, "盖章")
        canvas.setStrokeColor(GRID)
        canvas.setLineWidth(0.8)
        canvas.rect(x0, y0, x1 - x0, y1 - y0, stroke=1, fill=0)
        radius = SEAL_DIAMETER / 2
        centre_x, centre_y = x1 - radius - 16, (y0 + y1) / 2
        canvas.setDash(3, 3)
        canvas.circle(centre_x, centre_y, radius, stroke=1, fill=0)
        canvas.setDash()
        canvas.setFont(self.font, SEAL_TEXT_SIZE)
        canvas.setFillColor(TEXT)
        room = centre_x - radius - 12 - (x0 + 10)
        line_y = y1 - 28
        for line in self.seal_lines:
            canvas.drawString(x0 + 10, line_y, fit(line, self.font, SEAL_TEXT_SIZE, room))
            line_y -= 26
