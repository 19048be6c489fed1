"""The workspace: one data directory, its lock and database, and one service per feature.

Like Anki's collection (``col.decks``, ``col.media``), the workspace only opens and closes the
folder and composes the services; each service holds the store and the other services it
needs, passed in here. Nothing here imports Qt. Report rendering and signing (reportlab,
pyHanko) are imported only when exporting, signing or verifying, so starting the app stays fast.
"""

from __future__ import annotations

import os
from pathlib import Path

from tuoyu_desktop import paths
from tuoyu_desktop.forms import FormLibrary
from tuoyu_desktop.oserrors import describe as describe_os_error
from tuoyu_desktop.services.assessments import Assessments
from tuoyu_desktop.services.audit import AuditTrail
from tuoyu_desktop.services.backups import Backups
from tuoyu_desktop.services.evidence import Evidence
from tuoyu_desktop.services.facilities import Facilities
from tuoyu_desktop.services.forms import Forms
from tuoyu_desktop.services.identities import Identities
from tuoyu_desktop.services.inspections import Inspections
from tuoyu_desktop.services.preferences import Preferences
from tuoyu_desktop.services.received import Received
from tuoyu_desktop.services.rectifications import Rectifications
from tuoyu_desktop.services.reports import Reports
from tuoyu_desktop.services.trust import Trust
from tuoyu_desktop.store import Store, StoreError, backup
from tuoyu_desktop.store.backup import Backup
from tuoyu_desktop.store.db import DB_FILENAME
from tuoyu_desktop.store.lock import WriterLock


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


def recover_damaged(data_dir: str | os.PathLike[str] | None) -> tuple[Backup, Path | None]:
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


class Workspace:
    """Everything in one data directory, one service per feature:

    ``facilities``, ``forms``, ``assessments``, ``inspections``, ``evidence``, ``rectifications``,
    ``reports``, ``trust``, ``received``, ``backups``, ``audit``, ``preferences``, ``identities``.
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
        self.assessments = Assessments(store, self.forms, self.facilities, self.backups)
        self.evidence = Evidence(store, data_dir, self.forms)
        self.rectifications = Rectifications(store, self.assessments, self.evidence)
        self.inspections = Inspections(store, self.forms, self.facilities, self.assessments, self.evidence,
                                       self.rectifications, self.preferences)
        self.assessments.add_kind("inspection", self.inspections)
        self.reports = Reports(self.assessments, self.inspections, self.evidence, self.rectifications,
                               self.facilities, self.preferences)
        self.trust = Trust(store)
        self.received = Received(store, self.trust, self.facilities, self.backups, self.preferences)
        self.identities = Identities()

    @classmethod
    def open(cls, data_dir: str | os.PathLike[str] | None = None, writer: bool = True) -> Workspace:
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
