"""The rule language: parsing, type checking, three-valued evaluation; never Python eval."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tuoyu_desktop.forms.expr import BOOL, NUMBER, TEXT, Environment, ExprError, Function, evaluate, parse

ENV = Environment(
    {"n": NUMBER, "t": TEXT, "b": BOOL},
    {"double": Function((NUMBER,), NUMBER, run=lambda x: None if x is None else x * 2)},
)


def run(source: str, **values):
    node = parse(source)
    ENV.check(node, {})
    return evaluate(node, values, ENV.functions)


@pytest.mark.parametrize(
    "source, expected",
    [
        ("1 + 2 * 3", Decimal(7)),
        ("(1 + 2) * 3", Decimal(9)),
        ("10 / 4", Decimal("2.5")),
        ("-n + 1", Decimal(-3)),
        ("n >= 4 and t = \"甲\"", True),
        ("not b or n < 0", False),
        ("double(n) == 8", True),
        ("t != '乙'", True),
        ("n / 0", None),
    ],
)
def test_evaluates(source, expected):
    assert run(source, n=Decimal(4), t="甲", b=True) == expected


def test_unknown_values_spread_but_and_or_short_circuit():
    assert run("n + 1") is None
    assert run("n > 1") is None
    assert run("false and n > 1") is False
    assert run("true or n > 1") is True
    assert run("true and n > 1") is None
    assert run("not (n > 1)") is None


@pytest.mark.parametrize(
    "source, words",
    [
        ("", "为空"),
        ("1 +", "不完整"),
        ("(1 + 2", "缺少 ')'"),
        ("1 2", "多出"),
        ("n $ 2", "无法识别"),
        ("__import__('os')", "未知的函数"),
        ("open", "未知的名称"),
        ("n and b", "需要是非值"),
        ("t + 1", "需要数"),
        ("t = 1", "不能比较"),
        ("double(t)", "应是数"),
        ("double(1, 2)", "1 个参数"),
        ("and b", "前面缺少"),
    ],
)
def test_errors_say_what_is_wrong(source, words):
    with pytest.raises(ExprError, match=words.replace("(", r"\(").replace(")", r"\)")):
        ENV.check(parse(source), {})


def test_no_python_evaluation_is_possible():
    with pytest.raises(ExprError):
        parse("().__class__")
    with pytest.raises(ExprError):
        parse("n; import os")
