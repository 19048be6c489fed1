"""report/pages.py: the page furniture written once and repeated is what drawing it on every page writes."""

from __future__ import annotations

import io
from functools import partial

from pypdf import PdfReader
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

from tuoyu_desktop.report import fonts
from tuoyu_desktop.report.pages import Furniture, NumberedCanvas
from tuoyu_desktop.report.styles import make_styles

FONT = fonts.register()
FURNITURE = Furniture(font=FONT, header_left="阳光托育中心（很长的机构名称）" * 3, header_right="托育机构质量评估报告",
                      footer_left="报告生成时间：2026年12月7日 20:00", footer_right="wst821-2023 v1", watermark="草稿")


class EveryPageDrawn(NumberedCanvas):
    """Draws all the furniture on every page, as before it was repeated."""

    def _draw_furniture(self, total: int) -> None:
        self._furniture_code.clear()
        super()._draw_furniture(total)


def pages(canvasmaker) -> list[tuple[bytes, list[str]]]:
    out = io.BytesIO()
    style = make_styles(FONT).body
    story = []
    for n in range(5):
        story += [Paragraph(f"第 {n + 1} 页的正文：托育机构质量评估", style), PageBreak()]
    SimpleDocTemplate(out, initialFontName=FONT).build(story, canvasmaker=partial(canvasmaker, furniture=FURNITURE))
    return [(page.get_contents().get_data(), sorted(page["/Resources"].get("/ExtGState", {})))  # the watermark's alpha
            for page in PdfReader(io.BytesIO(out.getvalue())).pages]


def test_repeated_furniture_is_the_furniture_drawn_on_every_page() -> None:
    ours, reference = pages(NumberedCanvas), pages(EveryPageDrawn)
    assert len(ours) == len(reference) == 5
    assert ours == reference
    assert ours[0] != ours[1]  # the page numbers differ
