"""Incremental rescoring equals full rescoring, on random answer sequences."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tuoyu_desktop.forms import load_form
from tuoyu_desktop.forms.loader import build_form
from tuoyu_desktop.forms.rules import encode_selection
from tuoyu_desktop.records import Answer
from tuoyu_desktop.rescoring import LiveScores, dependents
from tuoyu_desktop.scoring import score
from tuoyu_desktop.services.demo import demo_profile

DATA = Path(__file__).resolve().parent.parent / "data"

LEVEL3 = {"id": "level3", "options": [
    {"value": "met", "label": "达到", "ratio": 1},
    {"value": "partial", "label": "部分达到", "ratio": 0.5},
    {"value": "unmet", "label": "未达到", "ratio": 0}]}
YESNO = {"id": "yesno", "options": [{"value": "yes", "label": "是", "ratio": 1}, {"value": "no", "label": "否", "ratio": 0}]}


def chained_form():
    """Items whose relevance and calculations read other items, across dimensions, in chains."""
    def choice(item_id, scale="level3", **extra):
        return {"id": item_id, "text": f"条目 {item_id}", "points": 4, "scale": scale, **extra}

    dimensions = [
        {"id": "1", "title": "一", "points": 20, "indicators": [
            {"id": "1.1", "title": "甲", "items": [
                choice("1.1.1", "yesno", veto=True),
                choice("1.1.2", relevant='value("1.1.1") == "yes"'),
                choice("1.1.3", relevant='answered("1.1.2")'),
            ]},
            {"id": "1.2", "title": "乙", "items": [
                {"id": "1.2.1", "kind": "computed", "text": "计算", "points": 4,
                 "calculation": 'value("1.1.3") == "met" or value("2.1.1") == "partial"',
                 "explain": '第三项 {value("1.1.3")}'},
                choice("1.2.2", relevant='value("1.2.1")'),
            ]},
        ]},
        {"id": "2", "title": "二", "points": 16, "indicators": [
            {"id": "2.1", "title": "丙", "items": [
                choice("2.1.1"),
                {"id": "2.1.2", "kind": "number", "text": "数字", "constraint": 'this >= 0 and this <= value("2.1.3")'},
                {"id": "2.1.3", "kind": "number", "text": "上限"},
                {"id": "2.1.4", "kind": "computed", "text": "计算二", "points": 4, "veto": True,
                 "calculation": 'value("2.1.2") >= 2'},
                choice("2.1.5", "yesno", veto=True, relevant='value("2.1.4") == false'),
                {"id": "2.1.6", "kind": "multi", "text": "多选", "scale": "level3", "required": False},
                choice("2.1.7", relevant='selected("2.1.6", "met")'),
            ]},
        ]},
    ]
    document = {"schema": 1, "id": "chain", "version": "1", "kind": "self_assessment", "title": "链",
                "scales": [LEVEL3, YESNO],
                "grading": {"veto_grade": "C", "cutoffs": [
                    {"grade": "A", "min_percent": 90}, {"grade": "B", "min_percent": 75},
                    {"grade": "C", "min_percent": 60}, {"grade": "D", "min_percent": 0}]},
                "dimensions": dimensions}
    return build_form(document, "test")


FORMS = {"chain": chained_form(), "rules": load_form(DATA / "rules_form.yaml")}


def answers_for(form):
    """A strategy: one change to one item of ``form``."""
    def answer(item):
        if item.kind == "choice":
            values = st.sampled_from([None, *(o.value for o in item.scale.options)])
        elif item.kind == "number":
            values = st.sampled_from([None, "", "0", "1", "2", "3", "12", "13", "-1", "x", "NaN"])
        elif item.kind == "multi":
            options = [o.value for o in item.scale.options]
            values = st.lists(st.sampled_from([*options, "zz"]), max_size=3).map(encode_selection)
        else:
            values = st.sampled_from([None, "", "记录 1", "2026-01-02"])
        return st.builds(Answer, values, na=st.booleans(), na_reason=st.sampled_from(["", "无此设施"]),
                         comment=st.sampled_from(["", "备注"]))

    items = [item for item in form.iter_items() if item.kind != "computed"]
    return st.sampled_from(items).flatmap(lambda item: st.tuples(st.just(item.id), answer(item)))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), name=st.sampled_from(sorted(FORMS)), with_profile=st.booleans())
def test_incremental_equals_full(data, name, with_profile):
    form = FORMS[name]
    profile = demo_profile() if with_profile else None
    answers: dict[str, Answer] = {}
    live = LiveScores(form, answers, profile)
    assert live.scores == score(form, answers, profile)
    for item_id, answer in data.draw(st.lists(answers_for(form), min_size=1, max_size=25)):
        answers[item_id] = answer
        incremental = live.rescore(item_id)
        full = score(form, answers, profile)
        assert incremental == full
        assert [r.item.id for r in incremental.gaps] == [r.item.id for r in full.gaps]
        assert str(incremental.total.percent) == str(full.total.percent)


def test_starting_from_stored_answers_and_removing_them():
    form = FORMS["chain"]
    answers = {"1.1.1": Answer("yes"), "1.1.2": Answer("met"), "1.1.3": Answer("met"), "2.1.1": Answer("unmet")}
    live = LiveScores(form, answers, None)
    for item_id in list(answers):
        del answers[item_id]
        assert live.rescore(item_id) == score(form, answers, None)
    assert live.scores.total.earned == 0 and live.scores.total.done == 1  # the optional multi item


def test_the_grade_appears_with_the_first_answer_and_goes_with_the_last():
    """``graded`` is kept by counts, not by a pass over every item: it must still follow them."""
    form = FORMS["chain"]
    answers: dict[str, Answer] = {}
    live = LiveScores(form, answers, None)
    assert not live.scores.graded
    for answer in (Answer("met"), Answer(na=True, na_reason="无此设施"), Answer("unmet")):
        answers["1.1.2"] = answer
        assert live.rescore("1.1.2").graded
    del answers["1.1.2"]
    assert not live.rescore("1.1.2").graded


def test_dependents_follow_chains():
    found = dependents(FORMS["chain"])
    assert set(found["1.1.1"]) == {"1.1.2", "1.1.3", "1.2.1", "1.2.2"}
    assert set(found["2.1.3"]) == {"2.1.2"}  # its constraint: the value of 2.1.2 itself does not change
    assert set(found["2.1.2"]) == {"2.1.4", "2.1.5"}
    assert "1.2.2" not in found


def test_the_bundled_form_against_a_demo_session(demo_workspace):
    session = demo_workspace[0].assessments.open(demo_workspace[1])
    items = [item for item in session.form.iter_items() if item.kind == "choice"][:20]
    for n, item in enumerate(items):
        session.set_answer(item.id, Answer(item.scale.options[n % len(item.scale.options)].value))
        assert session.scores == score(session.form, session.answers, session.profile)
