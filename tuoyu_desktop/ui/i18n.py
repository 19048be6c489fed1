"""Interface language: Simplified Chinese by default, English on request.

Source strings are English (``self.tr``); ``resources/translations/tuoyu_zh_CN.qm`` turns
them into Chinese. Form content and core messages are Chinese data and are shown as is.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings, QTranslator

from tuoyu_desktop import paths
from tuoyu_desktop.ui import settings as keys

LANGUAGES = ("zh_CN", "en")
DEFAULT_LANGUAGE = "zh_CN"
LANGUAGE_NAMES = {"zh_CN": "简体中文", "en": "English"}

_installed: list[QTranslator] = []
_current = DEFAULT_LANGUAGE


def translations_dir() -> Path | None:
    try:
        folder = paths.resources_dir() / "translations"
    except FileNotFoundError:
        return None
    return folder if folder.is_dir() else None


def language_from_settings(settings: QSettings | None) -> str:
    if settings is None:
        return DEFAULT_LANGUAGE
    value = str(settings.value(keys.LANGUAGE, DEFAULT_LANGUAGE) or DEFAULT_LANGUAGE)
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def current_language() -> str:
    return _current


def install_translator(app: QCoreApplication, language: str) -> bool:
    """Switch the interface to ``language``; returns False if its translation is missing."""
    # Imported here: the window shell's first frame reads the language setting through this
    # module but needs none of these classes (their PySide type set-up costs enums).
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    global _current
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _current = language if language in LANGUAGES else DEFAULT_LANGUAGE
    if _current == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return True
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    ok = False
    folder = translations_dir()
    ours = QTranslator(app)
    if folder is not None and ours.load(str(folder / f"tuoyu_{_current}.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
        ok = True
    # Qt's own strings (standard buttons, file dialogs) in Chinese too.
    qt = QTranslator(app)
    if qt.load(f"qtbase_{_current}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return ok


def shown(value: object) -> str:
    """A message made by the core (or an error carrying one) in the interface language; anything
    else (data, other errors) as its own text. ``str(error)`` stays Chinese for the CLI and files."""
    from tuoyu_desktop.messages import render

    return render(value, _current)
