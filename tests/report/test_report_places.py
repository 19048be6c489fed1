"""Where a text the report font cannot draw occurs, in the user's language: every place a report
records is a message (``place.*``), its Chinese as before (the CLI and the Chinese interface say
the same), read in English in an English interface."""

from __future__ import annotations

import dataclasses
import re

import pytest
from support import report_documents as documents

from tuoyu_desktop.messages import CATALOG, EN, Message, render
from tuoyu_desktop.records import Answer
from tuoyu_desktop.report import GapPlan, UnrenderableText
from tuoyu_desktop.report.textcheck import Place
from tuoyu_desktop.services.demo import demo_profile

# Chinese and other CJK characters, the rare ones outside the font (U+20000 …) included
CJK = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef\U00020000-\U0003134f]")


def refused(document, folder) -> UnrenderableText:
    with pytest.raises(UnrenderableText) as caught:
        document.write(folder / "report.pdf")
    assert list(folder.iterdir()) == []
    return caught.value


def test_places_in_a_self_assessment_read_in_english_and_stay_as_they_were_in_chinese(tmp_path):
    classes = demo_profile().classes
    classes[0] = dataclasses.replace(classes[0], name="小星星班😀")
    report = documents.assessment(profile={"name": "阳光宝贝托育中心😀", "classes": classes},
                                  answers={"1.1.4": Answer("unmet", comment="消毒记录不全😀")},
                                  plans={"1.1.3": GapPlan(measure="更换消毒柜𠀀", responsible="王老师")})
    error = refused(report, tmp_path)
    assert str(error) == (
        "报告中有 2 个字符无法显示（报告所用字库中没有这些字）：\n"
        "· “😀”（U+1F600），出现在：机构名称、第 1 个班级的名称、条目 1.1.4 的备注\n"
        "· “𠀀”（U+20000），出现在：条目 1.1.3 的整改措施\n"
        "请修改上述内容（例如改用常用字、去掉表情符号或特殊符号）后重新导出。")
    english = render(error, EN)
    assert english == (
        "The report has 2 character(s) it cannot show (the report's font lacks them):\n"
        "· “😀” (U+1F600), in: facility name, name of class 1, comment on item 1.1.4\n"
        "· “𠀀” (U+20000), in: rectification measure for item 1.1.3\n"
        "Change the texts above (use common characters, remove emoji or special symbols), then export again.")
    assert not CJK.search(english.replace("𠀀", ""))


def test_places_in_an_inspection_report_read_in_english_and_stay_as_they_were_in_chinese(tmp_path):
    finding = {"key": "finding:2", "area": "其他发现", "description": "门厅消毒液无标签😀", "severity": "一般",
               "opinion": "贴好标签𠀀", "deadline": "2026-12-01"}
    report = documents.inspection(profile={"name": "七彩童年托育园😀"}, visit={"facility_rep": "张晓燕😀"},
                                  findings=[finding])
    error = refused(report, tmp_path)
    assert str(error) == (
        "报告中有 2 个字符无法显示（报告所用字库中没有这些字）：\n"
        "· “😀”（U+1F600），出现在：机构名称、机构在场代表、问题 3 的内容、签署人（机构代表）\n"
        "· “𠀀”（U+20000），出现在：问题 3 的整改意见\n"
        "请修改上述内容（例如改用常用字、去掉表情符号或特殊符号）后重新导出。")
    english = render(error, EN)
    assert ("· “😀” (U+1F600), in: facility name, facility representative present, description of finding 3, "
            "signer (机构代表)\n") in english  # the role is the report's own words, printed in its 签署 section
    assert "· “𠀀” (U+20000), in: rectification opinion on finding 3\n" in english
    assert not CJK.search(english.replace("𠀀", "").replace("机构代表", ""))


def test_a_ledger_cell_is_named_by_its_row_and_column(tmp_path):
    error = refused(documents.ledger(item={"responsible": "王园长😀"}), tmp_path)
    assert "出现在：第 3 项的责任人\n" in str(error)
    assert "in: person responsible in row 3 of the ledger\n" in render(error, EN)


@pytest.mark.parametrize("name", sorted(documents.DOCUMENTS))
def test_every_place_a_document_records_reads_in_english(name):
    """Guards future call sites: a place given as a plain string (or a message that keeps
    Chinese words of its own) fails here."""
    document = documents.DOCUMENTS[name]()
    document.build()
    assert document.texts
    for place, _text in document.texts:
        assert isinstance(place, Place), place
        where = place.message()
        english = render(where, EN)
        for value in where.params.values():
            if not isinstance(value, Message):  # data: an item id, a grade, a signer's role as declared
                english = english.replace(str(value), "")
        assert not CJK.search(english), f"{where} → {render(where, EN)}"


def test_the_documents_above_record_every_place_of_the_catalog_and_places_differ_in_chinese():
    """Every place's English is checked above (an identity's printed texts here); the font check
    tells places apart by their Chinese."""
    from tuoyu_desktop.report.slip import identity_texts

    recorded = set()
    for make in documents.DOCUMENTS.values():
        document = make()
        document.build()
        recorded |= {where.message().id for where, _text in document.texts}
    for where, _text in identity_texts("李红梅", "机构负责人", "阳光托育", "李红梅"):
        assert isinstance(where, Place) and not CJK.search(render(where.message(), EN))
        recorded.add(where.message().id)
    places = {message_id: chinese for message_id, (chinese, _english) in CATALOG.items() if message_id.startswith("place.")}
    assert recorded == set(places)
    assert len(set(places.values())) == len(places)
