"""What keeps a save honest: the data file is still the one we opened, and we can tell later
whether what we confirmed is still in it.

- Before every write the store checks that the file at its path is the file it opened (same
  device and inode, still there). A database deleted or replaced behind the program's back
  would otherwise take confirmed saves into a file nobody will ever open again.
- After every write that appended to the audit trail, the sequence number and hash of the last
  entry go into a small file beside the database (``tuoyu.db.confirmed``), outside SQLite's WAL.
  At the next start, a database that lacks that entry has lost confirmed changes (a damaged
  WAL drops its tail silently), and the user is told.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from tuoyu_desktop.errors import TuoyuError

CONFIRMED_SUFFIX = ".confirmed"
CONFIRMED_WIDTH = 160  # a sequence number and a sha256: far less; padding covers any older record


class DatabaseGone(TuoyuError):
    """The data file was deleted or replaced while open; nothing was written. The open
    connection still holds every confirmed change, so the data can be saved back."""


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_dev, info.st_ino


class FileGuard:
    def __init__(self, path: Path):
        self.path = path
        self.identity = _identity(path)
        self.confirmed_file = path.with_name(path.name + CONFIRMED_SUFFIX)

    def reset(self) -> None:
        """The store opened the file at ``path`` anew."""
        self.identity = _identity(self.path)

    def check(self) -> None:
        """Raise ``DatabaseGone`` unless the file at ``path`` is the one we opened."""
        if self.identity is None:
            return  # an in-memory store (a reader of a folder with no data yet)
        now = _identity(self.path)
        if now == self.identity:
            return
        what = "已被删除" if now is None else "已被另一个文件替换"
        raise DatabaseGone(
            f"数据文件 {self.path} {what}：这次修改没有保存。请不要关闭程序，使用“保存回原处”把本次打开以来的全部数据"
            f"写回（被替换的文件会另存，不会删除）")

    def confirm(self, seq: int, digest: str) -> None:
        """Remember the last audit entry a write confirmed (best effort: a failure here must
        not turn a durable save into an error)."""
        # Overwritten in place at a fixed width, never truncated: truncating costs a
        # millisecond or two on some file systems, as much as the commit itself.
        record = f"{seq} {digest}".ljust(CONFIRMED_WIDTH).encode("ascii") + b"\n"
        with contextlib.suppress(OSError):
            fd = os.open(self.confirmed_file, os.O_WRONLY | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o644)
            try:
                os.write(fd, record)
            finally:
                os.close(fd)

    def confirmed(self) -> tuple[int, str] | None:
        try:
            seq, digest = self.confirmed_file.read_text(encoding="ascii").split()
            return int(seq), digest
        except (OSError, ValueError):
            return None
