"""The report-document base: reportlab's global settings left alone, no private names shared
between report modules. Reports are written straight from the report package, without services."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from pypdf import PdfReader
from support.report_parts import inspection_parts

REPORT_DIR = Path(__file__).resolve().parent.parent / "tuoyu_desktop" / "report"


def image_filters(path: Path) -> list[list[str]]:
    """The stream filters of every image in the PDF, e.g. ``[["/DCTDecode"]]``."""
    found = []
    for page in PdfReader(str(path)).pages:
        for ref in page["/Resources"].get("/XObject", {}).values():
            image = ref.get_object()
            if image["/Subtype"] == "/Image":
                value = image["/Filter"]
                found.append([str(f) for f in value] if isinstance(value, list) else [str(value)])
    return found


@pytest.mark.parametrize("before", [1, 0])
def test_photos_go_in_as_jpeg_and_reportlab_settings_stay_as_they_were(tmp_path, monkeypatch, before):
    from reportlab import rl_config

    from tuoyu_desktop.report.inspection import write_inspection_report

    monkeypatch.setattr(rl_config, "useA85", before)
    target = tmp_path / "r.pdf"
    write_inspection_report(target, *inspection_parts())
    assert rl_config.useA85 == before
    filters = image_filters(target)
    assert filters == [["/DCTDecode"]]  # the JPEG as it is, not wrapped in ASCII85


def test_settings_are_restored_when_a_build_fails(tmp_path, monkeypatch):
    import gc

    from reportlab import rl_config
    from reportlab.platypus import Flowable

    from tuoyu_desktop.report.document import DocumentInfo, ReportDocument

    class Broken(Flowable):
        def wrap(self, width, height):
            return 10, 10

        def draw(self):
            assert rl_config.useA85 == 0
            assert not gc.isenabled()  # paused while the document is built
            raise RuntimeError("broken flowable")

    class Doc(ReportDocument):
        def build(self):
            self.story.append(Broken())

        def info(self):
            return DocumentInfo("t", "a", "s", "h", "h", "f", "f")

    monkeypatch.setattr(rl_config, "useA85", 1)
    with pytest.raises(RuntimeError, match="broken flowable"):
        Doc().write(tmp_path / "x.pdf")
    assert rl_config.useA85 == 1
    assert gc.isenabled()
    assert list(tmp_path.iterdir()) == []


def test_overlapping_builds_restore_the_setting_once_the_last_ends(monkeypatch):
    from reportlab import rl_config

    from tuoyu_desktop.report.document import binary_streams

    monkeypatch.setattr(rl_config, "useA85", 1)
    first, second = binary_streams(), binary_streams()
    first.__enter__()
    second.__enter__()
    first.__exit__(None, None, None)
    assert rl_config.useA85 == 0  # the second build is still running
    second.__exit__(None, None, None)
    assert rl_config.useA85 == 1


def test_an_export_pauses_the_collector(tmp_path):
    import gc

    from tuoyu_desktop.services import Workspace
    from tuoyu_desktop.services.demo import demo_profile

    workspace = Workspace.open(tmp_path / "data")
    try:
        workspace.facilities.save_own(demo_profile())
        assessment = workspace.assessments.create("wst821-2023", "2026 年")
        seen = []
        plans = workspace.reports._plans  # read before the document is built
        workspace.reports._plans = lambda *args: (seen.append(gc.isenabled()), plans(*args))[1]  # type: ignore[method-assign]
        workspace.reports.export_pdf(assessment, tmp_path / "r.pdf", progress=lambda *_: seen.append(gc.isenabled()))
    finally:
        workspace.close()
    assert seen and not any(seen)
    assert gc.isenabled()


def test_the_collector_stays_paused_if_it_was_paused_before():
    import gc

    from tuoyu_desktop.switches import collector_paused

    gc.disable()
    try:
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_report_modules_share_no_private_names():
    """Modules of the report package use each other's public names only (no ``_Builder``)."""
    offences = []
    for source in sorted(REPORT_DIR.glob("*.py")):
        tree = ast.parse(source.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("tuoyu_desktop.report"):
                offences += [f"{source.name}: {alias.name}" for alias in node.names if alias.name.startswith("_")]
    assert offences == []


def test_escape_is_saxutils_escape():
    from xml.sax.saxutils import escape as sax_escape

    from tuoyu_desktop.report.document import escape

    for text in ['a & b < c > d', '"引号" \'单引号\'', "&amp; already", "托育\n机构", ""]:
        assert escape(text) == sax_escape(text)


def test_a_written_report_is_freed_without_waiting_for_the_cyclic_collector(tmp_path):
    """reportlab's canvas and document stay in reference cycles after a build; the report that
    made the pages (scores, story, laid-out cells) must not hang on them until the collector runs."""
    import gc
    import weakref

    from tuoyu_desktop.report.document import DocumentInfo, ReportDocument

    class Doc(ReportDocument):
        def build(self):
            self.story.extend(self.p(self.t(f"第 {n} 行：要求已落实并有记录", "测试")) for n in range(200))

        def info(self):
            return DocumentInfo("t", "a", "s", "h", "h", "f", "f")

        def embedded_files(self):
            return [("data.json", b"{}")]

    gc.collect()
    gc.disable()
    try:
        document = Doc()
        gone = weakref.ref(document)
        document.write(tmp_path / "x.pdf")
        del document
        assert gone() is None
    finally:
        gc.enable()
    assert "第 199 行" in "".join(page.extract_text() for page in PdfReader(str(tmp_path / "x.pdf")).pages)


def test_a_written_report_leaves_no_cells_behind(tmp_path):
    """The cells parsed and laid out for one document are keyed by its own styles: dropped once
    it is drawn, or fails to be, instead of living on through the session."""
    from reportlab.platypus import Flowable

    from tuoyu_desktop.report import cells
    from tuoyu_desktop.report.document import DocumentInfo, ReportDocument
    from tuoyu_desktop.report.textcheck import place

    class Broken(Flowable):
        def wrap(self, availWidth, availHeight):  # noqa: N803
            raise OSError("disk gone")

    class Doc(ReportDocument):
        broken = False

        def build(self):
            self.story.extend(self.p(self.t(f"第 {n} 行：要求已落实", place("item_text", item=str(n)))) for n in range(50))
            if self.broken:
                self.story.append(Broken())

        def info(self):
            return DocumentInfo("t", "a", "s", "h", "h", "f", "f")

    Doc().write(tmp_path / "x.pdf")
    assert not (cells._parsed or cells._layouts or cells._eligible)
    broken = Doc()
    broken.broken = True
    with pytest.raises(OSError):
        broken.write(tmp_path / "y.pdf")
    assert not (cells._parsed or cells._layouts or cells._eligible)
    assert "第 49 行" in "".join(page.extract_text() for page in PdfReader(str(tmp_path / "x.pdf")).pages)
