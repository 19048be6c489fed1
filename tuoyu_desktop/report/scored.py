"""What the self-assessment report and the inspection report share: both print one scored form
for one facility (items and answers, decisive items, the data-verification panel, the 签署 area).

:class:`ScoredReport` is their common base on top of :class:`~.document.ReportDocument`. A report
of an assessment that is not finalised is a draft: 草稿 across every page, no 签署 section, and
nothing in it says it is signed.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import Table, TableStyle

from tuoyu_desktop.dates import when
from tuoyu_desktop.facility import FacilityProfile
from tuoyu_desktop.forms.rules import decode_selection
from tuoyu_desktop.records import AssessmentRow, format_points
from tuoyu_desktop.report.document import DocumentInfo, ReportDocument, escape
from tuoyu_desktop.report.qr import QrCode
from tuoyu_desktop.report.signers import SIGNERS_FILE, DeclaredSigner, encode_declaration
from tuoyu_desktop.report.signing_section import SigningSection
from tuoyu_desktop.report.styles import (
    AMBER,
    AMBER_LIGHT,
    BAND,
    CONTENT_WIDTH,
    GRID,
    MUTED,
    RED,
    RED_LIGHT,
    box_style,
    hex_of,
)
from tuoyu_desktop.report.textcheck import Place, place
from tuoyu_desktop.scoring import ItemResult, Scores

REPORT_TITLE = "托育机构质量自评报告"
# form kind → (report title, what the exercise is called in running text)
TITLES = {"self_assessment": (REPORT_TITLE, "自评"), "inspection": ("托育机构督导巡查报告", "巡查")}
DRAFT = "草稿"
FINAL_DATA_NOTE = ("本报告内嵌机器可读的评估数据并附数字签名。接收方可用 tuoyu verify 或本软件的“核验报告”"
                   "确认签名人、文件自签名后未被改动，并核对内嵌数据与上列编号和摘要一致。")
DRAFT_DATA_NOTE = "本报告内嵌机器可读的评估数据，可核对其与上列编号和摘要一致。本报告为草稿，尚未定稿。"


def pct(value: Decimal) -> str:
    return f"{value:.1f}%"


def pts(value: Decimal) -> str:
    return format_points(value)


DATA_ID_KEYWORD = "tuoyu-report-id:"
DATA_DIGEST_KEYWORD = "tuoyu-data-sha256:"


@dataclass(frozen=True)
class Attachment:
    """The machine-readable copy embedded in the report, and the id printed with its hash."""

    report_id: str
    name: str
    data: bytes

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


class ScoredReport(ReportDocument):
    """A report on one scored form of one facility; ``attachment`` is the embedded data.

    ``signers``: who must sign, in signing order; ``None`` for the report's default
    (:meth:`default_signers`). A final report carrying its data ends with the 签署 section for them
    and embeds their places as ``signers.json``; a draft has neither.
    """

    def __init__(self, profile: FacilityProfile, row: AssessmentRow, scores: Scores, generated_at: datetime,
                 attachment: Attachment | None = None, signers: Sequence[DeclaredSigner] | None = None):
        super().__init__()
        self.profile = profile
        self.row = row
        self.scores = scores
        self.form = scores.form
        self.generated_at = generated_at
        self.attachment = attachment
        self.declared = None if signers is None else tuple(signers)
        self.draft = not row.finalised
        self.title, self.noun = TITLES.get(self.form.kind, (REPORT_TITLE, "评估"))
        self.signing: SigningSection | None = None

    def default_signers(self) -> list[DeclaredSigner]:
        """Who signs when the caller does not say."""
        raise NotImplementedError

    def info(self) -> DocumentInfo:
        title = f"{self.title}（{DRAFT}）" if self.draft else self.title
        return DocumentInfo(
            title=f"{title}（{self.profile.name}，{self.row.period}）",
            author=self.profile.name,
            subject=f"{self.form.title} {self.form.version}（{self.row.form_hash[:12]}）",
            keywords=("托育机构", "质量评估", self.noun, self.form.id, *self.data_keywords()),
            header_left=self.profile.name,
            header_right=title,
            footer_left=f"生成时间：{when(self.generated_at)}",
            footer_right=f"{self.form.id} {self.form.version}",
            watermark=DRAFT if self.draft else "",
        )

    def data_keywords(self) -> tuple[str, ...]:
        """The embedded data's report id and digest, in the metadata the signatures cover: a
        verifier compares them with the embedded file wherever the printed box falls."""
        if self.attachment is None:
            return ()
        return (f"{DATA_ID_KEYWORD}{self.attachment.report_id}", f"{DATA_DIGEST_KEYWORD}{self.attachment.sha256}")

    def embedded_files(self) -> Sequence[tuple[str, bytes]]:
        if self.attachment is None:
            return []
        files = [(self.attachment.name, self.attachment.data)]
        if self.signing is not None and self.signing.area is not None:
            files.append((SIGNERS_FILE, encode_declaration(self.attachment.report_id, self.signing.area)))
        return files

    def record_furniture(self, form_id: Place, form_version: Place) -> None:
        """The page header and footer draw text outside paragraphs: record it for the font check
        (``form_id``, ``form_version``: the places of the form's id and version in this report)."""
        self.raw(self.profile.name, place("facility_name"))
        self.raw(self.form.id, form_id)
        self.raw(self.form.version, form_version)

    # -- items ------------------------------------------------------------------------------
    def item_ref(self, result: ItemResult) -> str:
        return self.t(result.item.id, place("item_id"))

    def answer_markup(self, result: ItemResult, with_reason: bool = True) -> str:
        item, answer = result.item, result.answer
        small = f'<font size="7.5" color="{hex_of(MUTED)}">'
        if item.kind == "computed":
            if result.computed is True:
                return f"达到<br/>{small}（自动判定）</font>"
            if result.computed is False:
                return self.color("未达到", RED) + f"<br/>{small}（自动判定）</font>"
            missing = self.t("、".join(result.missing), place("item_missing", item=item.id)) if result.missing else "机构信息不全"
            return self.color("无法计算", AMBER) + f"<br/>{small}（缺少：{missing}）</font>"
        if result.na_refused:
            return self.color("不适用（本条不允许，按未作答计）", RED)
        if answer.na:
            if not answer.na_reason.strip():
                return self.color("不适用<br/>（未填写理由）", AMBER)
            text = self.color("不适用", MUTED)
            if with_reason:
                reason = self.note(answer.na_reason, place("item_na_reason", item=item.id))
                text += f"<br/>{small}理由：{reason}</font>"
            return text
        if item.kind == "choice":
            if result.option is None:
                return self.color("未作答", AMBER)
            label = self.t(result.option.label, place("item_option", item=item.id))
            if result.option.full_marks:
                return label
            return self.color(label, RED if result.option.ratio == 0 else AMBER)
        value = answer.value
        if value is None or value in ("", "[]"):
            return self.color("未作答", AMBER) if item.required else self.color("未填写", MUTED)
        where = place("item_answer", item=item.id)
        if item.kind == "multi":
            labels = []
            for chosen in decode_selection(value):
                option = item.scale.option(chosen)
                labels.append(self.t(option.label if option else chosen, place("item_option", item=item.id)))
            text = "、".join(labels)
        elif item.kind == "number":
            text = self.t(value, where) + (f" {self.t(item.unit, place('item_unit', item=item.id))}" if item.unit else "")
        else:  # text, date
            text = self.note(value, where)
        if result.problem:
            text += "<br/>" + self.color(f"答案有误：{self.t(result.problem, place('item_problem', item=item.id))}", RED)
        return text

    def score_markup(self, result: ItemResult) -> str:
        if not result.item.scored:
            return self.color("不计分", MUTED)
        if not result.applicable:
            return self.color("不计", MUTED)
        return f"{pts(result.earned)} / {pts(result.item.points)}"

    def item_markup(self, result: ItemResult) -> str:
        item = result.item
        text = self.t(item.text, place("item_text", item=item.id))
        if item.veto:
            text = self.color("［一票否决］", RED) + text
        if result.explanation:
            explanation = self.t(result.explanation, place("item_explanation", item=item.id))
            text += f'<br/><font size="7.5" color="{hex_of(MUTED)}">自动计算：{explanation}</font>'
        if item.source:
            source = self.t(item.source, place("item_source", item=item.id))
            text += f'<br/><font size="7" color="{hex_of(MUTED)}">出处：{source}</font>'
        return text

    def comment_markup(self, result: ItemResult) -> str:
        comment = result.answer.comment.strip()
        return self.note(comment, place("item_comment", item=result.item.id)) if comment else ""

    def dimension_name(self, dimension_id: str) -> str:
        dim = self.form.dimension(dimension_id)
        return self.t(dim.title, place("dimension_name", dimension=dim.id))

    # -- boxes ------------------------------------------------------------------------------
    def veto_box(self) -> Table:
        failures = self.scores.veto_failures
        veto_grade = self.form.grading.veto_grade
        lines = [self.color(f"一票否决：{len(failures)} 个否决项未达到要求", RED)
                 + f"，按评估表规定，评定等级不高于 {self.t(veto_grade, place('veto_grade'))}。"]
        for result in failures:
            answer = self.answer_markup(result, with_reason=False)
            lines.append(f"● {self.item_ref(result)}　{self.t(result.item.text, place('item_text', item=result.item.id))}（{answer}）")
        return self.callout("<br/>".join(lines), RED, RED_LIGHT)

    def verification_panel(self, attachment: Attachment) -> Table:
        """Report id, data hash and a QR code of both: what ``tuoyu verify`` checks the data against."""
        from tuoyu_desktop.exchange import qr_text

        s = self.s
        size = 30 * mm
        code = QrCode(qr_text(attachment.report_id, attachment.sha256), size)
        digest = attachment.sha256
        text = [
            self.p("数据核验", s.h2),
            self.p(f"报告编号：{attachment.report_id}", s.small),
            self.p(f"内嵌数据（{attachment.name}）SHA-256：<br/>{digest[:32]}<br/>{digest[32:]}", s.small),
            self.p(DRAFT_DATA_NOTE if self.draft else FINAL_DATA_NOTE, s.note),
        ]
        table = Table([[text, code]], colWidths=[CONTENT_WIDTH - size - 8 * mm, size + 8 * mm])
        table.setStyle(TableStyle(box_style(self.font, GRID, BAND) + [("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
        return table

    def draft_notice(self) -> Table:
        """On a draft's cover: what a draft is, without a word about signing."""
        return self.callout(self.color(f"{DRAFT}：", AMBER) + f"本次{self.noun}尚未定稿，内容仍可修改；"
                            "本报告仅供内部查看，不能作为正式上报材料。", AMBER, AMBER_LIGHT)

    def signing_section(self) -> None:
        """The 签署 section, last in the story: only in a final report carrying its data."""
        if self.attachment is None or self.draft:
            return
        signers = self.declared if self.declared is not None else tuple(self.default_signers())
        for signer in signers:
            self.raw(f"{signer.role}：{signer.name}", place("signer", role=signer.role))
        seal_lines = [self.raw(f"机构名称：{self.profile.name}", place("facility_name")), "请在右侧圆圈内加盖机构公章",
                      "日期：　　　　年　　月　　日"]
        note = (f"下列方框是本报告声明的签署人的数字签名位置，各人的签名图章置于本人方框内；"
                f"签名后对文件的任何改动都会在核验时被发现。报告编号 {escape(self.attachment.report_id)}。")
        self.signing = SigningSection(self.font, self.s, signers, note, seal_lines)
        self.story.append(self.signing)
