"""One form per kind of provider: the 家庭托育点 form (≤ 5 children, 1 carer per 3), chosen by the
profile's facility type; a form for another kind of provider warns (CLI and GUI)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tuoyu_desktop.cli import main
from tuoyu_desktop.facility import ClassGroup
from tuoyu_desktop.forms import load_form
from tuoyu_desktop.records import Answer
from tuoyu_desktop.scoring import score
from tuoyu_desktop.services import demo_profile
from tuoyu_desktop.services.demo import demo_home_profile

FORM = load_form(Path(__file__).parents[2] / "forms" / "home-care.yaml")


def home(children: int, carers: int):
    profile = demo_home_profile()
    profile.classes = [ClassGroup("混龄班", "家庭班", children, carers, 20)]
    profile.caregivers_total = profile.caregivers_certified = carers
    profile.staff_total = max(carers, 1)
    return profile


@pytest.mark.parametrize("children, met", [(4, True), (5, True), (6, False)])
def test_at_most_five_children(children, met):
    assert score(FORM, {}, home(children, 2)).items["1.2.1"].computed is met


@pytest.mark.parametrize(
    "children, carers, met",
    [(2, 1, True), (3, 1, True), (4, 1, False), (4, 2, True), (5, 2, True), (6, 2, True), (7, 2, False)],
)
def test_one_carer_per_three_children(children, carers, met):
    assert score(FORM, {}, home(children, carers)).items["1.2.2"].computed is met


def all_met(form) -> dict[str, Answer]:
    return {i.id: Answer(i.scale.options[0].value) for i in form.iter_items() if i.kind == "choice"}


def test_seven_children_one_carer_is_not_grade_a():
    scores = score(FORM, all_met(FORM), home(7, 1))
    assert scores.vetoed and scores.grade.grade == "D"
    assert {r.item.id for r in scores.veto_failures} == {"1.2.1", "1.2.2"}
    assert score(FORM, all_met(FORM), home(5, 2)).grade.grade == "A"


def test_home_form_is_meant_for_home_points_only(workspace):
    wst = workspace.forms.get("wst821-2023")
    assert FORM.provider_types == ("家庭托育点",) and FORM.suits("家庭托育点") and not FORM.suits("独立托育机构")
    assert not wst.suits("家庭托育点") and wst.suits("幼儿园托班")
    assert workspace.forms.default_form_id("家庭托育点") == "home-care-2023"
    assert workspace.forms.default_form_id("独立托育机构") == "wst821-2023"
    assert workspace.forms.default_form_id(None) == "wst821-2023"
    assert [f.id for f in workspace.forms.self_assessment_forms("家庭托育点")][0] == "home-care-2023"


def test_mismatch_is_named(workspace):
    workspace.facilities.save_own(demo_home_profile())
    message = workspace.assessments.form_mismatch("wst821-2023")
    assert message and "家庭托育点" in message and "家庭托育点自评表" in message
    assert workspace.assessments.form_mismatch("home-care-2023") is None
    workspace.facilities.save_own(demo_profile())
    assert "独立托育机构" in workspace.assessments.form_mismatch("home-care-2023")


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_new_chooses_by_type_and_warns_on_a_mismatch(capsys, workspace, data_dir):
    workspace.facilities.save_own(demo_home_profile())
    workspace.close()
    code, out, err = run(capsys, "--data-dir", str(data_dir), "new", "--period", "2026年上半年")
    assert code == 0 and "家庭托育点自评表" in out and err == ""
    code, out, err = run(capsys, "--data-dir", str(data_dir), "new", "--form", "wst821-2023", "--period", "2026年下半年")
    assert code == 0 and "提示：" in err and "家庭托育点" in err


def test_cli_demo_with_the_home_form(capsys, data_dir):
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "demo", "--form", "home-care-2023")
    assert code == 0 and "等级 " in out and "家庭托育点" not in _
