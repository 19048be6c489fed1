"""report/qr.py draws the QR code reportlab's widget draws: the same modules, the same pixels."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest
from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.pdfgen.canvas import Canvas

from tuoyu_desktop.exchange import qr_text
from tuoyu_desktop.report import qr

TEXTS = [qr_text("a76290002df64bc6bb06455318404c7d", "0123456789abcdef" * 4), "tuoyu-cert-sha256:" + "ab" * 32, "x"]


def widget_page(text: str, x: float, y: float, size: float) -> bytes:
    """The code as the report drew it before: reportlab's widget scaled into a drawing."""
    widget = QrCodeWidget(text, barLevel=qr.LEVEL)
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    drawing.add(widget)
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(300, 300))
    renderPDF.draw(drawing, canvas, x, y)
    canvas.save()
    return out.getvalue()


def our_page(text: str, x: float, y: float, size: float) -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(300, 300))
    qr.draw_qr(canvas, text, x, y, size)
    canvas.save()
    return out.getvalue()


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler-utils")
@pytest.mark.parametrize("text", TEXTS)
def test_same_pixels_as_reportlabs_widget(text: str, tmp_path: Path) -> None:
    pictures = []
    for name, make in (("ours", our_page), ("theirs", widget_page)):
        (tmp_path / f"{name}.pdf").write_bytes(make(text, 37.5, 81.2, 85.04))
        subprocess.run(["pdftoppm", "-r", "150", "-gray", "-aa", "no", "-aaVector", "no", str(tmp_path / f"{name}.pdf"),
                        str(tmp_path / name)], check=True)
        pictures.append(next(tmp_path.glob(f"{name}-*.pgm")).read_bytes())
    assert pictures[0] == pictures[1]


def test_the_flowable_is_as_wide_and_high_as_asked() -> None:
    assert qr.QrCode("x", 85.0).wrap(500, 500) == (85.0, 85.0)
