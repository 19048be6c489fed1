"""The bundled Chinese font: where it is, registering it with reportlab once, and its cmap.

WenQuanYi Micro Hei has no bold face; headings use size and colour instead. The same family
is registered for bold and italic so that a stray ``<b>`` in a paragraph never falls back to
Helvetica (which would drop every Chinese glyph).

Parsing the font is most of the cost of registering it (50–90 ms of every cold export); what
the parse makes is kept in the data folder's cache and rebuilt from there by the next process
(:mod:`.font_cache`), once the workspace has said where that is (:func:`use_cache`).
"""

from __future__ import annotations

import threading
from pathlib import Path

from tuoyu_desktop import paths
from tuoyu_desktop.errors import TuoyuError
from tuoyu_desktop.messages import Message

FONT_FILE = "wqy-microhei.ttf"
FONT_NAME = "WQYMicroHei"

_lock = threading.Lock()
_charset: frozenset[int] | None = None
_cache: Path | None = None


class FontMissing(TuoyuError):
    """The bundled report font is not where the program put it: a damaged installation."""


def font_path() -> Path:
    path = paths.resources_dir() / "fonts" / FONT_FILE
    if not path.is_file():
        raise FontMissing(Message("report.font_missing", path=path))
    return path


def use_cache(folder: Path | None) -> None:
    """Keep the parsed font in ``folder`` from now on (None: parse it every time, keep nothing).

    A setting of the process rather than a parameter: the font is registered once per process,
    in reportlab's process-wide registry, by whichever report code needs it first (a report
    document, the registration slip, the forms' font check), and none of them has a workspace
    at hand. The workspace sets it when it opens: its data folder's ``cache/fonts``, for a reader
    only when the data file exists (the rule of its forms cache). Once the font is registered
    the setting no longer matters. The folder is made when the font is first kept, but never the
    data folder above it.

    One assignment, atomic: it does not wait for a registration running on another thread
    (which reads the setting once, under the lock, and uses the old or the new folder).
    """
    global _cache
    _cache = folder


def cache_folder() -> Path | None:
    """Where the parsed font is kept (:func:`use_cache`)."""
    return _cache


def register() -> str:
    """Register the font with reportlab (once per process); returns its reportlab name."""
    global _charset
    if _charset is not None:
        return FONT_NAME
    with _lock:
        if _charset is None:
            from reportlab.lib.fonts import addMapping
            from reportlab.pdfbase import pdfmetrics

            from tuoyu_desktop.report.font_cache import load_font

            font = load_font(FONT_NAME, font_path(), _cache)
            pdfmetrics.registerFont(font)
            for bold in (0, 1):
                for italic in (0, 1):
                    addMapping(FONT_NAME, bold, italic, FONT_NAME)
            _charset = frozenset(font.face.charToGlyph)
    return FONT_NAME


def charset() -> frozenset[int]:
    """Code points the font can draw."""
    register()
    assert _charset is not None
    return _charset
