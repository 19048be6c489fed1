"""Schema migrations, applied in order; ``PRAGMA user_version`` records how far a file got.

Never edit a landed migration: add the next one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from tuoyu_desktop.store import audit

if TYPE_CHECKING:
    import sqlite_utils


def _v1_initial(db: sqlite_utils.Database) -> None:
    db.table("facilities").create(
        {
            "id": int,
            "name": str,
            "credit_code": str,
            "is_own": int,
            "profile": str,  # FacilityProfile as JSON
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
    )
    db.table("form_snapshots").create(
        {"hash": str, "form_id": str, "version": str, "title": str, "snapshot": str, "stored_at": str},
        pk="hash",
    )
    db.table("assessments").create(
        {
            "id": str,
            "facility_id": int,
            "form_id": str,
            "form_version": str,
            "form_hash": str,
            "period": str,
            "status": str,
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
        foreign_keys=[("facility_id", "facilities", "id"), ("form_hash", "form_snapshots", "hash")],
    )
    db.table("answers").create(
        {
            "assessment_id": str,
            "item_id": str,
            "value": str,
            "na": int,
            "na_reason": str,
            "comment": str,
            "updated_at": str,
        },
        pk=("assessment_id", "item_id"),
        foreign_keys=[("assessment_id", "assessments", "id")],
    )
    db.table("assessments").create_index(["facility_id"])


def _v2_finalise_sign_import(db: sqlite_utils.Database) -> None:
    """Finalised revisions, registered certificates, and reports received from others."""
    assessments = db.table("assessments")
    assessments.add_column("revision", int, not_null_default=1)
    assessments.add_column("finalised_at", str)
    assessments.add_column("frozen", str)  # the assessment.json of the finalised revision
    db.table("assessment_revisions").create(
        {"assessment_id": str, "revision": int, "reason": str, "created_at": str},
        pk=("assessment_id", "revision"),
        foreign_keys=[("assessment_id", "assessments", "id")],
    )
    db.table("trusted_certificates").create(
        {"fingerprint": str, "name": str, "kind": str, "pem": str, "added_at": str},
        pk="fingerprint",
    )
    db.table("received_reports").create(
        {
            "report_id": str,
            "kind": str,
            "facility_name": str,
            "credit_code": str,
            "period": str,
            "form_id": str,
            "form_version": str,
            "grade": str,
            "percent": float,
            "signers": str,  # JSON: name, role, fingerprint, trusted
            "payload": str,  # the embedded assessment.json, as received
            "payload_sha256": str,
            "file_sha256": str,
            "received_at": str,
        },
        pk="report_id",
    )


def _v3_audit_and_settings(db: sqlite_utils.Database) -> None:
    """The hash-chained audit trail, and settings kept with the data (backup rotation …)."""
    audit.create(db)
    db.table("settings").create({"key": str, "value": str}, pk="key")



def _v4_inspections_evidence_rectification(db: sqlite_utils.Database) -> None:
    """Inspection visits, evidence files (by SHA-256) and their links, rectification items."""
    db.table("inspections").create(
        {
            "assessment_id": str,  # the assessment row on the inspection form (facility = the visited one)
            "visited_at": str,  # date and time of the visit, ISO
            "inspectors": str,  # JSON list of names
            "facility_rep": str,  # the facility representative present
            "notes": str,
            "previous_id": str,  # the inspection whose open items this one checks first
            "created_at": str,
            "updated_at": str,
        },
        pk="assessment_id",
        foreign_keys=[("assessment_id", "assessments", "id")],
    )
    db.table("inspection_findings").create(
        {
            "id": int,
            "assessment_id": str,
            "area": str,
            "description": str,
            "severity": str,
            "opinion": str,
            "deadline": str,
            "created_at": str,
            "updated_at": str,
            "removed": int,
        },
        pk="id",
        foreign_keys=[("assessment_id", "assessments", "id")],
    )
    db.table("inspection_findings").create_index(["assessment_id"])
    db.table("evidence_files").create(
        {"sha256": str, "size": int, "kind": str, "mime": str, "width": int, "height": int,
         "original_name": str, "stored_at": str},
        pk="sha256",
    )
    db.table("evidence_links").create(
        {
            "id": int,
            "sha256": str,
            "owner_type": str,  # answer | finding | rectification
            "owner_id": str,  # "<assessment>/<item>", finding id, rectification id
            "role": str,  # evidence | completion
            "caption": str,
            "original_name": str,
            "added_at": str,
        },
        pk="id",
        foreign_keys=[("sha256", "evidence_files", "sha256")],
    )
    db.table("evidence_links").create_index(["owner_type", "owner_id"])
    db.table("evidence_links").create_index(["owner_type", "owner_id", "sha256", "role"], unique=True)
    db.table("rectifications").create(
        {
            "id": str,
            "facility_id": int,
            "source": str,
            "source_id": str,
            "source_key": str,
            "report_label": str,
            "area": str,
            "description": str,
            "severity": str,
            "opinion": str,
            "responsible": str,
            "deadline": str,
            "status": str,
            "status_reason": str,
            "created_at": str,
            "updated_at": str,
            "closed_at": str,
        },
        pk="id",
        foreign_keys=[("facility_id", "facilities", "id")],
    )
    db.table("rectifications").create_index(["source", "source_id", "source_key"], unique=True)
    db.table("rectifications").create_index(["facility_id"])


def _v5_export_log(db: sqlite_utils.Database) -> None:
    """Each exported report's audit chain head: a chain rewritten later no longer holds them."""
    db.table("export_log").create(
        {"id": int, "report_id": str, "audit_head": str, "file_name": str, "exported_at": str},
        pk="id",
    )
    db.execute("CREATE INDEX audit_log_hash ON audit_log (hash)")


