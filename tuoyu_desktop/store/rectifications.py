"""Rectification rows (整改台账). Every change is audited in its transaction: the audit trail of
entity ``rectification`` is the item's history."""

from __future__ import annotations

import uuid
from typing import Any

from tuoyu_desktop.errors import NotFound
from tuoyu_desktop.records import now
from tuoyu_desktop.rectification import CLOSED_STATUSES, RectificationItem
from tuoyu_desktop.store.rows import Rows

COLUMNS = ("id", "facility_id", "source", "source_id", "source_key", "area", "description", "severity", "opinion",
           "responsible", "deadline", "status", "status_reason", "created_at", "updated_at", "closed_at", "report_label")


def _item(row: dict[str, Any]) -> RectificationItem:
    values: dict[str, Any] = {k: row[k] if row[k] is not None or k in ("deadline", "closed_at") else ""
                              for k in COLUMNS}
    return RectificationItem(**values)


def new_record(facility_id: int, source: str, source_id: str, source_key: str, values: dict, stamp: str) -> dict:
    return {"id": uuid.uuid4().hex, "facility_id": facility_id, "source": source, "source_id": source_id,
            "source_key": source_key, "report_label": values.get("report_label", ""), "area": values.get("area", ""),
            "description": values.get("description", ""), "severity": values.get("severity", "一般"),
            "opinion": values.get("opinion", ""), "responsible": values.get("responsible", ""),
            "deadline": values.get("deadline"), "status": values.get("status", "待整改"),
            "status_reason": values.get("status_reason", ""), "created_at": stamp, "updated_at": stamp,
            "closed_at": None}


class RectificationRows(Rows):
    """The ledger's rows, reached as ``store.rectifications``."""

    def replace_pending(self, add: list[dict], remove: list[RectificationItem], reason: str) -> None:
        """Add new items and delete untouched ones whose finding went away, in one transaction."""
        def write(db) -> None:
            self.insert_many(db, add)
            for item in remove:
                db.execute("DELETE FROM rectifications WHERE id = ?", [item.id])
                self._store._audit(db, "rectification", item.id, "removed",
                                   {"source_key": item.source_key, "description": item.description}, reason)

        if add or remove:
            self._store._write(write)

    def insert_many(self, db, records: list[dict]) -> int:
        """Insert inside an open transaction (``db``), skipping items that already exist; audited."""
        added = 0
        for record in records:
            exists = db.execute("SELECT 1 FROM rectifications WHERE source = ? AND source_id = ? AND source_key = ?",
                                [record["source"], record["source_id"], record["source_key"]]).fetchone()
            if exists:
                continue
            db.table("rectifications").insert(record)
            self._store._audit(db, "rectification", record["id"], "created", None,
                         {k: record[k] for k in ("source", "source_id", "source_key", "description", "severity",
                                                 "opinion", "deadline", "status")}, record["created_at"])
            added += 1
        return added

    def create_many(self, records: list[dict]) -> int:
        return self._store._write(lambda db: self.insert_many(db, records))

    def get(self, item_id: str) -> RectificationItem:
        rows = self._store._query("SELECT * FROM rectifications WHERE id = ?", [item_id])
        if not rows:
            raise NotFound(f"找不到编号为 {item_id} 的整改事项")
        return _item(rows[0])

    def by_source(self, source: str, source_id: str) -> list[RectificationItem]:
        rows = self._store._query("SELECT * FROM rectifications WHERE source = ? AND source_id = ? ORDER BY rowid",
                                  [source, source_id])
        return [_item(r) for r in rows]

    def query(self, facility_id: int | None = None, statuses=None, source: str | None = None) -> list[RectificationItem]:
        where: list[str] = []
        args: list[Any] = []
        if facility_id is not None:
            where.append("facility_id = ?")
            args.append(facility_id)
        if statuses:
            where.append(f"status IN ({', '.join('?' for _ in statuses)})")
            args.extend(statuses)
        if source:
            where.append("source = ?")
            args.append(source)
        rows = self._store._query("SELECT * FROM rectifications" + (" WHERE " + " AND ".join(where) if where else "")
                                  + " ORDER BY deadline IS NULL, deadline, created_at, rowid", args)
        return [_item(r) for r in rows]

    def update(self, item_id: str, changes: dict) -> None:
        stamp = now()

        def write(db) -> None:
            old = db.table("rectifications").get(item_id)
            record = {k: v for k, v in changes.items() if old[k] != v}
            if not record:
                return
            if "status" in record:
                record["closed_at"] = stamp if record["status"] in CLOSED_STATUSES else None
            for key in sorted(record):
                if key != "closed_at":
                    self._store._audit(db, "rectification", item_id, key, old[key], record[key], stamp)
            db.table("rectifications").update(item_id, {**record, "updated_at": stamp})

        self._store._write(write)
