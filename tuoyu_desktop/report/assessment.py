"""The self-assessment report: cover, summary, item details, gap list (with its rectification
plan), unanswered items, evidence appendix, long notes, and the 签署 section.

:func:`write_assessment_report` builds the story, recording every piece of user and form text
with where it comes from; :class:`~.document.ReportDocument` checks it against the font (raising
``UnrenderableText`` before anything is written), lays it out in memory and puts it in place
atomically.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import Any

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, PageBreak, Paragraph, Spacer, Table, TableStyle

from tuoyu_desktop import __version__
from tuoyu_desktop.dates import when, when_text
from tuoyu_desktop.facility import FacilityProfile
from tuoyu_desktop.forms.model import Dimension
from tuoyu_desktop.records import AssessmentRow
from tuoyu_desktop.report.chart import PercentChart
from tuoyu_desktop.report.document import CoverEnd, Progress, escape
from tuoyu_desktop.report.evidence import EvidenceIndex, EvidenceItem, Numbered
from tuoyu_desktop.report.scored import Attachment, ScoredReport, pct, pts
from tuoyu_desktop.report.signers import DeclaredSigner
from tuoyu_desktop.report.styles import (
    ACCENT,
    ACCENT_LIGHT,
    AMBER,
    AMBER_LIGHT,
    BAND,
    CONTENT_WIDTH,
    GRID,
    MUTED,
    RED,
    RED_LIGHT,
    hex_of,
)
from tuoyu_desktop.report.textcheck import Place, place
from tuoyu_desktop.scoring import ItemResult, PeriodChange, Scores
from tuoyu_desktop.survey import MIN_SURVEY_RESPONDENTS, SurveyIndex

GAP_COLUMNS = (0.08, 0.31, 0.11, 0.06, 0.22, 0.10, 0.12)  # gap list: share of the text width per column
HANDWRITING_ROOM = 12 * mm  # height of a blank 整改措施 cell, to write in by hand


@dataclass(frozen=True)
class GapPlan:
    """How one gap will be put right, as far as it is planned: the gap list's last three columns.

    ``deadline``: an ISO date (printed ``2026年12月31日``) or free text. Empty fields print as
    blank cells to fill in by hand.
    """

    measure: str = ""
    responsible: str = ""
    deadline: str = ""


MIN_TREND_PERIODS = 3  # with two, the table against the previous period says it all
MAX_TREND_PERIODS = 12  # six years of half-yearly periods: the chart stays a third of a page


class AssessmentReport(ScoredReport):
    """The self-assessment report of one assessment. ``plans``: item id → its :class:`GapPlan`;
    ``evidence``: item id → its evidence files (:class:`~.evidence.EvidenceItem`)."""

    def __init__(self, profile: FacilityProfile, row: AssessmentRow, scores: Scores, generated_at: datetime,
                 attachment: Attachment | None = None, signers: Sequence[DeclaredSigner] | None = None,
                 plans: Mapping[str, GapPlan] | None = None,
                 evidence: Mapping[str, Sequence[EvidenceItem]] | None = None,
                 change: PeriodChange | None = None, survey: SurveyIndex | None = None,
                 trend: Sequence[tuple[str, Decimal]] = ()):
        super().__init__(profile, row, scores, generated_at, attachment, signers)
        self.plans = plans or {}
        self.change = change
        self.trend = list(trend)
        self.survey = survey
        self.evidence = EvidenceIndex((item.id for item in scores.form.iter_items()), evidence or {})

    def default_signers(self) -> list[DeclaredSigner]:
        return [DeclaredSigner("机构负责人", self.profile.director.strip())]

    def build(self) -> None:
        self.cover()
        self.mark()
        self.story.append(CoverEnd())
        self.summary()
        self.mark()
        self.details()
        self.gap_list()
        self.mark()
        self.unanswered()
        self.evidence_appendix()
        self.notes_appendix()
        self.mark()
        self.signing_section()
        self.record_furniture(place("form_id"), place("form_version"))

    def cover(self) -> None:
        s, form, profile, total = self.s, self.form, self.profile, self.scores.total
        add = self.story.append
        centred_note = s.note.clone("centred_note", alignment=TA_CENTER)
        if form.standard:
            add(self.p(self.t(form.standard, place("form_standard")), centred_note))
        add(Spacer(1, 8 * mm))
        add(self.p(self.title, s.title))
        add(self.p(self.t(profile.name, place("facility_name")), s.subtitle))
        add(self.p(f"评估周期：{self.t(self.row.period, place('period'))}", centred_note))
        add(Spacer(1, 6 * mm))
        add(self.score_panel())
        add(Spacer(1, 4 * mm))
        if self.draft:
            add(self.draft_notice())
            add(Spacer(1, 3 * mm))
        if self.scores.vetoed:
            add(self.veto_box())
            add(Spacer(1, 3 * mm))
        if not self.scores.complete:
            add(self.callout(
                self.color(f"本次{self.noun}尚未完成：", AMBER)
                + f"已完成 {total.done} / {total.total} 个条目，未作答条目按 0 分计入，以上得分与等级仅供参考。",
                AMBER, AMBER_LIGHT))
            add(Spacer(1, 3 * mm))
        add(self.p("机构基本信息", s.h2))
        add(self.facility_table())
        add(self.p("评估表", s.h2))
        add(self.form_table())
        own = "、".join(self.t(i.id, place("item_id")) for i in form.own_choices)
        if form.notice or own:
            text = self.color("说明：", ACCENT) + self.t(form.notice, place("form_notice")) if form.notice else ""
            if own:  # the cut-offs the form chose itself, not figures from the rules
                text += ("<br/>" if text else "") + self.color("本表自定：", ACCENT) + (
                    f"条目 {own} 的分界或计法（不是规定中的数字，见各条目出处）")
            add(Spacer(1, 3 * mm))
            add(self.callout(text, GRID, BAND))
        add(Spacer(1, 3 * mm))
        add(self.p(f"报告生成时间：{when(self.generated_at)}　｜　生成软件：tuoyu-desktop {__version__}", s.small))
        if self.attachment is not None:
            add(Spacer(1, 3 * mm))
            add(self.verification_panel(self.attachment))

    def score_panel(self) -> Table:
        s, scores, total = self.s, self.scores, self.scores.total
        grade = scores.grade
        big = s.big_number
        grade_text = self.color(self.t(grade.grade, place("grade")), RED if scores.vetoed else ACCENT)
        grade_caption = "评定等级"
        if not scores.graded:
            grade_text, grade_caption = self.color("—", AMBER), "评定等级：尚未作答，未评定"
        elif grade.label:
            grade_caption += f"：{self.t(grade.label, place('grade_name', grade=grade.grade))}"
        if scores.vetoed:
            grade_caption += self.color("（一票否决）", RED)
        cells = [
            [self.p(pts(total.earned), big), self.p(pct(total.percent), big), self.p(grade_text, big),
             self.p(str(len(scores.gaps)), big)],
            [self.p(f"总得分（适用满分 {pts(total.applicable_max)}）", s.big_caption), self.p("得分率", s.big_caption),
             self.p(grade_caption, s.big_caption), self.p("需整改事项", s.big_caption)],
        ]
        table = Table(cells, colWidths=[CONTENT_WIDTH / 4] * 4)
        table.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, -1), self.font),
            ("BOX", (0, 0), (-1, -1), 1, ACCENT),
            ("LINEAFTER", (0, 0), (-2, -1), 0.5, GRID),
            ("BACKGROUND", (0, 0), (-1, -1), ACCENT_LIGHT),
            ("TOPPADDING", (0, 0), (-1, 0), 8),
            ("BOTTOMPADDING", (0, -1), (-1, -1), 8),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ]))
        return table

    def facility_table(self) -> Table:
        s, profile = self.s, self.profile

        def value(text: str, where: Place) -> Paragraph:
            return self.p(self.t(text, where) if text.strip() else self.color("未填写", MUTED))

        def label(text: str) -> Paragraph:
            return self.p(text, s.label)

        places = f"{profile.places_total} 个"
        if profile.is_puhui:
            places += f"（其中普惠托位 {profile.places_puhui} 个）"
        staff = (f"{profile.staff_total} 人（保育人员 {profile.caregivers_total} 人，其中持证 {profile.caregivers_certified} 人；"
                 f"卫生保健人员 {profile.health_staff} 人）")
        district = " ".join(x for x in (profile.district.strip(), profile.street.strip()) if x)
        rows = [
            [label("机构名称"), value(profile.name, place("facility_name")), label("统一社会信用代码"),
             value(profile.credit_code, place("credit_code"))],
            [label("备案号"), value(profile.filing_number, place("filing_number")), label("所在区、街道"),
             value(district, place("district"))],
            [label("机构类型"), value(profile.facility_type, place("facility_type")), label("是否普惠"),
             self.p("普惠性托育机构" if profile.is_puhui else "非普惠性托育机构")],
            [label("机构负责人"), value(profile.director, place("director")), label("联系电话"),
             value(profile.contact, place("contact"))],
            [label("托位数"), self.p(places), label("在托幼儿"),
             self.p(f"{profile.children_enrolled} 人（{len(profile.classes)} 个班）")],
            [label("工作人员"), self.p(staff), "", ""],
        ]
        w = CONTENT_WIDTH
        return self.table(rows, [w * 0.14, w * 0.36, w * 0.17, w * 0.33], header_rows=0,
                          extra=[("SPAN", (1, 5), (3, 5)), ("BACKGROUND", (0, 0), (0, -1), BAND),
                                 ("BACKGROUND", (2, 0), (2, -2), BAND)])

    def form_table(self) -> Table:
        s, form = self.s, self.form
        vetoes = len(form.veto_items)
        rows = [
            [self.p("评估表名称", s.label), self.p(self.t(form.title, place("form_title"))),
             self.p("版本", s.label), self.p(self.t(form.version, place("form_version")))],
            [self.p("评估表编号", s.label), self.p(self.t(form.id, place("form_id"))),
             self.p("内容指纹", s.label), self.p(f"{escape(self.row.form_hash[:12])}（SHA-256 前 12 位）")],
            [self.p("结构与分值", s.label),
             self.p(f"{len(form.dimensions)} 个维度，{form.item_count} 个条目，总分 {pts(form.total_points)} 分"),
             self.p("一票否决项", s.label), self.p(f"{vetoes} 项")],
            [self.p("等级划分", s.label), self.p(self.grade_legend()), "", ""],
        ]
        w = CONTENT_WIDTH
        return self.table(rows, [w * 0.14, w * 0.36, w * 0.17, w * 0.33], header_rows=0,
                          extra=[("SPAN", (1, 3), (3, 3)), ("BACKGROUND", (0, 0), (0, -1), BAND),
                                 ("BACKGROUND", (2, 0), (2, -2), BAND)])

    def grade_legend(self) -> str:
        parts = []
        for cutoff in self.form.grading.cutoffs:
            name = self.t(cutoff.grade, place("grade"))
            if cutoff.label:
                name += " " + self.t(cutoff.label, place("grade_name", grade=cutoff.grade))
            limit = f"得分率 ≥ {pts(cutoff.min_percent)}%" if cutoff.min_percent > 0 else "其余"
            parts.append(f"{name}（{limit}）")
        veto = self.t(self.form.grading.veto_grade, place("veto_grade"))
        return "；".join(parts) + f"。一票否决项未达到要求时，等级不高于 {veto}。"

    def summary(self) -> None:
        s, scores = self.s, self.scores
        add = self.story.append
        add(self.p("一、评估结果汇总", s.h1))
        headings = ("维度", "满分", "适用满分", "得分", "得分率", "已完成 / 条目数", "不适用", "需整改")
        rows: list[list[Any]] = [[self.p(h, s.cell_head) for h in headings]]
        gaps_by_dimension: dict[str, int] = {}
        for result in scores.gaps:
            gaps_by_dimension[result.item.dimension_id] = gaps_by_dimension.get(result.item.dimension_id, 0) + 1
        for dim_score in scores.dimensions:
            dim, tally = dim_score.dimension, dim_score.tally
            rows.append([
                self.p(self.dimension_heading(dim)),
                *(self.p(x, s.cell_center) for x in (
                    pts(dim.points), pts(tally.applicable_max), pts(tally.earned), pct(tally.percent),
                    f"{tally.done} / {tally.total}", str(tally.na), str(gaps_by_dimension.get(dim.id, 0)))),
            ])
        total = scores.total
        rows.append([
            self.p("合计"),
            *(self.p(x, s.cell_center) for x in (
                pts(self.form.total_points), pts(total.applicable_max), pts(total.earned), pct(total.percent),
                f"{total.done} / {total.total}", str(total.na), str(len(scores.gaps)))),
        ])
        w = CONTENT_WIDTH
        add(self.table(rows, [w * 0.23, w * 0.10, w * 0.11, w * 0.10, w * 0.11, w * 0.15, w * 0.10, w * 0.10],
                       extra=[("BACKGROUND", (0, -1), (-1, -1), ACCENT_LIGHT),
                              ("LINEABOVE", (0, -1), (-1, -1), 0.8, ACCENT)]))
        add(Spacer(1, 1.5 * mm))
        add(self.p("注：不适用条目不计入适用满分；未作答条目计入适用满分，按 0 分计。得分率 = 得分 ÷ 适用满分。"
                   "需整改指已作答但未得满分的条目。", s.small))
        add(Spacer(1, 3 * mm))
        if self.change is not None:
            self.change_table(self.change)
        if len(self.trend) >= MIN_TREND_PERIODS:
            self.trend_chart(self.trend)
        add(self.p(self.conclusion(), s.body))
        add(Spacer(1, 4 * mm))
        add(CondPageBreak(70 * mm))
        add(self.p("各维度得分率", s.h2))
        chart_rows = [(self.raw(d.dimension.title, place("dimension_name", dimension=d.dimension.id)), d.tally.percent)
                      for d in scores.dimensions]
        add(PercentChart(self.font, CONTENT_WIDTH, chart_rows, self.form.grading.cutoffs))
        add(self.p("图中虚线为各评定等级的得分率下限。", s.small))
        if self.profile.classes:
            add(CondPageBreak(45 * mm))
            add(self.p("班级设置", s.h2))
            add(self.class_table())
        if self.survey is not None:
            self.survey_table(self.survey)

    def survey_table(self, survey: SurveyIndex) -> None:
        """The 家长满意度 index per dimension: never an individual answer."""
        s, add = self.s, self.story.append
        add(CondPageBreak(50 * mm))
        add(self.p("家长满意度", s.h2))
        span = ""
        if survey.first:
            first, last = when_text(survey.first).split(" ")[0], when_text(survey.last).split(" ")[0]
            span = f"，答卷时间 {first}" + (f"至 {last}" if last != first else "")
        title, period = self.t(survey.title, place("survey_title")), self.t(survey.period, place("survey_period"))
        add(self.p(f"{title}（调查周期：{period}）：{survey.respondents} 位家长匿名参与{span}。", s.body))
        if survey.respondents < MIN_SURVEY_RESPONDENTS:
            # With very few parents the index would be one family's answers: say so, show none.
            add(self.p(f"参与家长少于 {MIN_SURVEY_RESPONDENTS} 位，为保护匿名，不显示满意度指数。", s.body))
            add(Spacer(1, 3 * mm))
            return
        rows: list[list[Any]] = [[self.p(h, s.cell_head) for h in ("维度", "满意度指数", "评价次数")]]

        def index(value: Decimal | None) -> str:
            return "—" if value is None else f"{value:.1f}"

        for d in survey.dimensions:
            rows.append([self.p(f"{self.t(d.id, place('dimension_id'))}　{self.t(d.title, place('survey_dimension'))}"),
                         self.p(index(d.index), s.cell_center), self.p(str(d.ratings), s.cell_center)])
        rows.append([self.p("总体"), self.p(index(survey.overall), s.cell_center),
                     self.p(str(sum(d.ratings for d in survey.dimensions)), s.cell_center)])
        w = CONTENT_WIDTH
        add(self.table(rows, [w * 0.50, w * 0.25, w * 0.25], extra=[("BACKGROUND", (0, -1), (-1, -1), ACCENT_LIGHT)]))
        add(Spacer(1, 1.5 * mm))
        add(self.p("满意度指数为各条目平均评分换算的 0–100 分（非常满意 = 100，非常不满意 = 0），“不适用”不计入；"
                   "问卷为机构自拟、匿名填写，不计入自评得分和等级，报告不含单份答卷。", s.small))
        add(Spacer(1, 3 * mm))

    def trend_chart(self, trend: Sequence[tuple[str, Decimal]]) -> None:
        """The total percentage of the graded self-assessments so far, oldest first (the latest
        ``MAX_TREND_PERIODS``: a chart of every period of many years would not fit a page)."""
        s, add = self.s, self.story.append
        shown = list(trend)[-MAX_TREND_PERIODS:]
        add(CondPageBreak(30 * mm + 6 * mm * len(shown)))
        title = "历次自评得分率" if len(shown) == len(trend) else f"历次自评得分率（最近 {len(shown)} 期）"
        add(self.p(title, s.h2))
        rows = [(self.raw(period, place("trend_period")), percent) for period, percent in shown]  # drawn as it is
        add(PercentChart(self.font, CONTENT_WIDTH, rows, self.form.grading.cutoffs))
        add(Spacer(1, 3 * mm))

    def change_table(self, change: PeriodChange) -> None:
        """This period against the previous one, per dimension and in total."""
        s, add = self.s, self.story.append
        add(CondPageBreak(40 * mm))
        add(self.p(f"与上期（{self.t(change.previous_period, place('previous_period'))}）比较", s.h2))
        rows: list[list[Any]] = [[self.p(h, s.cell_head) for h in ("维度", "上期得分率", "本期得分率", "变化")]]
        for d in (*change.dimensions, change.total):
            if d.delta is None:
                delta = self.color("—", MUTED)
            else:
                sign = f"{d.delta:+.1f}"
                delta = self.color(sign, RED if d.delta < 0 else ACCENT) if d.delta else "0.0"
            name = (f"{self.t(d.dimension_id, place('dimension_id'))}　{self.t(d.title, place('compared_dimension'))}"
                    if d.dimension_id else "合计")
            rows.append([self.p(name), *(self.p(x, s.cell_center) for x in (
                "—" if d.before is None else pct(d.before), pct(d.now), delta))])
        w = CONTENT_WIDTH
        add(self.table(rows, [w * 0.40, w * 0.20, w * 0.20, w * 0.20],
                       extra=[("BACKGROUND", (0, -1), (-1, -1), ACCENT_LIGHT)]))
        note = "变化为得分率的百分点。"
        if not change.same_form:
            note += "两期使用的评估表不同，按维度编号对应，仅供参考。"
        add(Spacer(1, 1.5 * mm))
        add(self.p(note, s.small))
        add(Spacer(1, 3 * mm))

    def conclusion(self) -> str:
        scores, total, grade = self.scores, self.scores.total, self.scores.grade
        grade_name = self.t(grade.grade, place("grade"))
        if grade.label:
            grade_name += f"（{self.t(grade.label, place('grade_name', grade=grade.grade))}）"
        if not scores.graded:
            return self.color(f"本次{self.noun}尚无作答，暂不评定等级。", AMBER)
        text = (f"本次{self.noun}总得分 {pts(total.earned)} 分（适用满分 {pts(total.applicable_max)} 分），"
                f"得分率 {pct(total.percent)}，评定等级为 {grade_name}")
        if scores.vetoed:
            text += self.color(f"（有 {len(scores.veto_failures)} 个一票否决项未达到要求）", RED)
        text += "。"
        answered = [d for d in scores.dimensions if d.tally.applicable_max > 0]
        if len(answered) > 1:
            best = max(answered, key=lambda d: d.tally.percent)
            worst = min(answered, key=lambda d: d.tally.percent)
            if best.tally.percent != worst.tally.percent:
                text += (f"得分率最高的维度是{self.dimension_name(best.dimension.id)}（{pct(best.tally.percent)}），"
                         f"最低的是{self.dimension_name(worst.dimension.id)}（{pct(worst.tally.percent)}）。")
        if scores.gaps:
            text += f"共有 {len(scores.gaps)} 个条目未得满分，详见“三、需整改事项”。"
        if not scores.complete:
            text += self.color(f"尚有 {total.total - total.done} 个条目未完成，结果仅供参考。", AMBER)
        return text

    def class_table(self) -> Table:
        s = self.s
        heads = ("班级名称", "班型", "在托幼儿（人）", "保育人员（人）", "保育人员与幼儿之比")
        rows: list[list[Any]] = [[self.p(h, s.cell_head) for h in heads]]
        for index, group in enumerate(self.profile.classes, start=1):
            ratio = f"1 : {group.children / group.caregivers:.1f}" if group.caregivers else "—"
            name = (self.t(group.name, place("class_name", number=index)) if group.name.strip()
                    else self.color("未命名", MUTED))
            class_type = self.t(group.class_type, place("class_type", number=index))
            rows.append([
                self.p(name),
                *(self.p(x, s.cell_center) for x in (class_type, str(group.children), str(group.caregivers), ratio)),
            ])
        children = sum(g.children for g in self.profile.classes)
        carers = sum(g.caregivers for g in self.profile.classes)
        rows.append([
            self.p("合计"),
            *(self.p(x, s.cell_center) for x in (
                f"{len(self.profile.classes)} 个班", str(children), str(carers),
                f"1 : {children / carers:.1f}" if carers else "—")),
        ])
        w = CONTENT_WIDTH
        return self.table(rows, [w * 0.28, w * 0.16, w * 0.18, w * 0.18, w * 0.20],
                          extra=[("BACKGROUND", (0, -1), (-1, -1), BAND)])

    def details(self) -> None:
        s, scores = self.s, self.scores
        add = self.story.append
        add(PageBreak())
        add(self.p("二、逐项评估明细", s.h1))
        w = CONTENT_WIDTH
        widths = [w * 0.09, w * 0.45, w * 0.15, w * 0.10, w * 0.21]
        for dim_score in scores.dimensions:
            dim, tally = dim_score.dimension, dim_score.tally
            add(CondPageBreak(45 * mm))
            add(self.p(self.dimension_heading(dim), s.h2))
            add(self.p(
                f"满分 {pts(dim.points)}　｜　适用满分 {pts(tally.applicable_max)}　｜　得分 {pts(tally.earned)}"
                f"　｜　得分率 {pct(tally.percent)}　｜　已完成 {tally.done} / {tally.total}　｜　不适用 {tally.na}",
                s.note))
            add(Spacer(1, 1.5 * mm))
            rows: list[list[Any]] = [[self.p(h, s.cell_head) for h in ("编号", "评估内容", "评估结果", "得分", "备注")]]
            extra: list[tuple[Any, ...]] = []
            for indicator in dim.indicators:
                shown = [scores.items[item.id] for item in indicator.items if scores.items[item.id].relevant]
                if not shown:
                    continue  # every item hidden by its relevance rule
                ind_tally = scores.indicator_tally(indicator.id)
                r = len(rows)
                rows.append([self.p(
                    f"{self.t(indicator.id, place('indicator_id'))}　"
                    f"{self.t(indicator.title, place('indicator_name', indicator=indicator.id))}"
                    f'　<font color="{hex_of(MUTED)}" size="7.5">得分 {pts(ind_tally.earned)} / '
                    f"{pts(ind_tally.applicable_max)}</font>"), "", "", "", ""])
                extra += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), BAND),
                          ("NOSPLIT", (0, r), (-1, r + 1))]
                for result in shown:
                    if result.veto_failed:
                        extra.append(("BACKGROUND", (0, len(rows)), (-1, len(rows)), RED_LIGHT))
                    rows.append([
                        self.p(self.item_ref(result), s.cell_center),
                        self.p(self.item_markup(result)),
                        self.p(self.answer_markup(result), s.cell_center),
                        self.p(self.score_markup(result), s.cell_center),
                        self.p(self.remarks_markup(result)),
                    ])
            if len(rows) > 1:
                add(self.table(rows, widths, extra=extra))
            else:
                add(self.p("本维度没有适用于本机构的条目。", s.body))
            self.mark()

    def dimension_heading(self, dim: Dimension) -> str:
        """``1　安全管理``: a dimension's number and name."""
        return f"{self.t(dim.id, place('dimension_id'))}　{self.dimension_name(dim.id)}"

    def remarks_markup(self, result: ItemResult) -> str:
        """The details' 备注 cell: the comment, then where the item's evidence is in the appendix."""
        comment = self.comment_markup(result)
        labels = self.evidence.labels.get(result.item.id)
        if not labels:
            return comment
        photos = "、".join(label for label in labels if label.startswith("图"))
        files = "、".join(label for label in labels if not label.startswith("图"))
        where = "；".join(x for x in (photos, files) if x)
        reference = f'<font size="7.5" color="{hex_of(ACCENT)}">佐证：见附录 {where}</font>'
        return f"{comment}<br/>{reference}" if comment else reference

    def gap_list(self) -> None:
        s, scores = self.s, self.scores
        add = self.story.append
        add(PageBreak())
        add(self.p("三、需整改事项", s.h1))
        gaps = sorted(scores.gaps, key=lambda r: not r.veto_failed)  # stable: form order within each group
        if not gaps:
            add(self.p(f"本次{self.noun}中所有已作答的适用条目均达到满分，无需整改事项。", s.body))
            return
        lost = sum((r.item.points - r.earned for r in gaps), Decimal(0))
        vetoes = len(scores.veto_failures)
        add(self.p(
            f"共 {len(gaps)} 个条目未得满分，合计失分 {pts(lost)} 分"
            + (f"，其中{self.color(f'一票否决项 {vetoes} 个', RED)}，列在最前" if vetoes else "")
            + "。请逐项制定整改措施，明确责任人和完成期限；表中空白处可手工填写。", s.body))
        add(Spacer(1, 2 * mm))
        heads = ("编号", "评估内容", "评估结果", "失分", "整改措施", "责任人", "完成期限")
        rows: list[list[Any]] = [[self.p(h, s.cell_head) for h in heads]]
        extra: list[tuple[Any, ...]] = []
        for result in gaps:
            item = result.item
            if result.veto_failed:
                extra.append(("BACKGROUND", (0, len(rows)), (-1, len(rows)), RED_LIGHT))
            content = (f'<font size="7.5" color="{hex_of(MUTED)}">{self.dimension_name(item.dimension_id)}</font>'
                       f"<br/>{self.item_markup(result)}")
            comment = self.comment_markup(result)
            if comment:
                content += f'<br/><font size="7.5" color="{hex_of(MUTED)}">备注：{comment}</font>'
            rows.append([
                self.p(self.item_ref(result), s.cell_center),
                self.p(content),
                self.p(self.answer_markup(result), s.cell_center),
                self.p(pts(item.points - result.earned), s.cell_center),
                *self.plan_cells(item.id),
            ])
        w = CONTENT_WIDTH
        add(self.table(rows, [w * f for f in GAP_COLUMNS], extra=extra))

    def plan_cells(self, item_id: str) -> list[Any]:
        """整改措施, 责任人, 完成期限 of one gap: the plan's text, or room to write by hand."""
        plan = self.plans.get(item_id, GapPlan())
        where = partial(place, item=item_id)  # a part of this item's plan
        measure: Any = (self.p(self.note(plan.measure, where("plan_measure"))) if plan.measure.strip()
                        else Spacer(1, HANDWRITING_ROOM))
        responsible = self.p(self.t(plan.responsible.strip(), where("plan_responsible")), self.s.cell_center)
        deadline = self.p(self.t(when_text(plan.deadline), where("plan_deadline")), self.s.cell_center)
        return [measure, responsible, deadline]

    def unanswered(self) -> None:
        s, scores = self.s, self.scores
        missing = [r for r in scores.items.values() if r.relevant and not r.done]
        if not missing:
            return
        add = self.story.append
        add(CondPageBreak(60 * mm))
        add(Spacer(1, 4 * mm))
        add(self.p("四、未完成条目", s.h1))
        add(self.p(f"共 {len(missing)} 个条目尚未完成（未作答、答案有误、无法自动判定，或标为不适用但未填写理由）。"
                   "计分条目未完成的，按 0 分计入适用满分。", s.body))
        add(Spacer(1, 2 * mm))
        rows: list[list[Any]] = [[self.p(h, s.cell_head) for h in ("编号", "维度", "评估内容", "分值", "状态")]]
        for result in missing:
            rows.append([
                self.p(self.item_ref(result), s.cell_center),
                self.p(self.dimension_name(result.item.dimension_id), s.cell_center),
                self.p(self.item_markup(result)),
                self.p(pts(result.item.points), s.cell_center),
                self.p(self.answer_markup(result), s.cell_center),
            ])
        w = CONTENT_WIDTH
        add(self.table(rows, [w * 0.09, w * 0.13, w * 0.54, w * 0.09, w * 0.15]))

    def evidence_appendix(self) -> None:
        """Photos downscaled with their captions, two to a row in the form's order (a page holds
        six); documents by name and SHA-256."""
        index = self.evidence
        if not index:
            return
        s, add = self.s, self.story.append
        add(PageBreak())
        add(self.p("附录：佐证材料", s.h1))
        add(self.p("以下为各条目所附的佐证材料，编号与“二、逐项评估明细”备注栏中的引用一致。"
                   "照片已缩小并去除拍摄信息；文件的 SHA-256 摘要可用于核对原件。", s.note))
        if index.photos:
            add(self.p("照片", s.h2))
            add(self.photo_grid([(photo.evidence.picture, self.caption(photo)) for photo in index.photos]))
            self.mark()
        if index.documents:
            add(CondPageBreak(30 * mm))
            add(self.p("文件", s.h2))
            rows: list[list[Any]] = [[self.p(h, s.cell_head) for h in ("编号", "条目", "文件名称", "SHA-256")]]
            for document in index.documents:
                entry = document.evidence
                name = self.t(entry.name or entry.caption, place("evidence_name", item=document.item_id))
                if entry.name and entry.caption.strip():
                    name += f"<br/>{self.t(entry.caption, place('evidence_caption', item=document.item_id))}"
                digest = escape(entry.sha256)
                rows.append([self.p(document.label, s.cell_center),
                             self.p(self.t(document.item_id, place("item_id")), s.cell_center), self.p(name),
                             self.p(f"{digest[:32]}<br/>{digest[32:]}", s.small)])
            w = CONTENT_WIDTH
            add(self.table(rows, [w * 0.09, w * 0.11, w * 0.38, w * 0.42]))

    def caption(self, photo: Numbered) -> str:
        """``图3　条目 1.1.2：caption``."""
        caption = photo.evidence.caption.strip()
        markup = f"{photo.label}　条目 {self.t(photo.item_id, place('item_id'))}"
        return markup + (f"：{self.t(caption, place('photo_caption', item=photo.item_id))}" if caption else "")

