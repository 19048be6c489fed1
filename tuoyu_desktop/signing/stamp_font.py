"""The Chinese font for visible signature stamps.

pyHanko lays out stamp text with HarfBuzz and embeds a subset of a TrueType font, but it assumes
1000 font units per em; WenQuanYi Micro Hei has 2048, and glyph widths come out wrong unless the
font is rescaled (design.md). Rescaling the GB 2312 subset takes about 4 s, so it is done once
and cached, keyed by the SHA-256 of the source font:

    <user cache dir>/tuoyu-desktop/fonts/<source stem>-<hash16>-1000upem-v2.ttf

(``TUOYU_FONT_CACHE`` overrides the cache folder.) The derived font also drops TrueType hinting
programs (they would no longer match the rescaled outlines) and the vertical metrics, and keeps
glyph names so that loading it is fast. Nothing derived is committed: the
source is the report's bundled ``resources/fonts/wqy-microhei.ttf``. ``TUOYU_STAMP_FONT``
points to another TrueType/OpenType font (any units per em) for the stamp, and
:func:`prepare_stamp_font` lets the GUI or an installer warm the cache ahead of the first
signature.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import threading
from pathlib import Path

from tuoyu_desktop.atomic import atomic_file
from tuoyu_desktop.messages import Message

from .errors import SignError

__all__ = ["STAMP_FONT_ENV", "FONT_CACHE_ENV", "prepare_stamp_font", "source_font", "stamp_font_path"]

STAMP_FONT_ENV = "TUOYU_STAMP_FONT"
FONT_CACHE_ENV = "TUOYU_FONT_CACHE"
BUNDLED_FONT = "wqy-microhei.ttf"
SYSTEM_FALLBACKS = (
    Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
    Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
)
TARGET_UPEM = 1000
DERIVATION = "v2"  # bump when _derive changes, so caches are rebuilt

_lock = threading.Lock()
_resolved: dict[str, Path] = {}


def source_font() -> Path:
    """The font the stamp is drawn with, before rescaling.

    ``TUOYU_STAMP_FONT`` if set, else the bundled report font, else a system WenQuanYi font.
    """
    env = os.environ.get(STAMP_FONT_ENV)
    if env:
        p = Path(env).expanduser()
        if not p.is_file():
            raise SignError(Message("sign.font_missing", path=p, variable=STAMP_FONT_ENV))
        return p
    candidates = []
    try:
        from tuoyu_desktop import paths

        candidates.append(paths.resources_dir() / "fonts" / BUNDLED_FONT)
    except FileNotFoundError:
        pass
    candidates.extend(SYSTEM_FALLBACKS)
    for c in candidates:
        if c.is_file():
            return c
    raise SignError(Message("sign.no_font"))


def cache_dir() -> Path:
    env = os.environ.get(FONT_CACHE_ENV)
    if env:
        return Path(env).expanduser()
    try:
        from platformdirs import user_cache_dir

        return Path(user_cache_dir("tuoyu-desktop", appauthor=False)) / "fonts"
    except Exception:  # noqa: BLE001 - platformdirs missing or no home: fall back to temp
        return Path(tempfile.gettempdir()) / "tuoyu-desktop-fonts"


def _file_hash(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _units_per_em(path: Path) -> tuple[int, bool]:
    from fontTools.ttLib import TTFont

    is_collection = path.suffix.lower() in (".ttc", ".otc")
    font = TTFont(str(path), fontNumber=0 if is_collection else -1, lazy=True)
    try:
        return font["head"].unitsPerEm, is_collection
    finally:
        font.close()


def _derive(source: Path, target: Path) -> None:
    from fontTools import subset
    from fontTools.ttLib import TTFont
    from fontTools.ttLib.scaleUpem import scale_upem

    is_collection = source.suffix.lower() in (".ttc", ".otc")
    font = TTFont(str(source), fontNumber=0 if is_collection else -1, recalcTimestamp=False)
    # keep every glyph and every mapping, drop the hinting programs (they would not match the
    # rescaled outlines, and PDF viewers do not need them)
    post = font["post"]
    if post.formatType != 2.0:  # keep glyph names: deriving them from the cmap costs 0.2 s per load
        post.formatType = 2.0
        post.mapping = {}
        post.extraNames = []
    options = subset.Options()
    options.hinting = False
    options.glyph_names = True
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.name_legacy = True
    options.notdef_outline = True
    options.recalc_timestamp = False
    options.drop_tables += ["FFTM", "vhea", "vmtx"]  # stamps are horizontal
    subsetter = subset.Subsetter(options)
    subsetter.populate(glyphs=font.getGlyphOrder(), unicodes=font.getBestCmap().keys())
    subsetter.subset(font)
    scale_upem(font, TARGET_UPEM)
    with atomic_file(target, make_parents=True) as handle:
        font.save(handle)


def stamp_font_path(source: str | os.PathLike[str] | None = None) -> Path:
    """A TrueType font with 1000 units per em for the stamp; derived and cached on first use."""
    src = Path(source) if source is not None else source_font()
    key = str(src.resolve())
    cached = _resolved.get(key)
    if cached is not None and cached.is_file():
        return cached
    with _lock:
        cached = _resolved.get(key)
        if cached is not None and cached.is_file():
            return cached
        try:
            upem, is_collection = _units_per_em(src)
        except Exception as e:  # noqa: BLE001
            raise SignError(Message("sign.font_unreadable", path=src, error=e)) from None
        if upem == TARGET_UPEM and not is_collection:
            result = src
        else:
            digest = _file_hash(src)[:16]
            result = cache_dir() / f"{src.stem}-{digest}-{TARGET_UPEM}upem-{DERIVATION}.ttf"
            if not result.is_file():
                try:
                    _derive(src, result)
                except OSError:
                    # cache folder not writable: use a per-user temp folder instead
                    result = Path(tempfile.gettempdir()) / "tuoyu-desktop-fonts" / result.name
                    if not result.is_file():
                        _derive(src, result)
        _resolved[key] = result
        return result


def prepare_stamp_font() -> Path:
    """Derive the stamp font now (e.g. in a background thread at start-up); returns its path."""
    return stamp_font_path()
