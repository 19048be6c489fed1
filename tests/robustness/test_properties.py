"""Property-based tests (hypothesis): scoring invariants, the rule language, the form loader.

Example counts per test are set by ``EXAMPLES`` below (about 2,000 examples in all).
"""

from __future__ import annotations

import copy
import json
import string
from dataclasses import fields, replace
from decimal import Decimal

import pytest
import yaml
from hypothesis import HealthCheck, assume, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from support import DATA

from tuoyu_desktop.forms import FormError, load_form  # noqa: E402
from tuoyu_desktop.forms.expr import (  # noqa: E402
    BOOL,
    NUMBER,
    TEXT,
    Environment,
    ExprError,
    Function,
    Node,
    evaluate,
    item_references,
    parse,
)
from tuoyu_desktop.forms.loader import build_form  # noqa: E402
from tuoyu_desktop.forms.rules import PROFILE_VARIABLES, SIGNATURES  # noqa: E402
from tuoyu_desktop.paths import bundled_forms_dir  # noqa: E402
from tuoyu_desktop.records import Answer  # noqa: E402
from tuoyu_desktop.scoring import score  # noqa: E402
from tuoyu_desktop.services.demo import demo_profile  # noqa: E402

FORM_PATHS = [DATA / "mini_form.yaml", DATA / "rules_form.yaml", *sorted(bundled_forms_dir().glob("*.yaml"))]
FORMS = {path.stem: load_form(path) for path in FORM_PATHS}
EXAMPLES = 150
PROFILE_FIELDS = {f.name for f in fields(demo_profile())}
FAST = settings(max_examples=EXAMPLES, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])


# -- scoring ------------------------------------------------------------------------------
NUMBER_TEXTS = ["0", "1", "12", "-3", "2.5", "1e3", "NaN", "sNaN", "Infinity", "-Infinity", "abc", "", " 7 "]
MULTI_TEXTS = ["[", "{}", "3", "null", "[]", '["bogus"]']
TEXTS = ["", "甲", "2026-01-01", "  "]

pytestmark = pytest.mark.slow  # long runs: deselect with -m "not slow"

def answer_for(item, code: int) -> Answer | None:
    """One of the answers a user (or a damaged file) can give ``item``, picked by ``code``."""
    if code < 4:
        return None
    if code == 4:
        return Answer(na=True, na_reason=["", "  "][code % 2])
    if code == 5:
        return Answer(na=True, na_reason="本机构无此设施")
    if item.kind == "choice":
        values = [o.value for o in item.scale.options] + ["not-an-option"]
        return Answer(values[code % len(values)])
    if item.kind == "number":
        return Answer(NUMBER_TEXTS[code % len(NUMBER_TEXTS)])
    if item.kind == "multi":
        values = [o.value for o in item.scale.options]
        chosen = [v for bit, v in enumerate(values) if code >> bit & 1]
        return Answer(json.dumps(chosen) if code % 3 else MULTI_TEXTS[code % len(MULTI_TEXTS)])
    return Answer(TEXTS[code % len(TEXTS)])


@st.composite
def scored_case(draw, forms=tuple(FORMS)):
    form = FORMS[draw(st.sampled_from(forms))]
    items = list(form.iter_items())
    codes = draw(st.lists(st.integers(0, 63), min_size=len(items), max_size=len(items)))
    answers = {}
    for item, code in zip(items, codes, strict=True):
        answer = answer_for(item, code)
        if answer is not None:
            answers[item.id] = answer
    if draw(st.booleans()):
        profile = None
    else:
        numbers = {name: draw(st.integers(0, 300)) for name, kind in PROFILE_VARIABLES.items()
                   if kind == NUMBER and name in PROFILE_FIELDS}
        profile = replace(demo_profile(), is_puhui=draw(st.booleans()), meals_on_site=draw(st.booleans()), **numbers)
    return form, answers, profile


def _rule_nodes(form):
    for item in form.iter_items():
        for rule in (item.relevant, item.calculation, item.constraint):
            if rule is not None:
                yield rule.node


def _independent_choice_items(form):
    """Choice items no rule reads and no rule hides, where N/A is allowed: N/A on them changes
    nothing else (on a decisive item N/A is refused, and a stored one counts as unanswered)."""
    read = set()
    for node in _rule_nodes(form):
        read |= item_references(node, SIGNATURES)
    return [i.id for i in form.iter_items()
            if i.kind == "choice" and i.relevant is None and i.id not in read and i.na_allowed]


def grade_rank(form, grade) -> int:
    """0 for the best grade, higher is worse."""
    return [c.grade for c in form.grading.cutoffs].index(grade.grade)


