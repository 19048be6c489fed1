"""The inspection report (托育机构督导巡查报告): facility and visit, results by area, findings with
their photos, rectification opinions and deadlines, the full checklist, two signatures.

Shares the scored-report base with the self-assessment report (styles, page furniture, font
check, item markup, embedded data). Photos arrive already downscaled and stripped of metadata
(``evidence.report_jpeg``); reportlab embeds those JPEG bytes as they are.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import datetime
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
from tuoyu_desktop.report.document import CoverEnd, DocumentInfo, Progress
from tuoyu_desktop.report.scored import Attachment, ScoredReport
from tuoyu_desktop.report.signers import DeclaredSigner
from tuoyu_desktop.report.styles import (
    ACCENT,
    ACCENT_LIGHT,
    AMBER,
    BAND,
    CONTENT_WIDTH,
    GRID,
    MUTED,
    RED,
    RED_LIGHT,
)
from tuoyu_desktop.report.textcheck import Place, place
from tuoyu_desktop.scoring import ItemResult, Scores

SEVERITY_COLOURS = {"严重": RED, "较重": AMBER}


class InspectionReport(ScoredReport):
    """The report of one inspection visit. ``data`` is the inspection's assessment.json (visit,
    findings, carried-over items); ``photos`` maps SHA-256 → report JPEG bytes, or why not."""

    def __init__(self, profile: FacilityProfile, row: AssessmentRow, scores: Scores, generated_at: datetime,
                 attachment: Attachment | None, data: dict[str, Any], photos: dict[str, bytes | str],
                 signers: Sequence[DeclaredSigner] | None = None):
        super().__init__(profile, row, scores, generated_at, attachment, signers)
        self.visit: dict[str, Any] = data.get("inspection") or {}
        self.findings: list[dict[str, Any]] = data.get("findings") or []
        self.carried: list[dict[str, Any]] = data.get("carried_over") or []
        self.photos = photos

    def info(self) -> DocumentInfo:
        form = self.form
        return replace(super().info(), author="督导巡查", subject=f"{form.title} {form.version}",
                       keywords=("托育机构", "督导巡查", form.id))

    def build(self) -> None:
        self.cover()
        self.mark()
        self.story.append(CoverEnd())
        self.results_by_area()
        self.carried_over()
        self.mark()
        self.findings_section()
        self.mark()
        self.checklist()
        self.notes_appendix()
        self.mark()
        self.signing_section()
        self.record_furniture(place("checklist_id"), place("checklist_version"))

    def default_signers(self) -> list[DeclaredSigner]:
        """Each inspector, then the facility's representative present at the visit."""
        inspectors = [str(name).strip() for name in self.visit.get("inspectors") or []] or [""]
        return ([DeclaredSigner("督导员", name) for name in inspectors]
                + [DeclaredSigner("机构代表", str(self.visit.get("facility_rep") or "").strip())])

    # -- cover ------------------------------------------------------------------------------
    def cover(self) -> None:
        s, add = self.s, self.story.append
        centred = s.note.clone("centred_note", alignment=TA_CENTER)
        add(Spacer(1, 8 * mm))
        add(self.p(self.title, s.title))
        add(self.p(self.t(self.profile.name, place("facility_name")), s.subtitle))
        add(self.p(f"巡查时间：{self.t(when_text(self.visit.get('visited_at', '')), place('visit_time'))}", centred))
        add(Spacer(1, 6 * mm))
        add(self.result_panel())
        add(Spacer(1, 4 * mm))
        if self.draft:
            add(self.draft_notice())
            add(Spacer(1, 3 * mm))
        if self.scores.vetoed:
            add(self.veto_box())
            add(Spacer(1, 3 * mm))
        add(self.p("巡查基本情况", s.h2))
        add(self.visit_table())
        if self.visit.get("notes"):
            add(Spacer(1, 2 * mm))
            add(self.callout(self.color("巡查说明：", ACCENT) + self.note(self.visit["notes"], place("visit_notes")), GRID, BAND))
        add(Spacer(1, 3 * mm))
        add(self.p(f"报告生成时间：{when(self.generated_at)}　｜　生成软件：tuoyu-desktop {__version__}", s.small))
        if self.attachment is not None:
            add(Spacer(1, 3 * mm))
            add(self.verification_panel(self.attachment))

    def counts(self, results: Iterable[ItemResult]) -> tuple[int, int, int, int]:
        passed = failed = na = missing = 0
        for r in results:
            if not r.relevant or not r.item.scored:
                continue
            if not r.applicable:
                na += 1
            elif r.gap:
                failed += 1
            elif r.done:
                passed += 1
            else:
                missing += 1
        return passed, failed, na, missing

    def result_panel(self) -> Table:
        s = self.s
        passed, failed, na, _ = self.counts(self.scores.items.values())
        grade = self.scores.grade
        label = self.t(grade.label, place("conclusion")) if grade.label else ""
        big = s.big_number
        cells = [
            [self.p(str(passed), big), self.p(self.color(str(failed), RED if failed else ACCENT), big),
             self.p(str(na), big),
             self.p(self.color(self.t(grade.grade, place("conclusion")), RED if self.scores.vetoed else ACCENT), big)],
            [self.p("符合", s.big_caption), self.p("不符合", s.big_caption), self.p("不适用", s.big_caption),
             self.p(f"巡查结论{('：' + label) if label else ''}", s.big_caption)],
        ]
        table = Table(cells, colWidths=[CONTENT_WIDTH / 4] * 4)
        table.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, -1), self.font), ("BOX", (0, 0), (-1, -1), 1, ACCENT),
            ("LINEAFTER", (0, 0), (-2, -1), 0.5, GRID), ("BACKGROUND", (0, 0), (-1, -1), ACCENT_LIGHT),
            ("TOPPADDING", (0, 0), (-1, 0), 8), ("BOTTOMPADDING", (0, -1), (-1, -1), 8),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
        return table

    def visit_table(self) -> Table:
        s, profile, visit = self.s, self.profile, self.visit

        def value(text: str, where: Place) -> Paragraph:
            return self.p(self.t(text, where) if str(text).strip() else self.color("未填写", MUTED))

        label = partial(self.p, style=s.label)
        district = " ".join(x for x in (profile.district.strip(), profile.street.strip()) if x)
        inspectors = "、".join(visit.get("inspectors") or [])
        findings = len(self.findings)
        rows = [
            [label("被巡查机构"), value(profile.name, place("facility_name")), label("统一社会信用代码"),
             value(profile.credit_code, place("credit_code"))],
            [label("所在区、街道"), value(district, place("district")), label("机构负责人"),
             value(profile.director, place("director"))],
            [label("巡查时间"), value(when_text(visit.get("visited_at", "")), place("visit_time")), label("巡查表"),
             self.p(f"{self.t(self.form.title, place('checklist_title'))}"
                    f"（{self.t(self.form.version, place('checklist_version'))}）")],
            [label("督导员"), value(inspectors, place("inspectors")), label("机构在场代表"),
             value(visit.get("facility_rep", ""), place("facility_rep"))],
            [label("发现问题"), self.p(f"共 {findings} 项（含其他发现），须逐项整改并按期反馈"), "", ""],
        ]
        w = CONTENT_WIDTH
        return self.table(rows, [w * 0.15, w * 0.35, w * 0.17, w * 0.33], header_rows=0,
                          extra=[("SPAN", (1, 4), (3, 4)), ("BACKGROUND", (0, 0), (0, -1), BAND),
                                 ("BACKGROUND", (2, 0), (2, -2), BAND)])

    # -- sections ---------------------------------------------------------------------------
    def area_heading(self, dim: Dimension) -> str:
        """``1　出入口与门禁``: an area's number and name (the checklist's dimensions are areas)."""
        return f"{self.t(dim.id, place('area_id'))}　{self.t(dim.title, place('area_name', area=dim.id))}"

    def results_by_area(self) -> None:
        s, add = self.s, self.story.append
        add(self.p("一、巡查结果（按区域）", s.h1))
        rows: list[list[Any]] = [[self.p(h, s.cell_head) for h in ("区域", "检查条目", "符合", "不符合", "不适用", "未检查")]]
        totals = [0, 0, 0, 0]
        for dim_score in self.scores.dimensions:
            dim = dim_score.dimension
            results = [self.scores.items[i.id] for i in dim.items]
            counts = self.counts(results)
            totals = [a + b for a, b in zip(totals, counts, strict=True)]
            failed = self.color(str(counts[1]), RED) if counts[1] else "0"
            rows.append([self.p(self.area_heading(dim)),
                         self.p(str(sum(counts)), s.cell_center), self.p(str(counts[0]), s.cell_center),
                         self.p(failed, s.cell_center), self.p(str(counts[2]), s.cell_center),
                         self.p(str(counts[3]), s.cell_center)])
        other = sum(1 for f in self.findings if str(f.get("key", "")).startswith("finding:"))
        rows.append([self.p("合计"), self.p(str(sum(totals)), s.cell_center),
                     *(self.p(str(x), s.cell_center) for x in totals)])
        w = CONTENT_WIDTH
        add(self.table(rows, [w * 0.40, w * 0.12, w * 0.12, w * 0.12, w * 0.12, w * 0.12],
                       extra=[("BACKGROUND", (0, -1), (-1, -1), ACCENT_LIGHT)]))
        add(Spacer(1, 2 * mm))
        text = (f"本次巡查检查 {sum(totals)} 个条目，符合 {totals[0]} 项，不符合 {totals[1]} 项，不适用 {totals[2]} 项"
                + (f"，未检查 {totals[3]} 项" if totals[3] else "") + (f"；另有其他发现 {other} 项" if other else "") + "。")
        if self.scores.vetoed:
            text += self.color(f"其中 {len(self.scores.veto_failures)} 项为严重问题（一票否决项），应立即整改。", RED)
        add(self.p(text, s.body))

    def carried_over(self) -> None:
        if not self.carried:
            return
        s, add = self.s, self.story.append
        add(CondPageBreak(40 * mm))
        add(self.p("上次巡查未完成整改事项（本次首先复查）", s.h2))
        rows: list[list[Any]] = [[self.p(h, s.cell_head) for h in ("编号", "问题", "当时状态", "整改期限")]]
        for item in self.carried:
            rows.append([self.p(self.t(str(item.get("key", "")), place("carried_id")), s.cell_center),
                         self.p(self.note(str(item.get("description", "")), place("carried_problem"))),
                         self.p(self.t(str(item.get("status", "")), place("carried_status")), s.cell_center),
                         self.p(self.t(when_text(item.get("deadline")) or "—", place("carried_deadline")), s.cell_center)])
        w = CONTENT_WIDTH
        add(self.table(rows, [w * 0.12, w * 0.58, w * 0.14, w * 0.16]))

    def findings_section(self) -> None:
        s, add = self.s, self.story.append
        add(PageBreak())
        add(self.p("二、发现的问题及整改意见", s.h1))
        if not self.findings:
            add(self.p("本次巡查未发现需要整改的问题。", s.body))
            return
        add(self.p(f"共 {len(self.findings)} 项。机构应按整改意见在期限内完成整改，保留整改前后的照片等佐证材料，"
                   "并向区托育主管部门反馈。", s.body))
        for number, finding in enumerate(self.findings, start=1):
            add(CondPageBreak(60 * mm))
            add(self.finding_block(number, finding))
            photos = finding.get("photos") or []
            if photos:
                add(Spacer(1, 2 * mm))
                add(self.photo_grid([self.finding_photo(number, index, photo)
                                     for index, photo in enumerate(photos, start=1)]))
            add(Spacer(1, 4 * mm))
            self.mark()

    def finding_block(self, number: int, finding: dict[str, Any]) -> Table:
        s = self.s
        key = str(finding.get("key", ""))
        is_item = not key.startswith("finding:")
        where = partial(place, number=number)  # a part of this finding
        severity = str(finding.get("severity", "一般"))
        severity_markup = self.t(severity, where("finding_severity"))
        if severity in SEVERITY_COLOURS:
            severity_markup = self.color(severity_markup, SEVERITY_COLOURS[severity])
        heading = f"问题 {number}　" + (f"条目 {self.t(key, place('item_id'))}" if is_item else "其他发现")
        if finding.get("veto"):
            heading += self.color("　［一票否决］", RED)
        label = partial(self.p, style=s.label)
        rows = [
            [self.p(heading, s.cell_head), "", "", ""],
            [label("区域"), self.p(self.t(str(finding.get("area", "")), where("finding_area"))),
             label("严重程度"), self.p(severity_markup)],
            [label("问题"), self.p(self.note(str(finding.get("description", "")), where("finding_description"))), "", ""],
        ]
        if finding.get("observation"):
            rows.append([label("现场情况"), self.p(self.note(str(finding["observation"]), where("finding_observation"))), "", ""])
        opinion = str(finding.get("opinion") or "")
        rows.append([label("整改意见"), self.p(self.note(opinion, where("finding_opinion")) if opinion.strip()
                                               else self.color("未填写", AMBER)), "", ""])
        rows.append([label("整改期限"), self.p(self.t(when_text(finding.get("deadline")), where("finding_deadline"))
                                               if finding.get("deadline") else self.color("未填写", AMBER)), "", ""])
        extra = [("SPAN", (0, 0), (-1, 0)), ("BACKGROUND", (0, 1), (0, -1), BAND), ("BACKGROUND", (2, 1), (2, 1), BAND)]
        for r in range(2, len(rows)):
            extra.append(("SPAN", (1, r), (-1, r)))
        if finding.get("veto") or severity == "严重":
            extra.append(("BACKGROUND", (0, 0), (-1, 0), RED_LIGHT))
        w = CONTENT_WIDTH
        return self.table(rows, [w * 0.14, w * 0.46, w * 0.14, w * 0.26], extra=extra)

    def finding_photo(self, number: int, index: int, photo: dict[str, Any]) -> tuple[bytes | str, str]:
        """A finding's photo for the grid: its report JPEG (or why not) and its numbered caption."""
        caption = str(photo.get("caption") or "")
        markup = f"图 {number}-{index}" + (f"　{self.t(caption, place('finding_photo', number=number))}" if caption else "")
        return self.photos.get(photo.get("sha256", ""), ""), markup

    def checklist(self) -> None:
        s, add = self.s, self.story.append
        add(PageBreak())
        add(self.p("三、逐项检查记录", s.h1))
        w = CONTENT_WIDTH
        for dim_score in self.scores.dimensions:
            dim = dim_score.dimension
            add(CondPageBreak(40 * mm))
            add(self.p(self.area_heading(dim), s.h2))
            rows: list[list[Any]] = [[self.p(h, s.cell_head) for h in ("编号", "检查内容", "结果", "现场情况")]]
            extra: list[tuple[Any, ...]] = []
            for item in dim.items:
                result = self.scores.items[item.id]
                if not result.relevant:
                    continue
                if result.gap:
                    extra.append(("BACKGROUND", (0, len(rows)), (-1, len(rows)), RED_LIGHT))
                rows.append([self.p(self.item_ref(result), s.cell_center), self.p(self.item_markup(result)),
                             self.p(self.answer_markup(result), s.cell_center), self.p(self.comment_markup(result))])
            add(self.table(rows, [w * 0.09, w * 0.50, w * 0.15, w * 0.26], extra=extra))
            self.mark()


