"""The rectification ledger (整改台账) as PDF (reportlab, landscape) and XLSX (openpyxl).

Overdue items stand out: red text and a tinted row in the PDF, a red fill in the workbook.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date, datetime
from functools import partial
from pathlib import Path

from tuoyu_desktop.rectification import RectificationItem

TITLE = "整改台账"
HEADINGS = ("序号", "机构", "来源", "区域", "问题描述", "严重程度", "整改意见", "责任人", "整改期限", "状态", "说明")


def _cells(number: int, item: RectificationItem, facilities: dict[int, str]) -> list[str]:
    status = item.status + ("（逾期）" if item.overdue else "")
    source = item.source_label + (f"·{item.report_label}" if item.report_label else "")
    return [str(number), facilities.get(item.facility_id, ""), source, item.area, item.description, item.severity,
            item.opinion, item.responsible, item.deadline or "", status, item.status_reason]


def write_ledger_xlsx(target: Path, items: Sequence[RectificationItem], facilities: dict[int, str], owner: str,
                      filters: list[str]) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    from tuoyu_desktop.atomic import write_atomically

    book = Workbook()
    sheet = book.active
    sheet.title = TITLE
    sheet.append([f"{TITLE}：{owner}"])
    sheet.append([f"导出时间：{datetime.now():%Y-%m-%d %H:%M}　共 {len(items)} 项，逾期 "
                  f"{sum(1 for i in items if i.overdue)} 项" + (f"　筛选：{'；'.join(filters)}" if filters else "")])
    sheet.append(list(HEADINGS))
    sheet["A1"].font = Font(size=14, bold=True)
    for cell in sheet[3]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="E6EDF5")
    red = PatternFill("solid", fgColor="FBECEA")
    for number, item in enumerate(items, start=1):
        sheet.append(_cells(number, item, facilities))
        if item.overdue:
            for cell in sheet[sheet.max_row]:
                cell.fill = red
                cell.font = Font(color="B3261E")
    widths = (6, 22, 22, 14, 48, 9, 40, 10, 12, 14, 24)
    for column, width in zip("ABCDEFGHIJK", widths, strict=True):
        sheet.column_dimensions[column].width = width
    for row in sheet.iter_rows(min_row=4):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = "A4"
    buffer = io.BytesIO()
    book.save(buffer)
    write_atomically(Path(target), buffer.getvalue())


def write_ledger_pdf(target: Path, items: Sequence[RectificationItem], facilities: dict[int, str], owner: str,
                     filters: list[str]) -> None:
    from xml.sax.saxutils import escape

    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    from tuoyu_desktop.atomic import write_atomically
    from tuoyu_desktop.report import fonts, textcheck
    from tuoyu_desktop.report.pages import Furniture
    from tuoyu_desktop.report.styles import RED, RED_LIGHT, grid_table_style, hex_of, make_styles

    font = fonts.register()
    s = make_styles(font)
    texts: list[tuple[str, str]] = [("机构名称", owner)]
    for number, item in enumerate(items, start=1):
        for heading, value in zip(HEADINGS, _cells(number, item, facilities), strict=True):
            texts.append((f"第 {number} 项的{heading}", value))
    textcheck.check(texts, fonts.charset())

    def cell(text: str, overdue: bool = False) -> Paragraph:
        markup = escape(text).replace("\n", "<br/>")
        if overdue:
            markup = f'<font color="{hex_of(RED)}">{markup}</font>'
        return Paragraph(markup, s.cell)

    page = landscape(A4)
    width = page[0] - 24 * mm
    story = [Paragraph(f"{TITLE}：{escape(owner)}", s.h1),
             Paragraph(f"共 {len(items)} 项，其中逾期 {sum(1 for i in items if i.overdue)} 项（红色标出）"
                       + (f"。筛选：{escape('；'.join(filters))}" if filters else "") + "。", s.note),
             Spacer(1, 3 * mm)]
    rows = [[Paragraph(h, s.cell_head) for h in HEADINGS]]
    extra = []
    for number, item in enumerate(items, start=1):
        if item.overdue:
            extra.append(("BACKGROUND", (0, len(rows)), (-1, len(rows)), RED_LIGHT))
        rows.append([cell(text, item.overdue and index == 9) for index, text in
                     enumerate(_cells(number, item, facilities))])
    fractions = (0.04, 0.11, 0.10, 0.08, 0.20, 0.05, 0.17, 0.06, 0.07, 0.06, 0.06)
    table = Table(rows, colWidths=[width * f for f in fractions], repeatRows=1, splitInRow=36)
    table.setStyle(TableStyle(grid_table_style(font) + [("VALIGN", (0, 1), (-1, -1), "TOP")] + extra))
    story.append(table if items else Paragraph("没有符合条件的整改事项。", s.body))
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=page, leftMargin=12 * mm, rightMargin=12 * mm, topMargin=24 * mm,
                            bottomMargin=20 * mm, title=f"{TITLE}（{owner}）", creator="tuoyu-desktop",
                            lang="zh-CN", initialFontName=font)
    furniture = Furniture(font=font, header_left=owner, header_right=TITLE,
                          footer_left=f"导出时间：{datetime.now():%Y-%m-%d %H:%M}", footer_right=date.today().isoformat())
    doc.build(story, canvasmaker=partial(_LandscapeCanvas, furniture=furniture, pagesize=page))
    write_atomically(Path(target), buffer.getvalue())


def _LandscapeCanvas(*args, furniture, pagesize, **kwargs):  # noqa: N802 - a canvas factory
    """NumberedCanvas draws its furniture for portrait A4; landscape pages use their own width."""
    from tuoyu_desktop.report import pages

    canvas = pages.NumberedCanvas(*args, furniture=furniture, **kwargs)
    original = canvas._draw_furniture

    def draw(total: int) -> None:
        saved = pages.PAGE_SIZE
        pages.PAGE_SIZE = pagesize
        try:
            original(total)
        finally:
            pages.PAGE_SIZE = saved

    canvas._draw_furniture = draw
    return canvas
