"""The report font as reportlab parsed it, kept between processes (``<data dir>/cache/fonts``).

reportlab's ``TTFont`` reads the bundled 3 MB CJK font in Python in every process that registers
it (its cmap, widths and glyph locations for 34,292 glyphs: 50–90 ms of every cold export). What
the parse leaves on the face is plain data (numbers, strings, lists, dicts), so it is kept with
:mod:`marshal` (JSON loaded no faster than the parse) and the next process rebuilds the face from
it in about a third of the time. Left out: the font's bytes (read again from the font file: the
subsets are cut from them), its file name (the current one is set) and ``_pdfScale`` (a function:
made again as reportlab's ``extractInfo`` makes it). Names reportlab keeps as ``TTFNameBytes``
(bytes carrying their text as ``.ustr``, which marshal cannot write) are kept as their text.

One file per Python and reportlab, ``<font stem>-<16 hex digits>.marshal``, holding ``MAGIC``,
the SHA-256 of the rest, then ``marshal.dumps((key, names, state))``. The key is what the state
depends on: this module's :data:`FORMAT`, reportlab's version (its parser made the state and its
code reads it), the Python version (marshal's format) and the SHA-256 of the font's bytes.

The font is identified by its content rather than by its size and modification time: its bytes
are read anyway (the subsets are cut from them), so the digest costs only the hashing (2 ms for
3 MB), and it ties the kept glyph
offsets to the very bytes they index. Another build of the font with the same size and time (a
copy keeps times; installers and reproducible builds set fixed ones) would otherwise embed wrong
glyphs in a signed report without a word. And the key does not depend on where the program is
installed.

A kept entry is only an optimisation. It is used when its checksum, key and shape are right
(:func:`_usable`); anything else (missing, cut short, damaged, foreign, unreadable) is ignored
and the font parsed as before, and a folder that cannot be written only costs the next process
its parse. Entries are written all or nothing (:func:`~tuoyu_desktop.atomic.write_atomically`);
the newest :data:`KEPT` are kept, older keys removed.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
import time
from collections.abc import Callable
from fnmatch import fnmatch
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

import reportlab
from reportlab import rl_config
from reportlab.pdfbase import ttfonts
from reportlab.pdfbase.ttfonts import TTEncoding, TTFNameBytes, TTFont, TTFontFace

from tuoyu_desktop.atomic import write_atomically
from tuoyu_desktop.switches import collector_paused, settle_for_good

FORMAT = 1  # bump when what is kept or how it is restored changes
MAGIC = b"tuoyu font cache\n"
SUFFIX = ".marshal"
KEPT = 2  # two installations (or Pythons) sharing a data folder do not rewrite each other's entry
MAX_ENTRY_BYTES = 64 * 1024 * 1024  # the bundled font's entry is 1.4 MB
_NOT_KEPT = ("_ttf_data", "filename", "_pdfScale")

# What reportlab's TTFont.__init__ uses, as make_font() mirrors it (reportlab 4 and 5). Another
# reportlab whose __init__ does more is not second-guessed: its fonts are parsed as before.
TTFONT_INIT_NAMES = frozenset({"fontName", "TTFontFace", "face", "TTEncoding", "encoding", "weakref",
                               "WeakKeyDictionary", "state", "rl_config", "ttfAsciiReadable", "_asciiReadable", "any",
                               "unShapedFontGlob", "shapable"})


def load_font(name: str, path: Path, cache: Path | None) -> TTFont:
    """``TTFont(name, path)``, its face rebuilt from ``cache`` if kept there, else parsed and kept.

    Its tens of thousands of objects are kept for the life of the process: they are made with
    the collector paused and then settled in its oldest generation (:func:`settle_for_good`).
    """
    with collector_paused():
        font = _load_font(name, path, cache)
        settle_for_good()  # before the collector runs again: its first young collection would walk them
    return font


def _load_font(name: str, path: Path, cache: Path | None) -> TTFont:
    if cache is None or frozenset(TTFont.__init__.__code__.co_names) != TTFONT_INIT_NAMES:
        return TTFont(name, str(path))
    try:
        font_bytes = path.read_bytes()
    except OSError:
        return TTFont(name, str(path))  # which says what is wrong with the font file
    key = cache_key(hashlib.sha256(font_bytes).hexdigest())
    entry = cache / entry_name(path)
    kept = read_entry(entry)
    face = restored_face(kept, key, path, font_bytes) if kept is not None else None
    if face is not None:
        return make_font(name, face)
    font = TTFont(name, str(path))
    keep_face(entry, key, font.face)
    return font


def cache_key(font_digest: str) -> str:
    return f"{_runtime()}; font sha256 {font_digest}"


def entry_name(font: Path) -> str:
    """The file kept for ``font`` by this program's Python and reportlab (one font build at a time)."""
    return f"{font.stem}-{hashlib.sha256(_runtime().encode()).hexdigest()[:16]}{SUFFIX}"


