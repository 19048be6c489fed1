"""Inspector mode: inspection visits of other facilities (checklist, ad-hoc findings, photos)
and the rectification items they raise.

An inspection is an assessment on an inspection-kind form whose facility is the *visited* one
(``facilities.is_own = 0``), plus its visit details (table ``inspections``). Every 不符合 and every
其他发现 is a rectification item (source ``inspection``) carrying severity, opinion and deadline.
"""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from tuoyu_desktop import rectification as rect
from tuoyu_desktop.errors import InvalidInput, NotFound
from tuoyu_desktop.facility import FacilityProfile
from tuoyu_desktop.messages import Message
from tuoyu_desktop.records import Answer, now
from tuoyu_desktop.rectification import RectificationError, RectificationItem
from tuoyu_desktop.services.assessments import Assessments
from tuoyu_desktop.services.errors import AssessmentLocked
from tuoyu_desktop.services.evidence import Evidence
from tuoyu_desktop.services.facilities import Facilities
from tuoyu_desktop.services.forms import Forms
from tuoyu_desktop.services.preferences import MODE_INSPECTOR, Preferences
from tuoyu_desktop.services.rectifications import Rectifications
from tuoyu_desktop.services.session import AssessmentSession
from tuoyu_desktop.store import Store
from tuoyu_desktop.store.evidence import EvidenceLink
from tuoyu_desktop.store.inspections import VISIT_FIELDS, Visit
from tuoyu_desktop.store.rectifications import new_record

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
    evidence: builtins.list[EvidenceLink] = field(default_factory=list)


@dataclass
class InspectionView:
    session: AssessmentSession
    visit: Visit
    facility: FacilityProfile
    findings: builtins.list[FindingView]
    carried_over: builtins.list[RectificationItem]

    @property
    def id(self) -> str:
        return self.session.id


