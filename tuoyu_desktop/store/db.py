"""The app's SQLite file: opening it safely, migrating it, reading and writing rows.

Every write is its own transaction and is durable when the call returns (WAL with
``synchronous=FULL``), so what the UI reports as saved survives a crash or power cut.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import sqlite3
import time
import uuid
from collections.abc import Iterator, Sequence
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tuoyu_desktop.errors import NotFound, TuoyuError
from tuoyu_desktop.facility import FacilityProfile
from tuoyu_desktop.forms.model import Form
from tuoyu_desktop.messages import Message
from tuoyu_desktop.oserrors import describe as describe_os_error
from tuoyu_desktop.records import DRAFT, FINALISED, Answer, AssessmentRow, now
from tuoyu_desktop.store import audit
from tuoyu_desktop.store.city import CityRows
from tuoyu_desktop.store.desk import DeskRows
from tuoyu_desktop.store.evidence import EvidenceRows
from tuoyu_desktop.store.guard import FileGuard
from tuoyu_desktop.store.inspections import InspectionRows
from tuoyu_desktop.store.migrations import MIGRATIONS, SCHEMA_VERSION
from tuoyu_desktop.store.rectifications import RectificationRows
from tuoyu_desktop.store.sqlite_errors import PATH_TOO_LONG, path_too_long_for_sqlite
from tuoyu_desktop.store.sqlite_errors import describe as describe_sqlite_error
from tuoyu_desktop.store.surveys import SurveyRows

if TYPE_CHECKING:
    import sqlite_utils

DB_FILENAME = "tuoyu.db"


class StoreError(TuoyuError):
    """The data file cannot be opened or written; the message is for the user."""


class DatabaseDamaged(StoreError):
    """The database file is damaged or not a database; a backup can take its place."""

    def __init__(self, message: str, path: Path):
        super().__init__(message)
        self.path = path




class Store:
    """One open data file. Create with :meth:`open`.

    Every change is written together with its audit entry, in one transaction.
    """

    CHECKPOINT_SECONDS = 120  # keep the WAL short: a damaged WAL loses at most this much

    def __init__(self, conn: sqlite3.Connection, path: Path, read_only: bool = False):
        self.conn = conn
        self.path = path
        self.read_only = read_only
        self.actor = _login_name()
        self.guard = FileGuard(path)
        self._appended: tuple[int, str] | None = None
        # A write checkpoints the WAL once it is due, unless the caller does it while idle (the GUI:
        # a checkpoint costs 2–40 ms, which would land on one answer in every couple of minutes).
        self.checkpoint_in_writes = True
        self._checkpointed = time.monotonic()
        self._batch: dict[str, Any] | None = None  # see batch()
        self.inspections = InspectionRows(self)
        self.evidence = EvidenceRows(self)
        self.rectifications = RectificationRows(self)
        self.desk = DeskRows(self)
        self.city = CityRows(self)
        self.surveys = SurveyRows(self)

    @cached_property
    def db(self) -> sqlite_utils.Database:
        """sqlite-utils over the same connection, for schema changes and table writes.

        Imported on first use: with its plugins it costs ~0.15 s, which reading the data for
        the first window does not need.
        """
        import sqlite_utils

        return sqlite_utils.Database(self.conn)

    def _query(self, sql: str, params: list | tuple = ()) -> list[dict]:
        cursor = self.conn.execute(sql, params)
        columns = [d[0] for d in cursor.description]
        return [dict(zip(columns, row, strict=True)) for row in cursor]

    def _audit(self, db: sqlite_utils.Database | sqlite3.Connection, entity: str, entity_id: Any, field: str,
               old: Any = None, new: Any = None, at: str | None = None) -> None:
        self._appended = audit.append(db, at=at or now(), actor=self.actor, entity=entity,
                                      entity_id=str(entity_id), field=field, old=old, new=new)

    def record_event(self, entity: str, entity_id: Any, field: str, old: Any = None, new: Any = None) -> None:
        """Audit a change that lives outside the database (a form file installed, …)."""
        self._write(lambda db: self._audit(db, entity, entity_id, field, old, new))

    def audit_head(self) -> str:
        return audit.head(self.conn)

    def audit_position(self) -> tuple[int, str]:
        """The sequence number and hash of the latest audit entry ((0, genesis) when empty)."""
        row = self.conn.execute(f"SELECT seq, hash FROM {audit.TABLE} ORDER BY seq DESC LIMIT 1").fetchone()
        return (row[0], row[1]) if row else (0, audit.GENESIS)

    def audit_hash_at(self, seq: int) -> str | None:
        row = self.conn.execute(f"SELECT hash FROM {audit.TABLE} WHERE seq = ?", [seq]).fetchone()
        return row[0] if row else (audit.GENESIS if seq == 0 else None)

    def last_change(self, assessment_id: str) -> int:
        """The sequence number of the last audit entry about an assessment or one of its answers
        (every change of either is audited): equal numbers mean an unchanged assessment."""
        answers = self.conn.execute(
            f"SELECT max(seq) FROM {audit.TABLE} WHERE entity = 'answer' AND entity_id >= ? AND entity_id < ?",
            [assessment_id + "/", assessment_id + "0"]).fetchone()[0]  # "0" sorts right after "/"
        itself = self.conn.execute(
            f"SELECT max(seq) FROM {audit.TABLE} WHERE entity = 'assessment' AND entity_id = ?",
            [assessment_id]).fetchone()[0]
        return max(answers or 0, itself or 0)

    def log_export(self, report_id: str, audit_head: str, file_name: str) -> None:
        """Remember the chain head a report carries (no audit entry: exporting changes no data)."""
        if self.read_only:
            return  # a reading command: the report itself carries the head
        self._write(lambda conn: conn.execute(
            "INSERT INTO export_log (report_id, audit_head, file_name, exported_at) VALUES (?, ?, ?, ?)",
            [report_id, audit_head, file_name, now()]), table_api=False)

    def exported_heads(self) -> list[dict]:
        return self._query("SELECT report_id, audit_head, file_name, exported_at FROM export_log ORDER BY id")

    def chain_has_head(self, digest: str) -> bool:
        return audit.has_hash(self.conn, digest)

    def verify_audit(self) -> audit.AuditCheck:
        return audit.verify(self.conn)

    def history(self, entity: str, entity_id: Any) -> list[dict]:
        return audit.history(self.conn, entity, str(entity_id))

    @classmethod
    def open(cls, path: Path, check: bool = False) -> Store:
        """Open (creating if needed) and migrate the database at ``path``.

        With ``check``, SQLite's quick check runs first: a damaged file raises
        ``DatabaseDamaged`` before anything is written to it.
        """
        with _opening(path):
            store = cls(_connect(path, check), path)
            try:
                store._migrate()
            except BaseException:
                store.close()
                raise
        return store

    @classmethod
    def open_reader(cls, path: Path) -> Store:
        """Open for reading only: never creates, writes or migrates the file.

        A folder with no data file yet reads as empty (an in-memory database); a file of an
        older schema is read through an in-memory copy brought up to date; a read-only
        folder is read as it is.
        """
        with _opening(path):
            if not path.exists():
                memory = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
                store = cls(memory, path, read_only=True)
                store._migrate()
                return store
            conn = _connect_read_only(path)
            store = cls(conn, path, read_only=True)
            if store.schema_version > SCHEMA_VERSION:
                store._migrate()  # raises: made by a newer program
            if store.schema_version < SCHEMA_VERSION:
                memory = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
                conn.backup(memory)
                conn.close()
                store.conn = memory
                store._migrate()
            return store

    def reconnect(self, check: bool = True) -> None:
        """Open the file at ``path`` again (after a restore put another file there).

        The same Store object goes on serving every service that holds it.
        """
        with contextlib.suppress(sqlite3.Error):
            self.conn.close()
        with _opening(self.path):
            self.conn = _connect(self.path, check)
            self.__dict__.pop("db", None)  # the cached sqlite-utils view of the old connection
            self._migrate()
        self.guard.reset()

    @property
    def checkpoint_due(self) -> bool:
        """The WAL has not been emptied for :attr:`CHECKPOINT_SECONDS`."""
        return time.monotonic() - self._checkpointed > self.CHECKPOINT_SECONDS

    def checkpoint(self) -> None:
        """Move what the WAL holds into the database file and empty the WAL."""
        if self.read_only:
            return
        with contextlib.suppress(sqlite3.Error):
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self._checkpointed = time.monotonic()

    def lost_changes(self) -> str | None:
        """Why confirmed changes are missing from the file (a damaged WAL), or None."""
        confirmed = self.guard.confirmed()
        if confirmed is None or audit.has_entry(self.conn, *confirmed):
            return None
        seq, _digest = confirmed
        have = audit.last_seq(self.conn)
        if have < seq:
            return Message("store.lost_changes", count=seq - have, first=have + 1, last=seq)
        return Message("store.entry_differs", seq=seq)

    def save_back(self) -> Path | None:
        """After ``DatabaseGone``: write everything this connection holds back to ``path``.

        A file that replaced ours is moved aside first (returned), never overwritten.
        """
        from tuoyu_desktop.store.backup import move_aside

        aside = move_aside(self.path, "replaced") if self.path.exists() else None
        partial = self.path.with_name(f".{self.path.name}.saving-back")
        try:
            target = sqlite3.connect(str(partial))
            try:
                self.conn.backup(target)
            finally:
                target.close()
            os.replace(partial, self.path)
        except (OSError, sqlite3.Error) as exc:
            with contextlib.suppress(OSError):
                partial.unlink()
            detail = describe_os_error(exc) if isinstance(exc, OSError) else describe_sqlite_error(exc)
            raise StoreError(Message("store.save_back", path=self.path, detail=detail)) from exc
        self.reconnect(check=True)
        return aside

    def close(self) -> None:
        self.conn.close()

    def _migrate(self) -> None:
        version = self.schema_version
        if version > SCHEMA_VERSION:
            raise StoreError(
                Message("store.newer", version=version, supported=SCHEMA_VERSION)
            )
        for number in range(version, SCHEMA_VERSION):
            with self.db.atomic():
                MIGRATIONS[number](self.db)
                self.db.execute(f"PRAGMA user_version = {number + 1}")

    @property
    def schema_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]


    def _write(self, statements, table_api: bool = True):
        """Run ``statements(db)`` in one transaction, turning disk errors into StoreError.

        ``db`` is the sqlite-utils Database, or with ``table_api=False`` the bare connection
        (for the hot path of saving an answer, which needs only SQL).
        """
        self.guard.check()
        conn = self.conn
        self._appended = None
        if self._batch is not None:
            return self._write_in_batch(statements, table_api)
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                result = statements(self.db if table_api else conn)
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
        except sqlite3.DatabaseError as exc:
            raise StoreError(Message("store.save_failed", detail=describe_sqlite_error(exc, self.path))) from exc
        if self._appended is not None:
            self.guard.confirm(*self._appended)
        if self.checkpoint_in_writes and self.checkpoint_due:
            self.checkpoint()
        return result

    @contextlib.contextmanager
    def batch(self, every: int = 50) -> Iterator[None]:
        """Group the writes made inside into transactions of ``every`` writes (a batch intake:
        one commit, one fsync, per ``every`` reports instead of per report). Each write stays
        all or nothing on its own (a savepoint); what was written is committed when the block
        ends, also when it ends with an exception. The guard confirms at each commit."""
        if self._batch is not None:
            yield
            return
        self._batch = {"writes": 0, "every": max(every, 1), "appended": None}
        try:
            yield
        finally:
            self._commit_batch()
            self._batch = None

    def _commit_batch(self) -> None:
        batch = self._batch
        if batch is None or not self.conn.in_transaction:
            return
        try:
            self.conn.execute("COMMIT")
        except sqlite3.DatabaseError as exc:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise StoreError(Message("store.save_failed", detail=describe_sqlite_error(exc, self.path))) from exc
        if batch["appended"] is not None:
            self.guard.confirm(*batch["appended"])
            batch["appended"] = None

    def _write_in_batch(self, statements, table_api: bool):
        assert self._batch is not None
        conn = self.conn
        try:
            if not conn.in_transaction:
                conn.execute("BEGIN IMMEDIATE")
            conn.execute("SAVEPOINT batch_write")
            try:
                result = statements(self.db if table_api else conn)
                conn.execute("RELEASE batch_write")
            except BaseException:
                conn.execute("ROLLBACK TO batch_write")
                conn.execute("RELEASE batch_write")
                raise
        except sqlite3.DatabaseError as exc:
            raise StoreError(Message("store.save_failed", detail=describe_sqlite_error(exc, self.path))) from exc
        if self._appended is not None:
            self._batch["appended"] = self._appended
        self._batch["writes"] += 1
        if self._batch["writes"] % self._batch["every"] == 0:
            self._commit_batch()
        return result

    # -- facilities ---------------------------------------------------------------------
    def own_facility(self) -> tuple[int, FacilityProfile] | None:
        row = self.conn.execute("SELECT id, profile FROM facilities WHERE is_own = 1 ORDER BY id LIMIT 1").fetchone()
        if row is None:
            return None
        return row[0], FacilityProfile.from_dict(json.loads(row[1]))

    def facility(self, facility_id: int) -> FacilityProfile:
        row = self.conn.execute("SELECT profile FROM facilities WHERE id = ?", [facility_id]).fetchone()
        if row is None:
            raise NotFound(Message("store.no_facility", id=facility_id))
        return FacilityProfile.from_dict(json.loads(row[0]))

    def save_facility(self, profile: FacilityProfile, facility_id: int | None = None, own: bool = True) -> int:
        record: dict[str, Any] = {
            "name": profile.name.strip(),
            "credit_code": profile.credit_code.strip().upper(),
            "is_own": int(own),
            "profile": json.dumps(profile.to_dict(), ensure_ascii=False),
            "updated_at": now(),
        }

        def write(db: sqlite_utils.Database) -> int:
            new = profile.to_dict()
            if facility_id is None:
                created = db.table("facilities").insert({**record, "created_at": record["updated_at"]}).last_pk
                assert isinstance(created, int)
                self._audit(db, "facility", created, "created", None, new, record["updated_at"])
                return created
            old = json.loads(db.table("facilities").get(facility_id)["profile"])
            db.table("facilities").update(facility_id, record)
            for key in sorted(set(old) | set(new)):
                if old.get(key) != new.get(key):
                    self._audit(db, "facility", facility_id, key, old.get(key), new.get(key), record["updated_at"])
            return facility_id

        return self._write(write)

    # -- forms --------------------------------------------------------------------------
    def keep_form_snapshot(self, form: Form) -> None:
        self._write(
            lambda db: db.table("form_snapshots").insert(
                {
                    "hash": form.content_hash,
                    "form_id": form.id,
                    "version": form.version,
                    "title": form.title,
                    "snapshot": form.snapshot,
                    "stored_at": now(),
                },
                ignore=True,
            )
        )

    def form_snapshot_rows(self) -> list[dict]:
        return self._query("SELECT * FROM form_snapshots")

    def form_titles(self) -> dict[str, str]:
        """Each pinned form's title by content hash, without reading the snapshots."""
        return dict(self.conn.execute("SELECT hash, title FROM form_snapshots").fetchall())

    def form_snapshot(self, content_hash: str) -> str:
        row = self.conn.execute("SELECT snapshot FROM form_snapshots WHERE hash = ?", [content_hash]).fetchone()
        if row is None:
            raise NotFound(Message("store.no_snapshot", hash=content_hash[:12]))
        return row[0]

    # -- assessments --------------------------------------------------------------------
    def create_assessment(self, facility_id: int, form: Form, period: str) -> str:
        self.keep_form_snapshot(form)
        stamp = now()
        assessment_id = uuid.uuid4().hex
        record = {
            "id": assessment_id,
            "facility_id": facility_id,
            "form_id": form.id,
            "form_version": form.version,
            "form_hash": form.content_hash,
            "period": period.strip(),
            "status": DRAFT,
            "created_at": stamp,
            "updated_at": stamp,
        }

        def write(db: sqlite_utils.Database) -> None:
            db.table("assessments").insert(record)
            self._audit(db, "assessment", assessment_id, "created", None,
                        {"form": f"{form.id} {form.version}", "period": record["period"]}, stamp)

        self._write(write)
        return assessment_id

    def assessment(self, assessment_id: str) -> AssessmentRow:
        rows = self._query("SELECT * FROM assessments WHERE id = ?", [assessment_id])
        if not rows:
            raise NotFound(Message("store.no_assessment", id=assessment_id))
        return AssessmentRow(**rows[0])

    def assessments(self, facility_id: int | None = None) -> list[AssessmentRow]:
        where, args = ("WHERE facility_id = ?", [facility_id]) if facility_id is not None else ("", [])
        rows = self._query(f"SELECT * FROM assessments {where} ORDER BY created_at DESC, rowid DESC", args)
        return [AssessmentRow(**row) for row in rows]

    def finalise_assessment(self, assessment_id: str, frozen: str, finalised_at: str) -> None:
        def write(db: sqlite_utils.Database) -> None:
            db.table("assessments").update(
                assessment_id,
                {"status": FINALISED, "finalised_at": finalised_at, "frozen": frozen, "updated_at": finalised_at},
            )
            self._audit(db, "assessment", assessment_id, "status", DRAFT, FINALISED, finalised_at)

        self._write(write)

    def reopen_assessment(self, assessment_id: str, reason: str) -> int:
        """Start the next revision of a finalised assessment; returns its number."""
        stamp = now()
        revision = self.assessment(assessment_id).revision + 1

        def write(db: sqlite_utils.Database) -> None:
            db.table("assessment_revisions").insert(
                {"assessment_id": assessment_id, "revision": revision, "reason": reason, "created_at": stamp}
            )
            db.table("assessments").update(
                assessment_id,
                {"status": DRAFT, "revision": revision, "finalised_at": None, "frozen": None, "updated_at": stamp},
            )
            self._audit(db, "assessment", assessment_id, "revision", revision - 1, {"revision": revision, "reason": reason}, stamp)

        self._write(write)
        return revision

    def revisions(self, assessment_id: str) -> list[dict]:
        return self._query("SELECT * FROM assessment_revisions WHERE assessment_id = ? ORDER BY revision", [assessment_id])

    def delete_assessment(self, assessment_id: str) -> None:
        def write(db: sqlite_utils.Database) -> None:
            row = db.table("assessments").get(assessment_id)
            self._audit(db, "assessment", assessment_id, "deleted", {"period": row["period"], "form": row["form_id"]}, None)
            db.execute("DELETE FROM answers WHERE assessment_id = ?", [assessment_id])
            db.execute("DELETE FROM assessment_revisions WHERE assessment_id = ?", [assessment_id])
            db.execute("DELETE FROM assessments WHERE id = ?", [assessment_id])

        self._write(write)

    # -- answers ------------------------------------------------------------------------
    def answers(self, assessment_id: str) -> dict[str, Answer]:
        rows = self.conn.execute(
            "SELECT item_id, value, na, na_reason, comment FROM answers WHERE assessment_id = ?", [assessment_id]
        )
        return {
            item_id: Answer(value=value, na=bool(na), na_reason=na_reason or "", comment=comment or "")
            for item_id, value, na, na_reason, comment in rows
        }

    def set_answer(self, assessment_id: str, item_id: str, answer: Answer) -> str:
        """Store one answer durably; returns the time it was saved."""
        stamp = now()

        def write(db: sqlite3.Connection) -> None:
            old = db.execute(
                "SELECT value, na, na_reason, comment FROM answers WHERE assessment_id = ? AND item_id = ?",
                [assessment_id, item_id],
            ).fetchone()
            db.execute(
                "INSERT OR REPLACE INTO answers (assessment_id, item_id, value, na, na_reason, comment, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                [assessment_id, item_id, answer.value, int(answer.na), answer.na_reason, answer.comment, stamp],
            )
            db.execute("UPDATE assessments SET updated_at = ? WHERE id = ?", [stamp, assessment_id])
            new = [answer.value, int(answer.na), answer.na_reason, answer.comment]
            if old is None or list(old) != new:
                self._audit(db, "answer", f"{assessment_id}/{item_id}", "answer",
                            _answer_record(old) if old else None, _answer_record(new), stamp)

        self._write(write, table_api=False)
        return stamp


    # -- trust store --------------------------------------------------------------------
    def trusted_certificates(self) -> list[dict]:
        return self._query("SELECT * FROM trusted_certificates ORDER BY name")

    def trust_certificate(self, fingerprint: str, name: str, kind: str, pem: str) -> None:
        def write(db: sqlite_utils.Database) -> None:
            db.table("trusted_certificates").upsert(
                {"fingerprint": fingerprint, "name": name, "kind": kind, "pem": pem, "added_at": now()}, pk="fingerprint"
            )
            self._audit(db, "trust", fingerprint, "added", None, {"name": name, "kind": kind})

        self._write(write)

    def forget_certificate(self, fingerprint: str) -> None:
        def write(db: sqlite_utils.Database) -> None:
            if db.execute("DELETE FROM trusted_certificates WHERE fingerprint = ?", [fingerprint]).rowcount:
                self._audit(db, "trust", fingerprint, "removed")

        self._write(write)

    # -- reports received from others ----------------------------------------------------
    def received_versions(self, report_id: str) -> list[dict]:
        """Every stored copy of one report id (accepted, waiting or in conflict), oldest first."""
        return self._query("SELECT * FROM received_reports WHERE report_id = ? ORDER BY id", [report_id])

    def received_reports(self, states: Sequence[str] = ()) -> list[dict]:
        where = f"WHERE state IN ({', '.join('?' for _ in states)})" if states else ""
        return self._query(f"SELECT * FROM received_reports {where} ORDER BY received_at DESC, id DESC", list(states))

    def store_received_report(self, record: dict, rectifications: list[dict] | None = None,
                              conflicting: Sequence[int] = ()) -> None:
        """Keep a received report, and the rectification items its findings become, in one
        transaction; ``conflicting`` rows (the same id, other content) are marked as conflicts."""
        stamp = now()

        def write(db: sqlite_utils.Database) -> None:
            db.table("received_reports").insert({**record, "received_at": stamp})
            detail = {"facility": record["facility_name"], "sha256": record["file_sha256"], "state": record["state"]}
            if rectifications is not None:
                detail["findings"] = len(rectifications)
            self._audit(db, "received_report", record["report_id"], "imported", None, detail, stamp)
            for row_id in conflicting:
                db.execute("UPDATE received_reports SET state = 'conflict' WHERE id = ? AND state != 'conflict'", [row_id])
            if rectifications:
                self.rectifications.insert_many(db, rectifications)

        self._write(write)

    def accept_received(self, row_id: int, signers: str, rectifications: list[dict] | None = None) -> None:
        """A report kept as 待核实身份 whose signers are now trusted: accepted, in one transaction."""
        def write(db: sqlite_utils.Database) -> None:
            row = db.table("received_reports").get(row_id)
            db.table("received_reports").update(row_id, {"state": "accepted", "signers": signers})
            self._audit(db, "received_report", row["report_id"], "state", row["state"], "accepted")
            if rectifications:
                self.rectifications.insert_many(db, rectifications)

        self._write(write)

    # -- settings kept with the data ----------------------------------------------------
    def setting(self, key: str, default: str) -> str:
        stored = self._stored_setting(key)
        return default if stored is None else stored

    def _stored_setting(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return None if row is None else str(row[0])

    def set_setting(self, key: str, value: str) -> None:
        def write(db: sqlite_utils.Database) -> None:
            old = self._stored_setting(key)
            db.table("settings").upsert({"key": key, "value": value}, pk="key")
            if old != value:
                self._audit(db, "setting", key, "value", old, value)

        self._write(write)


def _answer_record(row) -> dict:
    value, na, na_reason, comment = row
    return {"value": value, "na": bool(na), "na_reason": na_reason or "", "comment": comment or ""}


@contextlib.contextmanager
def _opening(path: Path) -> Iterator[None]:
    """Turn what can go wrong while opening a data file into a StoreError for the user."""
    try:
        yield
    except sqlite3.DatabaseError as exc:
        detail = describe_sqlite_error(exc)
        if "unable to open" in str(exc) and path_too_long_for_sqlite(path):
            detail = PATH_TOO_LONG
        message = Message("store.cannot_open", path=path, detail=detail)
        if "not a database" in str(exc) or "malformed" in str(exc):
            raise DatabaseDamaged(message, path) from exc
        raise StoreError(message) from exc
    except OSError as exc:
        raise StoreError(Message("store.cannot_create", path=path.parent, detail=describe_os_error(exc))) from exc


def _connect(path: Path, check: bool) -> sqlite3.Connection:
    """A connection to ``path`` (created if missing) with WAL and full sync; with ``check``,
    SQLite's quick check runs first so a damaged file is found before anything is written."""
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        if check and path.stat().st_size:
            result = conn.execute("PRAGMA quick_check").fetchone()[0]
            if result != "ok":
                raise sqlite3.DatabaseError(f"database disk image is malformed: {result}")
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA busy_timeout=5000")
    except BaseException:
        conn.close()
        raise
    return conn


def _connect_read_only(path: Path) -> sqlite3.Connection:
    """Read without writing anything; in a read-only folder SQLite cannot make the WAL's
    shared-memory file, so the file is then read as immutable (what it holds is all there is)."""
    uri = path.resolve().as_uri()
    try:
        conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, isolation_level=None, check_same_thread=False)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError:
        wal = Path(f"{path}-wal")
        if wal.exists() and wal.stat().st_size:
            raise StoreError(
                Message("store.read_only_wal", folder=path.parent, wal=wal.name)) from None
        return sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True, isolation_level=None,
                               check_same_thread=False)


def _login_name() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name in this environment (some services, containers)
        return "unknown"
