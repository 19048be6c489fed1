"""The district desk's rows (区县工作台), reached as ``store.desk``.

Tables (documented for publishing in docs/district.md):

- ``desk_roster``: the district's 备案 facility list, one row per 统一社会信用代码.
- ``desk_certificates``: signing-certificate fingerprints registered for roster facilities.
- ``desk_officers``: the district officers whose identities may sign reviews and receipts.
- ``desk_cycles``: reporting cycles (form kind, period, due date).
- ``desk_reports``: one row per accepted received report, the figures the desk compares
  (built from ``received_reports`` on first use: the received report stays the source).
- ``desk_dimensions``: each such report's percent per dimension.
- ``desk_reviews``: reviews (通过 / 退回 / 不予认可), each signed by an officer.
- ``desk_board``: the rectification board: findings and gaps of every facility.
- ``receipts``: on a facility's side, the district's receipts it imported.

Views: ``desk_submissions`` (report, facility, latest review) and ``desk_dimension_scores``.
Every change is audited in its transaction.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from tuoyu_desktop.errors import NotFound
from tuoyu_desktop.messages import Message
from tuoyu_desktop.records import now
from tuoyu_desktop.store.rows import Rows

if TYPE_CHECKING:
    import sqlite_utils

ROSTER_FIELDS = ("credit_code", "name", "filing_number", "address", "facility_type", "is_puhui", "places",
                 "contact", "district")


def create(db: sqlite_utils.Database) -> None:
    """The desk's tables and views (migration 7)."""
    db.table("desk_roster").create(
        {"credit_code": str, "name": str, "filing_number": str, "address": str, "facility_type": str,
         "is_puhui": int, "places": int, "contact": str, "district": str, "created_at": str, "updated_at": str},
        pk="credit_code", not_null={"name"}, defaults={"is_puhui": 0, "places": 0})
    db.table("desk_certificates").create(
        {"fingerprint": str, "credit_code": str, "label": str, "added_at": str}, pk="fingerprint",
        foreign_keys=[("credit_code", "desk_roster", "credit_code")])
    db.table("desk_certificates").create_index(["credit_code"])
    db.table("desk_officers").create(
        {"fingerprint": str, "name": str, "role": str, "organisation": str, "pem": str, "added_at": str},
        pk="fingerprint")
    db.table("desk_cycles").create(
        {"id": int, "title": str, "form_kind": str, "form_id": str, "period": str, "due_date": str,
         "created_at": str}, pk="id", not_null={"title", "form_kind", "period", "due_date"})
    db.table("desk_reports").create(
        {"received_id": int, "report_id": str, "credit_code": str, "facility_name": str, "kind": str,
         "form_id": str, "form_title": str, "period": str, "grade": str, "percent": float, "earned": float,
         "veto_count": int, "veto_failed": str, "submitted_on": str, "finalised_at": str, "indexed_at": str},
        pk="received_id", foreign_keys=[("received_id", "received_reports", "id")])
    db.table("desk_reports").create_index(["credit_code", "period", "kind"])
    db.table("desk_dimensions").create(
        {"received_id": int, "position": int, "dimension_id": str, "title": str, "percent": float,
         "earned": float, "applicable_max": float},
        pk=("received_id", "dimension_id"), foreign_keys=[("received_id", "desk_reports", "received_id")])
    db.table("desk_reviews").create(
        {"id": int, "received_id": int, "report_id": str, "decision": str, "reason": str, "comments": str,
         "officer_name": str, "officer_fingerprint": str, "record": str, "signature": str, "decided_at": str},
        pk="id", foreign_keys=[("received_id", "received_reports", "id")])
    db.table("desk_reviews").create_index(["received_id"])
    db.table("desk_board").create(
        {"id": int, "received_id": int, "report_id": str, "credit_code": str, "facility_name": str, "source": str,
         "item_key": str, "dimension_id": str, "area": str, "description": str, "severity": str, "deadline": str,
         "status": str, "closed_at": str, "closing_report_id": str, "closing_note": str, "created_at": str},
        pk="id", defaults={"status": "open", "closing_note": ""})
    db.table("desk_board").create_index(["report_id", "item_key"], unique=True)
    db.table("desk_board").create_index(["credit_code"])
    db.table("receipts").create(
        {"id": int, "report_id": str, "assessment_id": str, "decision": str, "reason": str, "comments": str,
         "officer_name": str, "officer_fingerprint": str, "decided_at": str, "receipt_sha256": str,
         "file_name": str, "imported_at": str}, pk="id")
    db.table("receipts").create_index(["receipt_sha256"], unique=True)
    db.execute("""
        CREATE VIEW desk_submissions AS
        SELECT r.received_id, r.report_id, r.credit_code, COALESCE(f.name, r.facility_name) AS facility_name,
               r.kind, r.form_id, r.period, r.grade, r.percent, r.earned, r.veto_count, r.submitted_on,
               rr.state, rr.received_at,
               (SELECT v.decision FROM desk_reviews v WHERE v.received_id = r.received_id
                ORDER BY v.id DESC LIMIT 1) AS review
        FROM desk_reports r JOIN received_reports rr ON rr.id = r.received_id
        LEFT JOIN desk_roster f ON f.credit_code = r.credit_code""")
    db.execute("""
        CREATE VIEW desk_dimension_scores AS
        SELECT r.report_id, r.credit_code, r.facility_name, r.period, d.position, d.dimension_id, d.title,
               d.percent, d.earned, d.applicable_max
        FROM desk_dimensions d JOIN desk_reports r ON r.received_id = d.received_id""")


