"""``workspace.receipts``: on a facility's side, the district's receipts (回执) for our reports.

A receipt is verified (signed by the officer who decided, trusted here, unchanged), must answer a
report of ours whose data it names by digest, and is kept once. A 退回 (returned) receipt opens
the next revision of the assessment, with the district's comments on the items.
"""

from __future__ import annotations

import builtins
import hashlib
import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tuoyu_desktop.errors import NotFound
from tuoyu_desktop.messages import Message, text_of
from tuoyu_desktop.records import now
from tuoyu_desktop.services.assessments import Assessments
from tuoyu_desktop.services.errors import ImportRefused
from tuoyu_desktop.services.facilities import Facilities
from tuoyu_desktop.services.trust import Trust
from tuoyu_desktop.store import Store

DECISIONS = {"approved": "通过", "returned": "退回", "rejected": "不予认可"}


@dataclass(frozen=True)
class ReceiptOutcome:
    report_id: str
    decision: str
    message: str
    revision: int | None = None  # the revision a 退回 opened

    @property
    def decision_label(self) -> str:
        return DECISIONS.get(self.decision, self.decision)


class Receipts:
    def __init__(self, store: Store, trust: Trust, assessments: Assessments, facilities: Facilities):
        self._store = store
        self._trust = trust
        self._assessments = assessments
        self._facilities = facilities

    def import_file(self, path: str | os.PathLike[str], extra_trust: Sequence[Any] = ()) -> ReceiptOutcome:
        """Verify and keep a receipt; ``ImportRefused`` (nothing stored) with the reason."""
        from tuoyu_desktop import receipt

        path = Path(path)
        trust = [row["pem"].encode("ascii") for row in self._trust.list()] + list(extra_trust)
        try:
            data, _result, digest = receipt.read_receipt(path, trust)
        except receipt.ReceiptError as exc:
            raise ImportRefused(text_of(exc)) from None
        review = data["review"]
        report_id = str(review.get("report_id", ""))
        if self._store.desk.receipt_by_digest(digest) is not None:
            return ReceiptOutcome(report_id, str(review.get("decision")), Message("receipt.already"))
        assessment_id, _, revision_text = report_id.rpartition("-r")
        try:
            row = self._assessments.row(assessment_id) if assessment_id and revision_text.isdigit() else None
        except NotFound:
            row = None
        own = self._facilities.own()
        if row is None or own is None or row.facility_id != own[0]:
            raise ImportRefused(Message("receipt.no_report", report=report_id, facility=review.get("facility", "")))
        revision = int(revision_text)
        if row.revision == revision and row.finalised:
            ours = hashlib.sha256((row.frozen or "").encode("utf-8")).hexdigest()
            if ours != review.get("payload_sha256"):
                raise ImportRefused(Message("receipt.digest_differs", report=report_id))
        elif row.revision < revision:
            raise ImportRefused(Message("receipt.no_revision", report=assessment_id, revision=revision))
        decision = str(review.get("decision"))
        comments = review.get("comments") or {}
        record = {"report_id": report_id, "assessment_id": assessment_id, "decision": decision,
                  "reason": str(review.get("reason", "")), "comments": json.dumps(comments, ensure_ascii=False),
                  "officer_name": str((review.get("officer") or {}).get("name", "")),
                  "officer_fingerprint": str((review.get("officer") or {}).get("fingerprint", "")),
                  "decided_at": str(review.get("decided_at", "")), "receipt_sha256": digest,
                  "file_name": path.name, "imported_at": now()}
        self._store.desk.add_receipt(record)
        opened = None
        label = Message(f"decision.{decision}") if decision in DECISIONS else decision
        message: str = Message("receipt.imported", decision=label)
        if decision == "returned" and row.revision == revision and row.finalised:
            summary = "；".join(f"{k or '整体'}：{v}" for k, v in sorted(comments.items()))
            opened = self._assessments.reopen(assessment_id, f"区县退回（{record['officer_name']}）：{summary}"[:2000])
            message = Message("receipt.reopened", message=message, revision=opened)
        return ReceiptOutcome(report_id, decision, message, opened)

    def list(self) -> builtins.list[dict[str, Any]]:
        rows = self._store.desk.receipts()
        for row in rows:
            row["decision_label"] = DECISIONS.get(row["decision"], row["decision"])
            row["comments"] = json.loads(row["comments"] or "{}")
        return rows

    def latest_for(self, assessment_id: str) -> dict[str, Any] | None:
        """The newest receipt for any revision of an assessment (its home shows the decision)."""
        return next((r for r in self.list() if r["assessment_id"] == assessment_id), None)

    def comments_for(self, assessment_id: str) -> dict[str, str]:
        """item id → the district's comment, from the newest 退回 receipt of the assessment."""
        latest = next((r for r in self.list() if r["assessment_id"] == assessment_id and r["decision"] == "returned"),
                      None)
        return dict(latest["comments"]) if latest else {}
