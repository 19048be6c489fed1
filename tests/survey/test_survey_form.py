"""The ``survey`` form kind: anonymous ratings on a scale, never decisive; the bundled 家长满意度调查."""

from __future__ import annotations

from decimal import Decimal

import pytest
import yaml

from tuoyu_desktop.cli import main
from tuoyu_desktop.forms import load_form
from tuoyu_desktop.forms.loader import FormError, build_form
from tuoyu_desktop.paths import bundled_forms_dir

SURVEY = bundled_forms_dir() / "parent-survey.yaml"


def survey_document() -> dict:
    return yaml.safe_load(SURVEY.read_text(encoding="utf-8"))


def test_bundled_parent_survey():
    form = load_form(SURVEY)
    assert form.kind == "survey" and form.id == "parent-survey" and form.schema == 2
    assert "自" in form.notice and "匿名" in form.notice
    assert 5 <= len(form.dimensions) <= 7 and 15 <= form.item_count <= 25
    titles = [d.title for d in form.dimensions]
    for wanted in ("安全", "卫生与膳食", "收费与服务"):
        assert wanted in titles
    assert all(item.kind == "choice" and not item.veto and item.source for item in form.iter_items())
    labels = [o.label for o in form.scales[0].options]
    assert labels == ["非常满意", "满意", "一般", "不满意", "非常不满意"]
    assert all(d.points == len(d.items) for d in form.dimensions)  # equal weights by default
    assert form.total_points == Decimal(form.item_count)


def _first_item(document: dict) -> dict:
    return document["dimensions"][0]["indicators"][0]["items"][0]


@pytest.mark.parametrize("change, place, words", [
    (lambda item: item.update(veto=True), "dimensions[0].indicators[0].items[0].veto", "一票否决"),
    (lambda item: (item.pop("scale"), item.update(kind="text")), "dimensions[0].indicators[0].items[0].kind", "匿名"),
    (lambda item: item.update(source="https://example.org/q"), "dimensions[0].indicators[0].items[0].source", "网址"),
])
def test_bad_survey_items_refused_with_place(change, place, words):
    document = survey_document()
    change(_first_item(document))
    with pytest.raises(FormError) as caught:
        build_form(document, "bad-survey.yaml")
    message = str(caught.value)
    assert "bad-survey.yaml" in message and place in message and words in message


def test_two_point_scale_is_not_a_rating():
    document = survey_document()
    document["scales"][0]["options"] = [{"value": "y", "label": "满意", "ratio": 1},
                                        {"value": "n", "label": "不满意", "ratio": 0}]
    with pytest.raises(FormError) as caught:
        build_form(document, "two.yaml")
    assert "至少三档" in str(caught.value)


def test_forms_validate_refuses_a_veto_survey(capsys, tmp_path):
    document = survey_document()
    _first_item(document)["veto"] = True
    bad = tmp_path / "veto-survey.yaml"
    bad.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    assert main(["forms", "validate", str(SURVEY)]) == 0
    assert main(["forms", "validate", str(bad)]) == 1
    err = capsys.readouterr().err
    assert str(bad) in err and "dimensions[0].indicators[0].items[0].veto" in err and "Traceback" not in err


def test_self_assessment_keeps_requiring_grading():
    document = survey_document()
    document["kind"] = "self_assessment"
    with pytest.raises(FormError) as caught:
        build_form(document, "sa.yaml")
    assert "grading" in str(caught.value)
