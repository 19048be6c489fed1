"""Online backups of the data folder's database: taking, listing, keeping, restoring."""

from __future__ import annotations

import builtins
import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from tuoyu_desktop.errors import InvalidInput
from tuoyu_desktop.messages import Message, text_of
from tuoyu_desktop.oserrors import describe as describe_os_error
from tuoyu_desktop.store import Store, StoreError, backup
from tuoyu_desktop.store.backup import Backup


class Backups:
    """``workspace.backups``: whole-file copies in ``<data>/backups``, newest first."""

    def __init__(self, store: Store, data_dir: Path):
        self._store = store
        self._folder = backup.backup_folder(data_dir)
        self._restored: builtins.list[Callable[[], None]] = []

    def on_restore(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` after a restore put another database in place (caches to drop)."""
        self._restored.append(callback)

    @property
    def keep(self) -> int:
        """How many backups are kept (a setting of the data folder, default 10)."""
        try:
            return max(1, int(self._store.setting("backup_keep", str(backup.DEFAULT_KEEP))))
        except ValueError:  # a value edited by hand: the default rather than a failure
            return backup.DEFAULT_KEEP

    def set_keep(self, keep: int) -> None:
        if keep < 1:
            raise InvalidInput(Message("backup.keep_one"))
        self._store.set_setting("backup_keep", str(keep))
        backup.rotate(self._folder, keep)

    def take(self, reason: str = "manual") -> Backup:
        """An online backup now, keeping the newest ``keep``."""
        try:
            return backup.take(self._store.conn, self._folder, reason, self.keep)
        except (OSError, sqlite3.DatabaseError) as exc:
            detail = describe_os_error(exc) if isinstance(exc, OSError) else text_of(exc)
            raise StoreError(Message("backup.failed", detail=detail)) from exc

    def list(self) -> builtins.list[Backup]:
        return backup.backups(self._folder)

    def restore(self, source: Path) -> Path:
        """Replace the database with a backup, all or nothing.

        The backup is checked fully first (this program's data, a schema it reads, intact, an
        unbroken audit trail) and refused otherwise, changing nothing. The current data is
        copied aside (returned) before the checked copy takes its place in one rename, so a
        kill at any moment leaves either the old data or the restored data, never none.
        """
        database = self._store.path
        reason = backup.refusal(Path(source))
        if reason is not None:
            raise StoreError(Message("backup.refused", name=Path(source).name, reason=reason))
        try:
            staged = backup.stage(Path(source), database)
        except ValueError as exc:
            raise StoreError(Message("backup.refused", name=Path(source).name, reason=text_of(exc))) from exc
        except OSError as exc:
            raise StoreError(Message("backup.restore_failed", detail=describe_os_error(exc))) from exc
        try:
            self.take("restore")
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
            aside = database.with_name(f"{database.name}.before-restore-{stamp}")
            backup.copy_database(self._store.conn, aside)
            self._store.checkpoint()
            self._store.close()
            backup.put_in_place(database, staged)
        except (OSError, sqlite3.DatabaseError) as exc:
            detail = describe_os_error(exc) if isinstance(exc, OSError) else text_of(exc)
            raise StoreError(Message("backup.restore_failed", detail=detail)) from exc
        finally:
            staged.unlink(missing_ok=True)
            self._store.reconnect(check=True)
        for callback in self._restored:
            callback()
        return aside
