"""What the reports show: the draft watermark, times in China Standard Time, the gap list's
rectification columns, and the evidence appendix. Written straight from the report package and
read back with pypdf."""

from __future__ import annotations

import re
import time
from datetime import datetime, timezone

import pytest
from pypdf import PdfReader
from support.report_parts import embedded, inspection_parts, jpeg, mini_parts, page_texts, pdf_text

from tuoyu_desktop.dates import when_text
from tuoyu_desktop.records import Answer
from tuoyu_desktop.report import Attachment, EvidenceItem, GapPlan, write_assessment_report, write_inspection_report

UTC = timezone.utc
DATA = Attachment("a1-r1", "assessment.json", b'{"schema_version": "1.0"}')


@pytest.fixture
def new_york(monkeypatch):
    """This computer's clock on US Eastern Standard Time (a POSIX rule: no tzdata needed)."""
    monkeypatch.setenv("TZ", "EST+05")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


# -- drafts ---------------------------------------------------------------------------------------


def test_draft_carries_the_watermark_on_every_page_and_never_mentions_signing(tmp_path):
    target = tmp_path / "draft.pdf"
    write_assessment_report(target, *mini_parts(status="draft"), attachment=DATA)
    pages = page_texts(target)
    assert len(pages) >= 3 and all("草稿" in page for page in pages)
    text = "".join(pages)
    assert "签名" not in text and "签署" not in text
    assert "signers.json" not in embedded(target)
    assert "草稿" in PdfReader(str(target)).metadata.title


def test_final_report_has_no_watermark_and_ends_with_the_signing_section(tmp_path):
    target = tmp_path / "final.pdf"
    write_assessment_report(target, *mini_parts(), attachment=DATA)
    pages = page_texts(target)
    assert not any("草稿" in page for page in pages)
    assert "签署" in pages[-1] and "数字签名" in pages[0]
    assert set(embedded(target)) == {"assessment.json", "signers.json"}


def test_draft_inspection_is_watermarked_too(tmp_path):
    target = tmp_path / "draft.pdf"
    profile, row, scores, data, photos = inspection_parts(status="draft")
    write_inspection_report(target, profile, row, scores, data, photos, attachment=DATA)
    pages = page_texts(target)
    assert all("草稿" in page for page in pages) and "签名" not in "".join(pages)


# -- times ----------------------------------------------------------------------------------------


def test_stored_times_print_in_china_standard_time():
    assert when_text("2026-11-28T02:53:00+00:00") == "2026年11月28日 10:53"
    assert when_text("2026-11-28T10:53:00+08:00") == "2026年11月28日 10:53"
    assert when_text("2026-12-01") == "2026年12月1日"  # a deadline is a day, not a moment
    assert when_text("下周一") == "下周一" and when_text(None) == ""


def test_naive_times_are_this_computers_local_time(new_york):
    assert when_text("2026-11-27T21:53:00") == "2026年11月28日 10:53"


def test_report_prints_generation_time_in_china_standard_time(tmp_path, new_york):
    target = tmp_path / "r.pdf"
    write_assessment_report(target, *mini_parts(), generated_at=datetime(2026, 11, 27, 21, 53))  # New York time
    pages = page_texts(target)
    assert "报告生成时间：2026年11月28日10:53" in pages[0]
    assert all("生成时间：2026年11月28日10:53" in page for page in pages)  # the footer
    assert "2026-11-27" not in "".join(pages)


def test_inspection_prints_visit_time_and_deadlines_in_chinese_format(tmp_path):
    target = tmp_path / "r.pdf"
    profile, row, scores, data, photos = inspection_parts(visited_at="2026-11-20T01:30:00+00:00")
    write_inspection_report(target, profile, row, scores, data, photos,
                            generated_at=datetime(2026, 11, 28, 2, 53, tzinfo=UTC))
    text = pdf_text(target)
    assert "巡查时间：2026年11月20日09:30" in text
    assert "2026年12月1日" in text and "2026-12-01" not in text
    assert "生成时间：2026年11月28日10:53" in text


def test_ledger_prints_export_time_and_deadlines_in_chinese_format(tmp_path):
    from tuoyu_desktop.rectification import RectificationItem
    from tuoyu_desktop.report.ledger import write_ledger_pdf

    item = RectificationItem(id="r1", facility_id=1, source="inspection", source_id="i1", source_key="2.1.3",
                             area="消防安全", description="楼道停放电动车", severity="严重", opinion="立即清理",
                             responsible="王园长", deadline="2026-12-01", status="待整改", status_reason="",
                             created_at="2026-11-20T10:00:00", updated_at="2026-11-20T10:00:00")
    target = tmp_path / "ledger.pdf"
    write_ledger_pdf(target, [item], {1: "七彩童年托育园"}, "七彩童年托育园", [])
    text = pdf_text(target)
    assert "2026年12月1日" in text and "2026-12-01" not in text
    assert re.search(r"导出时间：\d{4}年\d{1,2}月\d{1,2}日\d\d:\d\d", text)