@FAST
@given(scored_case())
def test_scores_stay_within_their_bounds(case):
    form, answers, profile = case
    scores = score(form, answers, profile)
    total = scores.total
    assert Decimal(0) <= total.earned <= total.applicable_max
    assert Decimal(0) <= total.percent <= Decimal(100)
    for dimension in scores.dimensions:
        assert Decimal(0) <= dimension.tally.earned <= dimension.tally.applicable_max <= dimension.dimension.points
    shown = [r for r in scores.items.values() if r.relevant]
    assert total.applicable_max == sum((r.item.points for r in shown if r.applicable), Decimal(0))
    assert total.earned == sum((d.tally.earned for d in scores.dimensions), Decimal(0))
    for result in scores.items.values():
        assert Decimal(0) <= result.earned <= result.item.points
        if not result.applicable:
            assert result.earned == 0
    # the grade: the cut-off for the percentage shown, capped by any failed veto item
    by_percent = form.grading.grade_for(total.percent)
    if scores.vetoed:
        assert grade_rank(form, scores.grade) >= grade_rank(form, form.grading.cutoff(form.grading.veto_grade))
        assert grade_rank(form, scores.grade) >= grade_rank(form, by_percent)
        assert all(r.item.veto and r.gap for r in scores.veto_failures)
    else:
        assert scores.grade == by_percent
        assert not any(r.item.veto and r.gap for r in shown)


PERCENT = st.integers(0, 1000).map(lambda n: Decimal(n) / 10)


@FAST
@given(st.sampled_from(sorted(FORMS)), PERCENT, PERCENT)
def test_grade_is_monotone_in_percent(form_name, low, high):
    grading = FORMS[form_name].grading
    low, high = sorted((low, high))
    assert grading.cutoffs.index(grading.grade_for(low)) >= grading.cutoffs.index(grading.grade_for(high))


@FAST
@given(scored_case(forms=tuple(name for name, form in FORMS.items() if _independent_choice_items(form))), st.data())
def test_na_removes_exactly_the_items_points(case, data):
    form, answers, profile = case
    candidates = _independent_choice_items(form)
    item = form.item(data.draw(st.sampled_from(candidates)))
    option = data.draw(st.sampled_from(item.scale.options))
    answered = score(form, {**answers, item.id: Answer(option.value)}, profile)
    na = score(form, {**answers, item.id: Answer(na=True, na_reason="不适用")}, profile)
    assert answered.total.applicable_max - na.total.applicable_max == item.points
    assert answered.total.earned - na.total.earned == item.points * option.ratio
    assert na.total.na == answered.total.na + 1


@FAST
@given(scored_case(forms=("mini_form",)), st.sampled_from(["1.1.2", "1.2.1", "2.1.1"]))
def test_a_failed_veto_item_caps_the_grade(case, other):
    form, answers, profile = case
    everything_met = {i.id: Answer("met" if i.scale.id == "level3" else "yes") for i in form.iter_items()}
    assert score(form, everything_met, profile).grade.grade == "A"
    vetoed = score(form, {**everything_met, **{k: v for k, v in answers.items() if k == other}, "1.1.1": Answer("no")},
                   profile)
    assert vetoed.vetoed and vetoed.grade.grade == form.grading.veto_grade


# -- the rule language --------------------------------------------------------------------
def _double(x):
    return None if x is None else x * 2


ENV = Environment(
    {"n": NUMBER, "m": NUMBER, "t": TEXT, "b": BOOL},
    {"double": Function((NUMBER,), NUMBER, run=_double),
     "same": Function((TEXT, TEXT), BOOL, run=lambda a, b: None if None in (a, b) else a == b)},
)
VOCABULARY = ["1", "0", "2.5", "999999999999999999999999999999", '"甲"', "'x'", "“中”", "true", "false", "n", "m", "t",
              "b", "and", "or", "not", "(", ")", ",", "+", "-", "*", "/", "=", "==", "!=", "<", "<=", ">", ">=",
              "double", "same", "nope", "$", "“", '"', "\\", "1.", ".5", "__import__"]


@FAST
@given(st.text(alphabet=string.printable + "“”中文（）", max_size=60))
def test_parse_of_any_text_raises_only_expr_error(source):
    try:
        parse(source)
    except ExprError:
        pass


