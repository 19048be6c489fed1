"""report/deferred_patterns.py: reportlab's modules with costly patterns compile them when first used."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from types import ModuleType

import pytest

from tuoyu_desktop.report import deferred_patterns

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
            "from tuoyu_desktop.report import deferred_patterns as d\nimport sys\n"
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
    mine = deferred_patterns._compile_deferred("a+b", re.I)
    assert isinstance(mine, re.Pattern) and mine.match("AAB")
    theirs: dict[str, object] = {"__name__": "reportlab.lib.textsplit", "compile": deferred_patterns._compile_deferred}
    exec("pattern = compile('a+b', 2)", theirs)
    pattern = theirs["pattern"]
    assert isinstance(pattern, deferred_patterns.DeferredPattern) and not pattern.compiled
    assert pattern.match("AAB").group() == "AAB" and pattern.compiled and pattern.flags & re.I


def test_a_module_that_fails_leaves_re_compile_as_it_was() -> None:
    class Failing:
        def create_module(self, spec):
            return None

        def exec_module(self, module):
            assert re.compile is deferred_patterns._compile_deferred
            raise ImportError("broken")

    loader = deferred_patterns._DeferringLoader(Failing())
    with pytest.raises(ImportError):
        loader.exec_module(ModuleType("reportlab.platypus.paragraph"))
    assert re.compile is deferred_patterns._compile


def test_installing_once_and_not_after_the_modules_are_imported(monkeypatch) -> None:
    monkeypatch.setattr(sys, "meta_path", list(sys.meta_path))
    import reportlab.lib.PyFontify
    import reportlab.platypus.paragraph  # noqa: F401  (all imported: nothing left to defer)

    before = list(sys.meta_path)
    deferred_patterns.install()
    assert sys.meta_path == before
    monkeypatch.delitem(sys.modules, "reportlab.lib.PyFontify")
    deferred_patterns.install()
    deferred_patterns.install()
    assert sum(isinstance(finder, deferred_patterns._Finder) for finder in sys.meta_path) == 1
    assert deferred_patterns._Finder().find_spec("reportlab.platypus.tables", None) is None


def test_a_module_no_finder_has_is_not_found() -> None:
    code = ("import sys\nimport tuoyu_desktop.report\nfrom tuoyu_desktop.report import deferred_patterns as d\n"
            "sys.meta_path[:] = [f for f in sys.meta_path if isinstance(f, d._Finder)]\n"
            "try:\n    import reportlab.platypus.paragraph\nexcept ImportError:\n    print('not found')")
    assert fresh(code).strip() == "not found"
