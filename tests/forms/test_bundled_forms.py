"""The bundled forms of item 4: 卫生评价 self-check, 备案 checklist, fire-safety self-check and the
普惠 / 示范 templates: valid, sourced, with a cover notice, each with a demo."""

from __future__ import annotations

import pytest

from tuoyu_desktop.cli import main
from tuoyu_desktop.forms import load_form
from tuoyu_desktop.paths import bundled_forms_dir
from tuoyu_desktop.records import Answer
from tuoyu_desktop.scoring import score
from tuoyu_desktop.services import demo_profile

NEW = {"health-evaluation-2022": "health-evaluation.yaml", "filing-checklist": "filing-checklist.yaml",
       "fire-safety-check": "fire-safety-check.yaml", "puhui-template": "puhui-template.yaml",
       "model-template": "model-template.yaml"}


@pytest.mark.parametrize("form_id, name", NEW.items())
def test_new_forms_are_valid_sourced_and_say_what_they_are(form_id, name):
    form = load_form(bundled_forms_dir() / name)
    assert form.id == form_id and form.schema == 2 and form.notice
    assert all(item.source for item in form.iter_items())
    assert all(not item.na_allowed for item in form.iter_items() if item.veto)


def test_health_evaluation_has_14_pass_fail_items_and_one_no_fails_it():
    form = load_form(bundled_forms_dir() / NEW["health-evaluation-2022"])
    assert form.item_count == 14 and all(item.veto for item in form.iter_items())
    answers = {item.id: Answer("yes") for item in form.iter_items()}
    assert score(form, answers, demo_profile()).grade.grade == "合格"
    answers["3.1.2"] = Answer("no")
    assert score(form, answers, demo_profile()).grade.grade == "不合格"


def test_fire_safety_e_bikes_are_decisive():
    form = load_form(bundled_forms_dir() / NEW["fire-safety-check"])
    bikes = next(i for i in form.iter_items() if "电动自行车" in i.text)
    assert bikes.veto and form.own_choices  # the patrol counts are the form's reading of local rules


@pytest.mark.parametrize("form_id", NEW)
def test_demo_for_each_form(capsys, tmp_path, form_id):
    code = main(["--data-dir", str(tmp_path / form_id), "demo", "--form", form_id])
    out, err = capsys.readouterr()
    assert code == 0 and "已创建演示自评" in out and err == ""
