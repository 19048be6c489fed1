"""The bundled Chinese font: where it is, registering it with reportlab once, and its cmap.

WenQuanYi Micro Hei has no bold face; headings use size and colour instead. The same family
is registered for bold and italic so that a stray ``<b>`` in a paragraph never falls back to
Helvetica (which would drop every Chinese glyph).
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


class FontMissing(TuoyuError):
    """The bundled report font is not where the program put it: a damaged installation."""


def font_path() -> Path:
    path = paths.resources_dir() / "fonts" / FONT_FILE
    if not path.is_file():
        raise FontMissing(Message("report.font_missing", path=path))
    return path


def register() -> str:
    """Register the font with reportlab (once per process); returns its reportlab name."""
    global _charset
    if _charset is not None:
        return FONT_NAME
    with _lock:
        if _charset is None:
            from reportlab.lib.fonts import addMapping
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont

            font = TTFont(FONT_NAME, str(font_path()))
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
