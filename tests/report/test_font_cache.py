"""The report font kept between processes (report/font_cache.py): the face rebuilt from the cache
is the face reportlab parses, draws the same PDF, spares a second process the parse, and a cache
that is damaged, foreign or cannot be written changes nothing but the time."""

from __future__ import annotations

import copy
import hashlib
import io
import json
import marshal
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFNameBytes, TTFont, TTFontFile
from reportlab.pdfgen import canvas
from support import ROOT
from support.files import read_only

from tuoyu_desktop.report import font_cache, fonts
from tuoyu_desktop.store.db import DB_FILENAME

FONT = fonts.font_path()
VERA = Path(pdfmetrics.__file__).resolve().parent.parent / "fonts" / "Vera.ttf"  # 2048 units per em
SAMPLE = "托育机构质量评估自评表：安全管理、卫生保健、回应性照护；得分率 80.4%（B 级）“整改”—…①⑳〇"


@pytest.fixture(scope="module")
def parsed() -> TTFont:
    """The font as reportlab parses it."""
    return TTFont("FontCacheTest", str(FONT))


def untouched(font: TTFont):
    """A copy of the font's face to cut subsets from: cutting moves the face's read position."""
    return copy.copy(font.face)


def refuse(self, charInfo=1):
    raise AssertionError("the font was parsed")


def refuse_parsing(monkeypatch) -> None:
    """reportlab may not parse a font file until ``monkeypatch`` is undone."""
    monkeypatch.setattr(TTFontFile, "extractInfo", refuse)


def entries(cache: Path) -> list[Path]:
    return sorted(cache.glob(f"*{font_cache.SUFFIX}"))


def comparable(face) -> dict:
    return {field: value for field, value in vars(face).items() if field != "_pdfScale"}


def assert_same_face(face, fresh) -> None:
    assert type(face) is type(fresh)
    mine, theirs = comparable(face), comparable(fresh)
    assert mine == theirs
    assert {k: type(v) for k, v in mine.items()} == {k: type(v) for k, v in theirs.items()}
    for field, value in mine.items():
        if isinstance(value, TTFNameBytes):
            assert value.ustr == theirs[field].ustr, field
    for x in (0, 1, -172, 765, 1000, 2048, 0.5, -262.25):
        assert face._pdfScale(x) == fresh._pdfScale(x)
        assert type(face._pdfScale(x)) is type(fresh._pdfScale(x))


def assert_same_font(font, fresh) -> None:
    assert type(font) is type(fresh)
    assert_same_face(font.face, fresh.face)
    skip = ("face", "encoding", "state")
    assert {k: v for k, v in vars(font).items() if k not in skip} == {k: v for k, v in vars(fresh).items() if k not in skip}
    assert set(vars(font)) == set(vars(fresh))
    assert type(font.encoding) is type(fresh.encoding) and vars(font.encoding) == vars(fresh.encoding)
    assert type(font.state) is type(fresh.state) and len(font.state) == 0
    assert font.shapable == fresh.shapable


def envelope(payload: bytes) -> bytes:
    """An entry as the cache writes it around ``payload``: its checksum right."""
    return font_cache.MAGIC + hashlib.sha256(payload).digest() + payload


def key_of(path: Path) -> str:
    return font_cache.cache_key(hashlib.sha256(path.read_bytes()).hexdigest())


def load(cache: Path, path: Path = FONT) -> TTFont:
    return font_cache.load_font("FontCacheTest", path, cache)


# -- the same face, the same PDF ------------------------------------------------------------


@pytest.mark.parametrize("path", [FONT, VERA], ids=["bundled", "2048-units-per-em"])
def test_a_face_from_the_cache_is_the_face_reportlab_parses(tmp_path, monkeypatch, path):
    cache = tmp_path / "cache" / "fonts"
    first = load(cache, path)
    assert [p.name for p in entries(cache)] == [font_cache.entry_name(path)]
    assert_same_font(first, TTFont("FontCacheTest", str(path)))
    with monkeypatch.context() as patch:
        refuse_parsing(patch)
        kept = load(cache, path)
    assert kept.face is not first.face
    assert_same_font(kept, TTFont("FontCacheTest", str(path)))


