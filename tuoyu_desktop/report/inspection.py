"""The inspection report (托育机构督导巡查报告): facility and visit, results by area, findings with
their photos, rectification opinions and deadlines, the full checklist, two signatures.

Built on the self-assessment report's builder (styles, page furniture, font check, embedded data).
Photos arrive already downscaled and stripped of metadata (``evidence.report_jpeg``); reportlab
embeds those JPEG bytes as they are.
"""

from __future__ import annotations

import io
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Any

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Image, PageBreak, SimpleDocTemplate, Spacer, Table, TableStyle

from tuoyu_desktop import __version__
from tuoyu_desktop.atomic import write_atomically
from tuoyu_desktop.facility import FacilityProfile
from tuoyu_desktop.records import AssessmentRow
from tuoyu_desktop.report import fonts, textcheck
from tuoyu_desktop.report.assessment import SIGNATURE_SPACE, Attachment, Progress, _Builder, _with_attachment, when
from tuoyu_desktop.report.pages import Furniture, NumberedCanvas
from tuoyu_desktop.report.styles import (
    ACCENT,
    ACCENT_LIGHT,
    AMBER,
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
)
from tuoyu_desktop.scoring import Scores

PHOTO_WIDTH = (CONTENT_WIDTH - 6 * mm) / 2
PHOTO_MAX_HEIGHT = 70 * mm
SEVERITY_COLOURS = {"严重": RED, "较重": AMBER}


