"""report/deferred_imports.py: what reportlab's modules do at import that no report needs yet (costly
patterns, Pillow, a text shaper) is done when first needed, or never, and works as reportlab's own."""

from __future__ import annotations

import builtins
import json
import re
import subprocess
import sys
from types import ModuleType

import pytest
from pypdf import PdfReader
from support import ROOT

from tuoyu_desktop.report import deferred_imports

URLS = ["https://例子.中国/路径/page?x=1", "http://192.168.1.20:8080/a", "ftp://user:pw@host.example.org/f",
        "HTTPS://WWW.EXAMPLE.COM", "https://-bad-.com", "not a url", "mailto:someone@example.org",
        "https://a." + "b" * 70 + ".com/"]

# Lines a narrow paragraph breaks a long web address into when reportlab breaks web addresses
# (uriWasteReduce): the one use of the costly pattern; printed as JSON by a fresh process.
WRAPPED = """
import json, sys
if sys.argv[1] == "deferred":
    import tuoyu_desktop.report
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph
from reportlab.platypus import paragraph
style = ParagraphStyle("u", fontName="Helvetica", fontSize=10, leading=12, uriWasteReduce=0.3)
text = "see https://www.example.org/a/very/long/path/to/some/resource/index.html?query=value&other=thing now"
para = Paragraph(text.replace("&", "&amp;"), style)
para.wrap(120, 1000)
print(json.dumps([type(paragraph.uri_pat).__name__,
                  ["".join(frag.text for frag in line.words) for line in para.blPara.lines]]))
"""


def fresh(code: str, *args: str) -> str:
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, check=True).stdout


def test_the_paragraph_module_costs_its_web_address_pattern_only_when_used() -> None:
    code = ("import re, json\nimport tuoyu_desktop.report\nfrom reportlab.platypus import Paragraph, paragraph\n"
            "from tuoyu_desktop.report import deferred_imports as d\nimport sys\n"
            "before = paragraph.uri_pat.compiled\n"
            "urls = json.loads(sys.argv[1])\n"
            "ours = [bool(paragraph.uri_pat.match(u)) and paragraph.uri_pat.match(u).groups() for u in urls]\n"
            "print(json.dumps([type(paragraph.uri_pat).__name__, before, paragraph.uri_pat.compiled,\n"
            "                  re.compile is d._compile, ours]))")
    kind, before, after, restored, ours = json.loads(fresh(code, json.dumps(URLS)))
    assert (kind, before, after, restored) == ("DeferredPattern", False, True, True)
    from reportlab.platypus import paragraph

    plain = re.compile(paragraph.uri_pat.pattern, paragraph.uri_pat.flags)
    assert ours == [bool(plain.match(u)) and list(plain.match(u).groups()) for u in URLS]
    assert any(ours) and not all(ours)


def test_web_addresses_break_as_reportlab_breaks_them() -> None:
    deferred, wrapped = json.loads(fresh(WRAPPED, "deferred"))
    plain, wrapped_plainly = json.loads(fresh(WRAPPED, "plain"))
    assert (deferred, plain) == ("DeferredPattern", "Pattern")
    assert wrapped == wrapped_plainly
    assert len(wrapped) == 3 and wrapped[0].endswith("://")  # the address broken after its scheme


# reportlab's other deferred patterns, used as reportlab uses them, by a fresh process
OTHERS = """
import json, sys
if sys.argv[1] == "deferred":
    import tuoyu_desktop.report
from reportlab.lib import PyFontify, textsplit
kinds = [type(textsplit.rx).__name__, type(PyFontify.matchRE).__name__]
# as textsplit.cjkwrap uses it (cjkwrap itself fails here: it calls reduce, never imported)
wrapped = textsplit.rx.sub(r"\\1\\0 ", "托育机构 quality 自评").encode()
tags = PyFontify.fontify("def f(x):\\n    return 1  # note\\n")
print(json.dumps([kinds, wrapped.decode(), tags]))
"""


