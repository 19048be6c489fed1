"""The PDF report: content, embedded font, refusing undrawable text, safe writing, progress."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from support import ROOT

from tuoyu_desktop.messages import EN, render
from tuoyu_desktop.records import Answer, format_points
from tuoyu_desktop.services import ExportError

REPORT_DIR = ROOT / "tuoyu_desktop" / "report"


def pdf_text(path: Path) -> str:
    """All text of the PDF with whitespace removed (extraction splits lines and cells)."""
    reader = PdfReader(str(path))
    return re.sub(r"\s+", "", "".join(page.extract_text() or "" for page in reader.pages))


def embedded_font_files(path: Path) -> set[str]:
    """Base names of the fonts whose descriptor carries an embedded TrueType program."""
    found = set()
    for page in PdfReader(str(path)).pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is not None and "/FontFile2" in descriptor.get_object():
                found.add(str(font["/BaseFont"]))
    return found


def all_font_names(path: Path) -> set[str]:
    names = set()
    for page in PdfReader(str(path)).pages:
        for ref in page["/Resources"].get_object().get("/Font", {}).values():
            names.add(str(ref.get_object()["/BaseFont"]))
    return names


def mini_assessment(workspace, answers: dict[str, Answer] | None = None) -> str:
    assessment_id = workspace.assessments.create("mini-test", "2026年上半年")
    session = workspace.assessments.open(assessment_id)
    for item_id, answer in (answers or {}).items():
        session.set_answer(item_id, answer)
    return assessment_id


@pytest.fixture
def out_dir(tmp_path) -> Path:
    """An empty folder for reports (``tmp_path`` also holds the workspace's data folder)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


MET = Answer(value="met")
YES = Answer(value="yes")


def full_mini_answers(**overrides: Answer) -> dict[str, Answer]:
    answers = {"1.1.1": YES, "1.1.2": MET, "1.2.1": MET, "2.1.1": MET}
    answers.update(overrides)
    return answers


# -- the full demo report -----------------------------------------------------------------


@pytest.fixture
def demo_pdf(demo_workspace, tmp_path):
    workspace, assessment_id = demo_workspace
    target = tmp_path / "演示报告.pdf"
    calls: list[tuple[int, int]] = []
    returned = workspace.reports.export_pdf(assessment_id, target, progress=lambda done, total: calls.append((done, total)))
    return workspace, assessment_id, target, returned, calls


def test_demo_report_carries_names_scores_and_grade(demo_pdf):
    workspace, assessment_id, target, returned, _ = demo_pdf
    assert returned == target and target.is_file()
    assert target.read_bytes().startswith(b"%PDF-")
    session = workspace.assessments.open(assessment_id)
    scores = session.scores
    text = pdf_text(target)

    assert workspace.facilities.own()[1].name in text
    assert "托育机构质量自评报告" in text
    for dimension in session.form.dimensions:
        assert dimension.title in text, dimension.title
    total = scores.total
    assert format_points(total.earned) in text
    assert f"{total.percent:.1f}%" in text
    assert scores.grade.grade in text and scores.grade.label in text
    assert f"评定等级：{scores.grade.label}" in text
    # every applicable item of the form is listed by its id
    for item_id, result in scores.items.items():
        if result.relevant:
            assert item_id in text
    assert "第1页/共" in text


def test_demo_report_has_pages_metadata_and_embedded_font(demo_pdf):
    workspace, _, target, _, _ = demo_pdf
    reader = PdfReader(str(target))
    assert len(reader.pages) >= 3
    name = workspace.facilities.own()[1].name
    meta = reader.metadata
    assert meta.author == name
    assert meta.creator == "tuoyu-desktop"
    assert "托育机构质量自评报告" in meta.title and name in meta.title
    assert meta.subject
    embedded = embedded_font_files(target)
    assert embedded and all("WenQuanYiMicroHei" in font for font in embedded)
    # nothing drawn with a font that is not embedded (reportlab would fall back to Helvetica)
    assert all_font_names(target) == embedded


def test_demo_report_progress_ends_at_total(demo_pdf):
    *_, calls = demo_pdf
    assert len(calls) >= 3
    totals = {total for _, total in calls}
    assert len(totals) == 1
    total = totals.pop()
    dones = [done for done, _ in calls]
    assert dones == sorted(dones)
    assert dones[0] < total and dones[-1] == total


def test_demo_report_shows_computed_items_with_their_figures(demo_pdf):
    workspace, assessment_id, target, _, _ = demo_pdf
    session = workspace.assessments.open(assessment_id)
    computed = [r for r in session.scores.items.values() if r.item.kind == "computed" and r.relevant]
    assert computed, "the bundled WS/T 821 form computes its ratios and class sizes"
    text = pdf_text(target)
    assert "自动计算" in text
    assert re.sub(r"\s+", "", computed[0].explanation)[:15] in text


# -- content of smaller reports -----------------------------------------------------------


def test_veto_failure_is_on_the_cover_and_first_in_the_gap_list(mini_workspace, tmp_path):
    answers = full_mini_answers(**{
        "1.1.1": Answer(value="no", comment="营业执照正在变更"),
        "1.2.1": Answer(value="partial", comment="部分用房在四层"),
    })
    assessment_id = mini_assessment(mini_workspace, answers)
    target = tmp_path / "veto.pdf"
    mini_workspace.reports.export_pdf(assessment_id, target)
    text = pdf_text(target)
    assert "一票否决：1个否决项未达到要求" in text
    assert "营业执照正在变更" in text
    gap_part = text[text.index("三、需整改事项"):]
    assert gap_part.index("1.1.1") < gap_part.index("1.2.1")
    reader = PdfReader(str(target))
    assert "D" in reader.pages[0].extract_text()


def test_incomplete_assessment_is_flagged_and_unanswered_items_listed(mini_workspace, tmp_path):
    assessment_id = mini_assessment(mini_workspace, {"1.1.1": YES, "2.1.1": Answer(na=True, na_reason="无监控需求")})
    target = tmp_path / "incomplete.pdf"
    mini_workspace.reports.export_pdf(assessment_id, target)
    text = pdf_text(target)
    assert "本次自评尚未完成" in text and "已完成2/4个条目" in text
    assert "四、未完成条目" in text
    assert "无监控需求" in text and "不适用" in text
    assert "未作答" in text


def test_complete_assessment_has_no_incomplete_note(mini_workspace, tmp_path):
    assessment_id = mini_assessment(mini_workspace, full_mini_answers())
    target = tmp_path / "complete.pdf"
    mini_workspace.reports.export_pdf(assessment_id, target)
    text = pdf_text(target)
    assert "尚未完成" not in text and "一票否决：" not in text
    assert "无需整改事项" in text
    assert "30/30" in text or "100.0%" in text


def test_very_long_comment_goes_to_the_appendix(mini_workspace, tmp_path):
    long_comment = "整改措施：" + "逐项核对台账并补齐记录。" * 400 + "结束标记ZZ"
    assessment_id = mini_assessment(mini_workspace, full_mini_answers(**{"1.1.2": Answer(value="partial", comment=long_comment)}))
    target = tmp_path / "long.pdf"
    mini_workspace.reports.export_pdf(assessment_id, target)
    text = pdf_text(target)
    assert "附录：备注全文" in text and "全文见附录第1条" in text
    assert "1．条目1.1.2的备注" in text  # the note's place heads it, in Chinese as the report is
    assert "结束标记ZZ" in text


def test_markup_characters_in_user_text_are_printed_as_typed(mini_workspace, tmp_path):
    comment = "A&B <b>不是标签</b> 1<2"
    assessment_id = mini_assessment(mini_workspace, full_mini_answers(**{"2.1.1": Answer(value="partial", comment=comment)}))
    target = tmp_path / "markup.pdf"
    mini_workspace.reports.export_pdf(assessment_id, target)
    assert re.sub(r"\s+", "", comment) in pdf_text(target)


# -- text the font cannot draw ------------------------------------------------------------


@pytest.mark.parametrize("bad", ["𠀀", "🙂"])
def test_facility_name_outside_the_font_is_refused_before_writing(mini_workspace, out_dir, bad):
    _, profile = mini_workspace.facilities.own()
    profile.name = f"阳光{bad}托育中心"
    mini_workspace.facilities.save_own(profile)
    assessment_id = mini_assessment(mini_workspace, full_mini_answers())
    target = out_dir / "out.pdf"
    with pytest.raises(ExportError) as caught:
        mini_workspace.reports.export_pdf(assessment_id, target)
    message = str(caught.value)
    assert bad in message and f"U+{ord(bad):04X}" in message
    assert "机构名称" in message
    assert "in: facility name" in render(caught.value, EN)  # the export error keeps the message
    assert list(out_dir.iterdir()) == []


def test_refused_export_leaves_an_existing_report_untouched(mini_workspace, out_dir):
    assessment_id = mini_assessment(mini_workspace, full_mini_answers(**{"1.1.2": Answer(value="partial", comment="已整改🙂")}))
    target = out_dir / "report.pdf"
    target.write_bytes(b"%PDF-1.4 the good old report")
    with pytest.raises(ExportError) as caught:
        mini_workspace.reports.export_pdf(assessment_id, target)
    assert "条目 1.1.2 的备注" in str(caught.value)
    assert "comment on item 1.1.2" in render(caught.value, EN)
    assert target.read_bytes() == b"%PDF-1.4 the good old report"
    assert sorted(p.name for p in out_dir.iterdir()) == ["report.pdf"]


def test_unrenderable_message_lists_each_character_with_all_its_places():
    from tuoyu_desktop.report import UnrenderableText
    from tuoyu_desktop.report.fonts import charset
    from tuoyu_desktop.report.textcheck import check, place

    font = charset()
    name, comment, period = place("facility_name"), place("item_comment", item="1.1.1"), place("period")
    check([(name, "阳光托育\n中心　A-1"), (comment, "（已整改）≥ 90% — ①")], font)  # fine
    with pytest.raises(UnrenderableText) as caught:
        check([(name, "阳光𠀀"), (comment, "好🙂𠀀"), (period, "🙂")], font)
    assert caught.value.problems == {"𠀀": ["机构名称", "条目 1.1.1 的备注"], "🙂": ["条目 1.1.1 的备注", "评估周期"]}
    message = str(caught.value)
    assert "U+20000" in message and "U+1F642" in message
    assert "机构名称、条目 1.1.1 的备注" in message


def test_every_literal_in_the_report_code_is_in_the_font():
    from tuoyu_desktop.report.fonts import charset

    font = charset()
    missing = {}
    for source in REPORT_DIR.glob("*.py"):
        for char in set(source.read_text(encoding="utf-8")):
            if ord(char) > 127 and ord(char) not in font and not char.isspace():
                missing.setdefault(source.name, set()).add(char)
    assert missing == {}


# -- writing safely -----------------------------------------------------------------------


def test_failure_while_replacing_keeps_the_old_file_and_leaves_no_temp(mini_workspace, out_dir, monkeypatch):
    assessment_id = mini_assessment(mini_workspace, full_mini_answers())
    target = out_dir / "report.pdf"
    target.write_bytes(b"old")

    def refuse(src, dst):
        raise PermissionError(13, "Permission denied", str(dst))

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(ExportError) as caught:
        mini_workspace.reports.export_pdf(assessment_id, target)
    assert "无法写入" in str(caught.value)
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in out_dir.iterdir()) == ["report.pdf"]


