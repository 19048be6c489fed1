"""Parent-satisfaction surveys and their anonymous responses, reached as ``store.surveys``.

A response keeps the ratings and a timestamp only: no name, no device, no order number beyond
the row id. Every change is audited in its transaction (counts, never the answers)."""

from __future__ import annotations

import json
import uuid
from typing import TYPE_CHECKING

from tuoyu_desktop.errors import NotFound
from tuoyu_desktop.records import now
from tuoyu_desktop.store.rows import Rows

if TYPE_CHECKING:
    from tuoyu_desktop.forms import Form


class SurveyRows(Rows):
    def create(self, facility_id: int, form: Form, period: str) -> str:
        self._store.keep_form_snapshot(form)
        stamp = now()
        survey_id = uuid.uuid4().hex
        record = {"id": survey_id, "facility_id": facility_id, "form_id": form.id,
                  "form_version": form.version, "form_hash": form.content_hash, "period": period.strip(),
                  "created_at": stamp}

        def write(db) -> None:
            db.table("surveys").insert(record)
            self._store._audit(db, "survey", survey_id, "created", None,
                               {"form": f"{form.id} {form.version}", "period": record["period"]}, stamp)

        self._store._write(write)
        return survey_id

    def get(self, survey_id: str) -> dict:
        rows = self._store._query("SELECT * FROM surveys WHERE id = ?", [survey_id])
        if not rows:
            raise NotFound(f"找不到编号为 {survey_id} 的满意度调查")
        return rows[0]

    def of_facility(self, facility_id: int | None = None) -> list[dict]:
        if facility_id is None:
            return self._store._query("SELECT * FROM surveys ORDER BY created_at DESC, rowid DESC")
        return self._store._query("SELECT * FROM surveys WHERE facility_id = ? ORDER BY created_at DESC, rowid DESC",
                                  [facility_id])

    def add_responses(self, survey_id: str, responses: list[dict[str, str | None]], source: str) -> int:
        """Store anonymous responses (item id → option value, None for 不适用) in one transaction.

        A response keeps only the day it was given: the minute would let whoever watched the
        kiosk tell which parent gave which answers."""
        stamp = now()
        day = stamp[:10]

        def write(db) -> None:
            db.table("survey_responses").insert_all(
                {"survey_id": survey_id, "answers": json.dumps(r, ensure_ascii=False, sort_keys=True),
                 "source": source, "answered_at": day} for r in responses)
            self._store._audit(db, "survey", survey_id, "responses", None,
                               {"added": len(responses), "source": source}, stamp)

        if responses:
            self._store._write(write)
        return len(responses)

    def responses(self, survey_id: str) -> list[dict[str, str | None]]:
        rows = self._store.conn.execute(
            "SELECT answers FROM survey_responses WHERE survey_id = ? ORDER BY id", [survey_id]).fetchall()
        return [json.loads(row[0]) for row in rows]

    def response_span(self, survey_id: str) -> tuple[str, str] | None:
        row = self._store.conn.execute(
            "SELECT MIN(answered_at), MAX(answered_at) FROM survey_responses WHERE survey_id = ?",
            [survey_id]).fetchone()
        return (row[0], row[1]) if row and row[0] else None
