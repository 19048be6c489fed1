"""The audit trail as users see it: is it intact, and who changed what, when."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from tuoyu_desktop.store import Store
from tuoyu_desktop.store.audit import AuditCheck


class AuditTrail:
    """``workspace.audit``: checks the hash chain; the history of one thing."""

    def __init__(self, store: Store):
        self._store = store

    def verify(self) -> AuditCheck:
        """The chain walked entry by entry, plus confirmed changes the file no longer holds."""
        check = self._store.verify_audit()
        lost = self._store.lost_changes()
        return replace(check, problems=(*check.problems, lost)) if lost else check

    def head(self) -> str:
        return self._store.audit_head()

    def history(self, entity: str, entity_id: Any) -> list[dict]:
        """Every change of one thing, oldest first: at, actor, field, old, new."""
        return self._store.history(entity, entity_id)