@FAST
@given(st.lists(st.sampled_from(VOCABULARY), max_size=25), st.booleans())
def test_token_soup_parses_checks_and_evaluates_or_says_why(tokens, spaced):
    source = (" " if spaced else "").join(tokens)
    try:
        node = ENV_check(parse(source))
    except ExprError:
        return
    evaluate(node, {"n": Decimal(3), "m": Decimal(0), "t": "甲", "b": True}, ENV.functions)
    evaluate(node, {}, ENV.functions)


def ENV_check(node: Node) -> Node:  # noqa: N802 - reads as what it does
    ENV.check(node, {})
    return node


LITERAL_NUMBERS = st.sampled_from(["0", "1", "2", "0.5", "100", "1" + "0" * 40, "9" * 30])


def typed(kind: str):
    """Sources of well-typed expressions of ``kind`` (number, bool or text), recursively."""
    if kind == NUMBER:
        base = st.one_of(LITERAL_NUMBERS, st.just("n"), st.just("m"))
    elif kind == BOOL:
        base = st.sampled_from(["true", "false", "b"])
    else:
        base = st.sampled_from(['"甲"', "'乙'", "t", "“丙”"])
    return st.recursive(base, lambda inner: _combine(kind, inner), max_leaves=12)


def _combine(kind, inner):
    if kind == NUMBER:
        return st.one_of(
            st.tuples(inner, st.sampled_from("+-*/"), inner).map(lambda p: f"({p[0]} {p[1]} {p[2]})"),
            inner.map(lambda a: f"-{a}"),
            inner.map(lambda a: f"double({a})"),
        )
    if kind == BOOL:
        numbers = typed_leaf(NUMBER)
        return st.one_of(
            st.tuples(inner, st.sampled_from(["and", "or"]), inner).map(lambda p: f"({p[0]} {p[1]} {p[2]})"),
            inner.map(lambda a: f"not {a}"),
            st.tuples(numbers, st.sampled_from(["<", "<=", ">", ">=", "=", "!="]), numbers).map(
                lambda p: f"({p[0]} {p[1]} {p[2]})"),
            st.tuples(typed_leaf(TEXT), typed_leaf(TEXT)).map(lambda p: f"same({p[0]}, {p[1]})"),
        )
    return inner


def typed_leaf(kind):
    if kind == NUMBER:
        return st.one_of(LITERAL_NUMBERS, st.just("n"), st.just("m"), st.just("(n / m)"), st.just("(n * n * n)"))
    return st.sampled_from(['"甲"', "t"])


VALUES = st.fixed_dictionaries({}, optional={
    "n": st.one_of(st.none(), st.decimals(allow_nan=False, allow_infinity=False, places=2, min_value=-10**6, max_value=10**6),
                   st.just(Decimal("1E+999999"))),
    "m": st.sampled_from([None, Decimal(0), Decimal(1), Decimal("-0.5")]),
    "t": st.sampled_from([None, "甲", ""]),
    "b": st.sampled_from([None, True, False]),
})
PYTHON_TYPES = {NUMBER: Decimal, BOOL: bool, TEXT: str}


@FAST
@given(st.sampled_from([NUMBER, BOOL, TEXT]).flatmap(lambda k: st.tuples(st.just(k), typed(k))), VALUES)
def test_well_typed_expressions_check_and_never_raise_when_evaluated(case, values):
    kind, source = case
    node = parse(source)
    assert ENV.check(node, {}) == kind
    result = evaluate(node, values, ENV.functions)
    assert result is None or isinstance(result, PYTHON_TYPES[kind])


def unparse(node: Node) -> str:
    """Source text for a tree, fully bracketed."""
    if node.op == "num":
        return format(node.value, "f")
    if node.op == "text":
        return f'"{node.value}"'
    if node.op == "bool":
        return "true" if node.value else "false"
    if node.op == "name":
        return node.value
    if node.op == "call":
        return f"{node.value}({', '.join(unparse(a) for a in node.args)})"
    if node.op == "not":
        return f"(not {unparse(node.args[0])})"
    if node.op == "neg":
        return f"(-{unparse(node.args[0])})"
    return f"({unparse(node.args[0])} {node.op} {unparse(node.args[1])})"


@FAST
@given(st.sampled_from([NUMBER, BOOL, TEXT]).flatmap(typed))
def test_printing_and_parsing_round_trip(source):
    node = parse(source)
    again = parse(unparse(node))
    assert again == node
    assert unparse(again) == unparse(node)