def _runtime() -> str:
    return f"format {FORMAT}; reportlab {reportlab.Version}; {sys.implementation.cache_tag} marshal {marshal.version}"


# -- keeping ---------------------------------------------------------------------------------


def face_state(face: TTFontFace) -> tuple[dict[str, str], dict[str, Any]]:
    """What to keep of a freshly parsed face: its names as text, and the rest."""
    names, state = {}, {}
    for field, value in vars(face).items():
        if field in _NOT_KEPT:
            continue
        if type(value) is TTFNameBytes:
            names[field] = value.ustr
        else:
            state[field] = value
    return names, state


def keep_face(entry: Path, key: str, face: TTFontFace) -> None:
    """Keep a freshly parsed face in ``entry`` (best effort: failing costs the next process its parse).

    Creates the entry's folder and its parent (the data folder's ``cache``) if missing, never
    more: a data folder that is gone is not made again. Removes all but the newest :data:`KEPT`
    entries of the font, and what killed writers left (a temporary file older than a minute).
    A face that would not be used (another reportlab's, of another shape) is not kept: every
    process would write it again.
    """
    if not _usable(vars(face), len(face._ttf_data)):
        return
    try:
        payload = marshal.dumps((key, *face_state(face)))
    except ValueError:  # something marshal cannot write (another reportlab's objects): not kept
        return
    folder, stem = entry.parent, entry.name.rsplit("-", 1)[0]
    try:
        folder.parent.mkdir(exist_ok=True)
        folder.mkdir(exist_ok=True)
        write_atomically(entry, MAGIC + hashlib.sha256(payload).digest() + payload)
        kept = sorted(folder.glob(f"{stem}-*{SUFFIX}"), key=lambda p: p.stat().st_mtime_ns, reverse=True)
        stale = time.time() - 60
        for old in kept[KEPT:] + [p for p in folder.glob(f".{stem}-*.tmp") if p.stat().st_mtime < stale]:
            old.unlink()
    except OSError:
        pass


# -- rebuilding ------------------------------------------------------------------------------


def read_entry(entry: Path) -> tuple[Any, ...] | None:
    """What ``entry`` holds, if it is whole (its checksum right): a key, names and state to check."""
    try:
        with open(entry, "rb") as handle:
            if os.fstat(handle.fileno()).st_size > MAX_ENTRY_BYTES:
                return None
            blob = handle.read()
    except OSError:
        return None
    start = len(MAGIC) + hashlib.sha256().digest_size
    payload = blob[start:]
    if blob[:len(MAGIC)] != MAGIC or hashlib.sha256(payload).digest() != blob[len(MAGIC):start]:
        return None
    try:
        kept = marshal.loads(payload)
    except (ValueError, EOFError, TypeError):
        return None
    return kept if type(kept) is tuple and len(kept) == 3 else None


def restored_face(kept: tuple[Any, ...], key: str, path: Path, font_bytes: bytes) -> TTFontFace | None:
    """The face kept for ``key``, rebuilt; None if ``kept`` is for another key or not usable."""
    found, names, state = kept
    if found != key or type(names) is not dict or type(state) is not dict:
        return None
    if not all(type(field) is str for field in (*names, *state)) or not all(type(v) is str for v in names.values()):
        return None
    try:
        values = {**state, **{field: TTFNameBytes(text.encode("utf-8")) for field, text in names.items()}}
    except UnicodeEncodeError:  # text marshal can hold but not UTF-8 (a lone surrogate)
        return None
    if not _usable(values, len(font_bytes)):
        return None
    return restore_face(values, path, font_bytes)


def restore_face(values: dict[str, Any], path: Path, font_bytes: bytes) -> TTFontFace:
    """A ``TTFontFace`` with the parsed ``values``, as ``TTFontFace(str(path))`` would be."""
    face = TTFontFace.__new__(TTFontFace)
    face.__dict__.update(values)
    face._ttf_data = font_bytes
    face.filename = str(path)
    face._pdfScale = pdf_scale(face.unitsPerEm)
    return face