def font_programs(font: TTFont, monkeypatch) -> list[bytes]:
    """The TrueType subsets embedded in a PDF drawn with ``font`` (registered on its own: reportlab
    maps a second font with the same face name to the first one registered)."""
    monkeypatch.setattr(pdfmetrics, "_fonts", {})
    monkeypatch.setattr(pdfmetrics, "_dynFaceNames", {})
    pdfmetrics.registerFont(font)
    text = "".join(sorted({c for c in (ROOT / "forms" / "wst821.yaml").read_text(encoding="utf-8")
                           if ord(c) in font.face.charToGlyph and c.isprintable()}))
    assert len(text) > 600  # several subsets of 256
    buffer = io.BytesIO()
    sheet = canvas.Canvas(buffer)
    sheet.setFont(font.fontName, 9)
    for index, line in enumerate([SAMPLE] + [text[i:i + 50] for i in range(0, len(text), 50)]):
        sheet.drawString(20, 800 - 14 * index, line)
    sheet.save()
    monkeypatch.undo()
    programs = []
    for page in PdfReader(io.BytesIO(buffer.getvalue())).pages:
        for ref in page["/Resources"]["/Font"].values():
            descriptor = ref.get_object().get("/FontDescriptor")
            if descriptor is not None:
                programs.append(descriptor.get_object()["/FontFile2"].get_object().get_data())
    return programs


def test_a_pdf_drawn_with_the_kept_face_embeds_the_same_font_subsets(tmp_path, monkeypatch, parsed):
    cache = tmp_path / "fonts"
    load(cache)
    with monkeypatch.context() as patch:
        refuse_parsing(patch)
        kept = load(cache)
    fresh = TTFont("FontCacheTest", str(FONT))
    programs = font_programs(kept, monkeypatch)
    assert len(programs) >= 3
    assert programs == font_programs(fresh, monkeypatch)
    for subset in ([0] + list(range(32, 127)), [ord(c) for c in dict.fromkeys(SAMPLE)]):
        assert kept.face.makeSubset(subset) == untouched(parsed).makeSubset(subset)


# -- a second process -----------------------------------------------------------------------

EXPORT = """
import sys
from reportlab.pdfbase import ttfonts

def refuse(self, charInfo=1):
    raise AssertionError("the font was parsed")

if sys.argv[3] == "refuse-parse":
    ttfonts.TTFontFile.extractInfo = refuse
from tuoyu_desktop.services import Workspace
workspace = Workspace.open(sys.argv[1], writer=False)
workspace.reports.export_pdf(workspace.assessments.list()[0].row.id, sys.argv[2])
"""


def export(data_dir: Path, target: Path, mode: str = "may-parse", check: bool = True):
    return subprocess.run([sys.executable, "-c", EXPORT, str(data_dir), str(target), mode], capture_output=True,
                          text=True, timeout=180, cwd=ROOT, check=check)


def embedded_fonts(pdf: Path) -> list[bytes]:
    programs = []
    for page in PdfReader(str(pdf)).pages:
        for ref in page["/Resources"].get_object().get("/Font", {}).values():
            descriptor = ref.get_object().get("/FontDescriptor")
            if descriptor is not None and "/FontFile2" in descriptor.get_object():
                programs.append(descriptor.get_object()["/FontFile2"].get_object().get_data())
    return programs


def test_a_second_process_uses_the_kept_font_and_never_parses_it(facility_dir, tmp_path):
    cache = facility_dir / "cache" / "fonts"
    export(facility_dir, tmp_path / "first.pdf")
    assert [p.name for p in entries(cache)] == [font_cache.entry_name(FONT)]
    kept = entries(cache)[0].read_bytes()
    export(facility_dir, tmp_path / "second.pdf", "refuse-parse")
    assert embedded_fonts(tmp_path / "second.pdf") == embedded_fonts(tmp_path / "first.pdf") != []
    assert entries(cache)[0].read_bytes() == kept  # read, not written again
    entries(cache)[0].unlink()  # the check can fail: without the entry the same process must parse
    failed = export(facility_dir, tmp_path / "third.pdf", "refuse-parse", check=False)
    assert failed.returncode != 0 and "the font was parsed" in failed.stderr
    assert not (tmp_path / "third.pdf").exists()


def test_a_damaged_cache_in_a_second_process_still_exports_and_is_written_again(facility_dir, tmp_path):
    cache = facility_dir / "cache" / "fonts"
    export(facility_dir, tmp_path / "first.pdf")
    entry = entries(cache)[0]
    entry.write_bytes(entry.read_bytes()[:-1000] + os.urandom(1000))
    export(facility_dir, tmp_path / "second.pdf")
    assert embedded_fonts(tmp_path / "second.pdf") == embedded_fonts(tmp_path / "first.pdf")
    export(facility_dir, tmp_path / "third.pdf", "refuse-parse")  # the entry was written again, whole


