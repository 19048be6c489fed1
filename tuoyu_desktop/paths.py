"""Where the app finds its bundled resources and its per-user data directory.

Resources (forms, fonts, translations) sit at the top of the source tree. A wheel carries
them as ``tuoyu_desktop/_bundled`` and a PyInstaller bundle under ``sys._MEIPASS``; the
lookup below tries those in turn so the same code works from a checkout, an install and a
frozen app.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "tuoyu-desktop"
DATA_DIR_ENV = "TUOYU_DATA_DIR"

_PACKAGE_DIR = Path(__file__).resolve().parent


def _resource_roots() -> list[Path]:
    roots = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        roots.append(Path(frozen_root))
    roots.append(_PACKAGE_DIR / "_bundled")
    roots.append(_PACKAGE_DIR.parent)
    return roots


def _find(name: str) -> Path:
    for root in _resource_roots():
        candidate = root / name
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"bundled folder {name!r} not found in {[str(r) for r in _resource_roots()]}")


def bundled_forms_dir() -> Path:
    """The folder of forms shipped with the app."""
    return _find("forms")


def resources_dir() -> Path:
    """The folder of fonts, translations and icons shipped with the app."""
    return _find("resources")


def default_data_dir() -> Path:
    """The per-user data directory (platformdirs), used when none is given."""
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """``--data-dir`` wins, then ``TUOYU_DATA_DIR``, then the per-user default."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser()
    return default_data_dir()
