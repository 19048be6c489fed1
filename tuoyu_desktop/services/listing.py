"""Read-only views kept whole between runs, valid while the data file's audit head is unchanged.

``tuoyu list`` with 1,000 assessments would otherwise import every service, open the store and
read 1,000 cached briefs (``services/briefs.py``) to print what it printed last time. Every change
of data is audited in a hash chain, so a view made at audit head *(seq, hash)* is still right
while the data file's newest entry is that same one; a digest of the code that scores and of the
program version is part of the key, so a new version never prints an old result. The glance at the
head (:mod:`tuoyu_desktop.store.peek`) imports nothing but sqlite3. Nothing here may import the
rest of the services: that is the point.

A damaged, foreign or stale file is ignored and rewritten; writing is best effort (a read-only
folder only costs the next listing its time).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from pathlib import Path

from tuoyu_desktop.store.peek import audit_head

CACHE_FILE = Path("cache") / "views.json"
_SCORING_SOURCES = ("scoring.py", "facility.py", "records.py", "forms/rules.py", "forms/expr.py", "forms/model.py",
                    "forms/loader.py", "forms/template.py")
_LISTING_SOURCES = ("cli/assessments.py", "services/briefs.py", "services/assessments.py", "services/listing.py")
_code_digest: str | None = None


def code_digest() -> str:
    """A digest of the code that turns answers into scores (the version where sources are absent)."""
    global _code_digest
    if _code_digest is None:
        from tuoyu_desktop import __version__

        package = Path(__file__).resolve().parent.parent
        digest = hashlib.sha256(__version__.encode())
        for name in _SCORING_SOURCES:
            with contextlib.suppress(OSError):
                digest.update((package / name).read_bytes())
        _code_digest = digest.hexdigest()
    return _code_digest


def _view_digest() -> str:
    package = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256(code_digest().encode())
    for name in _LISTING_SOURCES:
        with contextlib.suppress(OSError):
            digest.update((package / name).read_bytes())
    return digest.hexdigest()


def head(data_dir: Path) -> tuple[int, str] | None:
    """The data file's audit head now (None: cannot be glanced at; take the full path)."""
    return audit_head(data_dir)


def cached_view(data_dir: Path, name: str, at: tuple[int, str] | None) -> str | None:
    """The text of view ``name`` made at audit head ``at``, or None."""
    if at is None:
        return None
    try:
        document = json.loads((Path(data_dir) / CACHE_FILE).read_text(encoding="utf-8"))
        entry = document["views"][name]
        if document["code"] != _view_digest() or list(entry["head"]) != [at[0], at[1]]:
            return None
        text = entry["text"]
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return None
    return text if isinstance(text, str) else None


def keep_view(data_dir: Path, name: str, at: tuple[int, str] | None, text: str) -> None:
    """Remember view ``name`` as made at ``at`` (only if the head is still ``at``: nothing changed
    while it was made)."""
    from tuoyu_desktop.atomic import write_atomically

    if at is None or audit_head(data_dir) != at:
        return
    path = Path(data_dir) / CACHE_FILE
    views: dict = {}
    with contextlib.suppress(OSError, ValueError, TypeError, KeyError, AttributeError):
        document = json.loads(path.read_text(encoding="utf-8"))
        if document["code"] == _view_digest() and isinstance(document["views"], dict):
            views = {k: v for k, v in document["views"].items() if isinstance(v, dict) and v.get("head") == [at[0], at[1]]}
    views[name] = {"head": [at[0], at[1]], "text": text}
    with contextlib.suppress(OSError):
        write_atomically(path, json.dumps({"code": _view_digest(), "views": views}, ensure_ascii=False).encode("utf-8"),
                         make_parents=True)
