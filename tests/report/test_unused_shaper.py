"""report/unused_shaper.py: reportlab does not import the text shaper; pyHanko still gets it."""

from __future__ import annotations

import json
import subprocess
import sys

from pypdf import PdfReader

# In a fresh process: what reportlab's fonts module holds as its shaper, whether the shaper was
# imported with it, whether pyHanko's stamp fonts get it afterwards, and the page content of
# Chinese text drawn with the report font (argv[1]: "ours" imports the report package first).
PROBE = """
import json, sys
if sys.argv[1] == "ours":
    import tuoyu_desktop.report
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfgen.canvas import Canvas
shaper_loaded = "uharfbuzz" in sys.modules
from tuoyu_desktop.report import fonts
name = fonts.register()
canvas = Canvas(sys.argv[2])
canvas.setFont(name, 10)
canvas.drawString(50, 700, "托育机构质量自评：卫生保健 ffi → 10 分")
canvas.showPage()
canvas.save()
from pyhanko.pdf_utils.font import opentype
print(json.dumps([ttfonts.uharfbuzz is None, shaper_loaded, opentype.hb is not None,
                  pdfmetrics.getFont(name).shapable]))
"""


def probe(kind: str, tmp_path) -> tuple[list[bool], bytes]:
    pdf = tmp_path / f"{kind}.pdf"
    out = subprocess.run([sys.executable, "-c", PROBE, kind, str(pdf)], capture_output=True, text=True, check=True)
    return json.loads(out.stdout), PdfReader(pdf).pages[0].get_contents().get_data()


def test_reportlab_goes_without_the_shaper_and_pyhanko_still_has_it(tmp_path) -> None:
    (none_for_reportlab, loaded_with_reportlab, pyhanko_has_it, shapable), _ = probe("ours", tmp_path)
    assert none_for_reportlab and not loaded_with_reportlab and not shapable
    assert pyhanko_has_it  # its signature stamps import it by themselves, later


def test_text_is_drawn_as_reportlab_draws_it_with_the_shaper(tmp_path) -> None:
    (none_for_reportlab, loaded, _, _), plain_text = probe("plain", tmp_path)
    assert not none_for_reportlab and loaded  # the shaper is installed (pyHanko[opentype])
    _, our_text = probe("ours", tmp_path)
    assert our_text == plain_text
    assert b"Tf" in our_text and b"Tj" in our_text
