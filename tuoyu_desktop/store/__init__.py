"""Local SQLite storage (sqlite-utils): facilities, form snapshots, assessments, answers."""

from tuoyu_desktop.store.db import SCHEMA_VERSION, AssessmentRow, Store, StoreError

__all__ = ["SCHEMA_VERSION", "AssessmentRow", "Store", "StoreError"]