def write_inspection_report(
    target: Path,
    profile: FacilityProfile,
    row: AssessmentRow,
    scores: Scores,
    data: dict[str, Any],
    photos: dict[str, bytes | str],
    progress: Progress | None = None,
    *,
    generated_at: datetime | None = None,
    attachment: Attachment | None = None,
    signers: Sequence[DeclaredSigner] | None = None,
) -> None:
    """Write the inspection report. ``data`` is the inspection's assessment.json (visit, findings);
    ``photos`` maps SHA-256 → report JPEG bytes, or why the photo cannot be shown.

    A draft (inspection not finalised) carries 草稿 across every page and no 签署 section. A final
    report with ``attachment`` ends with the 签署 section for ``signers`` (in signing order;
    default: each inspector as 督导员, then the visit's facility_rep as 机构代表), whose places
    are embedded as ``signers.json`` (see :mod:`.signers`).

    Raises ``UnrenderableText`` (nothing written) when some text cannot be drawn with the
    bundled font, ``InvalidSigners`` for too many signers, and lets ``OSError`` through when
    the file cannot be written.
    """
    generated_at = generated_at or datetime.now().replace(microsecond=0)
    report = InspectionReport(profile, row, scores, generated_at, attachment, data, photos, signers)
    report.write(Path(target), progress)