class Inspections:
    """``workspace.inspections``: visits, their checklist answers and findings."""

    def __init__(self, store: Store, forms: Forms, facilities: Facilities, assessments: Assessments,
                 evidence: Evidence, rectifications: Rectifications, preferences: Preferences):
        self._store = store
        self._forms = forms
        self._facilities = facilities
        self._assessments = assessments
        self._evidence = evidence
        self._rectifications = rectifications
        self._preferences = preferences

    # -- visits -----------------------------------------------------------------------------
    def create(self, facility_id: int, visited_at: str, inspectors: Sequence[str] | str,
               facility_rep: str = "", notes: str = "", form_id: str | None = None) -> str:
        """Start an inspection of a visited facility; it opens with the open items of the last one."""
        self._store.facility(facility_id)  # NotFound for an unknown facility
        when = _check_visit_time(visited_at)
        form = self._forms.inspection_form(form_id)
        rows = self._store.inspections
        previous = next((v.assessment_id for v, _ in rows.visits(facility_id)), None)
        visit = {"visited_at": when, "inspectors": _names(inspectors), "facility_rep": facility_rep.strip(),
                 "notes": notes.strip()}
        return rows.create_inspection(facility_id, form, f"{when[:10]} 巡查", visit, previous)

    def update_visit(self, inspection_id: str, **changes: Any) -> Visit:
        """Change visited_at, inspectors, facility_rep or notes."""
        self._draft(inspection_id)
        unknown = set(changes) - set(VISIT_FIELDS)
        if unknown:
            raise InvalidInput(Message("inspection.not_editable", fields=", ".join(sorted(unknown))))
        if "visited_at" in changes:
            changes["visited_at"] = _check_visit_time(changes["visited_at"])
        if "inspectors" in changes:
            changes["inspectors"] = _names(changes["inspectors"])
        for key in ("facility_rep", "notes"):
            if key in changes:
                changes[key] = str(changes[key] or "").strip()
        self._store.inspections.update_visit(inspection_id, changes)
        return self.visit(inspection_id)

    def visit(self, inspection_id: str) -> Visit:
        visit = self._store.inspections.visit(inspection_id)
        if visit is None:
            raise NotFound(Message("inspection.not_found", id=inspection_id))
        return visit

    def is_inspection(self, assessment_id: str) -> bool:
        return self._store.inspections.visit(assessment_id) is not None

    def list(self, facility_id: int | None = None) -> builtins.list[InspectionSummary]:
        out = []
        for visit, fid in self._store.inspections.visits(facility_id):
            session = self._assessments.open(visit.assessment_id)
            profile = self._store.facility(fid)
            items = self._rectifications.for_source(rect.SOURCE_INSPECTION, visit.assessment_id)
            failed = sum(1 for r in session.scores.items.values() if r.gap)
            out.append(InspectionSummary(visit.assessment_id, fid, profile.name, profile.credit_code, visit.visited_at,
                                         visit.inspectors, session.row.status, session.scores.total.done,
                                         session.scores.total.total, failed, sum(1 for i in items if i.open)))
        return out

    def view(self, inspection_id: str) -> InspectionView:
        visit = self.visit(inspection_id)
        session = self._assessments.open(inspection_id)
        return InspectionView(session, visit, session.profile, self.findings(inspection_id),
                              self.carried_over(inspection_id))

    # -- the checklist and findings ---------------------------------------------------------
    def record_check(self, inspection_id: str, item_id: str, result: str, observation: str = "",
                     na_reason: str = "") -> None:
        """One checklist item: 符合 / 不符合 / 不适用 (with its reason), and what was observed."""
        session = self._draft_session(inspection_id)
        item = session.item(item_id)
        if item.kind != "choice":
            raise InvalidInput(Message("inspection.not_check", item=item_id))
        options = {o.label: o.value for o in item.scale.options}
        if result == NA:
            answer = Answer(na=True, na_reason=na_reason.strip(), comment=observation.strip())
        elif result in options:
            answer = Answer(value=options[result], comment=observation.strip())
        else:
            raise InvalidInput(Message("inspection.bad_result", passed=PASS, failed=FAIL, na=NA))
        session.set_answer(item_id, answer)
        self.sync_rectifications(inspection_id)

    def record_count(self, inspection_id: str, item_id: str, value: str) -> None:
        """A number counted on site (children present, caregivers on duty)."""
        session = self._draft_session(inspection_id)
        session.set_answer(item_id, Answer(value=str(value).strip()))
        self.sync_rectifications(inspection_id)

    def add_finding(self, inspection_id: str, description: str, area: str = OTHER_AREA,
                    severity: str = rect.DEFAULT_SEVERITY, opinion: str = "", deadline: str | None = None) -> int:
        """An ad-hoc finding the checklist lacks (其他发现); it becomes a rectification item."""
        self._draft(inspection_id)
        if not description.strip():
            raise RectificationError(Message("finding.no_description"))
        values = {"area": area.strip() or OTHER_AREA, "description": description.strip(),
                  "severity": rect.check_severity(severity), "opinion": opinion.strip(),
                  "deadline": rect.check_deadline(deadline)}
        finding_id = self._store.inspections.add_finding(inspection_id, values)
        self.sync_rectifications(inspection_id)
        return finding_id

    def remove_finding(self, finding_id: int) -> None:
        finding = self._store.inspections.finding(finding_id)
        self._draft(finding.assessment_id)
        self._store.inspections.remove_finding(finding_id)
        self.sync_rectifications(finding.assessment_id)

    def sync_rectifications(self, inspection_id: str) -> builtins.list[RectificationItem]:
        """Make the rectification items match the findings (idempotent).

        Each 不符合 and each 其他发现 gets an item; an item whose finding went away while the
        inspection is still a draft is removed if nobody worked on it yet.
        """
        session = self._assessments.open(inspection_id)
        stamp = now()
        wanted: dict[str, dict] = {}
        for result in session.scores.gaps:
            item = result.item
            wanted[item.id] = {"area": session.form.dimension(item.dimension_id).title, "description": item.text,
                               "severity": "严重" if item.veto else rect.DEFAULT_SEVERITY}
        for finding in self._store.inspections.findings(inspection_id):
            wanted[finding.key] = {"area": finding.area, "description": finding.description,
                                   "severity": finding.severity, "opinion": finding.opinion,
                                   "deadline": finding.deadline}
        label = f"督导巡查 {self.visit(inspection_id).visited_at[:10]}"
        existing = {i.source_key: i for i in self._rectifications.for_source(rect.SOURCE_INSPECTION, inspection_id)}
        records = [new_record(session.row.facility_id, rect.SOURCE_INSPECTION, inspection_id, key,
                              {**values, "report_label": label}, stamp)
                   for key, values in wanted.items() if key not in existing]
        stale = [i for key, i in existing.items() if key not in wanted and not session.finalised
                 and i.status == rect.PENDING]
        self._store.rectifications.replace_pending(records, stale, "检查结果已改为非不符合")
        return self._rectifications.for_source(rect.SOURCE_INSPECTION, inspection_id)

    def findings(self, inspection_id: str) -> builtins.list[FindingView]:
        """Findings in checklist order, ad-hoc ones last, each with its rectification item and photos."""
        session = self._assessments.open(inspection_id)
        items = {i.source_key: i for i in self._rectifications.for_source(rect.SOURCE_INSPECTION, inspection_id)}
        evidence = self._evidence.for_assessment(inspection_id)
        views = []
        for result in session.scores.gaps:
            item = result.item
            views.append(FindingView(item.id, session.form.dimension(item.dimension_id).title, item.text,
                                     result.answer.comment, item.veto, items.get(item.id),
                                     evidence=evidence.get(item.id, [])))
        for finding in self._store.inspections.findings(inspection_id):
            views.append(FindingView(finding.key, finding.area, finding.description, "", False, items.get(finding.key),
                                     finding_id=finding.id, evidence=self._evidence.for_finding(finding.id)))
        return views

    def carried_over(self, inspection_id: str) -> builtins.list[RectificationItem]:
        """Open items of the previous inspection of this facility: the inspector checks them first."""
        visit = self._store.inspections.visit(inspection_id)
        if visit is None or not visit.previous_id:
            return []
        return [i for i in self._rectifications.for_source(rect.SOURCE_INSPECTION, visit.previous_id) if i.open]

    def recheck_item(self, item_id: str, fixed: bool, note: str = "") -> RectificationItem:
        """The inspector re-checks an item carried over from the last visit: fixed → 已验证
        (through 已整改, the note recording what was seen); not fixed → 整改中 with the note."""
        item = self._rectifications.get(item_id)
        note = note.strip()
        if fixed:
            if item.status in rect.OPEN_STATUSES:
                self._rectifications.set_status(item_id, rect.DONE, note or "复查时确认已整改")
            return self._rectifications.set_status(item_id, rect.VERIFIED, note)
        if not note:
            raise RectificationError(Message("recheck.no_notes"))
        return self._rectifications.set_status(item_id, rect.IN_PROGRESS, note)

    def _draft_session(self, inspection_id: str) -> AssessmentSession:
        self._draft(inspection_id)
        return self._assessments.open(inspection_id)

    def _draft(self, inspection_id: str) -> None:
        self.visit(inspection_id)
        row = self._store.assessment(inspection_id)
        if row.finalised:
            raise AssessmentLocked(Message("inspection.locked", period=row.period))

    # -- what finalising and the report need (KindDetails) ----------------------------------------
    def finalise_problems(self, inspection_id: str) -> builtins.list[str]:
        """What an inspection needs beyond answered items: visit details, opinion and deadline per finding."""
        visit = self._store.inspections.visit(inspection_id)
        if visit is None:
            return []
        problems: builtins.list[str] = []
        if not visit.inspectors:
            problems.append(Message("inspection.no_inspector"))
        if not visit.facility_rep:
            problems.append(Message("inspection.no_rep"))
        for view in self.findings(inspection_id):
            item = view.rectification
            name = Message("finding.item", item=view.key) if view.finding_id is None else Message("finding.other", text=view.description[:12])
            if item is None:
                continue
            if not item.opinion.strip():
                problems.append(Message("finding.no_opinion", name=name))
            if not item.deadline:
                problems.append(Message("finding.no_deadline", name=name))
        return problems

    def payload_extras(self, inspection_id: str) -> dict[str, Any]:
        """What an inspection's assessment.json adds: visit details and findings with opinions."""
        visit = self._store.inspections.visit(inspection_id)
        if visit is None:
            return {}
        findings = []
        for view in self.findings(inspection_id):
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

    # -- demo -----------------------------------------------------------------------------------
    def create_demo(self, seed: int = 2026, photos: int = 6, photo_size: tuple[int, int] = (1600, 1200)) -> str:
        """A visited facility with a complete, finalised inspection: some 不符合 with opinions and
        deadlines, one N/A, an ad-hoc finding, and generated photos. Returns the inspection id."""
        import random
        import tempfile
        from datetime import date, timedelta
        from pathlib import Path

        from tuoyu_desktop.services.demo import demo_photo, demo_visited_profile

        if self._facilities.own() is None:
            self._preferences.set_mode(MODE_INSPECTOR)
        profile = demo_visited_profile()
        facility_id = self._facilities.add_visited(profile.name, profile.credit_code)
        self._facilities.save_visited(facility_id, profile)
        inspection_id = self.create(
            facility_id, datetime.now().replace(second=0, microsecond=0).isoformat(), ["王建国", "刘芳（家长代表）"],
            facility_rep="张晓燕（园长）", notes="按区托育综合服务中心安排的例行走访（演示）")
        session = self._assessments.open(inspection_id)
        rng = random.Random(seed)
        failing = ["2.1.3", "3.1.3", "4.2.1", "5.1.3"]
        counts = {"1.2.4": "12", "1.2.5": "3", "1.2.7": "18", "1.2.8": "3", "1.4.1": "60", "1.4.2": "30"}
        for item in session.form.iter_items():
            if item.kind == "number" and item.id in counts:
                self.record_count(inspection_id, item.id, counts[item.id])
            elif item.kind == "choice":
                if item.id in failing:
                    self.record_check(inspection_id, item.id, FAIL, observation=f"现场查看：{item.text[:18]}……未做到（演示）")
                elif item.id == "5.1.4":
                    self.record_check(inspection_id, item.id, NA, na_reason="机构没有户外场地，户外活动在社区公园进行（演示）")
                else:
                    self.record_check(inspection_id, item.id, PASS)
        finding_id = self.add_finding(inspection_id, "户外场地一角堆放废旧纸箱，存在火灾隐患（演示）", area="消防安全",
                                      severity="较重", opinion="当天清理，并纳入每日安全巡查", deadline=None)
        today = date.today()
        for offset, pending in enumerate(self.sync_rectifications(inspection_id)):
            days = 3 if pending.severity == "严重" else 14 + offset
            self._rectifications.update(pending.id, opinion=pending.opinion or f"立即整改，整改后拍照反馈（演示 {offset + 1}）",
                                        deadline=(today + timedelta(days=days)).isoformat())
        targets: builtins.list[tuple[str, str | int]] = [("item", "2.1.3"), ("item", "3.1.3"), ("finding", finding_id),
                                                ("item", "4.2.1"), ("item", "5.1.3")]
        with tempfile.TemporaryDirectory() as folder:
            for number in range(photos):
                path = Path(folder) / f"IMG_{number + 1:04d}.jpg"
                demo_photo(path, size=photo_size, orientation=rng.choice([1, 3, 6, 8]), seed=seed + number,
                           label=f"photo {number + 1}")
                kind, owner = targets[number % len(targets)]
                caption = f"现场照片 {number + 1}（演示）"
                if kind == "item":
                    self._evidence.attach_to_answer(inspection_id, str(owner), path, caption)
                else:
                    self._evidence.attach_to_finding(int(owner), path, caption)
        self._assessments.finalise(inspection_id)
        return inspection_id


def _check_visit_time(value: str) -> str:
    text = str(value or "").strip().replace(" ", "T")
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise InvalidInput(Message("inspection.bad_time", value=value)) from None
    return moment.isoformat(timespec="minutes")


def _names(names: Sequence[str] | str) -> builtins.list[str]:
    if isinstance(names, str):
        names = names.replace("，", ",").replace("、", ",").split(",")
    return [n.strip() for n in names if n and n.strip()]
