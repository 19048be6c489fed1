"""Computed items, relevance and constraints against several facility profiles."""

from __future__ import annotations

from decimal import Decimal

import pytest
import yaml
from support import DATA

from tuoyu_desktop.facility import ClassGroup, FacilityProfile
from tuoyu_desktop.forms import FormError, load_form
from tuoyu_desktop.forms.loader import build_form
from tuoyu_desktop.forms.rules import encode_selection
from tuoyu_desktop.records import Answer
from tuoyu_desktop.scoring import score

RULES = DATA / "rules_form.yaml"


@pytest.fixture(scope="module")
def form():
    return load_form(RULES)


def profile(*classes: tuple[str, int, int], certified=9, caregivers=10, meals=True) -> FacilityProfile:
    return FacilityProfile(
        name="测试托育园", staff_total=20, caregivers_total=caregivers, caregivers_certified=certified,
        meals_on_site=meals, classes=[ClassGroup(t, f"{t}{i}", c, g) for i, (t, c, g) in enumerate(classes)],
    )


def test_ratio_met_shows_its_figures(form):
    result = score(form, {}, profile(("托小班", 15, 3), ("托小班", 10, 2))).items["1.1.1"]
    assert result.computed is True and result.earned == 10 and result.done and not result.gap
    assert "最大班额 15 人" in result.explanation and "最多照护 5 名" in result.explanation


def test_ratio_not_met_is_a_failed_veto(form):
    scores = score(form, {}, profile(("托小班", 14, 2)))
    result = scores.items["1.1.1"]
    assert result.computed is False and result.earned == 0
    assert "最多照护 7 名" in result.explanation
    assert [r.item.id for r in scores.veto_failures] == ["1.1.1"] and scores.grade.grade == "D"


def test_class_without_caregivers_fails(form):
    result = score(form, {}, profile(("托小班", 6, 0))).items["1.1.1"]
    assert result.computed is False and "∞" in result.explanation


def test_certified_rate(form):
    assert score(form, {}, profile(certified=9, caregivers=10)).items["1.1.2"].computed is True
    assert score(form, {}, profile(certified=8, caregivers=10)).items["1.1.2"].computed is False
    unknown = score(form, {}, profile(certified=0, caregivers=0)).items["1.1.2"]
    assert unknown.computed is None and not unknown.done and not unknown.gap


def test_without_profile_computed_items_are_unknown(form):
    scores = score(form, {})
    assert scores.items["1.1.1"].computed is None and not scores.items["1.1.1"].done


def test_infant_items_only_with_an_infant_class(form):
    without = score(form, {}, profile(("托小班", 10, 2)))
    assert not without.items["1.1.3"].relevant
    assert without.dimensions[0].tally.applicable_max == 15 and without.dimensions[0].tally.total == 2
    with_infants = score(form, {}, profile(("乳儿班", 6, 2), ("托小班", 10, 2)))
    assert with_infants.items["1.1.3"].relevant and with_infants.dimensions[0].tally.applicable_max == 25


def test_kitchen_items_only_when_cooking_on_site(form):
    assert score(form, {}, profile(meals=True)).items["2.1.1"].relevant
    catered = score(form, {"2.1.1": Answer("unmet")}, profile(meals=False))
    assert not catered.items["2.1.1"].relevant
    assert not catered.gaps  # a hidden item is never a gap, whatever was answered before


def test_number_feeds_a_computed_item(form):
    p = profile(("托小班", 10, 2))
    assert score(form, {"2.1.2": Answer("2.5")}, p).items["2.1.3"].computed is True
    assert score(form, {"2.1.2": Answer("1")}, p).items["2.1.3"].computed is False
    assert score(form, {}, p).items["2.1.3"].computed is None


def test_constraint_and_non_numbers_are_problems(form):
    p = profile()
    assert score(form, {"2.1.2": Answer("13")}, p).items["2.1.2"].problem == "每日户外活动时间应在 0 到 12 小时之间"
    result = score(form, {"2.1.2": Answer("两小时")}, p).items["2.1.2"]
    assert result.problem == "请输入数字" and not result.done
    assert score(form, {"2.1.2": Answer("3")}, p).items["2.1.2"].problem == ""


