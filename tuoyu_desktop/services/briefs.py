"""Short summaries of assessments (points, percentage, grade, progress), kept between runs.

Listing years of assessments (``tuoyu list``) would otherwise score every one of them, each
time. A brief is computed once and kept in ``cache/briefs.json`` in the data folder, under a
key that changes whenever its score can change:

- the last audit entry about the assessment or any of its answers (every change of either is
  audited, in a hash chain);
- the pinned form's content hash, and the facility profile's digest (computed items);
- a digest of the scoring code itself, so a new version never shows an old result.

The file also records the audit head it was written at; if that entry is no longer in the data
file with the same hash (a backup was restored and the history diverged), the whole file is
ignored. A damaged or missing file is simply rebuilt: it holds nothing that is not derived.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from tuoyu_desktop.atomic import write_atomically
from tuoyu_desktop.records import AssessmentRow
from tuoyu_desktop.scoring import Scores
from tuoyu_desktop.services.listing import code_digest

CACHE_FILE = Path("cache") / "briefs.json"


@dataclass(frozen=True)
class AssessmentBrief:
    """What a list of assessments shows of one."""

    row: AssessmentRow
    form_title: str
    earned: Decimal
    applicable_max: Decimal
    percent: Decimal
    grade: str | None  # None: 未评定, nothing scored answered yet
    grade_label: str
    done: int
    total: int
    veto_failed: tuple[str, ...]

    @property
    def complete(self) -> bool:
        return self.done == self.total

    @classmethod
    def of(cls, row: AssessmentRow, form_title: str, scores: Scores) -> AssessmentBrief:
        total = scores.total
        return cls(row=row, form_title=form_title, earned=total.earned, applicable_max=total.applicable_max,
                   percent=total.percent, grade=scores.grade.grade if scores.graded else None,
                   grade_label=scores.grade.label if scores.graded else "未评定",
                   done=total.done, total=total.total, veto_failed=tuple(r.item.id for r in scores.veto_failures))

    def figures(self) -> dict[str, Any]:
        return {"form_title": self.form_title, "earned": str(self.earned), "applicable_max": str(self.applicable_max),
                "percent": str(self.percent), "grade": self.grade, "grade_label": self.grade_label,
                "done": self.done, "total": self.total, "veto_failed": list(self.veto_failed)}

    @classmethod
    def from_figures(cls, row: AssessmentRow, figures: dict[str, Any]) -> AssessmentBrief:
        return cls(row=row, form_title=str(figures["form_title"]), earned=Decimal(figures["earned"]),
                   applicable_max=Decimal(figures["applicable_max"]), percent=Decimal(figures["percent"]),
                   grade=None if figures["grade"] is None else str(figures["grade"]), grade_label=str(figures["grade_label"]), done=int(figures["done"]),
                   total=int(figures["total"]), veto_failed=tuple(str(i) for i in figures["veto_failed"]))


class BriefCache:
    """The briefs of one data folder, read once and written back when new ones were made."""

    def __init__(self, data_dir: Path, head: tuple[int, str], hash_at):
        self.path = data_dir / CACHE_FILE
        self.head = head
        self.entries: dict[str, dict[str, Any]] = {}
        self.changed = False
        with contextlib.suppress(OSError, ValueError, TypeError, KeyError, AttributeError):
            document = json.loads(self.path.read_text(encoding="utf-8"))
            seq, digest = document["head"]
            if document["code"] == code_digest() and seq <= head[0] and hash_at(int(seq)) == digest:
                self.entries = dict(document["entries"])

    def get(self, row: AssessmentRow, key: str) -> AssessmentBrief | None:
        entry = self.entries.get(row.id)
        if not isinstance(entry, dict) or entry.get("key") != key:
            return None
        try:
            return AssessmentBrief.from_figures(row, entry["figures"])
        except (KeyError, TypeError, ValueError, ArithmeticError):
            return None

    def put(self, brief: AssessmentBrief, key: str) -> None:
        self.entries[brief.row.id] = {"key": key, "figures": brief.figures()}
        self.changed = True

    def save(self, keep: set[str]) -> None:
        """Write back (best effort: a read-only folder only costs the next listing its time)."""
        if not self.changed and keep >= set(self.entries):
            return
        document = {"head": list(self.head), "code": code_digest(),
                    "entries": {k: v for k, v in self.entries.items() if k in keep}}
        with contextlib.suppress(OSError):
            write_atomically(self.path, json.dumps(document, ensure_ascii=False).encode("utf-8"), make_parents=True)
        self.changed = False