def test_missing_folder_is_an_export_error(mini_workspace, tmp_path):
    assessment_id = mini_assessment(mini_workspace, full_mini_answers())
    target = tmp_path / "no-such-folder" / "report.pdf"
    with pytest.raises(ExportError) as caught:
        mini_workspace.reports.export_pdf(assessment_id, target)
    message = str(caught.value)
    assert message.startswith("无法写入") and "Traceback" not in message
    assert not target.parent.exists()


def test_unwritable_folder_is_an_export_error(mini_workspace, out_dir, monkeypatch):
    """What a read-only folder does, also when the tests run as root (who may write anywhere)."""
    assessment_id = mini_assessment(mini_workspace, full_mini_answers())
    real_open = os.open

    def guarded_open(path, *args, **kwargs):
        if Path(path).parent == out_dir:
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", guarded_open)
    with pytest.raises(ExportError) as caught:
        mini_workspace.reports.export_pdf(assessment_id, out_dir / "report.pdf")
    message = str(caught.value)
    assert message.startswith("无法写入") and "没有写入权限" in message and "Traceback" not in message
    assert list(out_dir.iterdir()) == []


def test_written_report_is_readable_by_others_per_umask(mini_workspace, tmp_path):
    assessment_id = mini_assessment(mini_workspace, full_mini_answers())
    target = tmp_path / "report.pdf"
    mini_workspace.reports.export_pdf(assessment_id, target)
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask


