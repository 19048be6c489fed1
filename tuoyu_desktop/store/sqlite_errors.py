"""SQLite's errors told in the user's words, and the limits behind its vaguest ones."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

# SQLite's Unix file layer allows about 512 bytes for a file's full path (its "-journal" and
# "-wal" names included); a Chinese character takes 3 of them. Beyond that it says only
# "unable to open database file", which would send the user looking at permissions.
SQLITE_PATH_BYTES = 500
PATH_TOO_LONG = "文件夹路径过长（SQLite 数据文件的完整路径最多约 500 字节，一个汉字占 3 字节），请把数据文件夹放在较短的路径下"


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
        return "磁盘空间不足，无法写入（请清理磁盘后重试）"
    if "readonly" in text or "read-only" in text:
        return "文件或文件夹是只读的，无法写入"
    if "disk is full" in text or "database or disk is full" in text:
        return "磁盘空间已满"
    if "not a database" in text or "malformed" in text:
        return "文件已损坏或不是本程序的数据文件"
    if "locked" in text or "busy" in text:
        return "数据文件正被另一个程序占用"
    if "unable to open" in text:
        return "无法打开文件（请检查文件夹权限）"
    return text
