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
