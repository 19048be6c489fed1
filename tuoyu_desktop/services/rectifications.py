"""The rectification ledger (整改台账): items from inspections and self-assessment gaps, their
status, completion evidence and history."""

from __future__ import annotations

import builtins
from collections.abc import Iterable
from dataclasses import replace

from tuoyu_desktop import rectification as rect
from tuoyu_desktop.messages import Joined, Message
from tuoyu_desktop.records import now
from tuoyu_desktop.rectification import RectificationError, RectificationItem
from tuoyu_desktop.services.assessments import Assessments
from tuoyu_desktop.services.evidence import Evidence
from tuoyu_desktop.store import Store
from tuoyu_desktop.store.rectifications import new_record


class Rectifications:
    """``workspace.rectifications``: the ledger and the life of each item."""

    def __init__(self, store: Store, assessments: Assessments, evidence: Evidence):
        self._store = store
        self._assessments = assessments
        self._evidence = evidence

    def list(self, statuses: Iterable[str] | None = None, source: str | None = None,
             overdue_only: bool = False, facility_id: int | None = None) -> builtins.list[RectificationItem]:
        """The ledger, filtered; overdue items first, then by deadline. Every facility's items unless
        ``facility_id`` is given (a facility's installation holds only its own; an inspector's, those of
        the facilities visited)."""
        statuses = tuple(statuses or ())
        for status in statuses:
            if status not in rect.STATUSES:
                raise RectificationError(Message("rect.bad_status", status=status, choices=Joined([Message(f"status.{s}") for s in rect.STATUSES], "、")))
        if source and source not in rect.SOURCES:
            raise RectificationError(Message("rect.bad_source", source=source, choices="、".join(rect.SOURCES)))
        items = self._store.rectifications.query(facility_id, statuses, source)
        if overdue_only:
            items = [i for i in items if i.overdue]
        return sorted(items, key=lambda i: not i.overdue)

    def get(self, item_id: str) -> RectificationItem:
        """One item with its completion evidence."""
        item = self._store.rectifications.get(item_id)
        return replace(item, evidence=tuple(self._evidence.completion(item_id)))

    def for_source(self, source: str, source_id: str) -> builtins.list[RectificationItem]:
        return self._store.rectifications.by_source(source, source_id)

    def history(self, item_id: str) -> builtins.list[dict]:
        """Every change, oldest first: at, actor, field, old, new."""
        return self._store.history("rectification", item_id)

    def update(self, item_id: str, **changes) -> RectificationItem:
        """Change description, severity, opinion, responsible, deadline or area."""
        unknown = set(changes) - set(rect.EDITABLE_FIELDS)
        if unknown:
            raise RectificationError(Message("rect.not_editable", fields=", ".join(sorted(unknown))))
        if "severity" in changes:
            rect.check_severity(changes["severity"])
        if "deadline" in changes:
            changes["deadline"] = rect.check_deadline(changes["deadline"])
        for key in ("description", "opinion", "responsible", "area"):
            if key in changes:
                changes[key] = str(changes[key] or "").strip()
        if "description" in changes and not changes["description"]:
            raise RectificationError(Message("rect.no_description"))
        self._store.rectifications.get(item_id)
        self._store.rectifications.update(item_id, changes)
        return self.get(item_id)

    def set_status(self, item_id: str, status: str, reason: str = "") -> RectificationItem:
        """Move an item along 待整改 → 整改中 → 已整改 → 已验证 (or 无法整改, with a reason)."""
        item = self._store.rectifications.get(item_id)
        rect.check_transition(item.status, status, reason, len(self._evidence.completion(item_id)))
        if item.status != status:
            self._store.rectifications.update(item_id, {"status": status, "status_reason": reason.strip()})
        return self.get(item_id)

    def from_assessment(self, assessment_id: str) -> builtins.list[RectificationItem]:
        """One item per unmet item (gap) of a self-assessment; running it again adds only new gaps."""
        session = self._assessments.open(assessment_id)
        if session.form.kind != "self_assessment":
            raise RectificationError(Message("rect.inspection_automatic"))
        stamp = now()
        records = []
        for result in session.scores.gaps:
            item = result.item
            description = item.text
            comment = result.answer.comment.strip()
            if comment:
                description += f"\n自评备注：{comment}"
            records.append(new_record(session.row.facility_id, rect.SOURCE_SELF, assessment_id, item.id, {
                "area": session.form.dimension(item.dimension_id).title, "description": description,
                "severity": "严重" if item.veto else "一般", "report_label": f"自评 {session.row.period}"}, stamp))
        self._store.rectifications.create_many(records)
        return self.for_source(rect.SOURCE_SELF, assessment_id)
