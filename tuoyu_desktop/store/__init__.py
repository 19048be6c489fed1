"""Local SQLite storage (sqlite-utils): facilities, form snapshots, assessments, answers.

Names load on first use (PEP 562), so that :mod:`.peek` (``tuoyu list``'s glance at the
data file) does not import the whole store.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tuoyu_desktop import lazy

_LAZY = {
    "SCHEMA_VERSION": ".db",
    "DatabaseDamaged": ".db",
    "Store": ".db",
    "StoreError": ".db",
    "DataDirBusy": ".lock",
}

__all__ = ["SCHEMA_VERSION", "DataDirBusy", "DatabaseDamaged", "Store", "StoreError"]

if TYPE_CHECKING:
    from tuoyu_desktop.store.db import SCHEMA_VERSION, DatabaseDamaged, Store, StoreError
    from tuoyu_desktop.store.lock import DataDirBusy


__getattr__ = lazy.exports(__name__, _LAZY)
