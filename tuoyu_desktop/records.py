"""The small records every layer shares: an answer, an assessment row, points as text, the time.

Pure data with no I/O, so that ``forms``, ``scoring``, ``exchange``, ``report`` and ``store``
can all import them without importing each other.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal

DRAFT, FINALISED = "draft", "finalised"


def now() -> str:
    """The local time to the second, as stored in the database and the audit trail."""
    return datetime.now().isoformat(timespec="seconds")


@dataclass(frozen=True)
class Answer:
    """What the user said about one item."""

    value: str | None = None
    na: bool = False
    na_reason: str = ""
    comment: str = ""

    @property
    def done(self) -> bool:
        """Answered, or N/A with its reason: nothing more is asked of the user."""
        return bool(self.na_reason.strip()) if self.na else self.value is not None


@dataclass(frozen=True)
class AssessmentRow:
    """One self-assessment or inspection as stored: its pinned form, period and state."""

    id: str
    facility_id: int
    form_id: str
    form_version: str
    form_hash: str
    period: str
    status: str  # DRAFT or FINALISED
    created_at: str
    updated_at: str
    revision: int = 1
    finalised_at: str | None = None
    frozen: str | None = field(default=None, repr=False)  # assessment.json when finalised

    @property
    def finalised(self) -> bool:
        return self.status == FINALISED


def format_points(value: Decimal) -> str:
    """Points as people write them: ``12``, ``2.5``, never ``12.00`` or ``1E+1``."""
    text = format(value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP).normalize(), "f")
    return "0" if text in ("-0", "") else text