# -- hostile or unlucky caches --------------------------------------------------------------


@pytest.fixture(scope="module")
def kept_state() -> tuple[str, dict, dict]:
    """What the cache keeps of the font: its key, names and state."""
    return (key_of(FONT), *font_cache.face_state(TTFont("FontCacheTest", str(FONT)).face))


def shape(name: str, kept_state: tuple[str, dict, dict]) -> bytes:
    """A well-formed entry's payload of the wrong shape or for another key."""
    key, names, state = kept_state

    def changed(**fields):
        return marshal.dumps((key, names, {**state, **fields}))

    def without(field):
        return marshal.dumps((key, names, {k: v for k, v in state.items() if k != field}))

    glyphs = state["numGlyphs"]
    return {
        "a list": marshal.dumps([key, names, state]),
        "two parts": marshal.dumps((key, state)),
        "state as text": marshal.dumps((key, names, "state")),
        "empty": marshal.dumps((key, {}, {})),
        "name as bytes": marshal.dumps((key, {**names, "name": b"WenQuanYiMicroHei"}, state)),
        "name not UTF-8": marshal.dumps((key, {**names, "name": "\udc80"}, state)),
        "name missing": marshal.dumps((key, {k: v for k, v in names.items() if k != "name"}, state)),
        "field named by a number": marshal.dumps((key, names, {**state, 1: 2})),
        "no charToGlyph": without("charToGlyph"),
        "no glyphPos": without("glyphPos"),
        "glyphPos short": changed(glyphPos=state["glyphPos"][:-1]),
        "glyphPos of floats": changed(glyphPos=[float(p) for p in state["glyphPos"]]),
        "glyphPos unsorted": changed(glyphPos=state["glyphPos"][::-1]),
        "glyphPos past glyf": changed(glyphPos=[p + 10**9 for p in state["glyphPos"]]),
        "numGlyphs wrong": changed(numGlyphs=glyphs + 1),
        "numGlyphs as text": changed(numGlyphs=str(glyphs)),
        "hmetrics of triples": changed(hmetrics=[(a, b, 0) for a, b in state["hmetrics"]]),
        "glyph out of range": changed(charToGlyph={**state["charToGlyph"], 0x4E00: glyphs}),
        "glyph negative": changed(charToGlyph={**state["charToGlyph"], 0x4E00: -1}),
        "glyph as text": changed(charToGlyph={**state["charToGlyph"], 0x4E00: "1"}),
        "code as text": changed(charToGlyph={**state["charToGlyph"], "一": 1}),
        "width as None": changed(charWidths={**state["charWidths"], 0x4E00: None}),
        "no glyf table": changed(table={k: v for k, v in state["table"].items() if k != "glyf"}),
        "table past the file": changed(table={**state["table"], "glyf": {"tag": "glyf", "offset": 0,
                                                                          "length": FONT.stat().st_size + 1}}),
        "unitsPerEm zero": changed(unitsPerEm=0),
        "bbox of three": changed(bbox=state["bbox"][:3]),
        "another key": marshal.dumps((key.replace("font sha256 ", "font sha256 0"), names, state)),
        "another reportlab": marshal.dumps((key.replace("reportlab ", "reportlab 0."), names, state)),
    }[name]


SHAPES = ["a list", "two parts", "state as text", "empty", "name as bytes", "name not UTF-8", "name missing",
          "field named by a number", "no charToGlyph", "no glyphPos", "glyphPos short", "glyphPos of floats",
          "glyphPos unsorted", "glyphPos past glyf", "numGlyphs wrong", "numGlyphs as text", "hmetrics of triples",
          "glyph out of range", "glyph negative", "glyph as text", "code as text", "width as None", "no glyf table",
          "table past the file", "unitsPerEm zero", "bbox of three", "another key", "another reportlab"]