def write_assessment_report(
    target: Path,
    profile: FacilityProfile,
    row: AssessmentRow,
    scores: Scores,
    progress: Progress | None = None,
    *,
    generated_at: datetime | None = None,
    attachment: Attachment | None = None,
    signers: Sequence[DeclaredSigner] | None = None,
    plans: Mapping[str, GapPlan] | None = None,
    evidence: Mapping[str, Sequence[EvidenceItem]] | None = None,
    change: PeriodChange | None = None,
    survey: SurveyIndex | None = None,
    trend: Sequence[tuple[str, Decimal]] = (),
) -> None:
    """Write the PDF report to ``target``, with ``attachment`` embedded when given.

    A report of an assessment that is not finalised (``row.status``) is a draft: 草稿 across every
    page and no 签署 section. A final report with ``attachment`` ends with the 签署 section:

    - ``signers``: who must sign, in signing order (default: the facility's director as
      机构负责人); their places are embedded as ``signers.json`` (see :mod:`.signers`);
    - ``plans``: item id → :class:`GapPlan` (整改措施, 责任人, 完成期限 in the gap list; blank
      cells to fill by hand where there is none);
    - ``evidence``: item id → its :class:`~.evidence.EvidenceItem` list: photos appear downscaled
      in the 佐证材料 appendix (图1, 图2 …, referenced from the item's row), documents by name
      and SHA-256;
    - ``trend``: (period, total percent) of every graded self-assessment up to this one, oldest
      first: a chart when there are at least three.

    Raises ``UnrenderableText`` (nothing written) when some text cannot be drawn with the
    bundled font, ``InvalidSigners`` for no signer or too many, and lets ``OSError`` through
    when the file cannot be written.
    """
    generated_at = generated_at or datetime.now().replace(microsecond=0)
    report = AssessmentReport(profile, row, scores, generated_at, attachment, signers, plans, evidence, change, survey,
                              trend)
    report.write(Path(target), progress)
