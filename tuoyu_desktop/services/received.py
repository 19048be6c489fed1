"""Reports received from others: verified, then stored once; an inspection report about us
becomes our rectification items."""

from __future__ import annotations

import builtins
import hashlib
import json
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tuoyu_desktop import rectification as rect
from tuoyu_desktop.messages import Message
from tuoyu_desktop.records import now
from tuoyu_desktop.rectification import RectificationError
from tuoyu_desktop.services.backups import Backups
from tuoyu_desktop.services.errors import ImportRefused
from tuoyu_desktop.services.facilities import Facilities
from tuoyu_desktop.services.preferences import MODE_DISTRICT, MODE_INSPECTOR, Preferences
from tuoyu_desktop.services.trust import EXIT_OK, EXIT_UNTRUSTED, RECOMPUTED_MARK, Trust
from tuoyu_desktop.store import Store
from tuoyu_desktop.store.rectifications import new_record

if TYPE_CHECKING:
    from tuoyu_desktop.services.trust import ReportCheck

ACCEPTED, UNTRUSTED, CONFLICT, HELD = "accepted", "untrusted", "conflict", "held"
STATES = {ACCEPTED: Message("state.accepted"), UNTRUSTED: Message("state.untrusted"), CONFLICT: Message("state.conflict"),
          HELD: Message("state.held")}
REFUSAL_REASONS = {1: "tampered", 2: "unreadable", 3: "untrusted", 4: "incomplete"}
HoldCheck = Callable[[dict, "ReportCheck"], "str | None"]


@dataclass(frozen=True)
class ImportOutcome:
    report_id: str
    duplicate: bool  # True: this exact report was received before, nothing new stored
    record: dict[str, Any]
    state: str = ACCEPTED
    message: str = ""  # what happened, for the user

    @property
    def state_label(self) -> str:
        return STATES.get(self.state, self.state)