def test_the_other_modules_patterns_work_as_reportlabs() -> None:
    kinds, *deferred = json.loads(fresh(OTHERS, "deferred"))
    plain_kinds, *plain = json.loads(fresh(OTHERS, "plain"))
    assert kinds == ["DeferredPattern", "DeferredPattern"] and plain_kinds == ["Pattern", "Pattern"]
    assert deferred == plain and deferred[0].count("\0") == 6 and len(deferred[1]) == 4


def test_only_the_modules_own_calls_are_deferred() -> None:
    mine = deferred_imports._compile_deferred("a+b", re.I)
    assert isinstance(mine, re.Pattern) and mine.match("AAB")
    theirs: dict[str, object] = {"__name__": "reportlab.lib.textsplit", "compile": deferred_imports._compile_deferred}
    exec("pattern = compile('a+b', 2)", theirs)
    pattern = theirs["pattern"]
    assert isinstance(pattern, deferred_imports.DeferredPattern) and not pattern.compiled
    assert pattern.match("AAB").group() == "AAB" and pattern.compiled and pattern.flags & re.I


def test_a_module_that_fails_leaves_re_compile_and_import_as_they_were() -> None:
    class Failing:
        def create_module(self, spec):
            return None

        def exec_module(self, module):
            assert re.compile is deferred_imports._compile_deferred
            assert builtins.__import__ is deferred_imports._import_deferred
            raise ImportError("broken")

    loader = deferred_imports._DeferringLoader(Failing())
    with pytest.raises(ImportError):
        loader.exec_module(ModuleType("reportlab.platypus.paragraph"))
    assert re.compile is deferred_imports._compile
    assert builtins.__import__ is deferred_imports._import


def test_installing_once_and_not_after_the_modules_are_imported(monkeypatch) -> None:
    monkeypatch.setattr(sys, "meta_path", list(sys.meta_path))
    import reportlab.lib.PyFontify
    import reportlab.platypus.paragraph  # noqa: F401  (all imported: nothing left to defer)

    before = list(sys.meta_path)
    deferred_imports.install()
    assert sys.meta_path == before
    monkeypatch.delitem(sys.modules, "reportlab.lib.PyFontify")
    deferred_imports.install()
    deferred_imports.install()
    assert sum(isinstance(finder, deferred_imports._Finder) for finder in sys.meta_path) == 1
    assert deferred_imports._Finder().find_spec("reportlab.platypus.tables", None) is None


def test_a_module_no_finder_has_is_not_found() -> None:
    code = ("import sys\nimport tuoyu_desktop.report\nfrom tuoyu_desktop.report import deferred_imports as d\n"
            "sys.meta_path[:] = [f for f in sys.meta_path if isinstance(f, d._Finder)]\n"
            "try:\n    import reportlab.platypus.paragraph\nexcept ImportError:\n    print('not found')")
    assert fresh(code).strip() == "not found"


# -- Pillow, imported when a picture is first read ---------------------------------------------

# In a fresh process, reportlab's images as a report uses them: whether reportlab's import left
# Pillow unimported, then a picture read and drawn, Pillow's own image class recognised, and what
# others importing Pillow get (argv[1]: "deferred" imports the report package first).
PICTURES = """
import io, json, sys
if sys.argv[1] == "deferred":
    import tuoyu_desktop.report
from reportlab.lib import utils
from reportlab.pdfgen.canvas import Canvas
unimported = "PIL.Image" not in sys.modules
reader = utils.ImageReader(sys.argv[2])
buffer = io.BytesIO()
canvas = Canvas(buffer)
canvas.drawImage(reader, 10, 10, 64, 64)
canvas.save()
from PIL import Image
print(json.dumps([unimported, utils.haveImages, list(reader.getSize()), utils._isPILImage(Image.new("RGB", (2, 2))),
                  type(Image).__name__, len(buffer.getvalue())]))
"""


