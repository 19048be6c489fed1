"""Inspection rows: visit details and ad-hoc findings (其他发现) of an inspection.

An inspection is an assessment on an inspection-kind form whose facility is the visited one;
these tables add what a visit has beyond answers. Every change is audited in its transaction.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from typing import Any

from tuoyu_desktop.errors import NotFound
from tuoyu_desktop.facility import FacilityProfile
from tuoyu_desktop.forms.model import Form
from tuoyu_desktop.records import DRAFT, now
from tuoyu_desktop.store.rows import Rows


@dataclass(frozen=True)
class Visit:
    assessment_id: str
    visited_at: str
    inspectors: tuple[str, ...]
    facility_rep: str
    notes: str
    previous_id: str | None
    created_at: str
    updated_at: str

    def to_dict(self) -> dict:
        return {"visited_at": self.visited_at, "inspectors": list(self.inspectors),
                "facility_rep": self.facility_rep, "notes": self.notes, "previous_id": self.previous_id}


@dataclass(frozen=True)
class Finding:
    """An ad-hoc finding the checklist lacks (其他发现)."""

    id: int
    assessment_id: str
    area: str
    description: str
    severity: str
    opinion: str
    deadline: str | None
    created_at: str
    updated_at: str

    @property
    def key(self) -> str:
        return f"finding:{self.id}"


VISIT_FIELDS = ("visited_at", "inspectors", "facility_rep", "notes")
FINDING_FIELDS = ("area", "description", "severity", "opinion", "deadline")


def _visit(row: dict) -> Visit:
    row = dict(row)
    row["inspectors"] = tuple(json.loads(row["inspectors"] or "[]"))
    return Visit(**row)


class InspectionRows(Rows):
    """Visits and ad-hoc findings, reached as ``store.inspections``."""

    def visited_facilities(self) -> list[tuple[int, FacilityProfile]]:
        rows = self._store._query("SELECT * FROM facilities WHERE is_own = 0 ORDER BY name")
        return [(row["id"], FacilityProfile.from_dict(json.loads(row["profile"]))) for row in rows]

    def facility_by_code(self, credit_code: str, own: bool | None = None) -> int | None:
        where = "credit_code = ?"
        args: list[Any] = [credit_code.strip().upper()]
        if own is not None:
            where += " AND is_own = ?"
            args.append(int(own))
        rows = self._store._query(f"SELECT id FROM facilities WHERE {where} ORDER BY id LIMIT 1", args)
        return rows[0]["id"] if rows else None

    def create_inspection(self, facility_id: int, form: Form, period: str, visit: dict,
                          previous_id: str | None) -> str:
        self._store.keep_form_snapshot(form)
        stamp = now()
        assessment_id = uuid.uuid4().hex
        record = {"id": assessment_id, "facility_id": facility_id, "form_id": form.id, "form_version": form.version,
                  "form_hash": form.content_hash, "period": period.strip(), "status": DRAFT,
                  "created_at": stamp, "updated_at": stamp}
        visit_record = {"assessment_id": assessment_id, "visited_at": visit["visited_at"],
                        "inspectors": json.dumps(list(visit["inspectors"]), ensure_ascii=False),
                        "facility_rep": visit["facility_rep"], "notes": visit.get("notes", ""),
                        "previous_id": previous_id, "created_at": stamp, "updated_at": stamp}

        def write(db) -> None:
            db.table("assessments").insert(record)
            db.table("inspections").insert(visit_record)
            self._store._audit(db, "assessment", assessment_id, "created", None,
                         {"form": f"{form.id} {form.version}", "period": record["period"], "facility_id": facility_id}, stamp)
            self._store._audit(db, "inspection", assessment_id, "visit", None,
                         {**visit, "inspectors": list(visit["inspectors"]), "previous_id": previous_id}, stamp)

        self._store._write(write)
        return assessment_id

    def visit(self, assessment_id: str) -> Visit | None:
        rows = self._store._query("SELECT * FROM inspections WHERE assessment_id = ?", [assessment_id])
        return _visit(rows[0]) if rows else None

    def visits(self, facility_id: int | None = None) -> list[tuple[Visit, int]]:
        """(visit, facility id), newest visit first."""
        sql = ("SELECT i.*, a.facility_id AS _facility FROM inspections i JOIN assessments a ON a.id = i.assessment_id")
        args: list = []
        if facility_id is not None:
            sql += " WHERE a.facility_id = ?"
            args.append(facility_id)
        rows = self._store.conn.execute(sql + " ORDER BY i.visited_at DESC, i.created_at DESC", args)
        columns = [d[0] for d in rows.description]
        out = []
        for values in rows.fetchall():
            row = dict(zip(columns, values, strict=True))
            facility = row.pop("_facility")
            out.append((_visit(row), facility))
        return out

    def update_visit(self, assessment_id: str, changes: dict) -> None:
        stamp = now()

        def write(db) -> None:
            old = db.table("inspections").get(assessment_id)
            record = {}
            for key, value in changes.items():
                stored = json.dumps(list(value), ensure_ascii=False) if key == "inspectors" else value
                if old[key] != stored:
                    record[key] = stored
                    self._store._audit(db, "inspection", assessment_id, key,
                                 json.loads(old[key]) if key == "inspectors" else old[key], value, stamp)
            if record:
                db.table("inspections").update(assessment_id, {**record, "updated_at": stamp})
                db.execute("UPDATE assessments SET updated_at = ? WHERE id = ?", [stamp, assessment_id])

        self._store._write(write)

    def findings(self, assessment_id: str) -> list[Finding]:
        rows = self._store._query("SELECT * FROM inspection_findings WHERE assessment_id = ? AND removed = 0 ORDER BY id",
                                  [assessment_id])
        return [Finding(**{k: v for k, v in row.items() if k != "removed"}) for row in rows]

    def finding(self, finding_id: int) -> Finding:
        rows = self._store._query("SELECT * FROM inspection_findings WHERE id = ?", [finding_id])
        if not rows:
            raise NotFound(f"找不到编号为 {finding_id} 的其他发现")
        return Finding(**{k: v for k, v in rows[0].items() if k != "removed"})

    def add_finding(self, assessment_id: str, values: dict) -> int:
        stamp = now()

        def write(db) -> int:
            finding_id = db.table("inspection_findings").insert(
                {"assessment_id": assessment_id, **values, "created_at": stamp, "updated_at": stamp, "removed": 0}).last_pk
            self._store._audit(db, "finding", finding_id, "created", None, {"inspection": assessment_id, **values}, stamp)
            db.execute("UPDATE assessments SET updated_at = ? WHERE id = ?", [stamp, assessment_id])
            return finding_id

        return self._store._write(write)

    def remove_finding(self, finding_id: int) -> None:
        def write(db) -> None:
            old = db.table("inspection_findings").get(finding_id)
            db.table("inspection_findings").update(finding_id, {"removed": 1, "updated_at": now()})
            self._store._audit(db, "finding", finding_id, "removed", {k: old[k] for k in FINDING_FIELDS}, None)

        self._store._write(write)
