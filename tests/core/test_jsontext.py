"""jsontext.dumps_indented writes json.dumps's indented text exactly: the embedded data's digest depends on it."""

from __future__ import annotations

import enum
import json
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tuoyu_desktop import exchange
from tuoyu_desktop.jsontext import dumps_indented
from tuoyu_desktop.messages import Message

scalars = (st.none() | st.booleans() | st.integers(min_value=-(10**30), max_value=10**30)
           | st.floats(allow_nan=True, allow_infinity=True) | st.text())
values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(), inner, max_size=5)
                      | st.tuples(inner, inner), max_leaves=40)


def standard(value, indent=1, sort_keys=False) -> str:
    return json.dumps(value, ensure_ascii=False, indent=indent, sort_keys=sort_keys)


@settings(max_examples=400, deadline=None)
@given(values, st.integers(min_value=0, max_value=4), st.booleans())
def test_any_json_value_is_written_as_json_writes_it(value, indent, sort_keys) -> None:
    assert dumps_indented(value, indent, sort_keys) == standard(value, indent, sort_keys)


class Level(enum.IntEnum):
    HIGH = 3


class Share(float):
    pass


@pytest.mark.parametrize("value", [
    {}, [], (), "", 0, -0.0, 1e300, 1e-300, 10**40, math.nan, -math.inf, True, None,
    {"z": 1, "a": {"y": [], "b": {}}, "m": [[], [{}], ""]},
    {"控制\u0000\u001f\u2028\"\\/": "李梅 😀 \t\n\r", "\ud800": "lone surrogate \udfff"},
    {"level": Level.HIGH, "share": Share(0.5), "message": Message("text.then_export")},
    [True, False, 1, 1.0, "1"],
])
def test_edge_values_are_written_as_json_writes_them(value) -> None:
    for sort_keys in (False, True):
        for indent in (0, 1, 2):
            assert dumps_indented(value, indent, sort_keys) == standard(value, indent, sort_keys)


@pytest.mark.parametrize("value", [{1: "a", 2.5: "b", False: "c", None: "d"}, {"a": {3: [1]}}])
def test_keys_that_are_not_text_are_turned_into_text_as_json_does(value) -> None:
    assert dumps_indented(value) == standard(value)


def test_what_json_refuses_is_refused_with_its_error() -> None:
    with pytest.raises(TypeError, match="not JSON serializable"):
        dumps_indented({"when": object()})
    with pytest.raises(TypeError):
        dumps_indented({1: "a", "b": 2}, sort_keys=True)  # keys json cannot order
    looped: list = []
    looped.append(looped)
    with pytest.raises(ValueError, match="Circular reference"):
        dumps_indented({"a": looped})


def test_a_reports_embedded_data_is_the_same_text(demo_workspace) -> None:
    workspace, assessment_id = demo_workspace
    payload = workspace.assessments.payload(workspace.assessments.open(assessment_id), "2026-12-07T10:00:00+08:00")
    assert len(payload["answers"]) > 100 and payload["form_snapshot"]
    assert exchange.encode(payload) == standard(payload, sort_keys=True).encode("utf-8")