def _v6_received_states(db: sqlite_utils.Database) -> None:
    """Received reports by (report id, content): the same id with other content is a conflict
    kept apart, and an untrusted report waits as 待核实身份; both never mix with accepted data."""
    db.execute("ALTER TABLE received_reports RENAME TO received_reports_v5")
    db.table("received_reports").create(
        {
            "id": int, "report_id": str, "state": str, "kind": str, "facility_name": str, "credit_code": str,
            "period": str, "form_id": str, "form_version": str, "grade": str, "percent": float, "earned": float,
            "veto_failed": str,  # JSON list of item ids
            "signers": str, "payload": str, "payload_sha256": str, "file_sha256": str, "file_name": str,
            "signed_at": str, "received_at": str,
        },
        pk="id",
        not_null={"report_id", "state", "payload_sha256"},
        defaults={"state": "accepted", "file_name": "", "signed_at": "", "veto_failed": "[]", "earned": 0},
    )
    db.execute(
        "INSERT INTO received_reports (report_id, state, kind, facility_name, credit_code, period, form_id,"
        " form_version, grade, percent, signers, payload, payload_sha256, file_sha256, received_at)"
        " SELECT report_id, 'accepted', kind, facility_name, credit_code, period, form_id, form_version, grade,"
        " percent, signers, payload, payload_sha256, file_sha256, received_at FROM received_reports_v5")
    db.execute("DROP TABLE received_reports_v5")
    db.execute("CREATE UNIQUE INDEX received_reports_content ON received_reports (report_id, payload_sha256)")
    db.execute("CREATE INDEX received_reports_credit_code ON received_reports (credit_code)")


def _v7_district_desk(db: sqlite_utils.Database) -> None:
    """The district desk: roster, registered certificates and officers, reporting cycles,
    reviews, per-report dimension figures and the rectification board; plus read-only views
    for publishing (docs/district.md)."""
    from tuoyu_desktop.store import desk

    desk.create(db)


def _v8_surveys(db: sqlite_utils.Database) -> None:
    """Parent-satisfaction surveys: one row per survey, one per anonymous response (no name column)."""
    db.table("surveys").create(
        {"id": str, "facility_id": int, "form_id": str, "form_version": str, "form_hash": str, "period": str,
         "created_at": str},
        pk="id",
        foreign_keys=[("facility_id", "facilities", "id"), ("form_hash", "form_snapshots", "hash")],
    )
    db.table("survey_responses").create(
        {"id": int, "survey_id": str, "answers": str, "source": str, "answered_at": str},
        pk="id",
        foreign_keys=[("survey_id", "surveys", "id")],
    )
    db.table("survey_responses").create_index(["survey_id"])


def _v9_city_packages(db: sqlite_utils.Database) -> None:
    """A city desk: the districts it takes packages from, their officers, and the newest signed
    aggregate package of each district and cycle (docs/district.md)."""
    from tuoyu_desktop.store import city

    city.create(db)


MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [
    _v1_initial,
    _v2_finalise_sign_import,
    _v3_audit_and_settings,
    _v4_inspections_evidence_rectification,
    _v5_export_log,
    _v6_received_states,
    _v7_district_desk,
    _v8_surveys,
    _v9_city_packages,
]

SCHEMA_VERSION = len(MIGRATIONS)
