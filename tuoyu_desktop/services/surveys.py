"""``workspace.surveys``: the 家长满意度调查 — anonymous responses and the index they make.

A response is a mapping item id → option value (``None`` for 不适用); no name, phone or device
is ever stored, only when it was given. The index of a dimension is the mean rating of all its
answered items over all respondents (weighted by item points), mapped to 0–100 (非常满意 = 100,
非常不满意 = 0 on the bundled scale); 不适用 and unanswered items do not count.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from tuoyu_desktop.errors import InvalidInput, NotFound, TuoyuError
from tuoyu_desktop.forms import Form
from tuoyu_desktop.messages import Message
from tuoyu_desktop.services.errors import ProfileInvalid
from tuoyu_desktop.services.facilities import Facilities
from tuoyu_desktop.services.forms import Forms
from tuoyu_desktop.store import Store
from tuoyu_desktop.survey import DimensionIndex, SurveyIndex

DEFAULT_SURVEY_FORM_ID = "parent-survey"
NA_WORDS = ("不适用", "不了解", "不清楚", "n/a", "na")
MAX_PROBLEMS = 30
MAX_RESPONSES = 100_000
# Columns a questionnaire tool adds to its export; read past, never stored.
IGNORED_HEADERS = ("序号", "编号", "提交答卷时间", "提交时间", "开始时间", "结束时间", "所用时间", "答题时间", "来源",
                   "来源详情", "来自IP", "IP", "总分", "填写设备", "操作系统", "浏览器")
NUMBERED = re.compile(r"^(?:第?\d+(?:\.\d+)*[.、．:：)）]?\s*|Q\d+[.、．:：]?\s*)")


class SurveyImportError(TuoyuError):
    """A questionnaire export that cannot be read; every problem names sheet, row and column."""

    def __init__(self, source: str, problems: list[str]):
        self.source = source
        self.problems = problems
        shown = problems[:MAX_PROBLEMS]
        more = f"\n……另有 {len(problems) - len(shown)} 处问题" if len(problems) > len(shown) else ""
        super().__init__(f"{source}：无法导入问卷结果\n" + "\n".join(shown) + more)


def _rounded(total: Decimal, weight: Decimal) -> Decimal | None:
    if not weight:
        return None
    return (total * 100 / weight).quantize(Decimal("0.1"), ROUND_HALF_UP)


class Surveys:
    def __init__(self, store: Store, forms: Forms, facilities: Facilities):
        self._store = store
        self._forms = forms
        self._facilities = facilities

    def _own_id(self) -> int:
        own = self._facilities.own()
        if own is None:
            raise ProfileInvalid({"name": Message("facility.profile_first")})
        return own[0]

    def create(self, period: str, form_id: str = DEFAULT_SURVEY_FORM_ID) -> str:
        if not period.strip():
            raise InvalidInput(Message("survey.period_empty"))
        form = self._forms.get(form_id)
        if form.kind != "survey":
            raise InvalidInput(Message("survey.not_survey", title=form.title))
        return self._store.surveys.create(self._own_id(), form, period)

    def surveys(self) -> list[dict]:
        own = self._facilities.own()
        return [] if own is None else self._store.surveys.of_facility(own[0])

    def current(self) -> str | None:
        """The facility's latest survey, or None when it has none."""
        rows = self.surveys()
        return rows[0]["id"] if rows else None

    def _survey(self, survey_id: str | None) -> tuple[dict, Form]:
        survey_id = survey_id or self.current()
        if survey_id is None:
            raise NotFound(Message("survey.none"))
        row = self._store.surveys.get(survey_id)
        return row, self._forms.pinned_hash(row["form_hash"])

    def for_report(self, facility_id: int, period: str) -> SurveyIndex | None:
        """The index a self-assessment report of ``period`` shows: the facility's survey of the
        same period, else its latest survey; None when it has none."""
        rows = self._store.surveys.of_facility(facility_id)
        if not rows:
            return None
        same = [r for r in rows if r["period"] == period.strip()]
        return self.index((same or rows)[0]["id"])

    def form(self, survey_id: str | None = None) -> Form:
        return self._survey(survey_id)[1]

    def survey_id(self, survey_id: str | None = None) -> str:
        return self._survey(survey_id)[0]["id"]

    def answer(self, answers: dict[str, str | None], survey_id: str | None = None) -> None:
        """Record one respondent's answers (option values, or None for 不适用)."""
        row, form = self._survey(survey_id)
        response: dict[str, str | None] = {}
        for item_id, value in answers.items():
            if not form.has_item(item_id):
                raise InvalidInput(Message("survey.no_item", item=item_id))
            item = form.item(item_id)
            if value is None:
                if not item.na_allowed:
                    raise InvalidInput(Message("survey.no_na", item=item_id))
                response[item_id] = None
                continue
            option = item.scale.option(value) or next((o for o in item.scale.options if o.label == value), None)
            if option is None:
                labels = "、".join(f"{o.value}={o.label}" for o in item.scale.options)
                raise InvalidInput(Message("survey.bad_answer", item=item_id, value=value, labels=labels))
            response[item_id] = option.value
        if not response:
            raise InvalidInput(Message("survey.empty"))
        self._store.surveys.add_responses(row["id"], [response], "kiosk")

    def import_xlsx(self, path: str | Path, survey_id: str | None = None) -> int:
        """Import a questionnaire export: one row per respondent, one column per item (its id or
        its text); all rows or none. Returns the number of respondents added."""
        from openpyxl.utils import get_column_letter

        from tuoyu_desktop.forms.workbook import WorkbookError
        from tuoyu_desktop.forms.workbook import _open as open_workbook

        row, form = self._survey(survey_id)
        source = str(path)
        try:
            book = open_workbook(Path(path))
        except WorkbookError as exc:
            raise SurveyImportError(source, exc.problems) from exc
        sheet = book.worksheets[0]
        by_key: dict[str, str] = {}
        for item in form.iter_items():
            by_key[item.id] = item.id
            by_key[_plain(item.text)] = item.id
        problems: list[str] = []
        rows = sheet.iter_rows()
        header = next(rows, ())
        columns: dict[int, str] = {}

        def place(r: int, c: int, title: str = "") -> str:
            return f"工作表“{sheet.title}”第 {r} 行 {get_column_letter(c)} 列" + (f"（{title}）" if title else "")

        for cell in header:
            title = str(cell.value).strip() if cell.value is not None else ""
            if not title or title in IGNORED_HEADERS:
                continue
            item_id = by_key.get(title) or by_key.get(_plain(title)) or by_key.get(_plain(NUMBERED.sub("", title)))
            if item_id is None:
                problems.append(f"{place(1, cell.column)}: 列名“{title[:40]}”不是问卷条目（请写条目编号或条目原文；"
                                "姓名、电话等列请删去，问卷匿名）")
            elif item_id in columns.values():
                problems.append(f"{place(1, cell.column)}: 条目 {item_id} 的列重复")
            else:
                columns[cell.column] = item_id
        if not columns and not problems:
            problems.append(f"工作表“{sheet.title}”第 1 行: 没有找到问卷条目的列（第一行应为条目编号或条目原文）")
        responses: list[dict[str, str | None]] = []
        for cells in rows:
            response: dict[str, str | None] = {}
            for cell in cells:
                item_id = columns.get(cell.column)
                if item_id is None or cell.value is None:
                    continue
                raw = cell.value
                if cell.data_type == "f":
                    problems.append(f"{place(cell.row, cell.column, item_id)}: 是公式，请“粘贴为数值”后再导入")
                    continue
                text = (str(int(raw)) if isinstance(raw, float) and raw.is_integer() else str(raw)).strip()
                if not text:
                    continue
                item = form.item(item_id)
                if text.lower() in NA_WORDS:
                    response[item_id] = None
                    continue
                option = item.scale.option(text) or next(
                    (o for o in item.scale.options if o.label == text), None)
                if option is None:
                    labels = "、".join(f"{o.value}={o.label}" for o in item.scale.options)
                    problems.append(f"{place(cell.row, cell.column, item_id)}: “{text[:20]}”不是可选的回答（{labels}）")
                    continue
                response[item_id] = option.value
            if response:
                responses.append(response)
            if len(responses) > MAX_RESPONSES:
                problems.append(f"工作表“{sheet.title}”: 超过 {MAX_RESPONSES} 份答卷，请分批导入")
                break
            if len(problems) > MAX_PROBLEMS * 4:
                break
        if problems:
            raise SurveyImportError(source, problems)
        if not responses:
            raise SurveyImportError(source, [Message("survey.no_responses", sheet=sheet.title)])
        return self._store.surveys.add_responses(row["id"], responses, "import")

    def index(self, survey_id: str | None = None) -> SurveyIndex:
        row, form = self._survey(survey_id)
        responses = self._store.surveys.responses(row["id"])
        grand_total = grand_weight = Decimal(0)
        dimensions = []
        for dimension in form.dimensions:
            total = weight = Decimal(0)
            ratings = 0
            for item in dimension.items:
                for response in responses:
                    value = response.get(item.id)
                    option = item.scale.option(value) if value is not None else None
                    if option is None:
                        continue
                    total += option.ratio * item.points
                    weight += item.points
                    ratings += 1
            grand_total += total
            grand_weight += weight
            dimensions.append(DimensionIndex(dimension.id, dimension.title, _rounded(total, weight), ratings))
        span = self._store.surveys.response_span(row["id"])
        return SurveyIndex(survey_id=row["id"], title=form.title, period=row["period"], respondents=len(responses),
                           first=span[0] if span else "", last=span[1] if span else "",
                           dimensions=tuple(dimensions), overall=_rounded(grand_total, grand_weight))


def _plain(text: str) -> str:
    """Item text as a questionnaire tool may print it: no spaces, no final punctuation."""
    return re.sub(r"\s+", "", text).rstrip("。.？?！!")
