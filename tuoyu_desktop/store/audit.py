"""The audit trail: an append-only, hash-chained log of every change.

Each entry records when, who, what (entity, id, field) and old → new, and carries
``hash = SHA-256(previous hash + entry)``. Triggers refuse UPDATE and DELETE on the table; if
someone edits the file behind the app's back anyway, :func:`verify` finds the changed or
deleted entry. The chain head goes into every exported report, so a report also pins the
history it came from.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any, Protocol


class Executor(Protocol):
    """A sqlite3 connection or a sqlite-utils Database: all this module needs is ``execute``."""

    def execute(self, sql: str, parameters: Any = ...) -> Any: ...

GENESIS = "0" * 64
TABLE = "audit_log"


def create(db: Executor) -> None:
    """The table and the triggers that keep it append-only (a migration step)."""
    db.execute(
        f"""CREATE TABLE {TABLE} (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            at TEXT NOT NULL, actor TEXT NOT NULL,
            entity TEXT NOT NULL, entity_id TEXT NOT NULL, field TEXT NOT NULL,
            old TEXT, new TEXT,
            prev_hash TEXT NOT NULL, hash TEXT NOT NULL)"""
    )
    db.execute(f"CREATE INDEX {TABLE}_entity ON {TABLE} (entity, entity_id)")
    for action in ("UPDATE", "DELETE"):
        db.execute(
            f"CREATE TRIGGER {TABLE}_no_{action.lower()} BEFORE {action} ON {TABLE} "
            f"BEGIN SELECT RAISE(ABORT, '审计记录只能追加，不能修改或删除'); END"
        )


def _encode(value: Any) -> str | None:
    if value is None or isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _entry_hash(prev_hash: str, seq: int, at: str, actor: str, entity: str, entity_id: str, field: str,
                old: str | None, new: str | None) -> str:
    body = json.dumps([seq, at, actor, entity, entity_id, field, old, new], ensure_ascii=False)
    return hashlib.sha256((prev_hash + body).encode("utf-8")).hexdigest()


def head(db: Executor) -> str:
    """The hash of the latest entry (the genesis value for an empty log)."""
    row = db.execute(f"SELECT hash FROM {TABLE} ORDER BY seq DESC LIMIT 1").fetchone()
    return row[0] if row else GENESIS


def append(db: Executor, *, at: str, actor: str, entity: str, entity_id: str, field: str,
           old: Any = None, new: Any = None) -> tuple[int, str]:
    """Add one entry (call inside the transaction that makes the change); returns its seq and hash."""
    last = db.execute(f"SELECT seq, hash FROM {TABLE} ORDER BY seq DESC LIMIT 1").fetchone()
    issued = db.execute("SELECT seq FROM sqlite_sequence WHERE name = ?", [TABLE]).fetchone()
    seq = max(last[0] if last else 0, issued[0] if issued else 0) + 1
    prev_hash = last[1] if last else GENESIS
    old_text, new_text = _encode(old), _encode(new)
    digest = _entry_hash(prev_hash, seq, at, actor, entity, entity_id, field, old_text, new_text)
    db.execute(
        f"INSERT INTO {TABLE} (seq, at, actor, entity, entity_id, field, old, new, prev_hash, hash)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [seq, at, actor, entity, entity_id, field, old_text, new_text, prev_hash, digest],
    )
    return seq, digest


def has_entry(db: Executor, seq: int, digest: str) -> bool:
    return db.execute(f"SELECT 1 FROM {TABLE} WHERE seq = ? AND hash = ?", [seq, digest]).fetchone() is not None


def has_hash(db: Executor, digest: str) -> bool:
    """Whether some entry of the chain (or its empty start) has this hash."""
    if digest == GENESIS:
        return True
    return db.execute(f"SELECT 1 FROM {TABLE} WHERE hash = ?", [digest]).fetchone() is not None


def last_seq(db: Executor) -> int:
    row = db.execute(f"SELECT max(seq) FROM {TABLE}").fetchone()
    return int(row[0] or 0)


@dataclass(frozen=True)
class AuditCheck:
    entries: int
    head: str
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


def verify(db: Executor) -> AuditCheck:
    """Walk the chain: name every entry that was changed, and every gap where entries were deleted."""
    problems: list[str] = []
    expected_prev, expected_seq, count = GENESIS, 1, 0
    rows = db.execute(
        f"SELECT seq, at, actor, entity, entity_id, field, old, new, prev_hash, hash FROM {TABLE} ORDER BY seq"
    )
    for seq, at, actor, entity, entity_id, field, old, new, prev_hash, digest in rows:
        count += 1
        if seq != expected_seq:
            missing = f"第 {expected_seq} 条" if seq == expected_seq + 1 else f"第 {expected_seq}–{seq - 1} 条"
            problems.append(f"{missing}审计记录被删除")
        elif prev_hash != expected_prev:
            problems.append(f"第 {seq} 条审计记录之前的链条断开（前一条被改动或删除）")
        if _entry_hash(prev_hash, seq, at, actor, entity, entity_id, field, old, new) != digest:
            problems.append(f"第 {seq} 条审计记录（{at}，{entity} {entity_id} {field}）被改动")
        expected_prev, expected_seq = digest, seq + 1
    issued = db.execute("SELECT seq FROM sqlite_sequence WHERE name = ?", [TABLE]).fetchone()
    if issued and issued[0] >= expected_seq:
        problems.append(f"最后的第 {expected_seq}–{issued[0]} 条审计记录被删除")
    return AuditCheck(entries=count, head=expected_prev, problems=tuple(problems))


def history(db: Executor, entity: str, entity_id: str) -> list[dict[str, Any]]:
    """The entries for one thing, oldest first."""
    cursor = db.execute(
        f"SELECT seq, at, actor, field, old, new FROM {TABLE} WHERE entity = ? AND entity_id = ? ORDER BY seq",
        [entity, entity_id],
    )
    columns = [d[0] for d in cursor.description]
    return [dict(zip(columns, row, strict=True)) for row in cursor]
