"""Inspector mode: visited facilities, inspection visits (checklist, ad-hoc findings, photos),
their rectification items, the inspection report, and the facility side of the loop.

An inspection is an assessment on an inspection-kind form whose facility is the *visited* one
(``facilities.is_own = 0``), plus its visit details (table ``inspections``). Every 不符合 and every
其他发现 is a rectification item (source ``inspection``) carrying severity, opinion and deadline.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tuoyu_desktop import rectification as rect
from tuoyu_desktop.facility import FacilityProfile, credit_code_problem
from tuoyu_desktop.records import Answer
from tuoyu_desktop.rectification import RectificationError, RectificationItem
from tuoyu_desktop.services.errors import AssessmentLocked, ExportError, ProfileInvalid
from tuoyu_desktop.store import inspections as rows
from tuoyu_desktop.store import rectifications as rect_rows
from tuoyu_desktop.store.inspections import Visit

if TYPE_CHECKING:
    from tuoyu_desktop.services.reports import ProgressCallback, Signer
    from tuoyu_desktop.services.session import AssessmentSession
    from tuoyu_desktop.services.workspace import Workspace

MODE_FACILITY, MODE_INSPECTOR = "facility", "inspector"
MODES = (MODE_FACILITY, MODE_INSPECTOR)
PASS, FAIL, NA = "符合", "不符合", "不适用"
OTHER_AREA = "其他发现"
INSPECTION_SCHEMA_VERSION = "1.1"  # 1.0 plus "inspection" and "findings": readers of 1.x ignore them


@dataclass(frozen=True)
class InspectionSummary:
    """A line of the inspector's home screen."""

    id: str
    facility_id: int
    facility_name: str
    credit_code: str
    visited_at: str
    inspectors: tuple[str, ...]
    status: str
    done: int
    total: int
    failed: int
    open_items: int


@dataclass
class FindingView:
    """One finding of an inspection: a 不符合 checklist item or an ad-hoc 其他发现."""

    key: str  # item id, or "finding:<n>"
    area: str
    description: str
    observation: str
    veto: bool
    rectification: RectificationItem | None
    finding_id: int | None = None
    evidence: list = field(default_factory=list)


@dataclass
class InspectionView:
    session: AssessmentSession
    visit: Visit
    facility: FacilityProfile
    findings: list[FindingView]
    carried_over: list[RectificationItem]

    @property
    def id(self) -> str:
        return self.session.id


