"""The bundled Chinese font: where it is, registering it with reportlab once, and its cmap.

WenQuanYi Micro Hei has no bold face; headings use size and colour instead. The same family
is registered for bold and italic so that a stray ``<b>`` in a paragraph never falls back to
Helvetica (which would drop every Chinese glyph).
"""

from __future__ import annotations

import threading
from pathlib import Path

from tuoyu_desktop import paths

FONT_FILE = "wqy-microhei.ttf"
FONT_NAME = "WQYMicroHei"

_lock = threading.Lock()
_charset: frozenset[int] | None = None


def font_path() -> Path:
    path = paths.resources_dir() / "fonts" / FONT_FILE
    if not path.is_file():
        raise FileNotFoundError(2, "报告字体文件缺失，请重新安装本程序", str(path))
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
