"""Forms as spreadsheets: a district officer writes a workbook, the app compiles it to a form.

Four sheets: 设置 (settings), 等级 (grades), 评分方式 (answer scales, a row per option) and 条目
(items, a row each; dimension and indicator columns may be left blank to repeat the row above).
Every problem names the sheet, row and column. ``export_workbook`` writes a form back, and
compiling what it wrote gives the same form (the same canonical content and hash).
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from tuoyu_desktop.atomic import atomic_file
from tuoyu_desktop.forms.loader import FormError, build_form, normalize
from tuoyu_desktop.forms.model import Form
from tuoyu_desktop.messages import Message
from tuoyu_desktop.oserrors import describe as describe_os_error
from tuoyu_desktop.plainfiles import regular_size
from tuoyu_desktop.xlsx_text import keep_text

MAX_WORKBOOK_BYTES = 10 * 1024 * 1024
# Rows per sheet: a guard against hostile files beside the byte limits above, not a size limit
# on forms (issue 15: large is not hostile). A 20,000-item form has about 20,000 item rows.
MAX_ROWS = 50_000
MAX_UNPACKED_BYTES = 100 * 1024 * 1024  # a zip bomb is refused before it is unpacked
MAX_NUMBER_TEXT = 40  # digits and exponent: longer text is no figure a form needs
MAX_NUMBER = Decimal(10) ** 9


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    note: str  # what goes in it, shown in the docs and as the header's comment


SETTINGS_SHEET, GRADES_SHEET, SCALES_SHEET, ITEMS_SHEET = "设置", "等级", "评分方式", "条目"

SETTINGS = (
    Column("id", "编号", "评估表编号：英文字母、数字、- _ .，如 beijing-2023"),
    Column("version", "版本", "版本号，如 2026.1；同一编号的新版本不影响已有评估"),
    Column("kind", "用途", "self_assessment（机构自评）或 inspection（督导巡查）"),
    Column("title", "名称", "显示在列表和报告封面上的名称"),
    Column("standard", "依据", "依据的标准或文件（可空）"),
    Column("notice", "封面说明", "印在报告封面上的说明，如“本表不是官方评分表”（可空）"),
    Column("total_points", "总分", "可空；填写时必须等于各维度分值之和"),
    Column("veto_grade", "否决等级", "一票否决条目未达到时最高只能评的等级，如 D"),
    Column("schema", "格式版本", "2（新表）；空着为 1（旧格式：条目可不写出处）"),
    Column("provider_types", "适用机构类型", "如 家庭托育点；多个用顿号分隔；空着表示各类机构通用"),
)
GRADES = (
    Column("grade", "等级", "等级名称，如 A"),
    Column("min_percent", "最低得分率", "达到此得分率（%）即评此等级；从高到低排列，最后一行为 0"),
    Column("label", "等级说明", "如 优秀（可空）"),
)
SCALES = (
    Column("scale", "评分方式编号", "条目表“评分方式”列引用的编号，如 level3"),
    Column("scale_label", "评分方式名称", "如 达到 / 部分达到 / 未达到（每种评分方式填一次即可）"),
    Column("value", "选项值", "保存的取值，英文，如 met"),
    Column("label", "选项名称", "显示的名称，如 达到"),
    Column("ratio", "得分比例", "0 到 1：选此项得到条目分值的比例，如 0.5"),
)
ITEMS = (
    Column("dimension_id", "维度编号", "如 1；空着表示与上一行相同"),
    Column("dimension_title", "维度名称", "如 办托条件（每个维度填一次即可）"),
    Column("dimension_points", "维度分值", "该维度满分，必须等于其下条目分值之和"),
    Column("dimension_description", "维度说明", "可空"),
    Column("indicator_id", "指标编号", "如 1.1；空着表示与上一行相同"),
    Column("indicator_title", "指标名称", "如 资质（每个指标填一次即可）"),
    Column("id", "条目编号", "如 1.1.1，全表唯一"),
    Column("text", "条目内容", "要求的具体内容"),
    Column("guidance", "核查指引", "怎样核查、什么算部分达到（可空）"),
    Column("methods", "核查方式", "查阅资料、现场查看、访谈、实地测量，多个用顿号分隔"),
    Column("kind", "类型", "choice（选择，默认）、computed（计算）、number、text、date、multi（多选）"),
    Column("scale", "评分方式", "choice 与 multi 条目使用的评分方式编号"),
    Column("points", "分值", "choice 与 computed 条目的分值"),
    Column("veto", "一票否决", "是 / 否（默认否）"),
    Column("required", "必答", "是 / 否（默认是）"),
    Column("relevant", "适用条件", "规则表达式，为真时才显示和计分，如 class_count(\"乳儿班\") > 0"),
    Column("calculation", "计算规则", "computed 条目：为真即达到，如 largest_class(\"托小班\") <= 15"),
    Column("explain", "计算说明", "computed 条目显示的说明，{…} 中可写表达式"),
    Column("constraint", "约束", "答案须满足的规则，this 表示本条目的答案，如 this >= 0"),
    Column("constraint_message", "约束提示", "不满足约束时的提示"),
    Column("unit", "单位", "number 条目的单位，如 小时"),
    Column("source", "出处", "依据的文件和条款，如 WS/T 821—2023 5.1.5；评估表自定的分界写“本表自定：……”"),
    Column("na_allowed", "可不适用", "是 / 否；一票否决条目默认否，其他条目默认是"),
    Column("na_allowed_reason", "可不适用的理由", "一票否决条目允许不适用时必须写明理由"),
)
SHEETS = {SETTINGS_SHEET: SETTINGS, GRADES_SHEET: GRADES, SCALES_SHEET: SCALES, ITEMS_SHEET: ITEMS}
NUMBER_KEYS = {"total_points", "min_percent", "ratio", "points", "dimension_points", "schema"}
FLAG_KEYS = {"veto", "required", "na_allowed"}
LIST_KEYS = {"methods", "provider_types"}
YES, NO = {"是", "true", "yes", "y", "1", "√"}, {"否", "false", "no", "n", "0", ""}


class WorkbookError(FormError):
    """A workbook that cannot become a form; every problem names sheet, row and column."""


def _place(sheet: str, row: int, column: Column | None = None, index: int | None = None) -> str:
    if column is None:
        return Message("workbook.row", sheet=sheet, row=row)
    from openpyxl.utils import get_column_letter

    return Message("workbook.cell", sheet=sheet, row=row, column=get_column_letter(index), header=column.header)


class _Sheet:
    """One sheet's rows as dicts keyed by column key, with the place of every cell."""

    def __init__(self, worksheet, columns: tuple[Column, ...], problems: list[str]):
        self.name = worksheet.title
        self.rows: list[tuple[int, dict[str, Any], dict[str, str]]] = []
        rows = worksheet.iter_rows()
        header = next(rows, ())
        by_header = {c.header: c for c in columns} | {c.key: c for c in columns}
        positions: dict[int, Column] = {}
        for cell in header:
            title = str(cell.value).strip() if cell.value is not None else ""
            if title in by_header:
                positions[cell.column] = by_header[title]
            elif title:
                problems.append(Message("form.at", where=_place(self.name, 1), problem=Message("workbook.unknown_column", title=title)))
        missing = [c.header for c in columns if c not in positions.values() and c.key in REQUIRED_COLUMNS]
        if missing:
            problems.append(Message("form.at", where=_place(self.name, 1), problem=Message("workbook.missing_columns", columns="、".join(missing))))
        for row in rows:
            values: dict[str, Any] = {}
            places: dict[str, str] = {}
            for cell in row:
                column = positions.get(cell.column)
                if column is None or cell.value is None:
                    continue
                place = _place(self.name, cell.row, column, cell.column)
                if cell.data_type == "f":
                    problems.append(Message("form.at", where=place, problem=Message("workbook.formula")))
                    continue
                value = cell.value.strip() if isinstance(cell.value, str) else cell.value
                if value == "":
                    continue
                values[column.key] = value
                places[column.key] = place
            if values:
                self.rows.append((row[0].row, values, places))