class DeskRows(Rows):
    """The desk's rows; SQL for ``services.desk``."""

    def _q(self, sql: str, params: Sequence[Any] = ()) -> list[dict]:
        return self._store._query(sql, list(params))

    # -- roster ------------------------------------------------------------------------------
    def roster(self) -> list[dict]:
        return self._q("SELECT * FROM desk_roster ORDER BY name, credit_code")

    def roster_entry(self, credit_code: str) -> dict | None:
        rows = self._q("SELECT * FROM desk_roster WHERE credit_code = ?", [credit_code])
        return rows[0] if rows else None

    def save_roster(self, entries: Iterable[dict]) -> tuple[int, int]:
        """Insert or update roster entries in one transaction; returns (added, changed)."""
        stamp = now()
        counts = [0, 0]

        def write(db) -> None:
            table = db.table("desk_roster")
            for entry in entries:
                record = {k: entry.get(k) for k in ROSTER_FIELDS}
                old = self.roster_entry(str(record["credit_code"]))
                if old is None:
                    table.insert({**record, "created_at": stamp, "updated_at": stamp})
                    self._store._audit(db, "desk_roster", record["credit_code"], "created", None, record, stamp)
                    counts[0] += 1
                    continue
                changed = {k: (old.get(k), record[k]) for k in ROSTER_FIELDS if old.get(k) != record[k]}
                if changed:
                    table.update(record["credit_code"], {**record, "updated_at": stamp})
                    for key, (before, after) in changed.items():
                        self._store._audit(db, "desk_roster", record["credit_code"], key, before, after, stamp)
                    counts[1] += 1

        self._store._write(write)
        return counts[0], counts[1]

    def certificates(self, credit_code: str | None = None) -> list[dict]:
        if credit_code is None:
            return self._q("SELECT * FROM desk_certificates ORDER BY credit_code, added_at")
        return self._q("SELECT * FROM desk_certificates WHERE credit_code = ? ORDER BY added_at", [credit_code])

    def certificate(self, fingerprint: str) -> dict | None:
        rows = self._q("SELECT * FROM desk_certificates WHERE fingerprint = ?", [fingerprint])
        return rows[0] if rows else None

    def add_certificate(self, fingerprint: str, credit_code: str, label: str) -> None:
        def write(db) -> None:
            db.table("desk_certificates").upsert(
                {"fingerprint": fingerprint, "credit_code": credit_code, "label": label, "added_at": now()},
                pk="fingerprint")
            self._store._audit(db, "desk_certificate", fingerprint, "registered", None,
                               {"credit_code": credit_code, "label": label})

        self._store._write(write)

    # -- officers ----------------------------------------------------------------------------
    def officers(self) -> list[dict]:
        return self._q("SELECT * FROM desk_officers ORDER BY name")

    def officer(self, fingerprint: str) -> dict | None:
        rows = self._q("SELECT * FROM desk_officers WHERE fingerprint = ?", [fingerprint])
        return rows[0] if rows else None

    def add_officer(self, record: dict) -> None:
        def write(db) -> None:
            db.table("desk_officers").upsert({**record, "added_at": now()}, pk="fingerprint")
            self._store._audit(db, "desk_officer", record["fingerprint"], "registered", None,
                               {"name": record["name"], "role": record["role"]})

        self._store._write(write)

    # -- cycles ------------------------------------------------------------------------------
    def cycles(self) -> list[dict]:
        return self._q("SELECT * FROM desk_cycles ORDER BY due_date DESC, id DESC")

    def cycle(self, cycle_id: int) -> dict:
        rows = self._q("SELECT * FROM desk_cycles WHERE id = ?", [cycle_id])
        if not rows:
            raise NotFound(Message("store.no_cycle", id=cycle_id))
        return rows[0]

    def add_cycle(self, record: dict) -> int:
        def write(db) -> int:
            created = db.table("desk_cycles").insert({**record, "created_at": now()}).last_pk
            self._store._audit(db, "desk_cycle", created, "created", None, record)
            return int(created)

        return int(self._store._write(write))

    # -- reports the desk compares --------------------------------------------------------------
    def unindexed(self) -> list[dict]:
        """Accepted received reports not yet in ``desk_reports`` (with their payload)."""
        return self._q("SELECT rr.id, rr.report_id, rr.payload, rr.signed_at, rr.received_at, rr.credit_code"
                       " FROM received_reports rr LEFT JOIN desk_reports r ON r.received_id = rr.id"
                       " WHERE rr.state = 'accepted' AND r.received_id IS NULL ORDER BY rr.id")

    def index(self, reports: Sequence[dict], dimensions: Sequence[dict], board: Sequence[dict]) -> None:
        """Add reports with their dimension figures and board items, in one transaction
        (derived data: no audit entry; the import itself was audited)."""
        def write(db) -> None:
            db.table("desk_reports").insert_all(reports, pk="received_id", replace=True)
            if dimensions:
                db.table("desk_dimensions").insert_all(dimensions, pk=("received_id", "dimension_id"), replace=True)
            if board:
                db.table("desk_board").insert_all(board, pk="id", ignore=True)

        self._store._write(write)

    def reports(self, period: str | None = None, kind: str | None = None, form_id: str | None = None) -> list[dict]:
        """Accepted reports (still accepted: a later conflicting copy takes them out), newest last."""
        where, params = ["rr.state = 'accepted'"], []
        for column, value in (("period", period), ("kind", kind), ("form_id", form_id)):
            if value:
                where.append(f"r.{column} = ?")
                params.append(value)
        return self._q("SELECT r.*, rr.received_at, rr.file_name FROM desk_reports r"
                       " JOIN received_reports rr ON rr.id = r.received_id"
                       f" WHERE {' AND '.join(where)} ORDER BY r.submitted_on, r.received_id", params)

    def report(self, received_id: int) -> dict:
        rows = self._q("SELECT r.*, rr.payload, rr.signers, rr.payload_sha256, rr.file_sha256, rr.received_at,"
                       " rr.state FROM desk_reports r JOIN received_reports rr ON rr.id = r.received_id"
                       " WHERE r.received_id = ?", [received_id])
        if not rows:
            raise NotFound(Message("store.no_received", id=received_id))
        return rows[0]

    def received_by_report_id(self, report_id: str) -> list[dict]:
        return self._q("SELECT r.received_id FROM desk_reports r JOIN received_reports rr ON rr.id = r.received_id"
                       " WHERE r.report_id = ? AND rr.state = 'accepted'", [report_id])

    def payloads(self, received_ids: Sequence[int]) -> dict[int, str]:
        """received id → its embedded data (JSON text), in one query."""
        if not received_ids:
            return {}
        rows = self._store.conn.execute(
            "SELECT rr.id, rr.payload FROM received_reports rr JOIN json_each(?) j ON j.value = rr.id",
            [json.dumps(list(received_ids))]).fetchall()
        return {row[0]: row[1] for row in rows}

    def dimensions(self, received_ids: Sequence[int]) -> list[dict]:
        if not received_ids:
            return []
        return self._q("SELECT d.* FROM desk_dimensions d JOIN json_each(?) j ON j.value = d.received_id"
                       " ORDER BY d.received_id, d.position", [json.dumps(list(received_ids))])

    # -- reviews -----------------------------------------------------------------------------
    def latest_reviews(self) -> dict[int, dict]:
        rows = self._q("SELECT v.* FROM desk_reviews v JOIN (SELECT received_id, MAX(id) AS id FROM desk_reviews"
                       " GROUP BY received_id) m ON m.id = v.id")
        return {row["received_id"]: row for row in rows}

    def reviews(self, received_id: int) -> list[dict]:
        return self._q("SELECT * FROM desk_reviews WHERE received_id = ? ORDER BY id", [received_id])

    def review(self, review_id: int) -> dict:
        rows = self._q("SELECT * FROM desk_reviews WHERE id = ?", [review_id])
        if not rows:
            raise NotFound(Message("store.no_review", id=review_id))
        return rows[0]

    def add_review(self, record: dict) -> int:
        def write(db) -> int:
            created = db.table("desk_reviews").insert(record).last_pk
            self._store._audit(db, "desk_review", record["report_id"], "decision", None,
                               {"decision": record["decision"], "officer": record["officer_name"],
                                "fingerprint": record["officer_fingerprint"], "review": created},
                               record["decided_at"])
            return int(created)

        return int(self._store._write(write))

    # -- the rectification board ---------------------------------------------------------------
    def board(self) -> list[dict]:
        return self._q("SELECT b.* FROM desk_board b JOIN received_reports rr ON rr.id = b.received_id"
                       " WHERE rr.state = 'accepted' ORDER BY b.id")

    def board_item(self, item_id: int) -> dict:
        rows = self._q("SELECT * FROM desk_board WHERE id = ?", [item_id])
        if not rows:
            raise NotFound(Message("store.no_item", id=item_id))
        return rows[0]

    def close_board_item(self, item_id: int, closing_report_id: str, note: str) -> None:
        stamp = now()

        def write(db) -> None:
            db.table("desk_board").update(item_id, {"status": "closed", "closed_at": stamp,
                                                    "closing_report_id": closing_report_id, "closing_note": note})
            self._store._audit(db, "desk_board", item_id, "status", "open",
                               {"status": "closed", "evidence": closing_report_id, "note": note}, stamp)

        self._store._write(write)

    # -- receipts (a facility's side) ------------------------------------------------------------
    def receipts(self) -> list[dict]:
        return self._q("SELECT * FROM receipts ORDER BY imported_at DESC, id DESC")

    def receipt_by_digest(self, sha256: str) -> dict | None:
        rows = self._q("SELECT * FROM receipts WHERE receipt_sha256 = ?", [sha256])
        return rows[0] if rows else None

    def add_receipt(self, record: dict) -> None:
        def write(db) -> None:
            db.table("receipts").insert(record)
            self._store._audit(db, "receipt", record["report_id"], "imported", None,
                               {"decision": record["decision"], "officer": record["officer_name"]},
                               record["imported_at"])

        self._store._write(write)