def damaged(kind: str, kept_state: tuple[str, dict, dict]) -> bytes:
    whole = envelope(marshal.dumps(kept_state))
    return {
        "garbage": os.urandom(20_000),
        "garbage after the magic": font_cache.MAGIC + os.urandom(20_000),
        "empty": b"",
        "cut short": whole[:len(whole) // 2],
        "cut in the checksum": whole[:len(font_cache.MAGIC) + 5],
        "one byte changed": whole[:-7] + bytes([whole[-7] ^ 1]) + whole[-6:],
        "marshal without the envelope": marshal.dumps(kept_state),
        "garbage in a right envelope": envelope(os.urandom(20_000)),
        "marshal cut short in a right envelope": envelope(marshal.dumps(kept_state)[:-100]),
    }[kind]


def assert_font_as_parsed_and_kept(cache: Path, parsed: TTFont, monkeypatch) -> None:
    font = load(cache)
    assert_same_font(font, parsed)
    subset = [ord(c) for c in dict.fromkeys(SAMPLE)]
    assert font.face.makeSubset(subset) == untouched(parsed).makeSubset(subset)
    with monkeypatch.context() as patch:  # and the entry was written again, whole
        refuse_parsing(patch)
        assert_same_font(load(cache), parsed)


@pytest.mark.parametrize("kind", ["garbage", "garbage after the magic", "empty", "cut short", "cut in the checksum",
                                  "one byte changed", "marshal without the envelope", "garbage in a right envelope",
                                  "marshal cut short in a right envelope"])
def test_a_damaged_entry_is_ignored_and_written_again(tmp_path, monkeypatch, parsed, kept_state, kind):
    cache = tmp_path / "fonts"
    cache.mkdir()
    (cache / font_cache.entry_name(FONT)).write_bytes(damaged(kind, kept_state))
    assert_font_as_parsed_and_kept(cache, parsed, monkeypatch)


@pytest.mark.parametrize("name", SHAPES)
def test_a_whole_entry_of_the_wrong_shape_or_key_is_ignored_and_written_again(tmp_path, monkeypatch, parsed,
                                                                              kept_state, name):
    cache = tmp_path / "fonts"
    cache.mkdir()
    (cache / font_cache.entry_name(FONT)).write_bytes(envelope(shape(name, kept_state)))
    assert_font_as_parsed_and_kept(cache, parsed, monkeypatch)


def test_an_entry_too_large_or_not_a_file_is_ignored(tmp_path, monkeypatch, parsed):
    cache = tmp_path / "fonts"
    cache.mkdir()
    entry = cache / font_cache.entry_name(FONT)
    entry.mkdir()
    assert_same_font(load(cache), parsed)
    entry.rmdir()
    load(cache)
    monkeypatch.setattr(font_cache, "MAX_ENTRY_BYTES", entry.stat().st_size - 1)
    refuse_parsing(monkeypatch)
    with pytest.raises(AssertionError, match="the font was parsed"):
        load(cache)


@pytest.mark.parametrize("blocked", ["cache is a file", "fonts is a file", "read-only folder"])
def test_a_cache_folder_that_cannot_be_written_costs_only_the_parse(tmp_path, monkeypatch, parsed, blocked):
    data = tmp_path / "data"
    data.mkdir()
    cache = data / "cache" / "fonts"
    if blocked == "cache is a file":
        cache.parent.write_bytes(b"")
    elif blocked == "fonts is a file":
        cache.parent.mkdir()
        cache.write_bytes(b"")
    before = sorted(p.relative_to(data) for p in data.rglob("*"))
    if blocked == "read-only folder":
        with read_only(data):
            assert_same_font(load(cache), parsed)
    else:
        assert_same_font(load(cache), parsed)
    assert sorted(p.relative_to(data) for p in data.rglob("*")) == before


def test_the_cache_never_makes_a_data_folder_that_is_gone(tmp_path, parsed):
    cache = tmp_path / "gone" / "cache" / "fonts"
    assert_same_font(load(cache), parsed)
    assert not (tmp_path / "gone").exists()


def test_only_the_newest_entries_are_kept_and_what_killed_writers_left_is_removed(tmp_path, monkeypatch):
    cache = tmp_path / "fonts"
    cache.mkdir()
    stem = FONT.stem
    for index, name in enumerate(["0000000000000001", "0000000000000002", "0000000000000003"]):
        old = cache / f"{stem}-{name}{font_cache.SUFFIX}"
        old.write_bytes(b"an older reportlab's")
        os.utime(old, (1_000_000 + index, 1_000_000 + index))
    left = cache / f".{stem}-0000000000000003{font_cache.SUFFIX}.1234abcd.tmp"
    left.write_bytes(b"half")
    os.utime(left, (1_000_000, 1_000_000))
    writing = cache / f".{stem}-0000000000000002{font_cache.SUFFIX}.5678abcd.tmp"  # another process, now
    writing.write_bytes(b"half")
    other = cache / "other-font-0000000000000001.marshal"
    other.write_bytes(b"not ours to remove")
    load(cache)
    assert sorted(p.name for p in cache.iterdir()) == sorted(
        [font_cache.entry_name(FONT), f"{stem}-0000000000000003{font_cache.SUFFIX}", writing.name, other.name])
    assert font_cache.KEPT == 2


def test_a_reportlab_whose_ttfont_does_more_is_parsed_and_nothing_kept(tmp_path, monkeypatch, parsed):
    monkeypatch.setattr(font_cache, "TTFONT_INIT_NAMES", font_cache.TTFONT_INIT_NAMES - {"shapable"})
    cache = tmp_path / "fonts"
    assert_same_font(load(cache), parsed)
    assert not cache.exists()


def test_the_installed_reportlab_sets_up_a_ttfont_as_the_cache_does():
    assert frozenset(TTFont.__init__.__code__.co_names) == font_cache.TTFONT_INIT_NAMES


# -- where the cache is ---------------------------------------------------------------------


def test_the_workspace_tells_the_fonts_where_its_cache_is(data_dir, monkeypatch):
    from tuoyu_desktop.services import Workspace

    monkeypatch.setattr(fonts, "_cache", None)
    reader = Workspace.open(data_dir, writer=False)  # no data folder yet: a reader creates nothing
    reader.close()
    assert fonts.cache_folder() is None and not data_dir.exists()
    writer = Workspace.open(data_dir)
    writer.close()
    assert fonts.cache_folder() == data_dir / "cache" / "fonts"
    monkeypatch.setattr(fonts, "_cache", None)
    reader = Workspace.open(data_dir, writer=False)
    reader.close()
    assert fonts.cache_folder() == data_dir / "cache" / "fonts"


def test_a_reader_in_a_read_only_data_folder_exports_and_creates_no_cache(facility_dir, tmp_path):
    import shutil

    export(facility_dir, tmp_path / "first.pdf")
    shutil.rmtree(facility_dir / "cache")
    before = sorted(p.relative_to(facility_dir) for p in facility_dir.rglob("*"))
    with read_only(facility_dir, facility_dir / DB_FILENAME):
        export(facility_dir, tmp_path / "second.pdf")
    assert sorted(p.relative_to(facility_dir) for p in facility_dir.rglob("*")) == before
    assert embedded_fonts(tmp_path / "second.pdf") == embedded_fonts(tmp_path / "first.pdf")


# -- the collector -------------------------------------------------------------------------

# In a fresh process: the generation of the font's biggest table (34,292 tuples of metrics)
# right after loading it, what the first young collection after it walked, and whether objects
# frozen before on purpose stayed frozen. argv[1]: the cache folder; argv[2]: "freeze" freezes
# every object first, as a program about to fork would.
SETTLED = """
import gc, json, sys
from pathlib import Path
from tuoyu_desktop.report import font_cache, fonts
if sys.argv[2] == "freeze":
    gc.freeze()
frozen = gc.get_freeze_count()
font = font_cache.load_font("Settled", fonts.font_path(), Path(sys.argv[1]))
generation = next(g for g in range(3) if any(o is font.face.hmetrics for o in gc.get_objects(generation=g)))
walked = []
gc.callbacks.append(lambda phase, info: walked.append(len(gc.get_objects(generation=0))) if phase == "start" else None)
gc.collect(0)
print(json.dumps([generation, walked[0], frozen, gc.get_freeze_count()]))
"""


def settled(cache: Path, mode: str = "") -> list[int]:
    out = subprocess.run([sys.executable, "-c", SETTLED, str(cache), mode], capture_output=True, text=True,
                         timeout=120, cwd=ROOT, check=True)
    return json.loads(out.stdout)


@pytest.mark.parametrize("kept", [False, True], ids=["parsed", "from the cache"])
def test_the_loaded_font_is_settled_in_the_oldest_generation(tmp_path, kept):
    cache = tmp_path / "fonts"
    if kept:
        load(cache)
    generation, walked, _, _ = settled(cache)
    assert generation == 2
    assert walked < 5_000  # not the font's tens of thousands of tuples and lists


def test_objects_frozen_on_purpose_stay_frozen(tmp_path):
    generation, _, frozen, still = settled(tmp_path / "fonts", "freeze")
    assert frozen > 10_000 and still == frozen
    assert generation < 2  # not settled: the young collections move it on as they come
