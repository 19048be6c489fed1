"""The report shows each item's source, names the form's own cut-offs on the cover, says 无法计算
with what is missing, refuses to show a grade before any answer, and marks a refused N/A."""

from __future__ import annotations

from support.report_parts import page_texts, profile, row

from tuoyu_desktop.facility import ClassGroup
from tuoyu_desktop.forms import load_form
from tuoyu_desktop.paths import bundled_forms_dir
from tuoyu_desktop.records import Answer
from tuoyu_desktop.report import Attachment, write_assessment_report
from tuoyu_desktop.scoring import score
from tuoyu_desktop.services import demo_profile

WST = load_form(bundled_forms_dir() / "wst821.yaml")
DATA = Attachment("a1-r1", "assessment.json", b'{"schema_version": "1.0"}')


def answered(form) -> dict[str, Answer]:
    return {i.id: Answer(i.scale.options[0].value) for i in form.iter_items() if i.kind == "choice"}


def test_sources_and_own_choices_in_the_report(tmp_path):
    facility = demo_profile()
    target = tmp_path / "report.pdf"
    write_assessment_report(target, facility, row(WST), score(WST, answered(WST), facility), attachment=DATA)
    pages = page_texts(target)
    assert "本表自定：条目1.2.6、2.2.5、2.3.6、2.3.7、2.3.9的分界或计法" in pages[0]
    text = "".join(pages)
    assert "出处：托育机构设置标准（试行）第二十条；本表自定：混龄班国家未定比例，按托小班1:5" in text
    assert "出处：托儿所幼儿园卫生保健管理办法（卫生部令第76号）第十二条" in text


def test_cannot_compute_and_no_grade_in_the_report(tmp_path):
    facility = profile()  # a new profile: no classes, no staff
    target = tmp_path / "new.pdf"
    write_assessment_report(target, facility, row(WST, status="draft"), score(WST, {}, facility), attachment=DATA)
    text = "".join(page_texts(target))
    assert "评定等级：尚未作答，未评定" in text and "暂不评定等级" in text
    assert "无法计算（缺少：班级（班型、在托人数、保育人员））" in text
    assert "不合格" not in page_texts(target)[0].split("评估表")[0]  # no D on the score panel


def test_refused_na_is_marked(tmp_path):
    facility = demo_profile()
    facility.classes.append(ClassGroup("托小班", "二班", 5, 1, 40))
    answers = {**answered(WST), "6.2.1": Answer(na=True, na_reason="abc")}
    target = tmp_path / "na.pdf"
    write_assessment_report(target, facility, row(WST, status="draft"), score(WST, answers, facility), attachment=DATA)
    assert "不适用（本条不允许，按未作答计）" in "".join(page_texts(target))
