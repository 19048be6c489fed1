"""Bundled fonts: machines without a CJK font still show Chinese."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from tuoyu_desktop import paths

FONT_SUFFIXES = ("*.ttf", "*.otf", "*.ttc")


def load_bundled_fonts(app: QApplication) -> list[str]:
    """Register every font in ``resources/fonts`` and add its families as fallbacks.

    The platform's UI font stays first (it has the better Latin glyphs and hinting); Qt
    takes characters it lacks from the next family in the list, i.e. ours. Returns the
    families added; an empty or missing folder is quietly skipped.
    """
    try:
        folder = paths.resources_dir() / "fonts"
    except FileNotFoundError:
        return []
    if not folder.is_dir():
        return []
    families: list[str] = []
    for pattern in FONT_SUFFIXES:
        for path in sorted(folder.glob(pattern)):
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id < 0:
                continue
            for family in QFontDatabase.applicationFontFamilies(font_id):
                if family not in families:
                    families.append(family)
    if families:
        font = app.font()
        current = list(font.families()) or [font.family()]
        font.setFamilies(current + [f for f in families if f not in current])
        app.setFont(font)
    return families