def test_multiple_choice_drives_relevance(form):
    p = profile()
    none = score(form, {}, p)
    assert none.items["2.1.4"].done  # optional
    assert not none.items["2.1.5"].relevant and not none.items["2.1.6"].relevant
    quake = score(form, {"2.1.4": Answer(encode_selection(["quake"]))}, p)
    assert quake.items["2.1.5"].relevant and not quake.items["2.1.6"].relevant
    fire = score(form, {"2.1.4": Answer(encode_selection(["fire", "quake"]))}, p)
    assert fire.items["2.1.6"].relevant
    bogus = score(form, {"2.1.4": Answer(encode_selection(["flood"]))}, p)
    assert bogus.items["2.1.4"].problem


def document():
    return yaml.safe_load(RULES.read_text(encoding="utf-8"))


def item_node(doc, item_id):
    return next(i for d in doc["dimensions"] for ind in d["indicators"] for i in ind["items"] if i["id"] == item_id)


@pytest.mark.parametrize(
    "item_id, change, words",
    [
        ("1.1.1", {"calculation": "largest_class(\"大班\") <= 15"}, "班型 '大班' 不存在"),
        ("1.1.1", {"calculation": "largest_class(\"托小班\") + 15"}, "结果必须是是非值"),
        ("1.1.1", {"calculation": "unknown_name > 1"}, "未知的名称"),
        ("1.1.3", {"relevant": "value(\"9.9.9\") = \"met\""}, "'9.9.9' 不存在"),
        ("1.1.3", {"relevant": "value(\"2.1.4\") = \"fire\""}, "多选"),
        ("2.1.3", {"calculation": "value(\"2.1.2\") >= "}, "表达式有误"),
        ("2.1.2", {"constraint": "this = \"x\""}, "不能比较"),
        ("2.1.2", {"points": 5}, "不计分"),
        ("2.1.4", {"veto": True}, "一票否决"),
        ("2.1.2", {"scale": "level3"}, "不使用评分方式"),
        ("1.1.3", {"kind": "slider"}, "不是可用的条目类型"),
        ("1.1.1", {"explain": "{largest_class(}"}, "说明中的"),
    ],
)
def test_rule_errors_are_form_errors(item_id, change, words):
    doc = document()
    item_node(doc, item_id).update(change)
    with pytest.raises(FormError) as caught:
        build_form(doc, "rules.yaml")
    assert any(words in p for p in caught.value.problems), caught.value.problems


def test_cycles_are_refused():
    doc = document()
    item_node(doc, "2.1.2")["relevant"] = "value(\"2.1.3\")"
    with pytest.raises(FormError) as caught:
        build_form(doc, "rules.yaml")
    assert any("循环引用" in p and "2.1.3 → 2.1.2 → 2.1.3" in p or "2.1.2 → 2.1.3 → 2.1.2" in p for p in caught.value.problems)


def test_computed_totals(form):
    p = profile(("托小班", 15, 3))
    scores = score(form, {"2.1.1": Answer("met"), "2.1.2": Answer("3")}, p)
    assert scores.total.earned == Decimal(30) and scores.total.applicable_max == 30


def test_a_long_chain_of_rules_loads_and_a_long_cycle_is_found():
    doc = document()
    items = doc["dimensions"][1]["indicators"][0]["items"]
    chain = [{"id": f"9.{n}", "kind": "number", "text": f"第 {n} 项。", "relevant": f"answered(\"9.{n - 1}\")"}
             for n in range(1, 3000)]
    chain[0]["relevant"] = "true"
    items.extend(chain)
    form = build_form(doc, "chain.yaml")
    assert form.has_item("9.2999")
    chain[0]["relevant"] = "answered(\"9.2999\")"
    with pytest.raises(FormError) as caught:
        build_form(doc, "chain.yaml")
    [problem] = [p for p in caught.value.problems if "循环引用" in p]
    assert "9.1 → 9.2999 → 9.2998" in problem and "共 2999 个条目" in problem and len(problem) < 200
