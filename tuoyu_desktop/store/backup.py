"""Online backups (SQLite's backup API), their rotation, checks, and putting one in place.

Backups are whole database files in ``<data dir>/backups``, named by a sequence number, the
time and the reason (``tuoyu-n000012-20261128-103000-123456-manual.db``), so a person can find
and copy them by hand, and the newest is the one with the highest number even when the clock
was set back. A database is never overwritten and never left missing: a backup is copied and
checked beside it, then takes its place in one rename; the file it replaces is kept aside.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from tuoyu_desktop.messages import Joined, Message, text_of
from tuoyu_desktop.store.migrations import SCHEMA_VERSION
from tuoyu_desktop.store.sqlite_errors import describe as describe_sqlite_error
from tuoyu_desktop.store.sqlite_errors import path_too_long_for_sqlite

BACKUP_FOLDER = "backups"
DEFAULT_KEEP = 10
REASONS = {"start": "启动时", "finalise": "定稿前", "import": "导入前", "manual": "手动", "restore": "恢复前"}
ASIDE_KINDS = ("before-restore", "damaged", "replaced")
REQUIRED_TABLES = ("facilities", "form_snapshots", "assessments", "answers", "audit_log", "settings")
_NAME = re.compile(r"^tuoyu-(?:n(?P<seq>\d+)-)?(?P<time>\d{8}-\d{6}-\d{6})-(?P<reason>[\w-]+)\.db$")


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: datetime
    reason: str
    sequence: int = 0  # 0: named before sequence numbers were used

    @property
    def label(self) -> str:
        return f"{self.taken_at:%Y-%m-%d %H:%M:%S}（{REASONS.get(self.reason, self.reason)}）"


def backup_folder(data_dir: Path) -> Path:
    return data_dir / BACKUP_FOLDER


def take(conn: sqlite3.Connection, folder: Path, reason: str, keep: int) -> Backup:
    """Copy the live database consistently (other readers may go on), then rotate."""
    folder.mkdir(parents=True, exist_ok=True)
    taken_at = datetime.now()
    existing = backups(folder)
    sequence = max((b.sequence for b in existing), default=0) + 1
    name = f"tuoyu-n{sequence:06d}-{taken_at:%Y%m%d-%H%M%S-%f}-{reason}.db"
    partial = folder / f".{name}.partial"
    _remove_interrupted(folder)
    copy_database(conn, partial)
    os.replace(partial, folder / name)
    rotate(folder, keep)
    return Backup(folder / name, taken_at, reason, sequence)


def copy_database(conn: sqlite3.Connection, target: Path) -> None:
    """A consistent copy of an open database into ``target`` (removed again on failure).

    Raises ``OSError`` (a path too long) or ``sqlite3.OperationalError`` with a Chinese reason.
    """
    try:
        copy = sqlite3.connect(target)
        try:
            conn.backup(copy)
        finally:
            copy.close()
    except sqlite3.DatabaseError as exc:
        with contextlib.suppress(OSError):
            target.unlink()
        if "unable to open" in str(exc) and path_too_long_for_sqlite(target):
            raise OSError(errno.ENAMETOOLONG, "path too long for SQLite", str(target)) from exc
        raise sqlite3.OperationalError(describe_sqlite_error(exc, target)) from exc  # 磁盘空间已满, 只读 … for the user


def _remove_interrupted(folder: Path) -> None:
    """Drop what an interrupted backup left (the program was killed mid-copy): never a backup."""
    for leftover in folder.glob(".tuoyu-*.db.partial*"):
        with contextlib.suppress(OSError):
            leftover.unlink()


def backups(folder: Path) -> list[Backup]:
    """Backups, newest first: by sequence number, then (for old names without one) by time."""
    found = []
    for path in folder.glob("tuoyu-*.db") if folder.is_dir() else ():
        match = _NAME.match(path.name)
        if match is None:
            continue
        try:
            taken_at = datetime.strptime(match["time"], "%Y%m%d-%H%M%S-%f")
        except ValueError:
            continue
        found.append(Backup(path, taken_at, match["reason"], int(match["seq"] or 0)))
    return sorted(found, key=lambda b: (b.sequence, b.taken_at), reverse=True)


def rotate(folder: Path, keep: int) -> None:
    for old in backups(folder)[max(keep, 1):]:
        with contextlib.suppress(OSError):
            old.path.unlink()


def problem(path: Path) -> str | None:
    """Why ``path`` is not a usable database, or None when SQLite's quick check passes."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            result = conn.execute("PRAGMA quick_check").fetchone()[0]
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    return None if result == "ok" else result


def refusal(path: Path) -> str | None:
    """Why ``path`` cannot replace this program's data, or None when it can: a database of this
    program, of a schema version this program reads, intact, with an unbroken audit trail."""
    from tuoyu_desktop.store import audit

    try:
        size = path.stat().st_size
    except OSError as exc:
        from tuoyu_desktop.oserrors import describe

        return Message("backup.unreadable", detail=describe(exc))
    if size == 0:
        return Message("backup.empty")
    damage = problem(path)
    if damage is not None:
        return Message("backup.not_database")
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if version == 0 or not set(REQUIRED_TABLES) <= tables:
            return Message("backup.not_ours")
        if version > SCHEMA_VERSION:
            return Message("backup.newer", version=version, supported=SCHEMA_VERSION)
        if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            return Message("backup.incomplete")
        chain = audit.verify(conn)
        if not chain.ok:
            return Message("backup.audit", problems=Joined(chain.problems[:3], "；"))
    except sqlite3.DatabaseError as exc:
        return Message("backup.unreadable", detail=text_of(exc))
    finally:
        conn.close()
    return None


def latest_good(folder: Path) -> Backup | None:
    return next((b for b in backups(folder) if refusal(b.path) is None), None)


def move_aside(database: Path, kind: str) -> Path:
    """Move a database file (and its WAL) aside as ``tuoyu.db.<kind>-<time>``; returns the new name."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    aside = Path(f"{database}.{kind}-{stamp}")
    for suffix in ("", "-wal", "-shm"):
        current = Path(f"{database}{suffix}")
        if current.exists():
            os.replace(current, Path(f"{aside}{suffix}"))
    return aside


def set_aside(database: Path) -> list[Path]:
    """Files a restore, a recovery or a save-back kept aside, newest first."""
    found = [p for p in database.parent.glob(f"{database.name}.*-*")
             if any(p.name.startswith(f"{database.name}.{kind}-") for kind in ASIDE_KINDS)
             and not p.name.endswith(("-wal", "-shm"))]
    return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)


def stage(source: Path, database: Path) -> Path:
    """Copy ``source`` beside ``database`` and check the copy; returns the staged file.

    Raises ``OSError`` (no space …) or ``ValueError`` with the reason the copy is unusable;
    nothing is left behind either way.
    """
    staged = database.with_name(f".{database.name}.staging")
    try:
        shutil.copyfile(source, staged)
        with open(staged, "rb") as handle:
            os.fsync(handle.fileno())
        reason = refusal(staged)
        if reason is not None:
            raise ValueError(reason)
    except BaseException:
        with contextlib.suppress(OSError):
            staged.unlink()
        raise
    return staged


def put_in_place(database: Path, staged: Path) -> None:
    """Make ``staged`` the database in one rename. The caller has closed every connection of
    this program (so the WAL is empty) and kept the current file if it wanted it."""
    for suffix in ("-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(f"{database}{suffix}")
    os.replace(staged, database)
