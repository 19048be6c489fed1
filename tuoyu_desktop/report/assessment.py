"""The self-assessment report: cover, summary, item details, gap list, unanswered items, long notes.

:func:`write_assessment_report` builds the story first, recording every piece of user and form
text with where it comes from; checks it against the font (raising ``UnrenderableText`` before
anything is written); lays the document out in memory; then puts it in place atomically.
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import Callable
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from tuoyu_desktop import __version__
from tuoyu_desktop.atomic import write_atomically
from tuoyu_desktop.facility import FacilityProfile
from tuoyu_desktop.forms.rules import decode_selection
from tuoyu_desktop.records import AssessmentRow, format_points
from tuoyu_desktop.report import fonts, textcheck
from tuoyu_desktop.report.chart import percent_chart, qr_drawing
from tuoyu_desktop.report.pages import Furniture, NumberedCanvas
from tuoyu_desktop.report.styles import (
    ACCENT,
    ACCENT_LIGHT,
    AMBER,
    AMBER_LIGHT,
    BAND,
    CONTENT_WIDTH,
    GRID,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    MUTED,
    PAGE_SIZE,
    RED,
    RED_LIGHT,
    Styles,
    box_style,
    grid_table_style,
    hex_of,
    make_styles,
)
from tuoyu_desktop.scoring import ItemResult, Scores

REPORT_TITLE = "托育机构质量自评报告"
# form kind → (report title, what the exercise is called in running text)
TITLES = {"self_assessment": (REPORT_TITLE, "自评"), "inspection": ("托育机构督导巡查报告", "巡查")}
Progress = Callable[[int, int], None]

# A table row cannot be much taller than a page without trouble (reportlab splits tall rows
# slowly and cannot split vertically centred ones): notes longer than this are cut in the
# table and printed in full in an appendix.
NOTE_IN_TABLE = 300
NOTE_EXCERPT = 200
APPENDIX_CHUNK = 1200  # appendix paragraphs are split into chunks so that layout stays linear
SPLIT_IN_ROW = 36  # safety net: a row taller than a page may break inside rather than fail
LONG_ROW_CHARS = 600  # rows with more text than this are top-aligned (splittable)


def pct(value: Decimal) -> str:
    return f"{value:.1f}%"


def pts(value: Decimal) -> str:
    return format_points(value)


def when(moment: datetime) -> str:
    return f"{moment.year}年{moment.month}月{moment.day}日 {moment:%H:%M}"


def chunks(text: str, size: int) -> list[str]:
    """``text`` as paragraphs: split on line breaks; lines longer than ``size`` are cut after
    the last sentence end (。！？；.!?;) in each window, or at ``size`` if there is none."""
    parts = []
    for line in text.replace("\r\n", "\n").split("\n"):
        while len(line) > size:
            cut = max(line.rfind(mark, 0, size) for mark in "。！？；.!?;") + 1 or size
            parts.append(line[:cut])
            line = line[cut:]
        parts.append(line)
    return parts


class _ProgressMark(Flowable):
    """Invisible; reports progress when the layout reaches it."""

    def __init__(self, callback: Callable[[], None]):
        super().__init__()
        self._callback = callback

    def wrap(self, available_width, available_height):
        return 0, 0

    def draw(self):
        self._callback()


@dataclass(frozen=True)
class Attachment:
    """The machine-readable copy embedded in the report, and the id printed with its hash."""

    report_id: str
    name: str
    data: bytes

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


# Room kept free at the foot of the last page for the visible signature stamps: two rows of
# two, placed by ``signing.sign_pdf`` from just above the page footer upward.
SIGNATURE_SPACE = 340


class _Builder:
    def __init__(
        self,
        profile: FacilityProfile,
        row: AssessmentRow,
        scores: Scores,
        font: str,
        generated_at: datetime,
        attachment: Attachment | None = None,
    ):
        self.profile = profile
        self.attachment = attachment
        self.row = row
        self.scores = scores
        self.form = scores.form
        self.font = font
        self.generated_at = generated_at
        self.s: Styles = make_styles(font)
        self.title, self.noun = TITLES.get(self.form.kind, (REPORT_TITLE, "评估"))
        self.texts: list[tuple[str, str]] = []  # (where, text) of every user or form text used
        self.story: list[Flowable] = []
        self.long_notes: dict[tuple[str, str], int] = {}  # (where, text) → appendix number
        self.marks = 0
        self.on_mark: Callable[[], None] = lambda: None

    # -- helpers ------------------------------------------------------------------------
    def t(self, text: str, where: str) -> str:
        """Paragraph markup for user/form ``text``, recorded for the font check."""
        self.texts.append((where, text))
        return escape(text).replace("\r\n", "\n").replace("\n", "<br/>")

    def raw(self, text: str, where: str) -> str:
        """Plain ``text`` drawn outside paragraphs (page header, chart), recorded for the check."""
        self.texts.append((where, text))
        return text

    def note(self, text: str, where: str) -> str:
        """A user's free text for a table cell; very long ones go to the appendix in full."""
        text = text.strip()
        if len(text) <= NOTE_IN_TABLE:
            return self.t(text, where)
        number = self.long_notes.setdefault((where, text), len(self.long_notes) + 1)
        return self.t(text[:NOTE_EXCERPT], where) + self.color(f"……（全文见附录第 {number} 条）", MUTED)

    def p(self, markup: str, style=None) -> Paragraph:
        return Paragraph(markup, style or self.s.cell)

    def color(self, markup: str, color) -> str:
        return f'<font color="{hex_of(color)}">{markup}</font>'

    def mark(self) -> None:
        self.marks += 1
        self.story.append(_ProgressMark(lambda: self.on_mark()))

    def table(self, rows, widths, extra=(), header_rows=1, **kw) -> Table:
        table = Table(rows, colWidths=widths, repeatRows=header_rows, splitInRow=SPLIT_IN_ROW, **kw)
        commands = grid_table_style(self.font, header_rows) + list(extra)
        # reportlab cannot split a vertically centred row: rows that might outgrow a page
        # are top-aligned so that they can break across pages
        for index, row in enumerate(rows):
            if sum(len(getattr(cell, "text", "")) for cell in row) > LONG_ROW_CHARS:
                commands.append(("VALIGN", (0, index), (-1, index), "TOP"))
        table.setStyle(TableStyle(commands))
        return table

    def callout(self, markup: str, border, fill) -> Table:
        table = Table([[self.p(markup, self.s.alert)]], colWidths=[CONTENT_WIDTH], splitInRow=SPLIT_IN_ROW)
        table.setStyle(TableStyle(box_style(self.font, border, fill) + [("VALIGN", (0, 0), (-1, -1), "TOP")]))
        return table

    def item_ref(self, result: ItemResult) -> str:
        return self.t(result.item.id, "条目编号")

    def answer_markup(self, result: ItemResult, with_reason: bool = True) -> str:
        item, answer = result.item, result.answer
        small = f'<font size="7.5" color="{hex_of(MUTED)}">'
        if item.kind == "computed":
            if result.computed is True:
                return f"达到<br/>{small}（自动判定）</font>"
            if result.computed is False:
                return self.color("未达到", RED) + f"<br/>{small}（自动判定）</font>"
            return self.color("无法判定", AMBER) + f"<br/>{small}（机构信息不全）</font>"
        if answer.na:
            if not answer.na_reason.strip():
                return self.color("不适用<br/>（未填写理由）", AMBER)
            text = self.color("不适用", MUTED)
            if with_reason:
                reason = self.note(answer.na_reason, f"条目 {item.id} 的不适用理由")
                text += f"<br/>{small}理由：{reason}</font>"
            return text
        if item.kind == "choice":
            if result.option is None:
                return self.color("未作答", AMBER)
            label = self.t(result.option.label, f"条目 {item.id} 的选项")
            if result.option.full_marks:
                return label
            return self.color(label, RED if result.option.ratio == 0 else AMBER)
        value = answer.value
        if value in (None, "", "[]"):
            return self.color("未作答", AMBER) if item.required else self.color("未填写", MUTED)
        where = f"条目 {item.id} 的答案"
        if item.kind == "multi":
            labels = []
            for chosen in decode_selection(value):
                option = item.scale.option(chosen)
                labels.append(self.t(option.label if option else chosen, f"条目 {item.id} 的选项"))
            text = "、".join(labels)
        elif item.kind == "number":
            text = self.t(value, where) + (f" {self.t(item.unit, f'条目 {item.id} 的单位')}" if item.unit else "")
        else:  # text, date
            text = self.note(value, where)
        if result.problem:
            text += "<br/>" + self.color(f"答案有误：{self.t(result.problem, f'条目 {item.id} 的答案检查')}", RED)
        return text

    def score_markup(self, result: ItemResult) -> str:
        if not result.item.scored:
            return self.color("不计分", MUTED)
        if not result.applicable:
            return self.color("不计", MUTED)
        return f"{pts(result.earned)} / {pts(result.item.points)}"

    def item_markup(self, result: ItemResult) -> str:
        item = result.item
        text = self.t(item.text, f"条目 {item.id} 的内容")
        if item.veto:
            text = self.color("［一票否决］", RED) + text
        if result.explanation:
            explanation = self.t(result.explanation, f"条目 {item.id} 的计算说明")
            text += f'<br/><font size="7.5" color="{hex_of(MUTED)}">自动计算：{explanation}</font>'
        return text

    def comment_markup(self, result: ItemResult) -> str:
        comment = result.answer.comment.strip()
        return self.note(comment, f"条目 {result.item.id} 的备注") if comment else ""

    def dimension_name(self, dimension_id: str) -> str:
        dim = self.form.dimension(dimension_id)
        return self.t(dim.title, f"维度 {dim.id} 的名称")

    # -- sections -----------------------------------------------------------------------
    def build(self) -> list[Flowable]:
        self.cover()
        self.mark()
        self.story.append(PageBreak())
        self.summary()
        self.mark()
        self.details()
        self.gap_list()
        self.mark()
        self.unanswered()
        self.appendix()
        if self.attachment is not None:
            self.signature_block()
        self.mark()
        # the page header and footer draw text outside paragraphs: record it too
        self.raw(self.profile.name, "机构名称")
        self.raw(self.form.id, "评估表编号")
        self.raw(self.form.version, "评估表版本")
        return self.story

    def cover(self) -> None:
        s, form, profile, total = self.s, self.form, self.profile, self.scores.total
        add = self.story.append
        centred_note = s.note.clone("centred_note", alignment=TA_CENTER)
        if form.standard:
            add(self.p(self.t(form.standard, "评估表依据标准"), centred_note))
        add(Spacer(1, 8 * mm))
        add(self.p(self.title, s.title))
        add(self.p(self.t(profile.name, "机构名称"), s.subtitle))
        add(self.p(f"评估周期：{self.t(self.row.period, '评估周期')}", centred_note))
        add(Spacer(1, 6 * mm))
        add(self.score_panel())
        add(Spacer(1, 4 * mm))
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
        if form.notice:
            add(Spacer(1, 3 * mm))
            add(self.callout(self.color("说明：", ACCENT) + self.t(form.notice, "评估表说明"), GRID, BAND))
        add(Spacer(1, 3 * mm))
        add(self.p(f"报告生成时间：{when(self.generated_at)}　｜　生成软件：tuoyu-desktop {__version__}", s.small))
        if self.attachment is not None:
            add(Spacer(1, 3 * mm))
            add(self.verification_panel())

    def verification_panel(self) -> Table:
        """Report id, data hash and a QR code of both: what ``tuoyu verify`` checks the data against."""
        from tuoyu_desktop.exchange import qr_text

        s, attachment = self.s, self.attachment
        size = 30 * mm
        drawing = qr_drawing(self.font, qr_text(attachment.report_id, attachment.sha256), size)
        digest = attachment.sha256
        text = [
            self.p("数据核验", s.h2),
            self.p(f"报告编号：{attachment.report_id}", s.small),
            self.p(f"内嵌数据（{attachment.name}）SHA-256：<br/>{digest[:32]}<br/>{digest[32:]}", s.small),
            self.p("本报告内嵌机器可读的评估数据并附数字签名。接收方可用 tuoyu verify 或本软件的“核验报告”"
                   "确认签名人、文件自签名后未被改动，并核对内嵌数据与上列编号和摘要一致。", s.note),
        ]
        table = Table([[text, drawing]], colWidths=[CONTENT_WIDTH - size - 8 * mm, size + 8 * mm])
        table.setStyle(TableStyle(box_style(self.font, GRID, BAND) + [("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
        return table

    def signature_block(self) -> None:
        """The last thing in the report: a heading and free room below it for the stamps."""
        s = self.s
        self.story.append(CondPageBreak(SIGNATURE_SPACE))
        self.story.append(self.p("签署", s.h1))
        self.story.append(self.p(
            f"以下为数字签名。报告编号 {self.attachment.report_id}；签名后对文件的任何改动都会在核验时被发现。", s.note))

    def score_panel(self) -> Table:
        s, scores, total = self.s, self.scores, self.scores.total
        grade = scores.grade
        big = s.big_number
        grade_text = self.color(self.t(grade.grade, "评定等级"), RED if scores.vetoed else ACCENT)
        grade_caption = "评定等级"
        if grade.label:
            grade_caption += f"：{self.t(grade.label, f'等级 {grade.grade} 的名称')}"
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

    def veto_box(self) -> Table:
        failures = self.scores.veto_failures
        veto_grade = self.form.grading.veto_grade
        lines = [self.color(f"一票否决：{len(failures)} 个否决项未达到要求", RED)
                 + f"，按评估表规定，评定等级不高于 {self.t(veto_grade, '一票否决等级')}。"]
        for result in failures:
            answer = self.answer_markup(result, with_reason=False)
            lines.append(f"● {self.item_ref(result)}　{self.t(result.item.text, f'条目 {result.item.id} 的内容')}（{answer}）")
        return self.callout("<br/>".join(lines), RED, RED_LIGHT)

    def facility_table(self) -> Table:
        s, profile = self.s, self.profile

        def value(text: str, where: str) -> Paragraph:
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
            [label("机构名称"), value(profile.name, "机构名称"), label("统一社会信用代码"),
             value(profile.credit_code, "统一社会信用代码")],
            [label("备案号"), value(profile.filing_number, "备案号"), label("所在区、街道"),
             value(district, "所在区、街道")],
            [label("机构类型"), value(profile.facility_type, "机构类型"), label("是否普惠"),
             self.p("普惠性托育机构" if profile.is_puhui else "非普惠性托育机构")],
            [label("机构负责人"), value(profile.director, "机构负责人"), label("联系电话"),
             value(profile.contact, "联系电话")],
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
        vetoes = sum(1 for item in form.iter_items() if item.veto)
        rows = [
            [self.p("评估表名称", s.label), self.p(self.t(form.title, "评估表名称")),
             self.p("版本", s.label), self.p(self.t(form.version, "评估表版本"))],
            [self.p("评估表编号", s.label), self.p(self.t(form.id, "评估表编号")),
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
            name = self.t(cutoff.grade, "评定等级")
            if cutoff.label:
                name += " " + self.t(cutoff.label, f"等级 {cutoff.grade} 的名称")
            limit = f"得分率 ≥ {pts(cutoff.min_percent)}%" if cutoff.min_percent > 0 else "其余"
            parts.append(f"{name}（{limit}）")
        veto = self.t(self.form.grading.veto_grade, "一票否决等级")
        return "；".join(parts) + f"。一票否决项未达到要求时，等级不高于 {veto}。"

    def summary(self) -> None:
        s, scores = self.s, self.scores
        add = self.story.append
        add(self.p("一、评估结果汇总", s.h1))
        headings = ("维度", "满分", "适用满分", "得分", "得分率", "已完成 / 条目数", "不适用", "需整改")
        rows: list[list] = [[self.p(h, s.cell_head) for h in headings]]
        gaps_by_dimension: dict[str, int] = {}
        for result in scores.gaps:
            gaps_by_dimension[result.item.dimension_id] = gaps_by_dimension.get(result.item.dimension_id, 0) + 1
        for dim_score in scores.dimensions:
            dim, tally = dim_score.dimension, dim_score.tally
            rows.append([
                self.p(f"{self.t(dim.id, '维度编号')}　{self.t(dim.title, f'维度 {dim.id} 的名称')}"),
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
        add(self.p(self.conclusion(), s.body))
        add(Spacer(1, 4 * mm))
        add(CondPageBreak(70 * mm))
        add(self.p("各维度得分率", s.h2))
        chart_rows = [(self.raw(d.dimension.title, f"维度 {d.dimension.id} 的名称"), d.tally.percent)
                      for d in scores.dimensions]
        add(percent_chart(self.font, CONTENT_WIDTH, chart_rows, self.form.grading.cutoffs))
        add(self.p("图中虚线为各评定等级的得分率下限。", s.small))
        if self.profile.classes:
            add(CondPageBreak(45 * mm))
            add(self.p("班级设置", s.h2))
            add(self.class_table())

    def conclusion(self) -> str:
        scores, total, grade = self.scores, self.scores.total, self.scores.grade
        grade_name = self.t(grade.grade, "评定等级")
        if grade.label:
            grade_name += f"（{self.t(grade.label, f'等级 {grade.grade} 的名称')}）"
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
        rows: list[list] = [[self.p(h, s.cell_head) for h in heads]]
        for index, group in enumerate(self.profile.classes, start=1):
            ratio = f"1 : {group.children / group.caregivers:.1f}" if group.caregivers else "—"
            name = self.t(group.name, f"第 {index} 个班级的名称") if group.name.strip() else self.color("未命名", MUTED)
            rows.append([
                self.p(name),
                *(self.p(x, s.cell_center) for x in (
                    self.t(group.class_type, f"第 {index} 个班级的班型"), str(group.children), str(group.caregivers), ratio)),
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
            add(self.p(f"{self.t(dim.id, '维度编号')}　{self.t(dim.title, f'维度 {dim.id} 的名称')}", s.h2))
            add(self.p(
                f"满分 {pts(dim.points)}　｜　适用满分 {pts(tally.applicable_max)}　｜　得分 {pts(tally.earned)}"
                f"　｜　得分率 {pct(tally.percent)}　｜　已完成 {tally.done} / {tally.total}　｜　不适用 {tally.na}",
                s.note))
            add(Spacer(1, 1.5 * mm))
            rows: list[list] = [[self.p(h, s.cell_head) for h in ("编号", "评估内容", "评估结果", "得分", "备注")]]
            extra: list[tuple] = []
            for indicator in dim.indicators:
                shown = [scores.items[item.id] for item in indicator.items if scores.items[item.id].relevant]
                if not shown:
                    continue  # every item hidden by its relevance rule
                ind_tally = scores.indicator_tally(indicator.id)
                r = len(rows)
                rows.append([self.p(
                    f"{self.t(indicator.id, '指标编号')}　{self.t(indicator.title, f'指标 {indicator.id} 的名称')}"
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
                        self.p(self.comment_markup(result)),
                    ])
            if len(rows) > 1:
                add(self.table(rows, widths, extra=extra))
            else:
                add(self.p("本维度没有适用于本机构的条目。", s.body))
            self.mark()

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
            + "。请逐项制定整改措施，明确责任人和完成时限。", s.body))
        add(Spacer(1, 2 * mm))
        rows: list[list] = [[self.p(h, s.cell_head) for h in ("编号", "维度", "评估内容", "评估结果", "失分", "备注")]]
        extra: list[tuple] = []
        for result in gaps:
            item = result.item
            if result.veto_failed:
                extra.append(("BACKGROUND", (0, len(rows)), (-1, len(rows)), RED_LIGHT))
            rows.append([
                self.p(self.item_ref(result), s.cell_center),
                self.p(self.dimension_name(item.dimension_id), s.cell_center),
                self.p(self.item_markup(result)),
                self.p(self.answer_markup(result), s.cell_center),
                self.p(pts(item.points - result.earned), s.cell_center),
                self.p(self.comment_markup(result)),
            ])
        w = CONTENT_WIDTH
        add(self.table(rows, [w * 0.09, w * 0.12, w * 0.40, w * 0.12, w * 0.07, w * 0.20], extra=extra))

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
        rows: list[list] = [[self.p(h, s.cell_head) for h in ("编号", "维度", "评估内容", "分值", "状态")]]
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

    def appendix(self) -> None:
        if not self.long_notes:
            return
        s = self.s
        add = self.story.append
        add(PageBreak())
        add(self.p("附录：备注全文", s.h1))
        add(self.p("以下备注和不适用理由较长，表格中只列出了开头部分，全文如下。", s.note))
        for (where, text), number in self.long_notes.items():
            add(self.p(f"{number}．{escape(where)}", s.h2))
            for chunk in chunks(text, APPENDIX_CHUNK):
                add(self.p(self.t(chunk, where) if chunk.strip() else "&nbsp;", s.body))


def write_assessment_report(
    target: Path,
    profile: FacilityProfile,
    row: AssessmentRow,
    scores: Scores,
    progress: Progress | None = None,
    *,
    generated_at: datetime | None = None,
    attachment: Attachment | None = None,
) -> None:
    """Write the PDF report to ``target``, with ``attachment`` embedded when given.

    Raises ``UnrenderableText`` (nothing written) when some text cannot be drawn with the
    bundled font, and lets ``OSError`` through when the file cannot be written.
    """
    target = Path(target)
    generated_at = generated_at or datetime.now().replace(microsecond=0)
    font = fonts.register()
    builder = _Builder(profile, row, scores, font, generated_at, attachment)
    story = builder.build()
    textcheck.check(builder.texts, fonts.charset())

    total_steps = builder.marks + 2  # layout marks, then the finished PDF, then the file in place
    done = 0

    def step(value: int) -> None:
        nonlocal done
        done = max(done, min(value, total_steps))
        if progress is not None:
            progress(done, total_steps)

    builder.on_mark = lambda: step(done + 1)
    step(0)

    form = scores.form
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=PAGE_SIZE,
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=f"{builder.title}（{profile.name}，{row.period}）",
        author=profile.name,
        subject=f"{form.title} {form.version}（{row.form_hash[:12]}）",
        creator="tuoyu-desktop",
        producer=f"tuoyu-desktop {__version__} (reportlab)",
        keywords=["托育机构", "质量评估", builder.noun, form.id],
        lang="zh-CN",
        initialFontName=font,
    )
    furniture = Furniture(
        font=font,
        header_left=profile.name,
        header_right=builder.title,
        footer_left=f"生成时间：{generated_at:%Y-%m-%d %H:%M}",
        footer_right=f"{form.id} {form.version}",
    )
    doc.build(story, canvasmaker=partial(NumberedCanvas, furniture=furniture))
    data = buffer.getvalue() if attachment is None else _with_attachment(buffer.getvalue(), attachment)
    step(total_steps - 1)
    write_atomically(target, data)
    step(total_steps)


def _with_attachment(pdf: bytes, attachment: Attachment) -> bytes:
    """The PDF with ``attachment`` as an embedded file (pypdf: reportlab cannot attach files)."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.add_attachment(attachment.name, attachment.data)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
