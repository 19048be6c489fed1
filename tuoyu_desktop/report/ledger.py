"""The rectification ledger (整改台账) as PDF (reportlab, landscape) and XLSX (openpyxl).

Overdue items stand out: red text and a tinted row in the PDF, a red fill in the workbook.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from tuoyu_desktop.atomic import write_atomically
from tuoyu_desktop.dates import china_time, day, when, when_text
from tuoyu_desktop.messages import Message
from tuoyu_desktop.rectification import RectificationItem
from tuoyu_desktop.report.document import DocumentInfo, ReportDocument, escape
from tuoyu_desktop.report.pages import LANDSCAPE
from tuoyu_desktop.report.styles import RED, RED_LIGHT
from tuoyu_desktop.report.textcheck import place
from tuoyu_desktop.xlsx_text import keep_text

TITLE = "整改台账"
COLUMNS = ("number", "facility", "source", "area", "description", "severity", "opinion", "responsible", "deadline",
           "status", "status_reason")
HEADINGS = tuple(Message(f"ledger.{column}") for column in COLUMNS)  # 序号, 机构 … 说明
STATUS_COLUMN = COLUMNS.index("status")
DEADLINE_COLUMN = COLUMNS.index("deadline")
FRACTIONS = (0.04, 0.11, 0.10, 0.08, 0.20, 0.05, 0.17, 0.06, 0.07, 0.06, 0.06)  # of the page's text width


def _cells(number: int, item: RectificationItem, facilities: dict[int, str]) -> list[str]:
    status = item.status + ("（逾期）" if item.overdue else "")
    source = item.source_label + (f"·{item.report_label}" if item.report_label else "")
    return [str(number), facilities.get(item.facility_id, ""), source, item.area, item.description, item.severity,
            item.opinion, item.responsible, item.deadline or "", status, item.status_reason]


def write_ledger_xlsx(target: Path, items: Sequence[RectificationItem], facilities: dict[int, str], owner: str,
                      filters: list[str]) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

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
    keep_text(book)
    book.save(buffer)
    write_atomically(Path(target), buffer.getvalue())


class LedgerDocument(ReportDocument):
    """The ledger as a landscape PDF: one table, overdue rows tinted with red status text."""

    def __init__(self, items: Sequence[RectificationItem], facilities: dict[int, str], owner: str,
                 filters: list[str], exported_at: datetime):
        super().__init__(LANDSCAPE)
        self.items = items
        self.facilities = facilities
        self.owner = owner
        self.filters = filters
        self.exported_at = exported_at

    def info(self) -> DocumentInfo:
        return DocumentInfo(title=f"{TITLE}（{self.owner}）", author=self.owner, subject=TITLE,
                            header_left=self.owner, header_right=TITLE,
                            footer_left=f"导出时间：{when(self.exported_at)}",
                            footer_right=day(china_time(self.exported_at)))

    def build(self) -> None:
        s, items = self.s, self.items
        owner = self.t(self.owner, place("facility_name"))
        overdue = sum(1 for i in items if i.overdue)
        self.story += [self.p(f"{TITLE}：{owner}", s.h1),
                       self.p(f"共 {len(items)} 项，其中逾期 {overdue} 项（红色标出）"
                              + (f"。筛选：{escape('；'.join(self.filters))}" if self.filters else "") + "。", s.note),
                       Spacer(1, 3 * mm)]
        if not items:
            self.story.append(self.p("没有符合条件的整改事项。", s.body))
            return
        rows: list[list[Any]] = [[self.p(h, s.cell_head) for h in HEADINGS]]
        extra: list[tuple[Any, ...]] = [("VALIGN", (0, 1), (-1, -1), "TOP")]
        for number, item in enumerate(items, start=1):
            if item.overdue:
                extra.append(("BACKGROUND", (0, len(rows)), (-1, len(rows)), RED_LIGHT))
            cells = []
            texts = _cells(number, item, self.facilities)
            texts[DEADLINE_COLUMN] = when_text(texts[DEADLINE_COLUMN])
            for index, (heading, text) in enumerate(zip(HEADINGS, texts, strict=True)):
                markup = self.t(text, place("ledger_cell", number=number, column=heading))
                cells.append(self.p(self.color(markup, RED) if item.overdue and index == STATUS_COLUMN else markup))
            rows.append(cells)
        width = self.layout.content_width
        self.story.append(self.table(rows, [width * f for f in FRACTIONS], extra=extra))


def write_ledger_pdf(target: Path, items: Sequence[RectificationItem], facilities: dict[int, str], owner: str,
                     filters: list[str]) -> None:
    """The ledger as PDF. Raises ``UnrenderableText`` (nothing written) for text the font lacks."""
    LedgerDocument(items, facilities, owner, filters, datetime.now()).write(Path(target))
