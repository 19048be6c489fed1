"""The streaming XLSX writer: what openpyxl reads back is what was written, with real types."""

from __future__ import annotations

import datetime as dt

from openpyxl import load_workbook

from tuoyu_desktop.xlsx_stream import Workbook


def test_types_escaping_and_sheets_read_back(tmp_path):
    book = Workbook()
    first = book.sheet('汇总 "A" & <B>')
    first.freeze = (1, 2)
    first.widths = {0: 30}
    first.header(["名称", "数", "日期"])
    first.append(["甲 <托育> & 乙", 3, dt.date(2026, 12, 31)])
    first.append([None, 2.5, dt.datetime(2026, 1, 5, 10, 30)])
    first.append(["控制字符\x01\x0b被去掉", True, ""])
    second = book.sheet("第二页")
    second.append([f"行{i}" for i in range(30)])  # beyond column Z
    target = tmp_path / "book.xlsx"
    book.save(target)
    read = load_workbook(target)
    assert read.sheetnames == ['汇总 "A" & <B>', "第二页"]
    sheet = read.worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("名称", "数", "日期") and sheet["A1"].font.b
    assert rows[1] == ("甲 <托育> & 乙", 3, dt.datetime(2026, 12, 31))
    assert rows[2] == (None, 2.5, dt.datetime(2026, 1, 5))
    assert rows[3][0] == "控制字符被去掉" and rows[3][1] is True
    assert sheet.freeze_panes == "C2" and sheet.column_dimensions["A"].width == 30
    assert read.worksheets[1]["AD1"].value == "行29"