REQUIRED_COLUMNS = {"id", "version", "kind", "title", "grade", "min_percent", "scale", "value", "label", "ratio",
                    "dimension_id", "dimension_title", "dimension_points", "indicator_id", "indicator_title", "text"}


def _open(path: Path):
    """Open the workbook, refusing what is not one, too large, hidden or merged."""
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    source = str(path)
    try:
        size = regular_size(path)
    except OSError as exc:
        raise WorkbookError(source, [Message("form.unreadable", detail=describe_os_error(exc))]) from exc
    if size > MAX_WORKBOOK_BYTES:
        raise WorkbookError(source, [Message("workbook.too_large", mb=size // (1024 * 1024), limit=MAX_WORKBOOK_BYTES // (1024 * 1024))])
    if path.suffix.lower() == ".xls":
        raise WorkbookError(source, [Message("workbook.xls")])
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(member.file_size for member in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise WorkbookError(source, [Message("workbook.not_xlsx")]) from exc
    if unpacked > MAX_UNPACKED_BYTES:
        raise WorkbookError(source, [Message("workbook.unpacked", mb=unpacked // (1024 * 1024),
                                             limit=MAX_UNPACKED_BYTES // (1024 * 1024))])
    try:
        return load_workbook(path, data_only=False)
    # SyntaxError: the XML parser's errors (cut-off XML, entities it refuses)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError, TypeError, IndexError,
            SyntaxError, OverflowError) as exc:
        raise WorkbookError(source, [Message("workbook.not_xlsx")]) from exc


def compile_workbook(path: str | Path) -> tuple[dict, Form]:
    """Read a workbook into a form document and the validated form; nothing is written."""
    path = Path(path)
    book = _open(path)
    problems: list[str] = []
    sheets: dict[str, _Sheet] = {}
    for name, columns in SHEETS.items():
        if name not in book.sheetnames:
            problems.append(Message("workbook.missing_sheet", name=name, sheets="、".join(SHEETS)))
            continue
        worksheet = book[name]
        if worksheet.sheet_state != "visible":
            problems.append(Message("workbook.hidden_sheet", name=name))
        if worksheet.max_row > MAX_ROWS:
            problems.append(Message("workbook.too_many_rows", name=name, rows=worksheet.max_row, limit=MAX_ROWS))
            continue
        merged = [str(r) for r in worksheet.merged_cells.ranges]
        if merged:
            problems.append(Message("workbook.merged", name=name, cells="、".join(merged[:5])))
            continue
        sheets[name] = _Sheet(worksheet, columns, problems)
    for name in book.sheetnames:
        if name not in SHEETS and book[name].sheet_state != "visible":
            problems.append(Message("workbook.extra_hidden", name=name))
    if problems:
        raise WorkbookError(str(path), problems)
    builder = _DocumentBuilder(problems)
    document = builder.build(sheets)
    if problems:
        raise WorkbookError(str(path), problems)
    try:
        return document, build_form(document, str(path))
    except FormError as exc:
        raise WorkbookError(str(path), [builder.locate(p) for p in exc.problems]) from exc


class _DocumentBuilder:
    """Turns sheet rows into a form document, remembering where each part came from."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        self.places: dict[str, str] = {}  # document path → sheet/row/column

    def value(self, values: dict, places: dict, key: str, path: str) -> Any:
        raw = values[key]
        self.places[path] = places[key]
        if key in NUMBER_KEYS:
            return _number(raw, lambda m: self.problems.append(Message("form.at", where=places[key], problem=m)))
        if key in FLAG_KEYS:
            return _flag(raw, lambda m: self.problems.append(Message("form.at", where=places[key], problem=m)))
        if key in LIST_KEYS:
            return [m.strip() for m in str(raw).replace("，", "、").replace(",", "、").split("、") if m.strip()]
        return str(raw) if not isinstance(raw, str) else raw

    def build(self, sheets: dict[str, _Sheet]) -> dict:
        document: dict[str, Any] = {"schema": 1}  # a settings row may say 2
        grading: dict[str, Any] = {}
        for _row, values, places in sheets[SETTINGS_SHEET].rows:
            for key in values:
                target = grading if key == "veto_grade" else document
                path = "grading.veto_grade" if key == "veto_grade" else key
                target[key] = self.value(values, places, key, path)
        grading["cutoffs"] = [
            {k: self.value(values, places, k, f"grading.cutoffs[{n}].{k}") for k in values}
            for n, (row, values, places) in enumerate(sheets[GRADES_SHEET].rows)
        ]
        if grading["cutoffs"] or "veto_grade" in grading or document.get("kind") != "survey":
            document["grading"] = grading  # a survey may have none: it gives an index, not a grade
        document["scales"] = self._scales(sheets[SCALES_SHEET])
        document["dimensions"] = self._dimensions(sheets[ITEMS_SHEET])
        return document

    def _scales(self, sheet: _Sheet) -> list[dict]:
        scales: list[dict] = []
        for row, values, places in sheet.rows:
            scale_id = values.get("scale")
            if scale_id is None:
                self.problems.append(Message("form.at", where=_place(sheet.name, row), problem=Message("workbook.no_scale_id")))
                continue
            if not scales or scales[-1]["id"] != str(scale_id):
                if any(s["id"] == str(scale_id) for s in scales):
                    self.problems.append(Message("form.at", where=places["scale"], problem=Message("workbook.scale_rows", scale=scale_id)))
                    continue
                scales.append({"id": str(scale_id), "options": []})
                self.places[f"scales[{len(scales) - 1}]"] = _place(sheet.name, row)
            scale = scales[-1]
            s = len(scales) - 1
            if "scale_label" in values:
                scale["label"] = self.value(values, places, "scale_label", f"scales[{s}].label")
            o = len(scale["options"])
            scale["options"].append(
                {k: self.value(values, places, k, f"scales[{s}].options[{o}].{k}") for k in ("value", "label", "ratio") if k in values}
            )
            self.places[f"scales[{s}].options[{o}]"] = _place(sheet.name, row)
        return scales

    def _dimensions(self, sheet: _Sheet) -> list[dict]:
        dimensions: list[dict] = []
        for row, values, places in sheet.rows:
            dimension_id = values.get("dimension_id")
            if dimension_id is not None and (not dimensions or dimensions[-1]["id"] != str(dimension_id)):
                dimensions.append({"id": str(dimension_id), "indicators": []})
                self.places[f"dimensions[{len(dimensions) - 1}]"] = _place(sheet.name, row)
            if not dimensions:
                self.problems.append(Message("form.at", where=_place(sheet.name, row), problem=Message("workbook.no_dimension")))
                return dimensions
            d = len(dimensions) - 1
            dimension = dimensions[-1]
            for key, target in (("dimension_title", "title"), ("dimension_points", "points"), ("dimension_description", "description")):
                if key in values:
                    self._set_once(dimension, target, self.value(values, places, key, f"dimensions[{d}].{target}"), places[key])
            indicator_id = values.get("indicator_id")
            indicators = dimension["indicators"]
            if indicator_id is not None and (not indicators or indicators[-1]["id"] != str(indicator_id)):
                indicators.append({"id": str(indicator_id), "items": []})
                self.places[f"dimensions[{d}].indicators[{len(indicators) - 1}]"] = _place(sheet.name, row)
            if not indicators:
                self.problems.append(Message("form.at", where=_place(sheet.name, row), problem=Message("workbook.no_indicator")))
                continue
            i = len(indicators) - 1
            if "indicator_title" in values:
                title = self.value(values, places, "indicator_title", f"dimensions[{d}].indicators[{i}].title")
                self._set_once(indicators[-1], "title", title, places["indicator_title"])
            t = len(indicators[-1]["items"])
            base = f"dimensions[{d}].indicators[{i}].items[{t}]"
            item_keys = [c.key for c in ITEMS[6:]]
            item = {k: self.value(values, places, k, f"{base}.{k}") for k in item_keys if k in values}
            if "id" in item:
                item["id"] = str(values["id"])
            self.places[base] = _place(sheet.name, row)
            indicators[-1]["items"].append(item)
        return dimensions

    def _set_once(self, node: dict, key: str, value: Any, place: str) -> None:
        if key in node and node[key] != value:
            self.problems.append(Message("form.at", where=place, problem=Message("workbook.differs", value=node[key])))
        node[key] = value

    def locate(self, problem: str) -> str:
        """Rewrite a loader problem (``dimensions[0].points: …``) with its sheet, row and column."""
        path, sep, message = problem.partition(": ")
        if not sep:
            return problem
        probe = path
        while probe:
            if probe in self.places:
                return Message("form.at", where=self.places[probe], problem=problem.params["problem"] if isinstance(problem, Message) and problem.id == "form.at" else message)
            probe = probe.rpartition(".")[0] if "." in probe else ""
        return problem


def _number(raw: Any, fail: Callable[[str], None]) -> int | float:
    if isinstance(raw, bool):
        fail(Message("form.not_number"))
        return 0
    text = str(raw).strip().rstrip("%")
    try:
        number = Decimal(text) if len(text) <= MAX_NUMBER_TEXT else Decimal("NaN")
    except InvalidOperation:
        fail(Message("workbook.not_number", raw=raw))
        return 0
    if not number.is_finite() or abs(number) > MAX_NUMBER:
        fail(Message("workbook.unreasonable", text=text[:20], limit=MAX_NUMBER))
        return 0
    return int(number) if number == number.to_integral_value() else float(number)


def _flag(raw: Any, fail: Callable[[str], None]) -> bool:
    text = str(raw).strip().lower()
    if text in YES:
        return True
    if text in NO:
        return False
    fail(Message("workbook.yes_no", raw=raw, yes="是", no="否"))
    return False


def export_workbook(form: Form, target: str | Path) -> Path:
    """Write ``form`` as a workbook that compiles back to the same form."""
    import json

    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font, PatternFill

    document = normalize(json.loads(form.snapshot))
    book = Workbook()
    book.remove(book.active)
    header_font, header_fill = Font(bold=True, color="FFFFFF"), PatternFill("solid", fgColor="3A6EA5")

    def sheet(name: str, columns: tuple[Column, ...], rows: list[dict], widths: dict[str, int]) -> None:
        worksheet = book.create_sheet(name)
        worksheet.append([c.header for c in columns])
        for index, column in enumerate(columns, start=1):
            cell = worksheet.cell(row=1, column=index)
            cell.font, cell.fill = header_font, header_fill
            cell.comment = Comment(column.note, "tuoyu")
            worksheet.column_dimensions[cell.column_letter].width = widths.get(column.key, 14)
        for row in rows:
            worksheet.append([_cell(row.get(c.key)) for c in columns])
        for row in worksheet.iter_rows(min_row=2):
            for cell in row:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                if isinstance(cell.value, str) and cell.value.startswith("="):
                    cell.data_type = "s"  # text that only looks like a formula
        worksheet.freeze_panes = "A2"

    grading = document.get("grading", {})
    settings = {k: document.get(k) for k in ("id", "version", "kind", "title", "standard", "notice", "total_points")}
    settings["veto_grade"] = grading.get("veto_grade")
    settings["schema"] = document.get("schema")
    settings["provider_types"] = "、".join(document.get("provider_types", [])) or None
    sheet(SETTINGS_SHEET, SETTINGS, [settings], {"title": 36, "notice": 60, "standard": 30})
    sheet(GRADES_SHEET, GRADES, grading.get("cutoffs", []), {})
    scale_rows = []
    for scale in document.get("scales", []):
        for n, option in enumerate(scale["options"]):
            scale_rows.append({"scale": scale["id"], "scale_label": scale.get("label") if n == 0 else None, **option})
    sheet(SCALES_SHEET, SCALES, scale_rows, {"scale_label": 24})
    item_rows = []
    for dimension in document.get("dimensions", []):
        first_of_dimension = True
        for indicator in dimension["indicators"]:
            first_of_indicator = True
            for item in indicator["items"]:
                row = dict(item)
                row["methods"] = "、".join(item.get("methods", []))
                if isinstance(item.get("source"), list):
                    row["source"] = "；".join(item["source"])
                row["dimension_id"], row["indicator_id"] = dimension["id"], indicator["id"]
                if first_of_dimension:
                    row["dimension_title"] = dimension["title"]
                    row["dimension_points"] = dimension.get("points")
                    row["dimension_description"] = dimension.get("description")
                if first_of_indicator:
                    row["indicator_title"] = indicator["title"]
                first_of_dimension = first_of_indicator = False
                item_rows.append(row)
    sheet(ITEMS_SHEET, ITEMS, item_rows, {"text": 50, "guidance": 40, "relevant": 30, "calculation": 36, "explain": 40})
    target = Path(target)
    keep_text(book)
    with atomic_file(target) as handle:  # all or nothing: a failed save leaves no half a workbook
        book.save(handle)
    return target


def _cell(value: Any) -> Any:
    if isinstance(value, bool):
        return "是" if value else "否"
    return value
