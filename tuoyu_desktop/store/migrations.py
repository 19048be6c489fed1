"""Schema migrations, applied in order; ``PRAGMA user_version`` records how far a file got.

Never edit a landed migration: add the next one.
"""

from __future__ import annotations

from typing import Callable

import sqlite_utils


def _v1_initial(db: sqlite_utils.Database) -> None:
    db["facilities"].create(
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
    db["form_snapshots"].create(
        {"hash": str, "form_id": str, "version": str, "title": str, "snapshot": str, "stored_at": str},
        pk="hash",
    )
    db["assessments"].create(
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
    db["answers"].create(
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
    db["assessments"].create_index(["facility_id"])


MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [_v1_initial]
