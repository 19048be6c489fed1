"""The set of forms the app offers: bundled ones plus those a district installed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from tuoyu_desktop.forms.loader import FormError, load_form
from tuoyu_desktop.forms.model import Form


@dataclass(frozen=True)
class FormEntry:
    """One form file: the form when usable, otherwise the reasons it was refused."""

    path: Path
    form: Form | None
    problems: tuple[str, ...] = ()

    @property
    def usable(self) -> bool:
        return self.form is not None


class FormLibrary:
    """Scans form folders on first use; a broken file is listed as unusable, never fatal."""

    def __init__(self, folders: list[Path], cache: Path | None = None):
        self.folders = folders
        self.cache = cache  # validated snapshots of the files, by their hash (loader.load_form)

    @cached_property
    def entries(self) -> list[FormEntry]:
        return self.scan()

    def files(self) -> list[Path]:
        """The form files, in the order they are read."""
        found: list[Path] = []
        for folder in self.folders:
            if folder.is_dir():
                found += sorted(folder.glob("*.yaml")) + sorted(folder.glob("*.yml"))
        return found

    def scan(self, progress: Callable[[int, Path], None] | None = None,
             cancelled: Callable[[], bool] | None = None) -> list[FormEntry]:
        """Read every form file (``progress(index, path)`` before each); stops early, returning what
        was read, once ``cancelled()`` is true. Safe in a worker thread: it changes nothing here."""
        entries = []
        for index, path in enumerate(self.files()):
            if cancelled is not None and cancelled():
                break
            if progress is not None:
                progress(index, path)
            try:
                entries.append(FormEntry(path=path, form=load_form(path, self.cache)))
            except FormError as exc:
                entries.append(FormEntry(path=path, form=None, problems=tuple(exc.problems)))
        return entries

    def adopt(self, entries: list[FormEntry]) -> None:
        """Use the entries a complete :meth:`scan` made (in a worker thread) as this library's."""
        self.__dict__["entries"] = entries

    @property
    def scanned(self) -> bool:
        return "entries" in self.__dict__

    def rescan(self) -> None:
        """Forget what was read, so the next use sees files added or changed since."""
        self.__dict__.pop("entries", None)

    def scanned_form(self, content_hash: str) -> Form | None:
        """A form already read from a file with this content hash (no scan is started for it)."""
        if not self.scanned:
            return None
        return next((f for f in self.forms if f.content_hash == content_hash), None)

    @property
    def forms(self) -> list[Form]:
        return [e.form for e in self.entries if e.form is not None]

    def get(self, form_id: str) -> Form:
        """The newest usable version of ``form_id`` (later folders win on equal versions)."""
        matches = [f for f in self.forms if f.id == form_id]
        if not matches:
            raise KeyError(form_id)
        return max(matches, key=lambda f: _version_key(f.version))


def _version_key(version: str) -> tuple:
    return tuple((0, int(p)) if p.isdigit() else (1, p) for p in version.replace("-", ".").split("."))
