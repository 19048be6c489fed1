"""The core's message catalog: every message has a Chinese and an English template with the same
named parameters; a message is its Chinese text everywhere (CLI, files, the database) and renders
in English only when asked."""

from __future__ import annotations

import json
import pickle
import string

import pytest

from tuoyu_desktop.errors import InvalidInput
from tuoyu_desktop.messages import CATALOG, EN, ZH, Joined, Message, concat, render, stored_from_shown, stored_shown
from tuoyu_desktop.services.errors import NotReady, ProfileInvalid

CJK = "\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef"


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("message_id", sorted(CATALOG))
def test_both_templates_take_the_same_parameters_and_english_has_no_chinese(message_id):
    import re

    chinese, english = CATALOG[message_id]
    assert _fields(chinese) == _fields(english)
    assert not re.search(f"[{CJK}]", english), english


def test_a_message_is_its_chinese_text_and_renders_in_english_with_nested_messages():
    problem = Message("item.problem", item="3.2.1", problem=Message("answer.not_number"))
    assert problem == "条目 3.2.1：请输入数字" and str(problem) == problem and type(str(problem)) is str
    assert problem.render(EN) == "Item 3.2.1: Enter a number"
    assert problem.render(ZH) == problem
    assert json.loads(json.dumps([problem])) == ["条目 3.2.1：请输入数字"]
    copy = pickle.loads(pickle.dumps(problem))
    assert copy.id == "item.problem" and copy.render(EN) == problem.render(EN)
    both = Joined([problem, Message("item.unanswered", item="1.1")], "；")
    assert both == "条目 3.2.1：请输入数字；条目 1.1 尚未作答"
    assert both.render(EN) == "Item 3.2.1: Enter a number; Item 1.1 is not answered yet"
    assert concat(Message("import.done"), "!").render(EN) == "Imported!"


def test_errors_stay_chinese_for_str_and_render_in_english():
    error = InvalidInput(Message("period.empty"))
    assert str(error) == "请填写评估周期，例如 2026年下半年"
    assert render(error, EN) == "Enter the assessment period, e.g. 2026 second half"
    assert render(error, ZH) == str(error)
    assert render(ValueError("原样"), EN) == "原样"  # an error without a message id: as is
    lines = [Message("item.unanswered", item=str(n)) for n in range(7)]
    not_ready = NotReady(lines)
    assert str(not_ready).startswith("还有 7 处需要完成：条目 0 尚未作答；") and str(not_ready).endswith("……")
    assert render(not_ready, EN).startswith("7 place(s) still to complete: Item 0 is not answered yet; ")
    invalid = ProfileInvalid({"name": Message("facility.no_name"), "contact": "数据"})
    assert render(invalid, EN) == "Enter the facility's name; 数据"


def test_the_core_words_in_stored_texts_are_shown_and_saved_back():
    stored = "灭火器过期\n自评备注：已购买新灭火器"
    shown = stored_shown(stored, EN)
    assert shown == "灭火器过期\nSelf-assessment note: 已购买新灭火器"
    assert stored_from_shown(shown, EN) == stored
    assert stored_shown(stored, ZH) == stored and stored_from_shown(stored, ZH) == stored
    assert stored_shown("自评 2026年上半年", EN) == "Self-assessment 2026年上半年"
    assert stored_shown("督导巡查 2026-11-20", EN) == "Inspection 2026-11-20"


def test_the_cli_still_prints_chinese(tmp_path, capsys):
    from tuoyu_desktop.cli import main

    code = main(["--data-dir", str(tmp_path / "d"), "verify", str(tmp_path / "missing.pdf")])
    out = capsys.readouterr()
    assert code == 2 and "找不到文件" in out.out + out.err


def test_times_the_core_formats_read_in_each_language_and_survive_a_copy():
    from datetime import datetime, timezone

    from tuoyu_desktop.messages import moment

    signed = moment(datetime(2026, 12, 7, 6, 36, tzinfo=timezone.utc))
    line = Message("verify.signed_too_early", name="李红梅", signed=signed, finalised=signed)
    assert line == "李红梅 的签名时间（2026年12月7日 14:36）早于报告定稿时间（2026年12月7日 14:36）"
    assert line.render(EN) == "李红梅 signed (2026-12-07 14:36) before the report was finalised (2026-12-07 14:36)"
    assert pickle.loads(pickle.dumps(line)).render(EN) == line.render(EN)


def test_recomputed_scores_and_structure_changes_read_in_english():
    from tuoyu_desktop import exchange

    problems = exchange.recomputation_problems({"form_snapshot": None})
    assert problems == ["报告中没有评估表快照，无法复核得分"]
    wrapped = Message("verify.refused", reason=Message("verify.recomputed", problem=problems[0]))
    assert "内嵌的得分与报告自身的答案不符" in wrapped
    assert render(wrapped, EN) == ("Not verified: the embedded scores do not match the report's own answers: "
                                   "the report holds no form snapshot, so its scores cannot be checked")
    differs = Message("recompute.differs", name=Message("recompute.grade"), said="A", computed="D")
    assert differs == "报告称等级为 A，按其答案与评估表计算为 D"
    assert render(differs, EN) == "the report gives its grade as A; its answers and form give D"


def test_refused_evidence_reads_in_english(tmp_path):
    from tuoyu_desktop.evidence import EvidenceError, inspect_file

    program = tmp_path / "整改照片.exe"
    program.write_bytes(b"MZ\x90\x00")
    fake = tmp_path / "通知.pdf"
    fake.write_bytes(b"MZ\x90\x00")
    for path in (program, fake, tmp_path / "空.txt"):
        if path.name == "空.txt":
            path.write_bytes(b"")
        with pytest.raises(EvidenceError) as caught:
            inspect_file(path, 10 * 1024 * 1024)
        assert CJK_RE.search(str(caught.value))  # Chinese for the CLI
        english = render(caught.value, EN)
        assert path.name in english and not CJK_RE.search(english.replace(path.name, "")), english


CJK_RE = __import__("re").compile(f"[{CJK}]")


@pytest.mark.parametrize("source", ["1 +", "(1 + 2", "1 2", "", "a # b"])
def test_expression_errors_for_form_authors_read_in_english(source):
    from tuoyu_desktop.forms.expr import ExprError, parse

    with pytest.raises(ExprError) as caught:
        parse(source)
    problem = Message("form.expression", detail=caught.value)
    assert CJK_RE.search(problem)
    assert not CJK_RE.search(render(problem, EN)), render(problem, EN)
