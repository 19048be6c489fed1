"""A glance at the data file without opening the store: the head of its audit chain.

Used by cached read-only views (``tuoyu list``): when the head is what it was when a view was
made, no audited change (every change of data is audited) has happened since. Imports nothing
but sqlite3, so the glance costs a few milliseconds.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

DB_FILENAME = "tuoyu.db"  # the same as store.db.DB_FILENAME (a test checks)
_AUDIT_TABLE = "audit_log"  # store.audit.TABLE


def audit_head(data_dir: Path) -> tuple[int, str] | None:
    """(sequence number, hash) of the data file's newest audit entry; None if it cannot be read
    as it is (missing, damaged, locked, a read-only folder with a WAL): the caller then takes the
    full path, which says why."""
    path = Path(data_dir) / DB_FILENAME
    if not path.is_file():
        return None
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
    except (sqlite3.Error, OSError, ValueError):
        return None
    try:
        row = conn.execute(f"SELECT seq, hash FROM {_AUDIT_TABLE} ORDER BY seq DESC LIMIT 1").fetchone()
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    if row is None:
        return None
    return int(row[0]), str(row[1])
