"""Online backups (SQLite's backup API), their rotation, and recovery from a damaged file.

Backups are whole database files in ``<data dir>/backups``, named by time and reason, so a
person can also find and copy them by hand. A damaged database is never overwritten: it is
moved aside, with its WAL, before a backup takes its place.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

BACKUP_FOLDER = "backups"
DEFAULT_KEEP = 10
REASONS = {"start": "启动时", "finalise": "定稿前", "import": "导入前", "manual": "手动", "restore": "恢复前"}


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: datetime
    reason: str

    @property
    def label(self) -> str:
        return f"{self.taken_at:%Y-%m-%d %H:%M:%S}（{REASONS.get(self.reason, self.reason)}）"


def backup_folder(data_dir: Path) -> Path:
    return data_dir / BACKUP_FOLDER


def take(conn: sqlite3.Connection, folder: Path, reason: str, keep: int) -> Backup:
    """Copy the live database consistently (other readers may go on), then rotate."""
    folder.mkdir(parents=True, exist_ok=True)
    taken_at = datetime.now()
    name = f"tuoyu-{taken_at:%Y%m%d-%H%M%S-%f}-{reason}.db"
    partial = folder / f".{name}.partial"
    _remove_interrupted(folder)
    try:
        target = sqlite3.connect(partial)
        try:
            conn.backup(target)
        finally:
            target.close()
    except sqlite3.DatabaseError as exc:
        from tuoyu_desktop.store.db import _describe, path_too_long_for_sqlite

        with contextlib.suppress(OSError):
            partial.unlink()
        if "unable to open" in str(exc) and path_too_long_for_sqlite(partial):
            raise OSError(errno.ENAMETOOLONG, "path too long for SQLite", str(partial)) from exc
        raise sqlite3.OperationalError(_describe(exc)) from exc  # 磁盘空间已满, 只读 … for the user
    os.replace(partial, folder / name)
    rotate(folder, keep)
    return Backup(folder / name, taken_at, reason)


def _remove_interrupted(folder: Path) -> None:
    """Drop what an interrupted backup left (the program was killed mid-copy): never a backup."""
    for leftover in folder.glob(".tuoyu-*.db.partial*"):
        with contextlib.suppress(OSError):
            leftover.unlink()


def backups(folder: Path) -> list[Backup]:
    """Backups, newest first."""
    found = []
    for path in folder.glob("tuoyu-*.db") if folder.is_dir() else ():
        parts = path.stem.split("-")
        try:
            taken_at = datetime.strptime("-".join(parts[1:4]), "%Y%m%d-%H%M%S-%f")
        except ValueError:
            continue
        found.append(Backup(path, taken_at, "-".join(parts[4:]) or "manual"))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def rotate(folder: Path, keep: int) -> None:
    for old in backups(folder)[max(keep, 1):]:
        with contextlib.suppress(OSError):
            old.path.unlink()


def problem(path: Path) -> str | None:
    """Why ``path`` is not a usable database, or None when SQLite's quick check passes."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            result = conn.execute("PRAGMA quick_check").fetchone()[0]
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    return None if result == "ok" else result


def latest_good(folder: Path) -> Backup | None:
    return next((b for b in backups(folder) if problem(b.path) is None), None)


def put_in_place(database: Path, backup: Path, aside_suffix: str) -> Path | None:
    """Move ``database`` (and its WAL) aside, copy ``backup`` in; returns where the old file went."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    moved = None
    for suffix in ("", "-wal", "-shm"):
        current = Path(f"{database}{suffix}")
        if current.exists():
            aside = Path(f"{database}.{aside_suffix}-{stamp}{suffix}")
            os.replace(current, aside)
            moved = moved or aside
    partial = database.with_name(f".{database.name}.restoring")
    shutil.copyfile(backup, partial)
    os.replace(partial, database)
    return moved
