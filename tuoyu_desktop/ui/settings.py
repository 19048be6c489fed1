"""User settings as an INI file in the data directory (never the registry), so a data
directory carries its own preferences and tests never leak into the user's."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

SETTINGS_FILENAME = "settings.ini"

LANGUAGE = "ui/language"
GEOMETRY = "window/geometry"
WINDOW_STATE = "window/state"
EXPORT_DIR = "export/last_dir"


def open_settings(data_dir: Path) -> QSettings:
    return QSettings(str(Path(data_dir) / SETTINGS_FILENAME), QSettings.Format.IniFormat)
RECENT_IDENTITIES = "signing/recent_identities"  # identity file paths only, never passphrases
VERIFY_DIR = "verify/last_dir"


def recent_identities(settings: QSettings) -> list[str]:
    value = settings.value(RECENT_IDENTITIES, [])
    if isinstance(value, str):
        value = [value] if value else []
    return [str(v) for v in (value or []) if str(v)]


def remember_identity(settings: QSettings, path: str) -> None:
    paths = [path, *[p for p in recent_identities(settings) if p != path]][:8]
    settings.setValue(RECENT_IDENTITIES, paths)
    settings.sync()
