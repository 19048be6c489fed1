"""Facility profile checks: GB 32100 credit codes and consistent numbers."""

from __future__ import annotations

import pytest

from tuoyu_desktop.facility import FacilityProfile, credit_code_check_char, credit_code_problem


@pytest.mark.parametrize("code", ["91350100M000100Y43", "91110000600037341L", "911100001000079554"])
def test_published_codes_are_valid(code):
    assert credit_code_problem(code) is None


def test_lowercase_and_spaces_are_accepted():
    assert credit_code_problem(" 91350100m000100y43 ") is None


@pytest.mark.parametrize(
    "code, words",
    [
        ("91350100M000100Y4", "18 位"),
        ("91350100M000100Y44", "校验位"),
        ("91350100M0001O0Y43", "不允许的字符"),
        ("9135A100M000100Y43", "行政区划"),
    ],
)
def test_wrong_codes_say_why(code, words):
    assert words in credit_code_problem(code)


def test_every_single_character_typo_is_caught():
    code = "91350100M000100Y43"
    for position in range(17):
        for replacement in "0123456789ABCDEFGHJKLMNPQRTUWXY":
            if replacement == code[position]:
                continue
            typo = code[:position] + replacement + code[position + 1:]
            assert credit_code_problem(typo) is not None, typo


def test_check_char_is_derived():
    assert credit_code_check_char("91350100M000100Y4") == "3"


def test_profile_consistency_problems():
    profile = FacilityProfile(name=" ", places_total=10, places_puhui=11, staff_total=3,
                              caregivers_total=4, caregivers_certified=5)
    problems = profile.problems()
    assert set(problems) == {"name", "places_puhui", "caregivers_total", "caregivers_certified"}


def test_empty_credit_code_is_allowed_until_known():
    assert FacilityProfile(name="小树苗托育").problems() == {}