# -- the form loader ----------------------------------------------------------------------
MINI_DOCUMENT = yaml.safe_load((DATA / "mini_form.yaml").read_text(encoding="utf-8"))
RULES_DOCUMENT = yaml.safe_load((DATA / "rules_form.yaml").read_text(encoding="utf-8"))
JUNK = st.one_of(
    st.none(), st.booleans(), st.integers(-10**30, 10**30), st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=12), st.sampled_from(["", "NaN", "-1", "1e400", "not (", "value(\"9.9\") > 1", "choice",
                                           "computed", "multi", "level3", "yesno", "A", "Z"]),
    st.lists(st.integers(), max_size=3), st.dictionaries(st.text(max_size=4), st.integers(), max_size=3),
)


def _paths(node, prefix=()):
    yield prefix
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _paths(value, (*prefix, index))


def _parent(document, path):
    node = document
    for step in path[:-1]:
        node = node[step]
    return node


@st.composite
def mutated_document(draw):
    document = copy.deepcopy(draw(st.sampled_from([MINI_DOCUMENT, RULES_DOCUMENT])))
    for _ in range(draw(st.integers(1, 4))):
        paths = [p for p in _paths(document) if p]
        if not paths:
            break
        path = draw(st.sampled_from(paths))
        parent, key = _parent(document, path), path[-1]
        action = draw(st.sampled_from(["delete", "replace", "duplicate", "swap_type", "new_key"]))
        if action == "delete":
            del parent[key]
        elif action == "replace":
            parent[key] = draw(JUNK)
        elif action == "duplicate" and isinstance(parent, list):
            parent.insert(key, copy.deepcopy(parent[key]))
        elif action == "swap_type":
            value = parent[key]
            parent[key] = [value] if not isinstance(value, list) else {"x": value}
        elif action == "new_key" and isinstance(parent[key], dict):
            parent[key][draw(st.sampled_from(["id", "points", "kind", "relevant", "calculation", "constraint", "scale",
                                              "veto", "required", "options", "items", "cutoffs", "zzz"]))] = draw(JUNK)
    return document


@settings(max_examples=EXAMPLES * 3, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_document())
def test_build_form_raises_only_form_error(document):
    try:
        form = build_form(document, "mutated.yaml")
    except FormError as exc:
        assert exc.problems and all(isinstance(p, str) and p for p in exc.problems)
        return
    # what loads must score
    assert form.item_count > 0
    score(form, {}, demo_profile())


@FAST
@given(st.binary(max_size=40), st.integers(0, 3000), st.sampled_from(["insert", "overwrite", "truncate"]))
def test_load_form_of_damaged_bytes_raises_only_form_error(tmp_path_factory, junk, at, how):
    raw = (DATA / "mini_form.yaml").read_bytes()
    at = min(at, len(raw))
    if how == "insert":
        raw = raw[:at] + junk + raw[at:]
    elif how == "overwrite":
        raw = raw[:at] + junk + raw[at + len(junk):]
    else:
        raw = raw[:at]
    assume(raw != (DATA / "mini_form.yaml").read_bytes())
    path = tmp_path_factory.getbasetemp() / "damaged.yaml"
    path.write_bytes(raw)
    try:
        load_form(path)
    except FormError:
        pass


# -- regressions the properties found -------------------------------------------------------
@pytest.mark.parametrize("source", [
    "(" * 3000 + "1" + ")" * 3000,
    "not " * 3000 + "true",
    "-" * 3000 + "1",
    "1" + " + 1" * 3000,
    "double(" * 500 + "1" + ")" * 500,
])
def test_deeply_nested_rules_are_refused_with_a_message(source):
    with pytest.raises(ExprError, match="过深|过长"):
        parse(source)


def test_a_deeply_nested_rule_in_a_form_is_a_form_error():
    document = copy.deepcopy(MINI_DOCUMENT)
    document["dimensions"][0]["indicators"][0]["items"][1]["relevant"] = "(" * 2000 + "true" + ")" * 2000
    with pytest.raises(FormError, match="过深"):
        build_form(document, "deep.yaml")


def test_overflowing_arithmetic_is_unknown_not_a_crash():
    huge = "1" + "0" * 999_990
    assert evaluate(parse(f"{huge} * {huge} > 1"), {}, ENV.functions) is None
    assert evaluate(parse("double(n)"), {"n": Decimal("9E+999999")}, ENV.functions) is None


@pytest.mark.parametrize("typed", ["NaN", "sNaN", "Infinity", "-Infinity"])
def test_not_a_number_answers_are_refused_and_scoring_goes_on(typed):
    form = FORMS["rules_form"]
    scores = score(form, {"2.1.2": Answer(typed)}, demo_profile())
    assert scores.items["2.1.2"].problem == "请输入数字"
    assert scores.items["2.1.3"].computed is None  # value("2.1.2") >= 2: not known
