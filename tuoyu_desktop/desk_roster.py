"""The roster workbook (备案机构名册): its template, and reading one with every problem named
by sheet, row and column. Pure (openpyxl only); the desk service stores what this returns."""

from __future__ import annotations

import io
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tuoyu_desktop.errors import InvalidInput
from tuoyu_desktop.facility import FACILITY_TYPES, credit_code_problem
from tuoyu_desktop.messages import Joined, Message
from tuoyu_desktop.oserrors import describe as describe_os_error
from tuoyu_desktop.plainfiles import regular_size

SHEET = "名册"
# (heading, field, required column, example)
COLUMNS: tuple[tuple[str, str, bool, Any], ...] = (
    ("机构名称", "name", True, "阳光宝贝托育中心"),
    ("统一社会信用代码", "credit_code", True, "91110105MA01ABCD0X"),
    ("备案号", "filing_number", True, "京朝托备2024-017"),
    ("地址", "address", True, "北京市朝阳区望京街道 1 号"),
    ("机构类型", "facility_type", True, FACILITY_TYPES[0]),
    ("普惠", "is_puhui", True, "是"),
    ("托位数", "places", True, 60),
    ("联系方式", "contact", True, "010-12345678"),
    ("所在区县", "district", False, "北京市朝阳区"),
)
YES, NO = ("是", "yes", "y", "1", "true", "普惠"), ("否", "no", "n", "0", "false", "")
MAX_ROWS = 20000


class RosterInvalid(InvalidInput):
    """A roster workbook with problems; ``problems`` names each by sheet, row and column.
    Nothing was stored."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        shown = Joined([Joined(problems[:8], "；"), Message("roster.more", count=len(problems)) if len(problems) > 8 else ""], "")
        super().__init__(Message("roster.invalid", count=len(problems), shown=shown))


@dataclass(frozen=True)
class RosterEntry:
    credit_code: str
    name: str
    filing_number: str = ""
    address: str = ""
    facility_type: str = FACILITY_TYPES[0]
    is_puhui: int = 0
    places: int = 0
    contact: str = ""
    district: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


def entry_problems(values: dict[str, Any]) -> dict[str, str]:
    """Field → problem of one entry typed by hand (the same checks as the workbook)."""
    found: dict[str, str] = {}
    if not str(values.get("name") or "").strip():
        found["name"] = Message("roster.no_name")
    code = str(values.get("credit_code") or "").strip().upper()
    problem = credit_code_problem(code) if code else Message("roster.no_code")
    if problem:
        found["credit_code"] = problem
    kind = str(values.get("facility_type") or FACILITY_TYPES[0]).strip()
    if kind not in FACILITY_TYPES:
        found["facility_type"] = Message("roster.bad_type", choices="、".join(FACILITY_TYPES))
    try:
        if int(values.get("places") or 0) < 0:
            found["places"] = Message("roster.negative_places")
    except (TypeError, ValueError):
        found["places"] = Message("roster.places_integer")
    return found


def make_entry(values: dict[str, Any]) -> RosterEntry:
    """A checked entry; ``InvalidInput`` naming every problem."""
    problems = entry_problems(values)
    if problems:
        raise InvalidInput("；".join(problems.values()))
    return RosterEntry(
        credit_code=str(values["credit_code"]).strip().upper(), name=str(values["name"]).strip(),
        filing_number=str(values.get("filing_number") or "").strip(), address=str(values.get("address") or "").strip(),
        facility_type=str(values.get("facility_type") or FACILITY_TYPES[0]).strip(),
        is_puhui=int(bool(values.get("is_puhui"))), places=int(values.get("places") or 0),
        contact=str(values.get("contact") or "").strip(), district=str(values.get("district") or "").strip())


def write_template(target: str | os.PathLike[str]) -> Path:
    """The roster template: the columns, one example row, and a sheet explaining them."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.worksheet.datavalidation import DataValidation

    from tuoyu_desktop.atomic import write_atomically

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = SHEET
    sheet.append([c[0] for c in COLUMNS])
    sheet.append([c[3] for c in COLUMNS])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for letter, width in zip("ABCDEFGHI", (24, 22, 18, 30, 14, 8, 8, 16, 14), strict=True):
        sheet.column_dimensions[letter].width = width
    kinds = DataValidation(type="list", formula1='"' + ",".join(FACILITY_TYPES) + '"', allow_blank=True)
    puhui = DataValidation(type="list", formula1='"是,否"', allow_blank=True)
    sheet.add_data_validation(kinds)
    sheet.add_data_validation(puhui)
    kinds.add("E2:E5000")
    puhui.add("F2:F5000")
    sheet.freeze_panes = "A2"
    notes = book.create_sheet("说明")
    notes.append(["列", "必填", "说明"])
    explanations = {
        "name": "备案名称", "credit_code": "18 位，按 GB 32100 校验第 18 位；不得重复",
        "filing_number": "备案回执上的编号", "address": "", "facility_type": "、".join(FACILITY_TYPES),
        "is_puhui": "是 / 否", "places": "整数", "contact": "电话或联系人", "district": "可不填"}
    for heading, field, required, _example in COLUMNS:
        notes.append([heading, "是" if required else "否", explanations[field]])
    notes.append([])
    notes.append(["第 2 行是示例，请替换或删除。第一行的列名不要改动，列的顺序可以调整。"])
    buffer = io.BytesIO()
    book.save(buffer)
    path = Path(target)
    write_atomically(path, buffer.getvalue())
    return path