# -- the gap list ---------------------------------------------------------------------------------


def test_gap_list_has_rectification_columns_filled_from_plans_or_left_blank(tmp_path):
    target = tmp_path / "r.pdf"
    plans = {"2.1.1": GapPlan(measure="加装监控并保存90天录像", responsible="王园长", deadline="2026-12-31")}
    write_assessment_report(target, *mini_parts(), plans=plans)
    gaps = pdf_text(target).split("三、需整改事项", 1)[1]
    assert "整改措施责任人完成期限" in gaps
    assert "加装监控并保存90天录像" in gaps and "王园长" in gaps and "2026年12月31日" in gaps
    assert "1.1.2" in gaps  # the gap without a plan is listed, its plan cells left to fill by hand


def test_plan_text_outside_the_font_is_refused_by_name(tmp_path):
    from tuoyu_desktop.report import UnrenderableText

    with pytest.raises(UnrenderableText, match="条目 2.1.1 的责任人"):
        write_assessment_report(tmp_path / "r.pdf", *mini_parts(), plans={"2.1.1": GapPlan(responsible="王🙂")})
    assert list(tmp_path.iterdir()) == []


# -- evidence -------------------------------------------------------------------------------------


def test_evidence_appendix_shows_photos_lists_documents_and_items_point_to_them(tmp_path):
    digest = "e3" * 32
    evidence = {
        "2.1.1": [EvidenceItem("监控主机", "image", "c1" * 32, jpeg((300, 200), "navy"))],
        "1.1.2": [EvidenceItem("备案回执", "image", "a1" * 32, jpeg()),
                  EvidenceItem("回执背面", "image", "a2" * 32, "原文件已不在数据文件夹中"),
                  EvidenceItem("备案登记表", "document", digest, name="备案登记表.pdf")],
    }
    target = tmp_path / "r.pdf"
    write_assessment_report(target, *mini_parts(), evidence=evidence)
    text = pdf_text(target)
    details = text.split("二、逐项评估明细", 1)[1].split("三、需整改事项", 1)[0]
    assert "佐证：见附录图1、图2；文件1" in details  # 1.1.2 comes first in the form
    assert "佐证：见附录图3" in details
    appendix = text.split("附录：佐证材料", 1)[1]
    assert "图1条目1.1.2：备案回执" in appendix and "图3条目2.1.1：监控主机" in appendix
    assert "照片无法显示：原文件已不在数据文件夹中" in appendix
    assert "备案登记表.pdf" in appendix and digest in appendix
    images = [image for page in PdfReader(str(target)).pages for image in page.images]
    assert sorted(image.image.size for image in images) == [(300, 200), (320, 240)]


def test_no_evidence_no_appendix(tmp_path):
    target = tmp_path / "r.pdf"
    write_assessment_report(target, *mini_parts(), evidence={"1.1.2": []})
    text = pdf_text(target)
    assert "佐证材料" not in text and "见附录" not in text


def test_incomplete_assessment_still_lists_unanswered_items(tmp_path):
    target = tmp_path / "r.pdf"
    write_assessment_report(target, *mini_parts({"1.2.1": Answer()}, status="draft"))
    assert "四、未完成条目" in pdf_text(target)


# -- the cover ------------------------------------------------------------------------------------


def test_a_cover_too_long_for_its_page_is_followed_on_its_second_page_not_after_an_empty_one(tmp_path):
    """Every decisive item failed makes the cover run onto page 2 (the data panel): the summary
    follows it there instead of starting page 3 and leaving page 2 all but empty."""
    from support.report_parts import profile, row

    from tuoyu_desktop.forms import load_form
    from tuoyu_desktop.paths import bundled_forms_dir
    from tuoyu_desktop.scoring import score

    form = load_form(bundled_forms_dir() / "wst821.yaml")
    failed = {item.id: Answer(min(item.scale.options, key=lambda o: o.ratio).value)
              for item in form.veto_items if item.scale.options}
    scores = score(form, failed, profile())
    assert sum(r.veto_failed for r in scores.items.values()) >= 4
    target = tmp_path / "vetoed.pdf"
    write_assessment_report(target, profile(), row(form), scores, attachment=DATA)
    pages = page_texts(target)
    assert "数据核验" not in pages[0] and "数据核验" in pages[1]
    assert "一、评估结果汇总" in pages[1]

    short = tmp_path / "short.pdf"  # a cover that fits: the summary starts the next page
    write_assessment_report(short, *mini_parts(), attachment=DATA)
    pages = page_texts(short)
    assert "数据核验" in pages[0] and "一、评估结果汇总" not in pages[0]
    assert re.match(r"[^、]*一、评估结果汇总", pages[1])  # at the top, after the page header
