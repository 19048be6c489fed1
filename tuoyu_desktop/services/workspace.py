"""The workspace: one data directory, its lock and database, and one service per feature.

Like Anki's collection (``col.decks``, ``col.media``), the workspace only opens and closes the
folder and composes the services; each service holds the store and the other services it
needs, passed in here. Nothing here imports Qt. Report rendering and signing (reportlab,
pyHanko) are imported only when exporting, signing or verifying, so starting the app stays fast.
"""

from __future__ import annotations

import os
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from tuoyu_desktop import paths
from tuoyu_desktop.forms import FormLibrary
from tuoyu_desktop.messages import Message
from tuoyu_desktop.oserrors import describe as describe_os_error
from tuoyu_desktop.report import fonts
from tuoyu_desktop.services.assessments import Assessments
from tuoyu_desktop.services.audit import AuditTrail
from tuoyu_desktop.services.backups import Backups
from tuoyu_desktop.services.evidence import Evidence
from tuoyu_desktop.services.facilities import Facilities
from tuoyu_desktop.services.forms import Forms
from tuoyu_desktop.services.identities import Identities
from tuoyu_desktop.services.inspections import Inspections
from tuoyu_desktop.services.preferences import Preferences
from tuoyu_desktop.services.rectifications import Rectifications
from tuoyu_desktop.services.reports import Reports
from tuoyu_desktop.services.surveys import Surveys
from tuoyu_desktop.store import Store, StoreError, backup
from tuoyu_desktop.store.backup import Backup
from tuoyu_desktop.store.db import DB_FILENAME
from tuoyu_desktop.store.lock import WriterLock

if TYPE_CHECKING:
    from tuoyu_desktop.services.city import City
    from tuoyu_desktop.services.desk import Desk
    from tuoyu_desktop.services.receipts import Receipts
    from tuoyu_desktop.services.received import Received
    from tuoyu_desktop.services.trust import Trust

FORMS_CACHE = Path("cache") / "forms"  # validated snapshots of the form files (forms/loader.py)
FONT_CACHE = Path("cache") / "fonts"  # the report font as reportlab parsed it (report/font_cache.py)


def prepare_data_dir(data_dir: str | os.PathLike[str] | None) -> Path:
    """The data directory, created private to the user if new; StoreError if unusable."""
    directory = paths.resolve_data_dir(data_dir)
    try:
        directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(Message("workspace.cannot_create", directory=directory, detail=describe_os_error(exc))) from exc
    if not os.access(directory, os.W_OK):
        raise StoreError(Message("workspace.not_writable", directory=directory))
    return directory


def _check_readable_folder(directory: Path) -> None:
    """A folder that does not exist yet reads as empty, unless it never could exist (a file
    stands in its path)."""
    for part in (directory, *directory.parents):
        if part.exists():
            if not part.is_dir():
                raise StoreError(Message("workspace.part_is_file", directory=directory, part=part))
            return


class DatabaseMissing(StoreError):
    """The data file is gone but files kept aside (by a restore, a recovery) are there;
    ``kept`` lists them, newest first. Nothing was created."""

    def __init__(self, database: Path, kept: list[Path]):
        self.kept = kept
        names = "、".join(p.name for p in kept[:3])
        super().__init__(
            f"数据文件夹 {database.parent} 中没有数据文件 {database.name}，但有另存的数据文件：{names}。"
            f"可能是上次恢复或修复被中断。请把最近的另存文件恢复为数据文件（tuoyu restore {kept[0]}），"
            f"或确认后删除它们再重新开始")


def recover_damaged(data_dir: str | os.PathLike[str] | None) -> tuple[Backup, Path | None]:
    """Put the newest good backup in place of a damaged database, keeping the damaged file aside.

    Raises ``StoreError`` when no usable backup exists (the damaged file is left untouched).
    """
    directory = prepare_data_dir(data_dir)
    lock = WriterLock(directory).acquire()
    database = directory / DB_FILENAME
    try:
        good = backup.latest_good(backup.backup_folder(directory))
        if good is None:
            raise StoreError(Message("workspace.no_backup"))
        try:
            staged = backup.stage(good.path, database)
            aside = backup.move_aside(database, "damaged") if database.exists() else None
            backup.put_in_place(database, staged)
        except (OSError, ValueError) as exc:
            detail = describe_os_error(exc) if isinstance(exc, OSError) else str(exc)
            raise StoreError(Message("workspace.repair_failed", detail=detail)) from exc
        return good, aside
    finally:
        lock.release()


def restore_set_aside(data_dir: str | os.PathLike[str] | None, kept: Path) -> None:
    """Make a file kept aside the data file again (after ``DatabaseMissing``), once checked."""
    directory = prepare_data_dir(data_dir)
    lock = WriterLock(directory).acquire()
    database = directory / DB_FILENAME
    try:
        if database.exists():
            raise StoreError(Message("workspace.database_exists", database=database))
        try:
            backup.put_in_place(database, backup.stage(kept, database))
        except (OSError, ValueError) as exc:
            detail = describe_os_error(exc) if isinstance(exc, OSError) else str(exc)
            raise StoreError(Message("workspace.cannot_restore", name=kept.name, detail=detail)) from exc
    finally:
        lock.release()


