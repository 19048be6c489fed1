"""Local SQLite storage (sqlite-utils): facilities, form snapshots, assessments, answers."""

from tuoyu_desktop.store.db import SCHEMA_VERSION, DatabaseDamaged, Store, StoreError
from tuoyu_desktop.store.lock import DataDirBusy

__all__ = ["SCHEMA_VERSION", "DataDirBusy", "DatabaseDamaged", "Store", "StoreError"]