class InspectionsMixin:
    """Workspace use cases for inspections (mixed into :class:`Workspace`)."""

    # -- mode -----------------------------------------------------------------------------
    @property
    def mode(self: Workspace) -> str:
        """``facility`` (self-assessment, the default) or ``inspector`` (visits other facilities)."""
        mode = self.store.setting("mode", MODE_FACILITY)
        return mode if mode in MODES else MODE_FACILITY

    def set_mode(self: Workspace, mode: str) -> None:
        if mode not in MODES:
            raise ValueError(f"未知的使用方式：{mode}（facility 机构 / inspector 督导员）")
        self.store.set_setting("mode", mode)

    # -- visited facilities ---------------------------------------------------------------
    def visited_facilities(self: Workspace) -> list[tuple[int, FacilityProfile]]:
        return rows.visited_facilities(self.store)

    def add_visited_facility(self: Workspace, name: str, credit_code: str, **profile: Any) -> int:
        """A facility to visit, by name and credit code; an already known code returns its id."""
        problems = {}
        if not name.strip():
            problems["name"] = "请填写机构名称"
        code = credit_code.strip().upper()
        problem = credit_code_problem(code) if code else "请填写统一社会信用代码"
        if problem:
            problems["credit_code"] = problem
        if problems:
            raise ProfileInvalid(problems)
        existing = rows.facility_by_code(self.store, code, own=False)
        if existing is not None:
            return existing
        own = self.facility()
        if own is not None and own[1].credit_code.upper() == code:
            raise ProfileInvalid({"credit_code": "这是本机构自己的信用代码，不能作为走访机构添加"})
        return self.store.save_facility(FacilityProfile(name=name.strip(), credit_code=code, **profile), own=False)

    def _visited_from_payload(self: Workspace, facility: dict) -> int | None:
        """Inspector mode: a facility that sent us its report becomes (or is) a visited facility."""
        code = str(facility.get("credit_code", "")).strip().upper()
        if not code or credit_code_problem(code):
            return None
        existing = rows.facility_by_code(self.store, code, own=False)
        if existing is not None:
            return existing
        return self.store.save_facility(FacilityProfile.from_dict(facility), own=False)

    # -- inspections ----------------------------------------------------------------------
    def inspection_form(self: Workspace, form_id: str | None = None):
        forms = [e.form for e in self.form_entries() if e.form is not None and e.form.kind == "inspection"]
        if form_id:
            forms = [f for f in forms if f.id == form_id]
        if not forms:
            raise ValueError("没有可用的督导巡查表" + (f"：{form_id}" if form_id else ""))
        return sorted(forms, key=lambda f: f.id != "inspection")[0]

    def create_inspection(self: Workspace, facility_id: int, visited_at: str, inspectors: Sequence[str],
                          facility_rep: str = "", notes: str = "", form_id: str | None = None) -> str:
        """Start an inspection of a visited facility; it opens with the open items of the last one."""
        self.store.facility(facility_id)  # KeyError for an unknown facility
        when = _check_visit_time(visited_at)
        names = _names(inspectors)
        form = self.inspection_form(form_id)
        previous = next((v.assessment_id for v, _ in rows.visits(self.store, facility_id)), None)
        period = f"{when[:10]} 巡查"
        return rows.create_inspection(self.store, facility_id, form, period,
                                      {"visited_at": when, "inspectors": names, "facility_rep": facility_rep.strip(),
                                       "notes": notes.strip()}, previous)

    def update_visit(self: Workspace, inspection_id: str, **changes: Any) -> Visit:
        """Change visited_at, inspectors, facility_rep or notes."""
        self._draft_inspection(inspection_id)
        unknown = set(changes) - set(rows.VISIT_FIELDS)
        if unknown:
            raise ValueError(f"不能修改：{', '.join(sorted(unknown))}")
        if "visited_at" in changes:
            changes["visited_at"] = _check_visit_time(changes["visited_at"])
        if "inspectors" in changes:
            changes["inspectors"] = _names(changes["inspectors"])
        for key in ("facility_rep", "notes"):
            if key in changes:
                changes[key] = str(changes[key] or "").strip()
        rows.update_visit(self.store, inspection_id, changes)
        return rows.visit(self.store, inspection_id)

    def is_inspection(self: Workspace, assessment_id: str) -> bool:
        return rows.visit(self.store, assessment_id) is not None

    def list_inspections(self: Workspace, facility_id: int | None = None) -> list[InspectionSummary]:
        out = []
        for visit, fid in rows.visits(self.store, facility_id):
            session = self.open_assessment(visit.assessment_id)
            profile = self.store.facility(fid)
            items = rect_rows.by_source(self.store, rect.SOURCE_INSPECTION, visit.assessment_id)
            failed = sum(1 for r in session.scores.items.values() if r.gap)
            out.append(InspectionSummary(visit.assessment_id, fid, profile.name, profile.credit_code, visit.visited_at,
                                         visit.inspectors, session.row.status, session.scores.total.done,
                                         session.scores.total.total, failed, sum(1 for i in items if i.open)))
        return out

    def inspection(self: Workspace, inspection_id: str) -> InspectionView:
        visit = rows.visit(self.store, inspection_id)
        if visit is None:
            raise KeyError(inspection_id)
        session = self.open_assessment(inspection_id)
        return InspectionView(session, visit, session.profile, self.inspection_findings(inspection_id),
                              self.carried_over(inspection_id))

    def record_check(self: Workspace, inspection_id: str, item_id: str, result: str, observation: str = "",
                     na_reason: str = "") -> None:
        """One checklist item: 符合 / 不符合 / 不适用 (with its reason), and what was observed."""
        session = self._draft_session(inspection_id)
        item = session.form.item(item_id)
        if item.kind != "choice":
            raise ValueError(f"条目 {item_id} 不是符合/不符合条目")
        options = {o.label: o.value for o in item.scale.options}
        if result == NA:
            answer = Answer(na=True, na_reason=na_reason.strip(), comment=observation.strip())
        elif result in options:
            answer = Answer(value=options[result], comment=observation.strip())
        else:
            raise ValueError(f"巡查结果应为 {PASS} / {FAIL} / {NA}")
        session.set_answer(item_id, answer)
        self.sync_inspection_rectifications(inspection_id)

    def record_count(self: Workspace, inspection_id: str, item_id: str, value: str) -> None:
        """A number counted on site (children present, caregivers on duty)."""
        session = self._draft_session(inspection_id)
        session.set_answer(item_id, Answer(value=str(value).strip()))
        self.sync_inspection_rectifications(inspection_id)

    def add_finding(self: Workspace, inspection_id: str, description: str, area: str = OTHER_AREA,
                    severity: str = rect.DEFAULT_SEVERITY, opinion: str = "", deadline: str | None = None) -> int:
        """An ad-hoc finding the checklist lacks (其他发现); it becomes a rectification item."""
        self._draft_inspection(inspection_id)
        if not description.strip():
            raise RectificationError("请填写发现的问题")
        values = {"area": area.strip() or OTHER_AREA, "description": description.strip(),
                  "severity": rect.check_severity(severity), "opinion": opinion.strip(),
                  "deadline": rect.check_deadline(deadline)}
        finding_id = rows.add_finding(self.store, inspection_id, values)
        self.sync_inspection_rectifications(inspection_id)
        return finding_id

    def remove_finding(self: Workspace, finding_id: int) -> None:
        finding = rows.finding(self.store, finding_id)
        self._draft_inspection(finding.assessment_id)
        rows.remove_finding(self.store, finding_id)
        self.sync_inspection_rectifications(finding.assessment_id)

    def sync_inspection_rectifications(self: Workspace, inspection_id: str) -> list[RectificationItem]:
        """Make the rectification items match the findings (idempotent).

        Each 不符合 and each 其他发现 gets an item; an item whose finding went away while the
        inspection is still a draft is removed if nobody worked on it yet.
        """
        from tuoyu_desktop.records import now

        session = self.open_assessment(inspection_id)
        stamp = now()
        wanted: dict[str, dict] = {}
        for result in session.scores.gaps:
            item = result.item
            description = item.text
            wanted[item.id] = {"area": session.form.dimension(item.dimension_id).title, "description": description,
                               "severity": "严重" if item.veto else rect.DEFAULT_SEVERITY}
        for finding in rows.findings(self.store, inspection_id):
            wanted[finding.key] = {"area": finding.area, "description": finding.description,
                                   "severity": finding.severity, "opinion": finding.opinion,
                                   "deadline": finding.deadline}
        label = f"督导巡查 {rows.visit(self.store, inspection_id).visited_at[:10]}"
        existing = {i.source_key: i for i in rect_rows.by_source(self.store, rect.SOURCE_INSPECTION, inspection_id)}
        records = [rect_rows.new_record(session.row.facility_id, rect.SOURCE_INSPECTION, inspection_id, key,
                                        {**values, "report_label": label}, stamp)
                   for key, values in wanted.items() if key not in existing]
        stale = [i for key, i in existing.items() if key not in wanted and not session.finalised
                 and i.status == rect.PENDING]

        def write(db) -> None:
            rect_rows.insert_many(self.store, db, records)
            for item in stale:
                db.execute("DELETE FROM rectifications WHERE id = ?", [item.id])
                self.store._audit(db, "rectification", item.id, "removed",
                                  {"source_key": item.source_key, "description": item.description}, "检查结果已改为非不符合")

        if records or stale:
            self.store._write(write)
        return rect_rows.by_source(self.store, rect.SOURCE_INSPECTION, inspection_id)

    def inspection_findings(self: Workspace, inspection_id: str) -> list[FindingView]:
        """Findings in checklist order, ad-hoc ones last, each with its rectification item and photos."""
        session = self.open_assessment(inspection_id)
        items = {i.source_key: i for i in rect_rows.by_source(self.store, rect.SOURCE_INSPECTION, inspection_id)}
        evidence = self.assessment_evidence(inspection_id)
        views = []
        for result in session.scores.gaps:
            item = result.item
            views.append(FindingView(item.id, session.form.dimension(item.dimension_id).title, item.text,
                                     result.answer.comment, item.veto, items.get(item.id),
                                     evidence=evidence.get(item.id, [])))
        for finding in rows.findings(self.store, inspection_id):
            views.append(FindingView(finding.key, finding.area, finding.description, "", False, items.get(finding.key),
                                     finding_id=finding.id, evidence=self.finding_evidence(finding.id)))
        return views

    def carried_over(self: Workspace, inspection_id: str) -> list[RectificationItem]:
        """Open items of the previous inspection of this facility: the inspector checks them first."""
        visit = rows.visit(self.store, inspection_id)
        if visit is None or not visit.previous_id:
            return []
        return [i for i in rect_rows.by_source(self.store, rect.SOURCE_INSPECTION, visit.previous_id) if i.open]

    def recheck_item(self: Workspace, item_id: str, fixed: bool, note: str = "") -> RectificationItem:
        """The inspector re-checks an item carried over from the last visit: fixed → 已验证
        (through 已整改, the note recording what was seen); not fixed → 整改中 with the note."""
        item = rect_rows.get(self.store, item_id)
        note = note.strip()
        if fixed:
            if item.status in rect.OPEN_STATUSES:
                self.set_rectification_status(item_id, rect.DONE, note or "复查时确认已整改")
            return self.set_rectification_status(item_id, rect.VERIFIED, note)
        if not note:
            raise RectificationError("复查未通过时请写明现场情况")
        return self.set_rectification_status(item_id, rect.IN_PROGRESS, note)

    def _draft_session(self: Workspace, inspection_id: str) -> AssessmentSession:
        self._draft_inspection(inspection_id)
        return self.open_assessment(inspection_id)

    def _draft_inspection(self: Workspace, inspection_id: str) -> None:
        if rows.visit(self.store, inspection_id) is None:
            raise KeyError(inspection_id)
        row = self.store.assessment(inspection_id)
        if row.finalised:
            raise AssessmentLocked(f"巡查记录（{row.period}）已定稿，不能修改；如需更正，请先开始新的修订")

    # -- finalising and the report ----------------------------------------------------------
    def inspection_problems(self: Workspace, inspection_id: str) -> list[str]:
        """What an inspection needs beyond answered items: visit details, opinion and deadline per finding."""
        visit = rows.visit(self.store, inspection_id)
        if visit is None:
            return []
        problems = []
        if not visit.inspectors:
            problems.append("请填写督导员姓名")
        if not visit.facility_rep:
            problems.append("请填写在场的机构代表")
        for view in self.inspection_findings(inspection_id):
            item = view.rectification
            name = f"条目 {view.key}" if view.finding_id is None else f"其他发现“{view.description[:12]}”"
            if item is None:
                continue
            if not item.opinion.strip():
                problems.append(f"{name}：请填写整改意见")
            if not item.deadline:
                problems.append(f"{name}：请填写整改期限")
        return problems

    def inspection_payload_extras(self: Workspace, inspection_id: str) -> dict[str, Any]:
        """What an inspection's assessment.json adds: visit details and findings with opinions."""
        visit = rows.visit(self.store, inspection_id)
        if visit is None:
            return {}
        findings = []
        for view in self.inspection_findings(inspection_id):
            item = view.rectification
            findings.append({
                "key": view.key, "area": view.area, "description": view.description, "observation": view.observation,
                "veto": view.veto, "severity": item.severity if item else rect.DEFAULT_SEVERITY,
                "opinion": item.opinion if item else "", "deadline": item.deadline if item else None,
                "photos": [{"sha256": e.sha256, "caption": e.caption} for e in view.evidence if e.is_image],
            })
        carried = [{"key": i.source_key, "description": i.description, "status": i.status,
                    "deadline": i.deadline} for i in self.carried_over(inspection_id)]
        return {"schema_version": INSPECTION_SCHEMA_VERSION, "inspection": visit.to_dict(), "findings": findings,
                "carried_over": carried}

    def export_inspection_pdf(self: Workspace, inspection_id: str, target: str | os.PathLike[str],
                              progress: ProgressCallback | None = None, signers: Sequence[Signer] = ()) -> Path:
        """The inspection report, with its data embedded; signed by each of ``signers`` in turn
        (the inspector, then the facility representative)."""
        from tuoyu_desktop import exchange, report
        from tuoyu_desktop.records import now
        from tuoyu_desktop.report.inspection import write_inspection_report

        view = self.inspection(inspection_id)
        session = view.session
        if signers and not session.finalised:
            raise ExportError("请先定稿，再签名导出：定稿后内容不能再改，签名才有意义")
        row = session.row
        if row.frozen:
            data = row.frozen.encode("utf-8")
        else:
            payload = exchange.build_payload(session.profile, row, session.scores, session.answers, now(),
                                             audit_head=self.store.audit_head())
            payload.update(self.inspection_payload_extras(inspection_id))
            data = exchange.encode(payload)
        frozen = exchange.decode(data)
        attachment = report.Attachment(exchange.report_id(row), exchange.ATTACHMENT_NAME, data)
        photos = self._report_photos(frozen.get("findings") or [])
        target = Path(target)
        partial = target.with_name(f".{target.name}.{secrets.token_hex(4)}.partial")
        try:
            write_inspection_report(partial, session.profile, row, session.scores, frozen, photos,
                                    progress=progress, attachment=attachment)
            for signer in signers:
                self._sign_file(partial, signer, reason=f"督导巡查报告：{session.profile.name} {row.period}")
            os.replace(partial, target)
        except report.UnrenderableText as exc:
            raise ExportError(str(exc)) from exc
        except OSError as exc:
            from tuoyu_desktop.oserrors import describe

            raise ExportError(f"无法写入 {target}：{describe(exc)}") from exc
        finally:
            with contextlib.suppress(OSError):
                partial.unlink()
        return target

    def _report_photos(self: Workspace, findings: list[dict]) -> dict[str, bytes | str]:
        """sha256 → downscaled, metadata-free JPEG, or the reason it cannot be shown (file gone …)."""
        from concurrent.futures import ThreadPoolExecutor

        from tuoyu_desktop.evidence import EvidenceError

        wanted = list(dict.fromkeys(p["sha256"] for f in findings for p in f.get("photos", [])))
        files = self.evidence_files

        def one(sha: str) -> bytes | str:
            try:
                return files.report_copy(sha)
            except EvidenceError as exc:
                return str(exc)

        with ThreadPoolExecutor(max_workers=min(4, os.cpu_count() or 1)) as pool:
            return dict(zip(wanted, pool.map(one, wanted), strict=True))

    def create_demo_inspection(self: Workspace, seed: int = 2026, photos: int = 6,
                               photo_size: tuple[int, int] = (1600, 1200)) -> str:
        """``tuoyu demo --kind inspection``: see :func:`create_demo_inspection`."""
        return create_demo_inspection(self, seed, photos, photo_size)

    # -- the facility side: importing the inspector's report --------------------------------
    def _import_inspection(self: Workspace, payload: dict, record: dict) -> None:
        """Store a received inspection report and turn its findings into our rectification items,
        in one transaction. Refuses (nothing stored) a report about another facility."""
        from tuoyu_desktop.records import now
        from tuoyu_desktop.services.reports import ImportRefused

        own = self.facility()
        facility = payload.get("facility") or {}
        if own is None:
            raise ImportRefused("未导入：请先填写本机构信息，再导入督导巡查报告")
        code = str(facility.get("credit_code", "")).strip().upper()
        name = str(facility.get("name", "")).strip()
        ours = own[1]
        if (code and ours.credit_code and code != ours.credit_code.upper()) or (not code and name != ours.name.strip()):
            raise ImportRefused(
                f"未导入：这份报告是另一家机构的（{name or '未知机构'}，信用代码 {code or '无'}），"
                f"不是本机构（{ours.name}，{ours.credit_code or '未填信用代码'}）的巡查报告。请确认文件后再导入")
        stamp = now()
        visit = payload.get("inspection") or {}
        label = f"督导巡查 {str(visit.get('visited_at', ''))[:10]}".strip()
        records = []
        for finding in payload.get("findings") or []:
            severity = finding.get("severity") if finding.get("severity") in rect.SEVERITIES else rect.DEFAULT_SEVERITY
            description = str(finding.get("description", ""))
            if finding.get("observation"):
                description += f"\n现场情况：{finding['observation']}"
            deadline = finding.get("deadline")
            try:
                deadline = rect.check_deadline(deadline)
            except RectificationError:
                deadline = None
            records.append(rect_rows.new_record(own[0], rect.SOURCE_IMPORTED, record["report_id"],
                                                str(finding.get("key", len(records))), {
                "area": str(finding.get("area", "")), "description": description, "severity": severity,
                "opinion": str(finding.get("opinion", "")), "deadline": deadline, "report_label": label}, stamp))

        def write(db) -> None:
            db["received_reports"].insert({**record, "received_at": stamp})
            self.store._audit(db, "received_report", record["report_id"], "imported", None,
                              {"facility": record["facility_name"], "sha256": record["file_sha256"],
                               "findings": len(records)}, stamp)
            rect_rows.insert_many(self.store, db, records)

        self.store._write(write)


