"""The audit trail as users see it: is it intact, and who changed what, when."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from tuoyu_desktop.store import Store
from tuoyu_desktop.store.audit import AuditCheck


class AuditTrail:
    """``workspace.audit``: checks the hash chain; the history of one thing."""

    def __init__(self, store: Store):
        self._store = store

    def verify(self, reports: Sequence[str | os.PathLike[str]] = ()) -> AuditCheck:
        """The chain walked entry by entry; confirmed changes the file no longer holds; and the
        chain heads printed in reports already sent (from the export log, and from any report
        files given), each of which a rewritten chain would no longer contain.

        The chain has no key: someone who edits the database can recompute it whole. What
        catches that is a head recorded outside it, in a report that left this computer.
        """
        check = self._store.verify_audit()
        problems = list(check.problems)
        lost = self._store.lost_changes()
        if lost:
            problems.append(lost)
        for entry in self._store.exported_heads():
            if not self._store.chain_has_head(entry["audit_head"]):
                problems.append(f"{entry['exported_at']} 导出的报告 {entry['report_id']}（{entry['file_name']}）所载的审计链头 "
                                f"{entry['audit_head'][:16]}… 不在现有审计记录中：审计记录可能被改写")
        for path in reports:
            problems.extend(self._report_problems(Path(path)))
        return replace(check, problems=tuple(problems))

    def record_export(self, report_id: str, audit_head: str | None, file_name: str) -> None:
        if audit_head:
            self._store.log_export(report_id, audit_head, file_name)

    def _report_problems(self, path: Path) -> list[str]:
        from tuoyu_desktop import exchange, signing

        data = signing.read_embedded_file(path, exchange.ATTACHMENT_NAME)
        if data is None:
            return [f"{path.name}：不是本程序的报告（没有内嵌数据），无法对照"]
        try:
            payload = exchange.decode(data)
        except exchange.ExchangeError as exc:
            return [f"{path.name}：{exc}"]
        head = payload.get("audit_head")
        if not isinstance(head, str) or not head:
            return [f"{path.name}：报告中没有审计链头，无法对照"]
        if not self._store.chain_has_head(head):
            return [f"{path.name}（报告 {payload.get('report_id')}）所载的审计链头 {head[:16]}… 不在现有审计记录中："
                    f"审计记录可能被改写，或这份报告不是本数据文件导出的"]
        return []

    def head(self) -> str:
        return self._store.audit_head()

    def history(self, entity: str, entity_id: Any) -> list[dict]:
        """Every change of one thing, oldest first: at, actor, field, old, new."""
        return self._store.history(entity, entity_id)
