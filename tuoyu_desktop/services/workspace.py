"""The workspace: one data directory with its database and forms, and the use cases on them.

Nothing here imports Qt. Report rendering and signing (reportlab, pyHanko) are imported only
when exporting, signing or verifying, so that starting the app stays fast.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import sqlite3
from dataclasses import replace
from pathlib import Path

from tuoyu_desktop import paths
from tuoyu_desktop.facility import FacilityProfile
from tuoyu_desktop.forms import Form, FormEntry, FormError, FormLibrary, form_from_snapshot, load_form
from tuoyu_desktop.forms.loader import write_form_yaml
from tuoyu_desktop.forms.versions import version_conflicts
from tuoyu_desktop.oserrors import describe as describe_os_error
from tuoyu_desktop.records import AssessmentRow
from tuoyu_desktop.services.demo import demo_answer, demo_profile
from tuoyu_desktop.services.errors import NotReady, ProfileInvalid
from tuoyu_desktop.services.evidence import EvidenceMixin
from tuoyu_desktop.services.inspections import InspectionsMixin
from tuoyu_desktop.services.rectifications import RectificationsMixin
from tuoyu_desktop.services.reports import ReportsMixin
from tuoyu_desktop.services.session import AssessmentSession, AssessmentSummary
from tuoyu_desktop.store import Store, StoreError, backup
from tuoyu_desktop.store.db import DB_FILENAME
from tuoyu_desktop.store.lock import WriterLock

DEFAULT_FORM_ID = "wst821-2023"


def prepare_data_dir(data_dir: str | os.PathLike[str] | None) -> Path:
    """The data directory, created private to the user if new; StoreError if unusable."""
    directory = paths.resolve_data_dir(data_dir)
    try:
        directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"无法创建数据文件夹 {directory}：{describe_os_error(exc)}") from exc
    if not os.access(directory, os.W_OK):
        raise StoreError(f"数据文件夹 {directory} 不可写入，请检查权限或用 --data-dir 指定其他文件夹")
    return directory


def recover_damaged(data_dir: str | os.PathLike[str] | None) -> tuple[backup.Backup, Path | None]:
    """Put the newest good backup in place of a damaged database, keeping the damaged file aside.

    Raises ``StoreError`` when no usable backup exists (the damaged file is left untouched).
    """
    directory = prepare_data_dir(data_dir)
    lock = WriterLock(directory).acquire()
    try:
        good = backup.latest_good(backup.backup_folder(directory))
        if good is None:
            raise StoreError("没有可用的备份：损坏的数据文件保持原样，请联系技术支持")
        aside = backup.put_in_place(directory / DB_FILENAME, good.path, "damaged")
        return good, aside
    finally:
        lock.release()


class Workspace(InspectionsMixin, RectificationsMixin, EvidenceMixin, ReportsMixin):
    """Everything in one data directory: the database, the installed forms, exports."""

    def __init__(self, data_dir: Path, store: Store, library: FormLibrary, lock: WriterLock | None = None):
        self.data_dir = data_dir
        self.store = store
        self.library = library
        self._lock = lock
        self._pinned_forms: dict[str, Form] = {}  # content hash → form, parsed once

    def pinned_form(self, row: AssessmentRow) -> Form:
        """The exact form an assessment was started with, from its snapshot."""
        if row.form_hash not in self._pinned_forms:
            snapshot = self.store.form_snapshot(row.form_hash)
            self._pinned_forms[row.form_hash] = form_from_snapshot(snapshot, f"{row.form_id} {row.form_version}")
        return self._pinned_forms[row.form_hash]

    @classmethod
    def open(cls, data_dir: str | os.PathLike[str] | None = None, writer: bool = True) -> "Workspace":
        """Open the data directory (``--data-dir``, ``TUOYU_DATA_DIR`` or the per-user one).

        A ``writer`` holds the directory's lock while open: a second writer is refused with
        ``DataDirBusy``; readers (listing, exporting, verifying) may open it alongside. Raises
        ``StoreError`` (``DatabaseDamaged`` for a damaged file) with a message for the user.
        """
        directory = prepare_data_dir(data_dir)
        lock = WriterLock(directory).acquire() if writer else None
        try:
            store = Store.open(directory / DB_FILENAME, check=writer)
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        return cls(directory, store, FormLibrary([paths.bundled_forms_dir(), directory / "forms"]), lock)

    def close(self) -> None:
        """Close the database and release the writer lock (safe to call twice)."""
        self.store.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    # -- backups ------------------------------------------------------------------------
    def backup(self, reason: str = "manual") -> backup.Backup:
        """An online backup now, keeping the newest ``backup_keep`` (a setting, default 10)."""
        keep = int(self.store.setting("backup_keep", str(backup.DEFAULT_KEEP)))
        try:
            return backup.take(self.store.db.conn, backup.backup_folder(self.data_dir), reason, keep)
        except (OSError, sqlite3.DatabaseError) as exc:
            detail = describe_os_error(exc) if isinstance(exc, OSError) else str(exc)
            raise StoreError(f"备份失败：{detail}") from exc

    def backups(self) -> list[backup.Backup]:
        return backup.backups(backup.backup_folder(self.data_dir))

    def set_backup_keep(self, keep: int) -> None:
        if keep < 1:
            raise ValueError("至少保留 1 个备份")
        self.store.set_setting("backup_keep", str(keep))
        backup.rotate(backup.backup_folder(self.data_dir), keep)

    def restore(self, source: Path) -> Path | None:
        """Replace the database with a backup; the current file is kept aside. Reopens the store."""
        problem = backup.problem(source)
        if problem is not None:
            raise StoreError(f"备份文件 {source.name} 不可用：{problem}")
        database = self.store.path
        staged = database.with_name(f".{database.name}.restore")
        shutil.copyfile(source, staged)  # first: the backup below may rotate ``source`` away
        try:
            self.backup("restore")
            self.store.close()
            aside = backup.put_in_place(database, staged, "before-restore")
        finally:
            staged.unlink(missing_ok=True)
        self.store = Store.open(database, check=True)
        self._pinned_forms.clear()
        return aside

    # -- facility -----------------------------------------------------------------------
    def facility(self) -> tuple[int, FacilityProfile] | None:
        """The facility this installation belongs to, or None before first setup."""
        return self.store.own_facility()

    def save_facility(self, profile: FacilityProfile) -> int:
        problems = profile.problems()
        if problems:
            raise ProfileInvalid(problems)
        profile.credit_code = profile.credit_code.strip().upper()
        current = self.facility()
        return self.store.save_facility(profile, current[0] if current else None)

    # -- forms --------------------------------------------------------------------------
    def form_entries(self) -> list[FormEntry]:
        """Every form file, usable or not; a version that breaks an earlier one is not usable."""
        stored = self.stored_forms()
        entries = []
        for entry in self.library.entries:
            problems = version_conflicts(entry.form, stored) if entry.form is not None else []
            entries.append(FormEntry(entry.path, None, tuple(problems)) if problems else entry)
        return entries

    def stored_forms(self) -> list[Form]:
        """Every form version assessments were started with."""
        forms = []
        for row in self.store.form_snapshot_rows():
            if row["hash"] not in self._pinned_forms:
                self._pinned_forms[row["hash"]] = form_from_snapshot(row["snapshot"], f"{row['form_id']} {row['version']}")
            forms.append(self._pinned_forms[row["hash"]])
        return forms

    def import_form(self, source: str | os.PathLike[str]) -> Form:
        """Check a YAML form or a workbook and install it in the data directory's forms folder.

        Raises ``FormError`` naming every problem; nothing is installed unless all is well.
        """
        source = Path(source)
        if source.suffix.lower() in (".xlsx", ".xlsm", ".xls"):
            from tuoyu_desktop.forms.workbook import compile_workbook

            document, form = compile_workbook(source)
        else:
            form = load_form(source)
            document = json.loads(form.snapshot)
        known = [e.form for e in self.library.entries if e.form is not None] + self.stored_forms()
        problems = version_conflicts(form, known)
        if problems:
            raise FormError(str(source), problems)
        target = self.data_dir / "forms" / f"{form.id}-{form.version}.yaml"
        write_form_yaml(document, target)
        self.store.record_event("form", form.id, "installed", None,
                                {"version": form.version, "hash": form.content_hash, "file": target.name})
        self.library.rescan()
        return form

    def assessment_forms(self) -> list[Form]:
        """Usable self-assessment forms, the default first."""
        forms = [e.form for e in self.form_entries() if e.form is not None and e.form.kind == "self_assessment"]
        return sorted(forms, key=lambda f: (f.id != DEFAULT_FORM_ID, f.title))

    # -- assessments --------------------------------------------------------------------
    def create_assessment(self, form_id: str, period: str) -> str:
        own = self.facility()
        if own is None:
            raise ProfileInvalid({"name": "请先填写机构信息"})
        if not period.strip():
            raise ValueError("请填写评估周期，例如 2026年下半年")
        return self.store.create_assessment(own[0], self.library.get(form_id), period)

    def open_assessment(self, assessment_id: str) -> AssessmentSession:
        row = self.store.assessment(assessment_id)
        return AssessmentSession(self.store, row, self.pinned_form(row))

    def list_assessments(self) -> list[AssessmentSummary]:
        own = self.facility()
        if own is None:
            return []
        summaries = []
        for row in self.store.assessments(own[0]):
            session = AssessmentSession(self.store, row, self.pinned_form(row))
            summaries.append(AssessmentSummary(row=row, form_title=session.form.title, scores=session.scores))
        return summaries

    def delete_assessment(self, assessment_id: str) -> None:
        self.store.delete_assessment(assessment_id)

    def finalise(self, assessment_id: str) -> None:
        """Check that nothing is missing, then freeze the assessment (read-only from now on).

        Raises ``NotReady`` listing every unanswered item and every N/A without a reason.
        """
        session = self.open_assessment(assessment_id)
        if session.finalised:
            return
        problems = session.missing() + self.inspection_problems(assessment_id)
        if problems:
            raise NotReady(problems)
        self.backup("finalise")
        from tuoyu_desktop.exchange import build_payload, encode
        from tuoyu_desktop.records import FINALISED, now

        finalised_at = now()
        row = replace(session.row, status=FINALISED, finalised_at=finalised_at)
        payload = build_payload(session.profile, row, session.scores, session.answers, finalised_at,
                                audit_head=self.store.audit_head())
        payload.update(self.inspection_payload_extras(assessment_id))
        self.store.finalise_assessment(assessment_id, encode(payload).decode("utf-8"), finalised_at)

    def reopen(self, assessment_id: str, reason: str) -> int:
        """Start a new revision of a finalised assessment, recording why; returns its number."""
        if not reason.strip():
            raise ValueError("请说明修订原因")
        row = self.store.assessment(assessment_id)
        if not row.finalised:
            raise ValueError(f"“{row.period}”尚未定稿，可以直接修改")
        return self.store.reopen_assessment(assessment_id, reason.strip())

    # -- demo ---------------------------------------------------------------------------
    def create_demo(self, seed: int = 2026) -> str:
        """A demo facility (unless one exists) and a fully answered assessment; returns its id."""
        if self.facility() is None:
            self.save_facility(demo_profile())
        assessment_id = self.create_assessment(DEFAULT_FORM_ID, "2026年下半年（演示）")
        session = self.open_assessment(assessment_id)
        rng = random.Random(seed)
        for item in session.form.iter_items():
            answer = demo_answer(item, rng)
            if answer is not None:
                session.set_answer(item.id, answer)
        return assessment_id
