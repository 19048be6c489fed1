"""Scoring rules: points, N/A, unanswered, veto cap, grade cut-offs and rounding."""

from __future__ import annotations

from decimal import Decimal

import pytest
import yaml

from tuoyu_desktop.forms.loader import build_form
from tuoyu_desktop.records import Answer, format_points
from tuoyu_desktop.scoring import percent_of, score


def test_nothing_answered(mini_form):
    scores = score(mini_form, {})
    assert scores.total.earned == 0
    assert scores.total.applicable_max == 30
    assert scores.total.done == 0 and scores.total.total == 4
    assert not scores.complete and not scores.gaps and not scores.vetoed
    assert scores.grade.grade == "D"


def test_all_met_is_full_marks_and_grade_a(mini_form):
    answers = {"1.1.1": Answer("yes"), "1.1.2": Answer("met"), "1.2.1": Answer("met"), "2.1.1": Answer("met")}
    scores = score(mini_form, answers)
    assert scores.total.earned == 30 and scores.total.percent == 100
    assert scores.complete and scores.grade.grade == "A" and not scores.gaps


def test_partial_earns_its_ratio_and_is_a_gap(mini_form):
    scores = score(mini_form, {"1.1.2": Answer("partial")})
    assert scores.items["1.1.2"].earned == Decimal("2.5")
    assert [r.item.id for r in scores.gaps] == ["1.1.2"]
    assert scores.dimensions[0].tally.earned == Decimal("2.5")


def test_na_leaves_the_denominator(mini_form):
    answers = {
        "1.1.1": Answer("yes"), "1.1.2": Answer("met"), "1.2.1": Answer("met"),
        "2.1.1": Answer(na=True, na_reason="无此设施"),
    }
    scores = score(mini_form, answers)
    assert scores.total.applicable_max == 20 and scores.total.earned == 20
    assert scores.total.percent == 100 and scores.grade.grade == "A"
    assert scores.dimensions[1].tally.applicable_max == 0 and scores.dimensions[1].tally.na == 1


def test_na_without_reason_is_not_done(mini_form):
    scores = score(mini_form, {"2.1.1": Answer(na=True)})
    assert scores.total.applicable_max == 20
    assert scores.total.done == 0
    assert scores.items["2.1.1"].done is False


def test_failed_veto_caps_grade(mini_form):
    answers = {"1.1.1": Answer("no"), "1.1.2": Answer("met"), "1.2.1": Answer("met"), "2.1.1": Answer("met")}
    scores = score(mini_form, answers)
    assert scores.total.percent == pytest.approx(Decimal("66.7"))
    assert scores.vetoed and [r.item.id for r in scores.veto_failures] == ["1.1.1"]
    assert scores.grade.grade == "D"


def test_veto_grade_only_caps_never_raises(mini_form_path):
    document = yaml.safe_load(mini_form_path.read_text(encoding="utf-8"))
    document["grading"]["veto_grade"] = "C"
    form = build_form(document, "test")
    # 2.5 of 30 is D already; a veto failure must not lift it to C.
    scores = score(form, {"1.1.1": Answer("no"), "1.1.2": Answer("partial")})
    assert scores.grade.grade == "D"
    full = {"1.1.1": Answer("no"), "1.1.2": Answer("met"), "1.2.1": Answer("met"), "2.1.1": Answer("met")}
    scores = score(form, {**full, "1.1.1": Answer("no")})
    assert scores.total.percent == Decimal("66.7") and scores.grade.grade == "C"


@pytest.mark.parametrize(
    "earned, maximum, percent",
    [(Decimal(2), Decimal(3), Decimal("66.7")), (Decimal(1), Decimal(3), Decimal("33.3")),
     (Decimal("179.9"), Decimal(200), Decimal("90.0")), (Decimal("179.89"), Decimal(200), Decimal("89.9")),
     (Decimal(1), Decimal(8), Decimal("12.5")), (Decimal(0), Decimal(0), Decimal(0))],
)
def test_percent_rounds_half_up_to_one_decimal(earned, maximum, percent):
    assert percent_of(earned, maximum) == percent


def test_grade_uses_the_rounded_percent(mini_form_path):
    document = yaml.safe_load(mini_form_path.read_text(encoding="utf-8"))
    document["grading"]["cutoffs"][0]["min_percent"] = 83.4  # 25 of 30 = 83.33… → 83.3 shown
    form = build_form(document, "test")
    answers = {"1.1.1": Answer("yes"), "1.1.2": Answer("unmet"), "1.2.1": Answer("met"), "2.1.1": Answer("met")}
    scores = score(form, answers)
    assert scores.total.percent == Decimal("83.3") and scores.grade.grade == "B"
    document["grading"]["cutoffs"][0]["min_percent"] = 83.3
    assert score(build_form(document, "test"), answers).grade.grade == "A"


def test_unknown_option_and_foreign_items_are_ignored(mini_form):
    scores = score(mini_form, {"1.1.2": Answer("excellent"), "9.9.9": Answer("met")})
    assert scores.total.earned == 0 and scores.total.done == 0


@pytest.mark.parametrize("value, text", [(Decimal("12.00"), "12"), (Decimal("2.5"), "2.5"), (Decimal("10"), "10"), (Decimal("0"), "0"), (Decimal("1E+1"), "10")])
def test_format_points(value, text):
    assert format_points(value) == text