def _check_visit_time(value: str) -> str:
    text = str(value or "").strip().replace(" ", "T")
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(f"巡查时间“{value}”无效，请写成 2026-11-20 09:30 的形式") from None
    return moment.isoformat(timespec="minutes")


def _names(names: Sequence[str] | str) -> list[str]:
    if isinstance(names, str):
        names = names.replace("，", ",").replace("、", ",").split(",")
    return [n.strip() for n in names if n and n.strip()]


def create_demo_inspection(workspace: Workspace, seed: int = 2026, photos: int = 6,
                           photo_size: tuple[int, int] = (1600, 1200)) -> str:
    """A visited facility with a complete, finalised inspection: some 不符合 with opinions and
    deadlines, one N/A, an ad-hoc finding, and generated photos. Returns the inspection id."""
    import random
    import tempfile
    from datetime import date, timedelta

    from tuoyu_desktop.services.demo import demo_photo, demo_visited_profile

    if workspace.facility() is None:
        workspace.set_mode(MODE_INSPECTOR)
    profile = demo_visited_profile()
    facility_id = workspace.add_visited_facility(profile.name, profile.credit_code)
    workspace.store.save_facility(profile, facility_id, own=False)
    inspection_id = workspace.create_inspection(
        facility_id, datetime.now().replace(second=0, microsecond=0).isoformat(), ["王建国", "刘芳（家长代表）"],
        facility_rep="张晓燕（园长）", notes="按区托育综合服务中心安排的例行走访（演示）")
    session = workspace.open_assessment(inspection_id)
    rng = random.Random(seed)
    failing = ["2.1.3", "3.1.3", "4.2.1", "5.1.3"]
    counts = {"1.2.4": "12", "1.2.5": "3", "1.2.7": "18", "1.2.8": "3"}
    for item in session.form.iter_items():
        if item.kind == "number" and item.id in counts:
            workspace.record_count(inspection_id, item.id, counts[item.id])
        elif item.kind == "choice":
            if item.id in failing:
                workspace.record_check(inspection_id, item.id, FAIL, observation=f"现场查看：{item.text[:18]}……未做到（演示）")
            elif item.id == "5.1.4":
                workspace.record_check(inspection_id, item.id, NA, na_reason="机构没有户外场地，户外活动在社区公园进行（演示）")
            else:
                workspace.record_check(inspection_id, item.id, PASS)
    finding_id = workspace.add_finding(inspection_id, "户外场地一角堆放废旧纸箱，存在火灾隐患（演示）", area="消防安全",
                                       severity="较重", opinion="当天清理，并纳入每日安全巡查", deadline=None)
    today = date.today()
    for offset, item in enumerate(workspace.sync_inspection_rectifications(inspection_id)):
        severe = item.severity == "严重"
        workspace.update_rectification(item.id, opinion=item.opinion or f"立即整改，整改后拍照反馈（演示 {offset + 1}）",
                                       deadline=(today + timedelta(days=3 if severe else 14 + offset)).isoformat())
    targets = [("item", "2.1.3"), ("item", "3.1.3"), ("finding", finding_id), ("item", "4.2.1"), ("item", "5.1.3")]
    with tempfile.TemporaryDirectory() as folder:
        for number in range(photos):
            path = Path(folder) / f"IMG_{number + 1:04d}.jpg"
            demo_photo(path, size=photo_size, orientation=rng.choice([1, 3, 6, 8]), seed=seed + number,
                       label=f"photo {number + 1}")
            kind, owner = targets[number % len(targets)]
            caption = f"现场照片 {number + 1}（演示）"
            if kind == "item":
                workspace.attach_to_answer(inspection_id, owner, path, caption)
            else:
                workspace.attach_to_finding(owner, path, caption)
    workspace.finalise(inspection_id)
    return inspection_id