class Received:
    """``workspace.received``: importing received reports and listing them."""

    def __init__(self, store: Store, trust: Trust, facilities: Facilities, backups: Backups,
                 preferences: Preferences):
        self._store = store
        self._trust = trust
        self._facilities = facilities
        self._backups = backups
        self._preferences = preferences

    def trusted_rows(self) -> builtins.list[dict[str, Any]]:
        """The trust store's rows (certificates with their names), for verifying elsewhere."""
        return self._trust.list()

    def list(self, states: Sequence[str] = ()) -> builtins.list[dict[str, Any]]:
        """Received reports, newest first, each with its state (已接收 / 待核实身份 / 冲突)."""
        rows = self._store.received_reports(states)
        for row in rows:
            row["state_label"] = STATES.get(row["state"], row["state"])
        return rows

    def import_file(self, path: str | os.PathLike[str], accept_untrusted: bool = False, *,
                    extra_trust: Sequence[Any] = (), backup: bool = True,
                    hold: HoldCheck | None = None, check: ReportCheck | None = None) -> ImportOutcome:
        """Verify a received report, recompute what it claims, then store it once.

        Stored as 已接收 only when every signature is intact, every declared signer has signed
        and every signer is trusted. With ``accept_untrusted``, an intact report whose signer is
        not trusted is kept apart as 待核实身份, never mixed with trusted data. The same report
        id with other content is a conflict kept apart: neither copy silently replaces the
        other, and an untrusted copy never shadows a trusted one.

        Raises ``ImportRefused`` with the reason, storing nothing, otherwise.

        For a batch (the district desk): ``extra_trust`` adds certificates or fingerprints
        trusted for this import (the roster's registered ones); ``backup=False`` when the batch
        took its one backup already; ``hold(payload, check)`` returns why an otherwise good
        report is kept aside as 暂存 (not on the roster), or None; ``check``: the file's
        verification, done already (in a worker process of the batch) against this trust.
        """
        if check is None:
            check = self._trust.verify(path, extra_trust)
        if check.exit_code == EXIT_OK and check.payload is not None:
            state = ACCEPTED
        elif check.exit_code == EXIT_UNTRUSTED and accept_untrusted and check.payload is not None:
            state = UNTRUSTED
        else:
            hint = Message("import.untrusted_hint") if check.exit_code == EXIT_UNTRUSTED else ""
            reason = REFUSAL_REASONS.get(check.exit_code, "other")
            if RECOMPUTED_MARK in check.verdict:
                reason = "recomputed"
            raise ImportRefused(Message("import.refused", verdict=check.verdict, hint=hint), reason)
        payload = check.payload  # its scores were recomputed by verify
        held = hold(payload, check) if hold is not None else None
        if held:
            state = HELD
        report_id = str(payload["report_id"])
        sha = hashlib.sha256(check.payload_text.encode("utf-8")).hexdigest()
        versions = self._store.received_versions(report_id)
        same = next((v for v in versions if v["payload_sha256"] == sha), None)
        if same is not None and same["state"] in (UNTRUSTED, HELD) and state == ACCEPTED:
            district = self._preferences.mode == MODE_DISTRICT
            items = self._findings_as_items(payload, same) if same["kind"] == "inspection" and not district else None
            self._store.accept_received(same["id"], check.signatures.to_json(), items)
            label = Message("import.verified_now") if same["state"] == UNTRUSTED else Message("import.on_roster_now")
            return ImportOutcome(report_id, False, {**same, "state": ACCEPTED}, ACCEPTED, label)
        if same is not None:
            return ImportOutcome(report_id, True, same, same["state"], Message("import.already"))
        others = [v for v in versions if v["payload_sha256"] != sha]
        conflicting: list[int] = []
        message: str = ""
        if others:
            trusted_other = [v for v in others if v["state"] == ACCEPTED]
            if state in (UNTRUSTED, HELD) or trusted_other:
                conflicting = [v["id"] for v in trusted_other] if state == ACCEPTED else []
                state = CONFLICT
                message = Message("import.conflict_both") if conflicting else Message("import.conflict_new")
            else:
                conflicting = [v["id"] for v in others]
                message = Message("import.conflict_old")
        facility = payload.get("facility") or {}
        scores = payload.get("scores") or {}
        form = payload.get("form") or {}
        total = scores.get("total") or {}
        signatures = [s for s in check.signatures.signatures if s.kind == "signature"]
        record = {
            "report_id": report_id,
            "state": state,
            "kind": str(payload.get("kind", "")),
            "facility_name": str(facility.get("name", "")),
            "credit_code": str(facility.get("credit_code", "")).strip().upper(),
            "period": str((payload.get("assessment") or {}).get("period", "")),
            "form_id": str(form.get("id", "")),
            "form_version": str(form.get("version", "")),
            "grade": str(scores.get("grade", "")),
            "percent": float(total.get("percent", 0) or 0),
            "earned": float(total.get("earned", 0) or 0),
            "veto_failed": json.dumps([str(i) for i in scores.get("veto_failed") or []], ensure_ascii=False),
            "signers": check.signatures.to_json(),
            "payload": check.payload_text,
            "payload_sha256": sha,
            "file_sha256": hashlib.sha256(Path(path).read_bytes()).hexdigest(),
            "file_name": Path(path).name,
            "signed_at": min((s.signing_time.isoformat() for s in signatures if s.signing_time), default=""),
        }
        items = None
        district = self._preferences.mode == MODE_DISTRICT  # the desk keeps its own board
        if record["kind"] == "inspection" and state == ACCEPTED and not district:
            items = self._findings_as_items(payload, record)
        if backup:
            self._backups.take("import")
        self._store.store_received_report(record, items, conflicting)
        if state == HELD:
            message = message or Message("import.held", reason=held)
        if state == ACCEPTED and items is None and self._preferences.mode == MODE_INSPECTOR:
            self._facilities.visited_from_payload(facility)
        return ImportOutcome(report_id, False, record, state,
                             message or (Message("import.done") if state == ACCEPTED else Message("import.done_untrusted")))

    def _findings_as_items(self, payload: dict, record: dict) -> builtins.list[dict]:
        """Our rectification items from an inspection report about us; refuses (nothing stored)
        a report about another facility."""
        own = self._facilities.own()
        facility = payload.get("facility") or {}
        if own is None:
            raise ImportRefused(Message("import.no_profile"))
        code = str(facility.get("credit_code", "")).strip().upper()
        name = str(facility.get("name", "")).strip()
        ours = own[1]
        if (code and ours.credit_code and code != ours.credit_code.upper()) or (not code and name != ours.name.strip()):
            raise ImportRefused(Message(
                "import.other_facility", name=name or Message("import.unknown_facility"), code=code or Message("import.no_code"),
                ours=ours.name, our_code=ours.credit_code or Message("import.our_code_missing")))
        stamp = now()
        visit = payload.get("inspection") or {}
        label = str(Message("rect.inspection_label", date=str(visit.get("visited_at", ""))[:10])).strip()
        records: list[dict] = []
        for finding in payload.get("findings") or []:
            severity = finding.get("severity") if finding.get("severity") in rect.SEVERITIES else rect.DEFAULT_SEVERITY
            description = str(finding.get("description", ""))
            if finding.get("observation"):
                description += "\n" + str(Message("rect.on_site")) + str(finding["observation"])
            try:
                deadline = rect.check_deadline(finding.get("deadline"))
            except RectificationError:
                deadline = None
            records.append(new_record(own[0], rect.SOURCE_IMPORTED, record["report_id"],
                                      str(finding.get("key", len(records))), {
                "area": str(finding.get("area", "")), "description": description, "severity": severity,
                "opinion": str(finding.get("opinion", "")), "deadline": deadline, "report_label": label}, stamp))
        return records