def test_pillow_is_imported_when_a_picture_is_first_read() -> None:
    picture = str(ROOT / "resources" / "tuoyu.png")
    deferred = json.loads(fresh(PICTURES, "deferred", picture))
    plain = json.loads(fresh(PICTURES, "plain", picture))
    assert deferred[0] is True and plain[0] is False  # reportlab imported Pillow at once before
    assert deferred[1:] == plain[1:] == [True, [256, 256], True, "module", plain[5]]
    assert plain[5] > 1000  # the picture is in the PDF


def test_only_reportlabs_statement_is_answered_with_a_stand_in() -> None:
    theirs: dict[str, object] = {"__name__": "reportlab.lib.utils", "__import__": deferred_imports._import_deferred}
    stand_in = deferred_imports._import_deferred("PIL", theirs, None, ("Image",), 0).Image
    assert isinstance(stand_in, deferred_imports.DeferredModule)
    assert stand_in.Image.__name__ == "Image" and stand_in.imported
    mine = deferred_imports._import_deferred("PIL", {"__name__": "tuoyu_desktop.evidence"}, None, ("Image",), 0)
    assert isinstance(mine, ModuleType) and isinstance(mine.Image, ModuleType)


# -- the text shaper, refused to reportlab ----------------------------------------------------

# In a fresh process: what reportlab's fonts module holds as its shaper, whether the shaper was
# imported with it, whether pyHanko's stamp fonts get it afterwards, and the page content of
# Chinese text drawn with the report font (argv[1]: "deferred" imports the report package first).
SHAPER = """
import json, sys
if sys.argv[1] == "deferred":
    import tuoyu_desktop.report
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfgen.canvas import Canvas
shaper_loaded = "uharfbuzz" in sys.modules
from tuoyu_desktop.report import fonts
name = fonts.register()
canvas = Canvas(sys.argv[2])
canvas.setFont(name, 10)
canvas.drawString(50, 700, "托育机构质量自评：卫生保健 ffi → 10 分")
canvas.showPage()
canvas.save()
from pyhanko.pdf_utils.font import opentype
print(json.dumps([ttfonts.uharfbuzz is None, shaper_loaded, opentype.hb is not None,
                  pdfmetrics.getFont(name).shapable]))
"""


def shaper_probe(kind: str, tmp_path) -> tuple[list[bool], bytes]:
    pdf = tmp_path / f"{kind}.pdf"
    return json.loads(fresh(SHAPER, kind, str(pdf))), PdfReader(pdf).pages[0].get_contents().get_data()


def test_reportlab_goes_without_the_shaper_and_pyhanko_still_has_it(tmp_path) -> None:
    (none_for_reportlab, loaded_with_reportlab, pyhanko_has_it, shapable), _ = shaper_probe("deferred", tmp_path)
    assert none_for_reportlab and not loaded_with_reportlab and not shapable
    assert pyhanko_has_it  # its signature stamps import it by themselves, later


def test_text_is_drawn_as_reportlab_draws_it_with_the_shaper(tmp_path) -> None:
    (none_for_reportlab, loaded, _, _), plain_text = shaper_probe("plain", tmp_path)
    assert not none_for_reportlab and loaded  # the shaper is installed (pyHanko[opentype])
    _, our_text = shaper_probe("deferred", tmp_path)
    assert our_text == plain_text
    assert b"Tf" in our_text and b"Tj" in our_text


def test_only_reportlabs_fonts_module_is_refused_the_shaper() -> None:
    with pytest.raises(ModuleNotFoundError):
        deferred_imports._import_deferred("uharfbuzz", {"__name__": "reportlab.pdfbase.ttfonts"}, None, (), 0)
    assert deferred_imports._import_deferred("uharfbuzz", {"__name__": "pyhanko.pdf_utils.font.opentype"},
                                             None, (), 0).__name__ == "uharfbuzz"