# -- the bundled font ---------------------------------------------------------------------


def test_bundled_font_is_a_truetype_gbk_subset_with_its_licence():
    from fontTools.ttLib import TTFont

    from tuoyu_desktop.report.fonts import font_path

    path = font_path()
    assert path.stat().st_size < 5 * 1024 * 1024
    font = TTFont(str(path), lazy=True)
    assert "glyf" in font  # reportlab embeds TrueType outlines only
    cmap = font.getBestCmap()
    gb2312 = set()
    for hi in range(0xA1, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                gb2312.add(ord(bytes((hi, lo)).decode("gb2312")))
            except UnicodeDecodeError:
                pass
    assert gb2312 - set(cmap) == set()
    for char in "—–…“”·•●■≥≤×÷％（）〔〕①⑳〇¥€玥堃喆珺":
        assert ord(char) in cmap, char
    folder = path.parent
    assert "Apache" in (folder / "LICENSE-wqy-microhei.txt").read_text(encoding="utf-8")
    assert (folder / "LICENSE-Apache-2.0.txt").is_file()


def test_a_missing_report_font_is_said_in_both_languages_and_leaves_nothing(mini_workspace, tmp_path, monkeypatch):
    from tuoyu_desktop import paths
    from tuoyu_desktop.errors import TuoyuError
    from tuoyu_desktop.messages import render
    from tuoyu_desktop.report import fonts

    assessment_id = mini_workspace.assessments.create("mini-test", "2026年上半年")
    monkeypatch.setattr(fonts, "_charset", None)  # as in a fresh process: not registered yet
    monkeypatch.setattr(paths, "resources_dir", lambda: tmp_path / "damaged-installation")
    target = tmp_path / "out" / "report.pdf"
    target.parent.mkdir()
    with pytest.raises(TuoyuError) as caught:
        mini_workspace.reports.export_pdf(assessment_id, target)
    assert "报告字体文件缺失" in str(caught.value) and "请重新安装" in str(caught.value)
    assert render(caught.value, "en").startswith("The report font is missing: ")
    assert list(target.parent.iterdir()) == []
