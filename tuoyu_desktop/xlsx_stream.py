"""A small, fast XLSX writer for large plain tables (the district's upward workbook).

openpyxl writes about 60,000 cells a second here; a district's workbook of 1,000 facilities
has about a million (every item's answer per facility). This writes the same Office Open XML
directly: text as inline strings, numbers as numbers, dates as date serials with a date format,
a bold header row, frozen panes and column widths. Readers (Excel, WPS, LibreOffice, openpyxl)
see real cell types. Pure standard library.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

EPOCH = date(1899, 12, 30)
_BAD_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
STYLE_BOLD, STYLE_DATE = 1, 2

_STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts>
<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>
<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>
<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>"""


def _column(index: int) -> str:
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


def _cell(value: Any) -> str:
    if value is None or value == "":
        return "<c/>"
    if isinstance(value, bool):
        return f'<c t="b"><v>{int(value)}</v></c>'
    if isinstance(value, (int, float)):
        return f"<c><v>{value!r}</v></c>"
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return f'<c s="{STYLE_DATE}"><v>{(value - EPOCH).days}</v></c>'
    text = str(value)
    if not text.isprintable():  # line breaks are fine; control characters are not allowed in XML
        text = _BAD_XML.sub("", text)
    return f'<c t="inlineStr"><is><t xml:space="preserve">{escape(text)}</t></is></c>'


class Sheet:
    def __init__(self, title: str, cells: dict[str, str] | None = None):
        self.title = title[:31]
        self._cells: dict[str, str] = {} if cells is None else cells  # text → its cell XML (texts repeat a lot)
        self.rows: list[str] = []
        self.freeze: tuple[int, int] | None = None  # (rows, columns) kept in view
        self.widths: dict[int, float] = {}

    def header(self, titles: Sequence[str]) -> None:
        cells = "".join(f'<c t="inlineStr" s="{STYLE_BOLD}"><is><t>{escape(str(t))}</t></is></c>' for t in titles)
        self.rows.append(f'<row r="{len(self.rows) + 1}">{cells}</row>')

    def append(self, values: Iterable[Any]) -> None:
        known = self._cells
        parts = []
        for value in values:
            if value.__class__ is str:
                cell = known.get(value)
                if cell is None:
                    cell = _cell(value)
                    if len(known) < 500_000:
                        known[value] = cell
                parts.append(cell)
            else:
                parts.append(_cell(value))
        self.rows.append(f'<row r="{len(self.rows) + 1}">{"".join(parts)}</row>')

    def xml(self) -> str:
        views = ""
        if self.freeze:
            rows, columns = self.freeze
            corner = f"{_column(columns)}{rows + 1}"
            views = (f'<sheetViews><sheetView workbookViewId="0"><pane xSplit="{columns}" ySplit="{rows}" '
                     f'topLeftCell="{corner}" activePane="bottomRight" state="frozen"/></sheetView></sheetViews>')
        cols = "".join(f'<col min="{i + 1}" max="{i + 1}" width="{w}" customWidth="1"/>'
                       for i, w in sorted(self.widths.items()))
        return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                f'{views}{f"<cols>{cols}</cols>" if cols else ""}<sheetData>{"".join(self.rows)}</sheetData></worksheet>')


class Workbook:
    def __init__(self) -> None:
        self.sheets: list[Sheet] = []
        self._cells: dict[str, str] = {}

    def sheet(self, title: str) -> Sheet:
        sheet = Sheet(title, self._cells)
        self.sheets.append(sheet)
        return sheet

    def to_bytes(self) -> bytes:
        names = range(1, len(self.sheets) + 1)
        content_types = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/styles.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
            + "".join(f'<Override PartName="/xl/worksheets/sheet{n}.xml" '
                      'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                      for n in names) + "</Types>")
        root_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                     '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                     '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                     'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        workbook = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
                    + "".join(f'<sheet name="{escape(s.title, {chr(34): "&quot;"})}" sheetId="{n}" r:id="rId{n}"/>'
                              for n, s in zip(names, self.sheets, strict=True)) + "</sheets></workbook>")
        workbook_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                         + "".join(f'<Relationship Id="rId{n}" Type="http://schemas.openxmlformats.org/'
                                   f'officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{n}.xml"/>'
                                   for n in names)
                         + f'<Relationship Id="rId{len(self.sheets) + 1}" Type="http://schemas.openxmlformats.org/'
                           'officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>')
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=3) as archive:
            archive.writestr("[Content_Types].xml", content_types)
            archive.writestr("_rels/.rels", root_rels)
            archive.writestr("xl/workbook.xml", workbook)
            archive.writestr("xl/_rels/workbook.xml.rels", workbook_rels)
            archive.writestr("xl/styles.xml", _STYLES)
            for n, sheet in zip(names, self.sheets, strict=True):
                archive.writestr(f"xl/worksheets/sheet{n}.xml", sheet.xml())
        return buffer.getvalue()

    def save(self, target: Path) -> None:
        from tuoyu_desktop.atomic import write_atomically

        write_atomically(Path(target), self.to_bytes())
