"""A reporting cycle's summary as a landscape PDF (报送汇总), to sign and send upward with the
workbook: states, figures per facility and dimension, grade distribution and veto failures."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from tuoyu_desktop.dates import when
from tuoyu_desktop.report.document import DocumentInfo, ReportDocument
from tuoyu_desktop.report.pages import LANDSCAPE
from tuoyu_desktop.report.styles import RED, RED_LIGHT
from tuoyu_desktop.report.textcheck import place

TITLE = "报送汇总"


class DeskSummary(ReportDocument):
    def __init__(self, cycle: Mapping[str, Any], submissions: Sequence[Mapping[str, Any]],
                 figures: Mapping[str, Any], district: str):
        super().__init__(LANDSCAPE)
        self.cycle, self.submissions, self.figures, self.district = cycle, submissions, figures, district
        self.made_at = datetime.now()

    def info(self) -> DocumentInfo:
        owner = self.district or "区县卫生健康部门"
        return DocumentInfo(title=f"{TITLE}：{self.cycle['title']}", author=owner, subject=TITLE,
                            header_left=owner, header_right=TITLE, footer_left=f"生成时间：{when(self.made_at)}",
                            footer_right=self.cycle["period"])

    def build(self) -> None:
        s, figures, add = self.s, self.figures, self.story.append
        add(self.p(f"{TITLE}：{self.t(self.cycle['title'], place('cycle_title'))}", s.h1))
        grades = "，".join(f"{g} {n} 家" for g, n in figures["grades"].items()) or "—"
        average = "—" if figures["average_percent"] is None else f"{figures['average_percent']:.1f}%"
        add(self.p(f"评估周期 {self.t(self.cycle['period'], place('period'))}，截止 {self.cycle['due_date']}。名册 "
                   f"{figures['roster']} 家，已接收 {figures['submitted']} 家；平均得分率 {average}；等级分布：{grades}。",
                   s.body))
        if figures["veto_failures"]:
            vetoes = "；".join(f"{v['item']}（{v['count']} 家）" for v in figures["veto_failures"][:12])
            add(self.p(self.color(f"一票否决未达标：{self.t(vetoes, place('veto_failures'))}", RED), s.body))
        add(Spacer(1, 3 * mm))
        dims = figures["dimensions"]
        by_code = {r["credit_code"]: r for r in figures["rows"]}
        heads = ["机构", "信用代码", "状态", "逾期天数", "等级", "得分率", "排名", *[d["title"] for d in dims]]
        rows: list[list[Any]] = [[self.p(self.t(h, place("column_heading")), s.cell_head) for h in heads]]
        extra: list[tuple[Any, ...]] = []
        for sub in self.submissions:
            row = by_code.get(sub["credit_code"], {})
            cells = [self.t(sub["facility"], place("facility")), sub["credit_code"],
                     self.t(sub["status_label"], place("submission_status")),
                     str(sub["days_late"] or ""), row.get("grade", ""),
                     f"{row['percent']:.1f}" if row else "", str(row.get("rank", ""))]
            cells += [f"{row['dimensions'][d['id']]:.1f}" if row and d["id"] in row["dimensions"] else "" for d in dims]
            if sub["status"] in ("overdue", "rejected") or row.get("grade") == "D":
                extra.append(("BACKGROUND", (0, len(rows)), (-1, len(rows)), RED_LIGHT))
            rows.append([self.p(c) for c in cells])
        width = self.layout.content_width
        fixed = [0.17, 0.13, 0.07, 0.05, 0.04, 0.06, 0.04]
        rest = (1 - sum(fixed)) / max(len(dims), 1)
        self.story.append(self.table(rows, [width * f for f in fixed] + [width * rest] * len(dims), extra=extra))


def write_desk_summary(target: Path, cycle: Mapping[str, Any], submissions: Sequence[Mapping[str, Any]],
                       figures: Mapping[str, Any], district: str = "") -> None:
    """The summary PDF (unsigned; the desk signs it). ``UnrenderableText`` for text the font lacks."""
    DeskSummary(cycle, submissions, figures, district).write(Path(target))