class _InspectionBuilder(_Builder):
    def __init__(self, profile, row, scores, font, generated_at, attachment, data: dict[str, Any],
                 photos: dict[str, bytes | str]):
        super().__init__(profile, row, scores, font, generated_at, attachment)
        self.data = data
        self.visit = data.get("inspection") or {}
        self.findings = data.get("findings") or []
        self.carried = data.get("carried_over") or []
        self.photos = photos

    def build(self):
        self.cover()
        self.mark()
        self.story.append(PageBreak())
        self.results_by_area()
        self.carried_over()
        self.mark()
        self.findings_section()
        self.mark()
        self.checklist()
        self.appendix()
        if self.attachment is not None:
            self.signature_block()
        self.mark()
        self.raw(self.profile.name, "机构名称")
        self.raw(self.form.id, "巡查表编号")
        self.raw(self.form.version, "巡查表版本")
        return self.story

    # -- cover ------------------------------------------------------------------------------
    def cover(self) -> None:
        s, add = self.s, self.story.append
        centred = s.note.clone("centred_note", alignment=TA_CENTER)
        add(Spacer(1, 8 * mm))
        add(self.p(self.title, s.title))
        add(self.p(self.t(self.profile.name, "机构名称"), s.subtitle))
        add(self.p(f"巡查时间：{self.t(_when_text(self.visit.get('visited_at', '')), '巡查时间')}", centred))
        add(Spacer(1, 6 * mm))
        add(self.result_panel())
        add(Spacer(1, 4 * mm))
        if self.scores.vetoed:
            add(self.veto_box())
            add(Spacer(1, 3 * mm))
        add(self.p("巡查基本情况", s.h2))
        add(self.visit_table())
        if self.visit.get("notes"):
            add(Spacer(1, 2 * mm))
            add(self.callout(self.color("巡查说明：", ACCENT) + self.note(self.visit["notes"], "巡查说明"), GRID, BAND))
        add(Spacer(1, 3 * mm))
        add(self.p(f"报告生成时间：{when(self.generated_at)}　｜　生成软件：tuoyu-desktop {__version__}", s.small))
        if self.attachment is not None:
            add(Spacer(1, 3 * mm))
            add(self.verification_panel())

    def counts(self, results) -> tuple[int, int, int, int]:
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
        label = self.t(grade.label, "巡查结论") if grade.label else ""
        big = s.big_number
        cells = [
            [self.p(str(passed), big), self.p(self.color(str(failed), RED if failed else ACCENT), big),
             self.p(str(na), big), self.p(self.color(self.t(grade.grade, "巡查结论"), RED if self.scores.vetoed else ACCENT), big)],
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

        def value(text: str, where: str):
            return self.p(self.t(text, where) if str(text).strip() else self.color("未填写", MUTED))

        label = partial(self.p, style=s.label)
        district = " ".join(x for x in (profile.district.strip(), profile.street.strip()) if x)
        inspectors = "、".join(visit.get("inspectors") or [])
        findings = len(self.findings)
        rows = [
            [label("被巡查机构"), value(profile.name, "机构名称"), label("统一社会信用代码"),
             value(profile.credit_code, "统一社会信用代码")],
            [label("所在区、街道"), value(district, "所在区、街道"), label("机构负责人"),
             value(profile.director, "机构负责人")],
            [label("巡查时间"), value(_when_text(visit.get("visited_at", "")), "巡查时间"), label("巡查表"),
             self.p(f"{self.t(self.form.title, '巡查表名称')}（{self.t(self.form.version, '巡查表版本')}）")],
            [label("督导员"), value(inspectors, "督导员"), label("机构在场代表"),
             value(visit.get("facility_rep", ""), "机构在场代表")],
            [label("发现问题"), self.p(f"共 {findings} 项（含其他发现），须逐项整改并按期反馈"), "", ""],
        ]
        w = CONTENT_WIDTH
        return self.table(rows, [w * 0.15, w * 0.35, w * 0.17, w * 0.33], header_rows=0,
                          extra=[("SPAN", (1, 4), (3, 4)), ("BACKGROUND", (0, 0), (0, -1), BAND),
                                 ("BACKGROUND", (2, 0), (2, -2), BAND)])

    # -- sections ---------------------------------------------------------------------------
    def results_by_area(self) -> None:
        s, add = self.s, self.story.append
        add(self.p("一、巡查结果（按区域）", s.h1))
        rows: list[list] = [[self.p(h, s.cell_head) for h in ("区域", "检查条目", "符合", "不符合", "不适用", "未检查")]]
        totals = [0, 0, 0, 0]
        for dim_score in self.scores.dimensions:
            dim = dim_score.dimension
            results = [self.scores.items[i.id] for i in dim.items]
            counts = self.counts(results)
            totals = [a + b for a, b in zip(totals, counts, strict=True)]
            failed = self.color(str(counts[1]), RED) if counts[1] else "0"
            rows.append([self.p(f"{self.t(dim.id, '区域编号')}　{self.t(dim.title, f'区域 {dim.id} 的名称')}"),
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
        rows: list[list] = [[self.p(h, s.cell_head) for h in ("编号", "问题", "当时状态", "整改期限")]]
        for item in self.carried:
            rows.append([self.p(self.t(str(item.get("key", "")), "上次问题编号"), s.cell_center),
                         self.p(self.note(str(item.get("description", "")), "上次巡查问题")),
                         self.p(self.t(str(item.get("status", "")), "整改状态"), s.cell_center),
                         self.p(self.t(str(item.get("deadline") or "—"), "整改期限"), s.cell_center)])
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
                add(self.photo_grid(number, photos))
            add(Spacer(1, 4 * mm))
            self.mark()

    def finding_block(self, number: int, finding: dict) -> Table:
        s = self.s
        key = str(finding.get("key", ""))
        is_item = not key.startswith("finding:")
        where = f"问题 {number}"
        severity = str(finding.get("severity", "一般"))
        severity_markup = self.t(severity, f"{where} 的严重程度")
        if severity in SEVERITY_COLOURS:
            severity_markup = self.color(severity_markup, SEVERITY_COLOURS[severity])
        heading = f"问题 {number}　" + (f"条目 {self.t(key, '条目编号')}" if is_item else "其他发现")
        if finding.get("veto"):
            heading += self.color("　［一票否决］", RED)
        label = partial(self.p, style=s.label)
        rows = [
            [self.p(heading, s.cell_head), "", "", ""],
            [label("区域"), self.p(self.t(str(finding.get("area", "")), f"{where} 的区域")),
             label("严重程度"), self.p(severity_markup)],
            [label("问题"), self.p(self.note(str(finding.get("description", "")), f"{where} 的内容")), "", ""],
        ]
        if finding.get("observation"):
            rows.append([label("现场情况"), self.p(self.note(str(finding["observation"]), f"{where} 的现场情况")), "", ""])
        opinion = str(finding.get("opinion") or "")
        rows.append([label("整改意见"), self.p(self.note(opinion, f"{where} 的整改意见") if opinion.strip()
                                               else self.color("未填写", AMBER)), "", ""])
        rows.append([label("整改期限"), self.p(self.t(str(finding.get("deadline") or ""), f"{where} 的整改期限")
                                               if finding.get("deadline") else self.color("未填写", AMBER)), "", ""])
        extra = [("SPAN", (0, 0), (-1, 0)), ("BACKGROUND", (0, 1), (0, -1), BAND), ("BACKGROUND", (2, 1), (2, 1), BAND)]
        for r in range(2, len(rows)):
            extra.append(("SPAN", (1, r), (-1, r)))
        if finding.get("veto") or severity == "严重":
            extra.append(("BACKGROUND", (0, 0), (-1, 0), RED_LIGHT))
        w = CONTENT_WIDTH
        return self.table(rows, [w * 0.14, w * 0.46, w * 0.14, w * 0.26], extra=extra)

    def photo_grid(self, number: int, photos: list[dict]) -> Table:
        cells = []
        for index, photo in enumerate(photos, start=1):
            jpeg = self.photos.get(photo.get("sha256", ""))
            caption = str(photo.get("caption") or "")
            caption_markup = f"图 {number}-{index}" + (f"　{self.t(caption, f'问题 {number} 的照片说明')}" if caption else "")
            if isinstance(jpeg, bytes):
                picture = _scaled_image(jpeg, PHOTO_WIDTH - 4 * mm, PHOTO_MAX_HEIGHT)
            else:
                picture = self.p(self.color(f"照片无法显示：{self.t(jpeg or '文件缺失', '照片问题')}", AMBER))
            cells.append([picture, self.p(caption_markup, self.s.small)])
        rows = [cells[i:i + 2] for i in range(0, len(cells), 2)]
        if len(rows[-1]) == 1:
            rows[-1].append("")
        table = Table(rows, colWidths=[PHOTO_WIDTH + 3 * mm] * 2)
        table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), self.font), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("ALIGN", (0, 0), (-1, -1), "CENTER"), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
        return table

    def checklist(self) -> None:
        s, add = self.s, self.story.append
        add(PageBreak())
        add(self.p("三、逐项检查记录", s.h1))
        w = CONTENT_WIDTH
        for dim_score in self.scores.dimensions:
            dim = dim_score.dimension
            add(CondPageBreak(40 * mm))
            add(self.p(f"{self.t(dim.id, '区域编号')}　{self.t(dim.title, f'区域 {dim.id} 的名称')}", s.h2))
            rows: list[list] = [[self.p(h, s.cell_head) for h in ("编号", "检查内容", "结果", "现场情况")]]
            extra = []
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

    def signature_block(self) -> None:
        s = self.s
        self.story.append(CondPageBreak(SIGNATURE_SPACE))
        self.story.append(self.p("签署", s.h1))
        inspectors = "、".join(self.visit.get("inspectors") or []) or "督导员"
        rep = self.visit.get("facility_rep") or "机构代表"
        self.story.append(self.p(
            f"督导员（{self.t(inspectors, '督导员')}）和机构在场代表（{self.t(rep, '机构在场代表')}）分别以数字签名确认本报告。"
            f"报告编号 {self.attachment.report_id}；签名后对文件的任何改动都会在核验时被发现。", s.note))


def _when_text(value: str) -> str:
    try:
        return when(datetime.fromisoformat(value))
    except (TypeError, ValueError):
        return str(value or "")


def _scaled_image(jpeg: bytes, max_width: float, max_height: float) -> Image:
    from reportlab.lib.utils import ImageReader

    width, height = ImageReader(io.BytesIO(jpeg)).getSize()
    scale = min(max_width / width, max_height / height)
    return Image(io.BytesIO(jpeg), width=width * scale, height=height * scale)


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
) -> None:
    """Write the inspection report. ``data`` is the inspection's assessment.json (visit, findings);
    ``photos`` maps SHA-256 → report JPEG bytes, or why the photo cannot be shown."""
    from reportlab import rl_config

    # JPEG photos go in as they are (DCTDecode); ASCII85 would make them a quarter bigger and
    # cost seconds in reportlab's pure-Python encoder
    rl_config.useA85 = 0
    target = Path(target)
    generated_at = generated_at or datetime.now().replace(microsecond=0)
    font = fonts.register()
    builder = _InspectionBuilder(profile, row, scores, font, generated_at, attachment, data, photos)
    story = builder.build()
    textcheck.check(builder.texts, fonts.charset())
    total_steps = builder.marks + 2
    done = 0

    def step(value: int) -> None:
        nonlocal done
        done = max(done, min(value, total_steps))
        if progress is not None:
            progress(done, total_steps)

    builder.on_mark = lambda: step(done + 1)
    step(0)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer, pagesize=PAGE_SIZE, leftMargin=MARGIN_LEFT, rightMargin=MARGIN_RIGHT, topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM, title=f"{builder.title}（{profile.name}，{row.period}）", author="督导巡查",
        subject=f"{scores.form.title} {scores.form.version}", creator="tuoyu-desktop",
        producer=f"tuoyu-desktop {__version__} (reportlab)", keywords=["托育机构", "督导巡查", scores.form.id],
        lang="zh-CN", initialFontName=font)
    furniture = Furniture(font=font, header_left=profile.name, header_right=builder.title,
                          footer_left=f"生成时间：{generated_at:%Y-%m-%d %H:%M}",
                          footer_right=f"{scores.form.id} {scores.form.version}")
    doc.build(story, canvasmaker=partial(NumberedCanvas, furniture=furniture))
    data_bytes = buffer.getvalue() if attachment is None else _with_attachment(buffer.getvalue(), attachment)
    step(total_steps - 1)
    write_atomically(target, data_bytes)
    step(total_steps)