class Workspace:
    """Everything in one data directory, one service per feature:

    ``facilities``, ``forms``, ``assessments``, ``inspections``, ``evidence``, ``rectifications``,
    ``reports``, ``trust``, ``received``, ``backups``, ``audit``, ``preferences``, ``identities``,
    ``desk`` (the district desk), ``receipts`` (the district's answers to our reports).
    """

    def __init__(self, data_dir: Path, store: Store, library: FormLibrary, lock: WriterLock | None = None):
        self.data_dir = data_dir
        self.store = store  # for tests and benchmarks; the GUI and the CLI use the services only
        self._lock = lock
        self.preferences = Preferences(store)
        self.audit = AuditTrail(store)
        self.backups = Backups(store, data_dir)
        self.facilities = Facilities(store)
        self.forms = Forms(store, library, data_dir / "forms")
        self.backups.on_restore(self.forms.forget_pinned)
        self.evidence = Evidence(store, data_dir, self.forms)
        self.assessments = Assessments(store, self.forms, self.facilities, self.backups, self.evidence, data_dir)
        self.surveys = Surveys(store, self.forms, self.facilities)
        self.rectifications = Rectifications(store, self.assessments, self.evidence)
        self.inspections = Inspections(store, self.forms, self.facilities, self.assessments, self.evidence,
                                       self.rectifications, self.preferences)
        self.assessments.add_kind("inspection", self.inspections)
        self.reports = Reports(self.assessments, self.inspections, self.evidence, self.rectifications,
                               self.facilities, self.preferences, self.audit, data_dir, self.surveys)
        self.identities = Identities()

    # The district's services are made when first used: a facility's export, listing or window
    # never imports them (some 30 ms of every command).
    @cached_property
    def trust(self) -> Trust:
        from tuoyu_desktop.services.trust import Trust

        return Trust(self.store)

    @cached_property
    def received(self) -> Received:
        from tuoyu_desktop.services.received import Received

        return Received(self.store, self.trust, self.facilities, self.backups, self.preferences)

    @cached_property
    def desk(self) -> Desk:
        from tuoyu_desktop.services.desk import Desk

        return Desk(self.store, self.received, self.backups, self.data_dir / "received")

    @cached_property
    def city(self) -> City:
        from tuoyu_desktop.services.city import City

        return City(self.store)

    @cached_property
    def receipts(self) -> Receipts:
        from tuoyu_desktop.services.receipts import Receipts

        return Receipts(self.store, self.trust, self.assessments, self.facilities)

    @classmethod
    def open(cls, data_dir: str | os.PathLike[str] | None = None, writer: bool = True) -> Workspace:
        """Open the data directory (``--data-dir``, ``TUOYU_DATA_DIR`` or the per-user one).

        A ``writer`` holds the directory's lock while open: a second writer is refused with
        ``DataDirBusy``; readers (listing, exporting, verifying) may open it alongside. Raises
        ``StoreError`` (``DatabaseDamaged`` for a damaged file) with a message for the user.
        """
        if not writer:  # reading never creates or changes anything, and works in a read-only folder
            directory = paths.resolve_data_dir(data_dir)
            _check_readable_folder(directory)
            store = Store.open_reader(directory / DB_FILENAME)
            cache = FORMS_CACHE if (directory / DB_FILENAME).exists() else None  # never create the folder
            if cache is not None:
                fonts.use_cache(directory / FONT_CACHE)
            return cls(directory, store, FormLibrary([paths.bundled_forms_dir(), directory / "forms"],
                                                     cache and directory / cache))
        directory = prepare_data_dir(data_dir)
        lock = WriterLock(directory).acquire()
        database = directory / DB_FILENAME
        try:
            kept = [] if database.exists() else backup.set_aside(database)
            if kept:
                raise DatabaseMissing(database, kept)
            store = Store.open(database, check=True)
        except BaseException:
            lock.release()
            raise
        workspace = cls(directory, store, FormLibrary([paths.bundled_forms_dir(), directory / "forms"],
                                                      directory / FORMS_CACHE), lock)
        workspace.reports.partials.clean()  # what a killed export left in the user's folder
        fonts.use_cache(directory / FONT_CACHE)
        return workspace

    def integrity_warning(self) -> str | None:
        """Confirmed changes missing from the data file (a damaged WAL), to tell the user at start."""
        return self.store.lost_changes()

    def checkpoint(self) -> None:
        """Write what the WAL holds into the data file (after leaving an assessment, say)."""
        self.store.checkpoint()

    def checkpoint_when_idle(self) -> None:
        """Saves stop checkpointing the WAL themselves: the caller (the GUI, between events)
        calls :meth:`checkpoint_if_due` instead, so no answer waits for a checkpoint."""
        self.store.checkpoint_in_writes = False

    def checkpoint_if_due(self) -> None:
        if self.store.checkpoint_due:
            self.store.checkpoint()

    def save_back(self) -> Path | None:
        """After the data file was deleted or replaced while open: write all data back to its
        place (a file that replaced it is kept aside and returned)."""
        return self.store.save_back()

    def close(self) -> None:
        """Close the database and release the writer lock (safe to call twice)."""
        self.store.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None
