"""QR codes drawn straight on the canvas: reportlab's encoder, a filled rectangle per run of modules.

reportlab's ``QrCodeWidget`` encodes the text twice (once to measure itself) and draws every run
of dark modules as a shape of its own through ``renderPDF`` (some 600 nodes, a tenth of a
second for the report's code). :func:`draw_qr` encodes once and fills the same rectangles, in
the same coordinates, straight on the canvas: the same code, the same pixels. (One path of all
the rectangles would be as quick, but rasterisers then leave out the faint seams between
touching rectangles: not quite the same pixels.)
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.colors import black
from reportlab.platypus import Flowable

LEVEL = "M"  # error correction: a printed page may be creased or stamped on
BORDER = 4  # the quiet zone, in modules (the widget's barBorder)
BOX = 32 * 72 / 25.4  # the widget's default size (32 mm), in whose units the modules are placed


def draw_qr(canvas: Any, text: str, x: float, y: float, size: float) -> None:
    """A square QR code of ``text``, ``size`` points wide, its lower left corner at (x, y)."""
    from reportlab.graphics.barcode.qrencoder import QRCode, QRErrorCorrectLevel

    code = QRCode(None, getattr(QRErrorCorrectLevel, LEVEL))
    code.addData(text)
    code.make()
    count = code.getModuleCount()
    module = BOX / (count + 2 * BORDER)
    canvas.saveState()
    canvas.translate(x, y)
    canvas.scale(size / BOX, size / BOX)
    canvas.setFillColor(black)
    for r, row in enumerate(code.modules):
        c = 0
        while c < count:  # a run of dark modules in the row is one rectangle, as the widget draws it
            if not row[c]:
                c += 1
                continue
            start = c
            while c < count and row[c]:
                c += 1
            canvas.rect((start + BORDER) * module, BOX - (r + BORDER + 1) * module, (c - start) * module, module,
                        stroke=0, fill=1)
    canvas.restoreState()


class QrCode(Flowable):
    """:func:`draw_qr` as a flowable ``size`` points square."""

    def __init__(self, text: str, size: float):
        super().__init__()
        self.value = text
        self.width = self.height = size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 (reportlab's names)
        return self.width, self.height

    def draw(self) -> None:
        draw_qr(self.canv, self.value, 0, 0, self.width)
