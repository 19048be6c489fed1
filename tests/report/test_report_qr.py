"""report/qr.py draws the QR code reportlab's widget draws: the same modules, the same pixels."""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
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


class _Symbol:
    def __init__(self, modules):
        self.modules = modules


def test_the_penalty_is_reportlabs_for_any_symbol() -> None:
    """lost_point counts as reportlab's QRUtil.getLostPoint, quirks included, on symbols of every
    size: random ones, ones with long runs, and ones with the finder-like pattern in rows and
    columns (reportlab never finds it in a column) and at the very end of a row."""
    import random

    from reportlab.graphics.barcode.qrencoder import QRUtil

    finder = [c == "1" for c in "10111010000"]
    chance = random.Random(15)
    for case in range(600):
        size = 21 + 4 * chance.randrange(10)
        share = chance.random()
        modules = [[chance.random() < share for _ in range(size)] for _ in range(size)]
        row, start = chance.randrange(size), chance.choice([0, size - len(finder) - 1, size - len(finder)])
        if case % 3 == 0:
            modules[row][start:start + len(finder)] = finder
        elif case % 3 == 1:
            for offset, dark in enumerate(finder):
                modules[start + offset][row] = dark
        assert qr.lost_point(modules) == QRUtil.getLostPoint(_Symbol(modules)), case


@pytest.mark.parametrize("length", [1, 20, 64, 100, 180, 300])
def test_the_modules_are_reportlabs(length: int) -> None:
    from reportlab.graphics.barcode.qrencoder import QRCode, QRErrorCorrectLevel

    for text in (("tuoyu-report:" + "0123456789abcdef" * 20)[:length], ("托育" * 100)[:length]):
        code = QRCode(None, getattr(QRErrorCorrectLevel, qr.LEVEL))
        code.addData(text)
        code.make()
        assert qr.encode(text) == code.modules


def test_the_encoder_comes_without_reportlabs_barcode_widgets() -> None:
    """The barcode package imports every barcode widget; a report needs the encoder only."""
    code = ("import sys\nfrom reportlab.pdfgen.canvas import Canvas\nfrom tuoyu_desktop.report import qr\n"
            "qr.draw_qr(Canvas('/dev/null'), 'x', 0, 0, 50)\n"
            "print('reportlab.graphics.barcode' in sys.modules, qr.encoder().__name__)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["False", qr.ENCODER]


def test_the_encoder_is_imported_as_usual_where_no_finder_has_it(monkeypatch) -> None:
    import reportlab.graphics

    qr.encoder.cache_clear()
    monkeypatch.delitem(sys.modules, qr.ENCODER, raising=False)  # not imported yet: no shortcut
    monkeypatch.setattr(reportlab.graphics, "__file__", "/nowhere/reportlab/graphics/__init__.py")
    try:
        assert qr.encoder() is sys.modules[qr.ENCODER]
    finally:
        qr.encoder.cache_clear()
    assert qr.encode("x") == qr.encode("x") and len(qr.encode("x")) == 21
