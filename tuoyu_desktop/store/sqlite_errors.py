"""SQLite's errors told in the user's words, and the limits behind its vaguest ones."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

from tuoyu_desktop.messages import Message

# SQLite's Unix file layer allows about 512 bytes for a file's full path (its "-journal" and
# "-wal" names included); a Chinese character takes 3 of them. Beyond that it says only
# "unable to open database file", which would send the user looking at permissions.
SQLITE_PATH_BYTES = 500
PATH_TOO_LONG = Message("sqlite.path_too_long")


def path_too_long_for_sqlite(path: Path) -> bool:
    try:
        full = os.path.realpath(path)
    except (OSError, ValueError):
        full = str(path)
    return len(os.fsencode(full)) + len("-journal") >= SQLITE_PATH_BYTES


def _nearly_full(path: Path) -> bool:
    """SQLite reports a disk that fills up while it writes as "disk I/O error"."""
    try:
        return shutil.disk_usage(path.parent).free < 4 * 1024 * 1024
    except OSError:
        return False


def describe(exc: sqlite3.Error, path: Path | None = None) -> str:
    text = str(exc)
    if "disk I/O error" in text and path is not None and _nearly_full(path):
        return Message("sqlite.nearly_full")
    if "readonly" in text or "read-only" in text:
        return Message("sqlite.readonly")
    if "disk is full" in text or "database or disk is full" in text:
        return Message("sqlite.full")
    if "not a database" in text or "malformed" in text:
        return Message("sqlite.damaged")
    if "locked" in text or "busy" in text:
        return Message("sqlite.locked")
    if "unable to open" in text:
        return Message("sqlite.cannot_open")
    return text