def pdf_scale(units_per_em: int) -> Callable[[Any], Any]:
    """Font units to thousandths of an em, the function reportlab's ``extractInfo`` makes."""
    if units_per_em == 1000:
        return lambda x: x
    per_unit = 1000 / units_per_em
    return lambda x: x * per_unit


def make_font(name: str, face: TTFontFace) -> TTFont:
    """The ``TTFont`` around ``face``, set up as reportlab's ``TTFont.__init__`` sets one up.

    Its ``__init__`` cannot be given a face (it parses the file itself); the few lines are
    mirrored here, with reportlab's own ``TTEncoding`` and ``shapable`` setter, and
    :data:`TTFONT_INIT_NAMES` checks that the installed reportlab still does no more.
    """
    font = TTFont.__new__(TTFont)
    font.fontName = name
    font.face = face
    font.encoding = TTEncoding()
    font.state = WeakKeyDictionary()
    font._asciiReadable = rl_config.ttfAsciiReadable
    font.shapable = not any(fnmatch(name, pattern) for pattern in ttfonts.unShapedFontGlob)
    return font


_NUMBER = (int, float)
_FIELD_TYPES: dict[str, tuple[type, ...]] = {
    "numGlyphs": (int,), "unitsPerEm": (int,), "flags": (int,), "_pos": (int,), "_full_font": (bool,),
    "ascent": _NUMBER, "descent": _NUMBER, "capHeight": _NUMBER, "stemV": _NUMBER, "italicAngle": _NUMBER,
    "defaultWidth": _NUMBER, "underlinePosition": _NUMBER, "underlineThickness": _NUMBER,
    "subfontNameX": (bytes,), "bbox": (list,), "table": (dict,), "tables": (list,),
    "charToGlyph": (dict,), "glyphToChar": (dict,), "charWidths": (dict,), "hmetrics": (list,), "glyphPos": (list,),
}
_NAMES = ("name", "familyName", "styleName", "fullName", "uniqueFontID")
_TABLES_READ = ("head", "hhea", "maxp", "post", "name", "OS/2", "glyf")  # by makeSubset, which cuts the subsets


def _usable(values: dict[str, Any], font_size: int) -> bool:
    """Whether kept values have the fields, types and sizes that drawing and subsetting rely on.

    The big tables are checked in C: ``type(sum(numbers)) is int`` says that all are whole
    numbers (of what marshal makes, a float makes the sum a float; text, bytes, None, a list
    raise TypeError), at a fraction of the cost of looking at each one's type.
    """
    try:
        return _check(values, font_size)
    except TypeError:  # a table holding something else than numbers
        return False


def _check(values: dict[str, Any], font_size: int) -> bool:
    if any(type(values.get(field)) not in types for field, types in _FIELD_TYPES.items()):
        return False
    if not all(isinstance(values.get(field), bytes) for field in _NAMES):
        return False
    glyphs, bbox, table = values["numGlyphs"], values["bbox"], values["table"]
    glyph_pos, hmetrics, char_to_glyph = values["glyphPos"], values["hmetrics"], values["charToGlyph"]
    if (values["unitsPerEm"] <= 0 or glyphs <= 0 or len(glyph_pos) != glyphs + 1 or len(hmetrics) != glyphs
            or len(bbox) != 4 or type(sum(bbox)) not in _NUMBER):
        return False
    for tag in _TABLES_READ:
        entry = table.get(tag)
        if (type(entry) is not dict or type(entry.get("offset")) is not int or type(entry.get("length")) is not int
                or not 0 <= entry["offset"] <= entry["offset"] + entry["length"] <= font_size):
            return False
    glyph_ids = char_to_glyph.values()
    return (type(sum(glyph_pos)) is int and 0 <= glyph_pos[0] and glyph_pos[-1] <= table["glyf"]["length"]
            and glyph_pos == sorted(glyph_pos) and set(map(len, hmetrics)) == {2}
            and type(sum(char_to_glyph)) is int and type(sum(glyph_ids)) is int
            and 0 <= min(glyph_ids, default=0) and max(glyph_ids, default=0) < glyphs
            and type(sum(values["charWidths"].values())) in _NUMBER)
