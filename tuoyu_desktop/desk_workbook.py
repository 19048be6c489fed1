"""The upward workbook of a reporting cycle (报送汇总表): one file for the city.

Sheets: 汇总 (one row per roster facility), 条目 (every item's answer per facility), 整改 (every
finding and gap with its deadline and state), 说明 (what the columns mean). Numbers are numbers,
dates are dates (Excel cell types), so the city can sort and sum without retyping.
Written with :mod:`tuoyu_desktop.xlsx_stream` (about a million cells for 1,000 facilities;
openpyxl would take several times the 5 s target), atomically.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tuoyu_desktop.services.desk import Submission

DECISIONS = {"approved": "通过", "returned": "退回", "rejected": "不予认可"}


def _date(text: str | None) -> date | None:
    try:
        return date.fromisoformat(str(text)[:10]) if text else None
    except ValueError:
        return None


def write(target: Path, cycle: Mapping[str, Any], submissions: Sequence[Submission], figures: Mapping[str, Any],
          payloads: Mapping[str, Mapping[str, Any]], roster: Mapping[str, Mapping[str, Any]],
          board: Sequence[Mapping[str, Any]], districts: Mapping[str, str] | None = None) -> Path:
    """Write the workbook; with ``districts`` (credit code → district, a city's workbook) every
    sheet's rows start with a 区县 column."""
    from tuoyu_desktop.snapshots import form_items, option_ratios
    from tuoyu_desktop.xlsx_stream import Workbook

    book = Workbook()
    lead: list[str] = ["区县"] if districts is not None else []

    def where(code: str) -> list[Any]:
        return [districts.get(code, "")] if districts is not None else []

    dimensions = figures["dimensions"]
    by_code = {row["credit_code"]: row for row in figures["rows"]}
    summary = book.sheet("汇总")
    summary.freeze = (1, 2 + len(lead))
    summary.widths = {k + len(lead): v for k, v in {0: 26, 1: 22, 8: 38, 9: 24}.items()}
    summary.header([*lead, "机构名称", "统一社会信用代码", "备案号", "机构类型", "普惠", "托位数", "报送状态", "逾期天数",
                    "报告编号", "评估表", "得分", "得分率(%)", "等级", "排名",
                    *[f"{d['id']} {d['title']}(%)" for d in dimensions],
                    "一票否决未达标数", "审核结论", "提交日期"])
    for sub in submissions:
        entry = roster.get(sub.credit_code, {})
        report = sub.report or {}
        row = by_code.get(sub.credit_code, {})
        dims = row.get("dimensions", {})
        summary.append([
            *where(sub.credit_code), sub.name, sub.credit_code, entry.get("filing_number", ""), entry.get("facility_type", ""),
            "是" if entry.get("is_puhui") else "否", entry.get("places") or 0, sub.status_label, sub.days_late,
            report.get("report_id"), report.get("form_title"), report.get("earned"), report.get("percent"),
            report.get("grade"), row.get("rank"), *[dims.get(d["id"]) for d in dimensions],
            report.get("veto_count"), DECISIONS.get((sub.review or {}).get("decision", ""), "未审核" if report else ""),
            _date(report.get("submitted_on"))])

    items_sheet = book.sheet("条目")
    items_sheet.freeze = (1, 2 + len(lead))
    items_sheet.widths = {k + len(lead): v for k, v in {0: 26, 1: 22, 4: 60}.items()}
    items_sheet.header([*lead, "机构名称", "统一社会信用代码", "维度", "条目", "条目内容", "答案", "得分比例", "不适用",
                        "不适用理由", "说明", "未达标", "一票否决未达标"])
    texts: dict[str, dict[str, dict[str, str]]] = {}
    ratio_maps: dict[str, dict] = {}
    for code, payload in payloads.items():
        snapshot = payload.get("form_snapshot") or {}
        form_hash = str((payload.get("form") or {}).get("hash", "")) or code
        if form_hash not in texts:  # the same form: read its snapshot once
            texts[form_hash], ratio_maps[form_hash] = form_items(snapshot), option_ratios(snapshot)
        items, ratios = texts[form_hash], ratio_maps[form_hash]
        scores = payload.get("scores") or {}
        gaps, vetoes = set(scores.get("gaps") or []), set(scores.get("veto_failed") or [])
        name = roster.get(code, {}).get("name", "")
        for item_id, answer in sorted((payload.get("answers") or {}).items()):
            info = items.get(item_id, {})
            value = answer.get("value")
            label, ratio = ratios.get((item_id, str(value)), (value, None))
            items_sheet.append([*where(code), name, code, info.get("dimension", ""), item_id, info.get("text", ""), label, ratio,
                                "是" if answer.get("na") else "否", answer.get("na_reason", ""),
                                answer.get("comment", ""), "是" if item_id in gaps else "否",
                                "是" if item_id in vetoes else "否"])

    rect = book.sheet("整改")
    rect.freeze = (1, 2 + len(lead))
    rect.widths = {k + len(lead): v for k, v in {0: 26, 1: 22, 6: 60}.items()}
    rect.header([*lead, "机构名称", "统一社会信用代码", "来源", "报告编号", "条目或发现", "维度", "内容", "严重程度",
                 "整改期限", "状态", "逾期天数", "已用天数", "销号日期", "销号依据"])
    for item in board:
        rect.append([*where(item["credit_code"]), item["facility_name"], item["credit_code"], item["source_label"], item["report_id"],
                     item["item_key"], item["dimension_id"], item["description"], item["severity"],
                     _date(item["deadline"]), item["state_label"], item["days_overdue"], item["ageing"],
                     _date(item["closed_at"]), item["closing_report_id"] or ""])

    notes = book.sheet("说明")
    notes.widths = {0: 18, 1: 40}
    notes.append(["报送周期", cycle["title"]])
    if districts is not None:
        notes.append(["区县数", len(set(districts.values()))])
    notes.append(["评估周期", cycle["period"]])
    notes.append(["截止日期", _date(cycle["due_date"])])
    notes.append(["名册机构数", figures["roster"]])
    notes.append(["已提交", figures["submitted"]])
    notes.append(["平均得分率(%)", figures["average_percent"]])
    for grade, count in figures["grades"].items():
        notes.append([f"等级 {grade}", count])
    notes.append([])
    notes.append(["得分率均为百分数（0–100）；日期为 Excel 日期；数据来自经验证签名的机构报告。"])
    book.save(target)
    return target
