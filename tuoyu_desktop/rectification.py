"""Rectification (整改) items: statuses, severities, allowed transitions, overdue. Pure, no I/O."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from tuoyu_desktop.errors import InvalidInput
from tuoyu_desktop.messages import Message

PENDING, IN_PROGRESS, DONE, VERIFIED, IMPOSSIBLE = "待整改", "整改中", "已整改", "已验证", "无法整改"
STATUSES = (PENDING, IN_PROGRESS, DONE, VERIFIED, IMPOSSIBLE)
OPEN_STATUSES = (PENDING, IN_PROGRESS)  # work still to do: these can be overdue
CLOSED_STATUSES = (VERIFIED, IMPOSSIBLE)

SEVERITIES = ("一般", "较重", "严重")
DEFAULT_SEVERITY = "一般"

# where an item came from
SOURCE_INSPECTION = "inspection"  # an inspection recorded here (inspector mode)
SOURCE_SELF = "self_assessment"  # an unmet item of our own self-assessment
SOURCE_IMPORTED = "imported_inspection"  # a signed inspection report received from an inspector
SOURCES = {SOURCE_INSPECTION: "督导巡查", SOURCE_SELF: "机构自评", SOURCE_IMPORTED: "收到的巡查报告"}

TRANSITIONS: dict[str, tuple[str, ...]] = {
    PENDING: (IN_PROGRESS, DONE, IMPOSSIBLE),
    IN_PROGRESS: (PENDING, DONE, IMPOSSIBLE),
    DONE: (IN_PROGRESS, VERIFIED),  # back to 整改中 when the check finds it not done
    VERIFIED: (IN_PROGRESS,),  # found again later
    IMPOSSIBLE: (PENDING,),
}

EDITABLE_FIELDS = ("description", "severity", "opinion", "responsible", "deadline", "area")


class RectificationError(InvalidInput):
    """A change that is not allowed; the message is for the user."""


def check_transition(old: str, new: str, reason: str = "", evidence_count: int = 0) -> None:
    if new not in STATUSES:
        raise RectificationError(Message("rect.unknown_status", status=new))
    if old == new:
        return
    if new not in TRANSITIONS.get(old, ()):
        raise RectificationError(Message("rect.transition", old=Message(f"status.{old}"), new=Message(f"status.{new}")))
    if new == IMPOSSIBLE and not reason.strip():
        raise RectificationError(Message("rect.impossible_needs_reason"))
    if new == DONE and evidence_count == 0 and not reason.strip():
        raise RectificationError(Message("rect.done_needs_evidence"))


_DATE = re.compile(r"^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*$")


def parse_date(value: str) -> date | None:
    """A date as people write it: 2026-12-31, 2026/12/31, 2026.12.31, 2026年12月31日 (also 2026/1/5); else None."""
    match = _DATE.match(str(value).translate(_FULL_WIDTH))
    if not match:
        return None
    try:
        return date(*(int(part) for part in match.groups()))
    except ValueError:
        return None


_FULL_WIDTH = str.maketrans("０１２３４５６７８９－／．", "0123456789-/.")


def check_deadline(value: str | None) -> str | None:
    if value is None or not str(value).strip():
        return None
    parsed = parse_date(str(value))
    if parsed is None:
        raise RectificationError(Message("rect.bad_deadline", value=value))
    return parsed.isoformat()


def check_severity(value: str) -> str:
    if value not in SEVERITIES:
        raise RectificationError(Message("rect.bad_severity", choices=" / ".join(SEVERITIES)))
    return value


def is_overdue(status: str, deadline: str | None, today: date | None = None) -> bool:
    if status not in OPEN_STATUSES or not deadline:
        return False
    try:
        return date.fromisoformat(deadline) < (today or date.today())
    except ValueError:
        return False


@dataclass(frozen=True)
class RectificationItem:
    """One row of the ledger (整改台账)."""

    id: str
    facility_id: int
    source: str
    source_id: str  # assessment id, or received report id
    source_key: str  # form item id, or "finding:<n>" for an ad-hoc finding
    area: str  # dimension title (or 其他发现)
    description: str
    severity: str
    opinion: str
    responsible: str
    deadline: str | None
    status: str
    status_reason: str
    created_at: str
    updated_at: str
    closed_at: str | None = None
    report_label: str = ""  # what the source is called for people (period / visit date)
    evidence: tuple = field(default=(), repr=False)  # completion evidence (EvidenceLink rows)

    @property
    def overdue(self) -> bool:
        return is_overdue(self.status, self.deadline)

    @property
    def open(self) -> bool:
        return self.status not in CLOSED_STATUSES

    @property
    def source_label(self) -> str:
        return SOURCES.get(self.source, self.source)

    def to_dict(self) -> dict:
        return {
            "id": self.id, "facility_id": self.facility_id, "source": self.source, "source_label": self.source_label,
            "source_id": self.source_id, "source_key": self.source_key, "report_label": self.report_label,
            "area": self.area, "description": self.description, "severity": self.severity, "opinion": self.opinion,
            "responsible": self.responsible, "deadline": self.deadline, "status": self.status,
            "status_reason": self.status_reason, "overdue": self.overdue, "created_at": self.created_at,
            "updated_at": self.updated_at, "closed_at": self.closed_at,
            "evidence": [{"sha256": e.sha256, "caption": e.caption, "name": e.original_name} for e in self.evidence],
        }
