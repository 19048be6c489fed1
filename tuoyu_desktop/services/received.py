"""Reports received from others: verified, then stored once; an inspection report about us
becomes our rectification items."""

from __future__ import annotations

import builtins
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tuoyu_desktop import rectification as rect
from tuoyu_desktop.records import now
from tuoyu_desktop.rectification import RectificationError
from tuoyu_desktop.services.backups import Backups
from tuoyu_desktop.services.errors import ImportRefused
from tuoyu_desktop.services.facilities import Facilities
from tuoyu_desktop.services.preferences import MODE_INSPECTOR, Preferences
from tuoyu_desktop.services.trust import EXIT_OK, Trust
from tuoyu_desktop.store import Store
from tuoyu_desktop.store.rectifications import new_record


@dataclass(frozen=True)
class ImportOutcome:
    report_id: str
    duplicate: bool  # True: already received before, nothing new stored
    record: dict[str, Any]


class Received:
    """``workspace.received``: importing received reports and listing them."""

    def __init__(self, store: Store, trust: Trust, facilities: Facilities, backups: Backups,
                 preferences: Preferences):
        self._store = store
        self._trust = trust
        self._facilities = facilities
        self._backups = backups
        self._preferences = preferences

    def list(self) -> builtins.list[dict[str, Any]]:
        """Received reports, newest first."""
        return self._store.received_reports()

    def import_file(self, path: str | os.PathLike[str]) -> ImportOutcome:
        """Verify a received report, then store its data once (deduplicated by report id).

        Raises ``ImportRefused`` with the reason, storing nothing, unless verification passed.
        """
        check = self._trust.verify(path)
        if check.exit_code != EXIT_OK or check.payload is None:
            raise ImportRefused(f"未导入：{check.verdict}")
        payload = check.payload
        report_id = str(payload["report_id"])
        existing = self._store.received_report(report_id)
        if existing is not None:
            return ImportOutcome(report_id, True, existing)
        facility = payload.get("facility") or {}
        scores = payload.get("scores") or {}
        form = payload.get("form") or {}
        record = {
            "report_id": report_id,
            "kind": str(payload.get("kind", "")),
            "facility_name": str(facility.get("name", "")),
            "credit_code": str(facility.get("credit_code", "")),
            "period": str((payload.get("assessment") or {}).get("period", "")),
            "form_id": str(form.get("id", "")),
            "form_version": str(form.get("version", "")),
            "grade": str(scores.get("grade", "")),
            "percent": float((scores.get("total") or {}).get("percent", 0) or 0),
            "signers": check.signatures.to_json(),
            "payload": check.payload_text,
            "payload_sha256": hashlib.sha256(check.payload_text.encode("utf-8")).hexdigest(),
            "file_sha256": hashlib.sha256(Path(path).read_bytes()).hexdigest(),
        }
        items = self._findings_as_items(payload, record) if record["kind"] == "inspection" else None
        self._backups.take("import")
        self._store.store_received_report(record, items)
        if items is None and self._preferences.mode == MODE_INSPECTOR:
            self._facilities.visited_from_payload(facility)
        return ImportOutcome(report_id, False, record)

    def _findings_as_items(self, payload: dict, record: dict) -> builtins.list[dict]:
        """Our rectification items from an inspection report about us; refuses (nothing stored)
        a report about another facility."""
        own = self._facilities.own()
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
        records: list[dict] = []
        for finding in payload.get("findings") or []:
            severity = finding.get("severity") if finding.get("severity") in rect.SEVERITIES else rect.DEFAULT_SEVERITY
            description = str(finding.get("description", ""))
            if finding.get("observation"):
                description += f"\n现场情况：{finding['observation']}"
            try:
                deadline = rect.check_deadline(finding.get("deadline"))
            except RectificationError:
                deadline = None
            records.append(new_record(own[0], rect.SOURCE_IMPORTED, record["report_id"],
                                      str(finding.get("key", len(records))), {
                "area": str(finding.get("area", "")), "description": description, "severity": severity,
                "opinion": str(finding.get("opinion", "")), "deadline": deadline, "report_label": label}, stamp))
        return records