def read_roster(path: str | os.PathLike[str]) -> list[RosterEntry]:
    """Every entry of a roster workbook; ``RosterInvalid`` lists every problem (sheet, row,
    column), ``InvalidInput`` when the file is not a workbook."""
    from openpyxl import load_workbook
    from openpyxl.utils import get_column_letter

    path = Path(path)
    try:
        regular_size(path)  # a pipe would be waited on for ever
        book = load_workbook(path, read_only=True, data_only=True)
    except FileNotFoundError:
        raise InvalidInput(Message("roster.not_found", path=path)) from None
    except OSError as exc:
        raise InvalidInput(Message("roster.not_workbook", name=path.name, error=describe_os_error(exc))) from None
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds for a file that is not XLSX
        raise InvalidInput(Message("roster.not_workbook", name=path.name, error=type(exc).__name__)) from None
    try:
        sheet = book[SHEET] if SHEET in book.sheetnames else book.worksheets[0]
        rows = sheet.iter_rows(values_only=True)
        header = next(rows, None)
        where = Message("roster.sheet", sheet=sheet.title)
        if header is None:
            raise RosterInvalid([Message("roster.empty", where=where)])
        headings = {str(h).strip(): index for index, h in enumerate(header) if h is not None and str(h).strip()}
        missing = [c[0] for c in COLUMNS if c[2] and c[0] not in headings]
        if missing:
            raise RosterInvalid([Message("roster.missing_column", where=where, name=name) for name in missing])
        problems: list[str] = []
        entries: list[RosterEntry] = []
        seen: dict[str, int] = {}
        for number, row in enumerate(rows, start=2):
            if number > MAX_ROWS:
                problems.append(Message("roster.too_many", where=where, count=MAX_ROWS))
                break
            values: dict[str, Any] = {}
            for heading, field, _required, _example in COLUMNS:
                index = headings.get(heading)
                values[field] = row[index] if index is not None and index < len(row) else None
            if all(v is None or str(v).strip() == "" for v in values.values()):
                continue

            def cell(field: str, row_number: int = number) -> str:
                heading = next(c[0] for c in COLUMNS if c[1] == field)
                return Message("roster.cell", where=where, row=row_number, column=get_column_letter(headings[heading] + 1),
                               heading=heading)

            puhui = str(values["is_puhui"] if values["is_puhui"] is not None else "").strip().lower()
            if puhui in YES:
                values["is_puhui"] = 1
            elif puhui in NO:
                values["is_puhui"] = 0
            else:
                problems.append(Message("roster.yes_no", cell=cell("is_puhui"), yes=YES[0], no=NO[0],
                                             value=values["is_puhui"]))
            places = values["places"]
            if isinstance(places, float) and places.is_integer():
                values["places"] = int(places)
            elif places is not None and not isinstance(places, int) and not str(places).strip().isdigit():
                problems.append(Message("roster.integer", cell=cell("places"), value=places))
                values["places"] = 0
            for field, problem in entry_problems(values).items():
                if field != "places" or not any(cell("places") in p for p in problems):
                    problems.append(Message("roster.problem", cell=cell(field), problem=problem))
            code = str(values["credit_code"] or "").strip().upper()
            if code in seen:
                problems.append(Message("roster.duplicate", cell=cell("credit_code"), code=code, other=seen[code]))
            elif code:
                seen[code] = number
            if not problems:
                entries.append(make_entry(values))
        if problems:
            raise RosterInvalid(problems)
        return entries
    finally:
        book.close()
