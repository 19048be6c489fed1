"""Issue 15: form YAML read from the parser's events gives what the full loader gives, to the type.

Every case is read both ways; ``repr`` compares types (1, 1.0 and True differ), key order and
NaN. Cases the event reading leaves to the full loader must give the full loader's document or
its very error (the messages name the line and column).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from support import DATA
from support.synthetic_form import synthetic_form

from tuoyu_desktop.forms import FormError, load_form
from tuoyu_desktop.forms.loader import _yaml_loader
from tuoyu_desktop.forms.yaml_events import MAX_DEPTH, Unusual, document_from_events, load
from tuoyu_desktop.paths import bundled_forms_dir

LOADER = _yaml_loader()


def outcome(read, text: str) -> tuple[str, ...]:
    """What reading ``text`` gives: the document's repr, or the error's type and text."""
    try:
        return ("document", repr(read(text)))
    except Exception as exc:  # noqa: BLE001 - the very error is what is compared
        return ("error", type(exc).__name__, str(exc))


def full_loader(text: str) -> object:
    return yaml.load(text, Loader=LOADER)


def from_events(text: str) -> object:
    return document_from_events(text, LOADER)


def assert_same(text: str, fast: bool) -> None:
    """Both readings agree; ``fast``: the event reading itself gave the document (no fallback)."""
    expected = outcome(full_loader, text)
    assert outcome(lambda t: load(t, LOADER), text) == expected
    if fast:
        assert expected[0] == "document"
        assert outcome(from_events, text) == expected
    else:
        with pytest.raises(Unusual):
            from_events(text)


FORM_FILES = [DATA / "mini_form.yaml", DATA / "rules_form.yaml", *sorted(bundled_forms_dir().glob("*.yaml"))]


@pytest.mark.parametrize("path", FORM_FILES, ids=lambda p: p.name)
def test_every_form_file_reads_the_same_from_events(path: Path):
    assert_same(path.read_text(encoding="utf-8-sig"), fast=True)


@pytest.mark.parametrize("items", [1, 111, 1000, 5000])
def test_synthetic_forms_read_the_same_from_events(items: int):
    text = yaml.safe_dump(synthetic_form(items), allow_unicode=True, sort_keys=False)
    assert_same(text, fast=True)


# Plain YAML the event reading handles itself: YAML 1.1 resolution of every kind of scalar.
PLAIN = {
    "integers": "a: 12\nb: -0\nc: +12\nd: 017\ne: 0x1F\nf: 0b101\ng: 1_000\nh: '1:30'\ni: 1:30\nj: 190:20:30\n",
    "not integers": "a: 0o17\nb: 1e3\nc: 08\nd: 1__\ne: 0x\nf: 12abc\ng: '12'\nh: \"0x1F\"\n",
    "floats": "a: 1.5\nb: 1.0e+3\nc: .inf\nd: -.Inf\ne: .NaN\nf: 6.8523015e+5\ng: 190:20:30.15\nh: 1_0.5\ni: .5\nj: 1.\n",
    "huge float": "a: 1.0e999999\nb: -1.0e999999\n",
    "flags": "a: yes\nb: No\nc: ON\nd: off\ne: True\nf: false\ng: y\nh: n\ni: 'yes'\nj: \"off\"\nk: Yes please\n",
    "nulls": "a: ~\nb: null\nc: Null\nd: NULL\ne:\nf: nulL\ng: '~'\nh: \"null\"\n",
    "dates": "a: 2023-01-05\nb: 2001-12-14t21:59:43.10-05:00\nc: 2001-12-14 21:59:43.10 -5\nd: 2002-12-14 00:00:00Z\n"
             "e: 2023-1-5\nf: '2023-01-05'\n",
    "text": "a: 测试用小表\nb: \"\\t\\u00e9\\x41 😀\"\nc: 'it''s'\nd: a # comment\ne: 'a # not a comment'\nf: \"\"\ng: ''\n",
    "multi-line": "a: |\n  line one\n  line two\nb: >\n  folded\n  text\n\n  para\nc: |-\n  kept\nd: >+\n  kept\n\n"
                  "e: plain\n  continued\n  lines\nf: \"double\n  quoted\"\n",
    "keys": "1: int\n1.5: float\nfalse: flag\n~: null\n2023-01-05: date\n'1': text\nabc: x\n",
    "flow": "a: {b: 1, c: [x, 'y', 2.5, ~]}\nd: []\ne: {}\nf: [[], [{}], {g: [h]}]\n",
    "lists": "- 1\n- - a\n  - b\n- c: d\n  e: f\n-\n- ''\n",
    "top-level scalar": "hello\n",
    "top-level number": "42\n",
    "empty": "",
    "comment only": "   \n# just a comment\n",
    "empty document": "---\n",
    "document markers": "%YAML 1.1\n---\na: 1\n...\n",
    "BOM": "\ufeffa: 1\n",
    "CRLF": "a: 1\r\nb:\r\n  - x\r\n",
    "tab after colon": "a:\t1\nb: x\ty\n",
    "deep but not too deep": "a: " + "[" * (MAX_DEPTH - 1) + "1" + "]" * (MAX_DEPTH - 1) + "\n",
    "unicode everywhere": "键: 值\n列表: [甲, 乙]\n\u00e9: \u00fc\n",
    "plain that resolves to nothing special": "b: .\nc: +\nd: 1.1.1\ne: 2.2.2.2\nf: <a>\ng: ==\nh: '<<'\n",
}


@pytest.mark.parametrize("text", list(PLAIN.values()), ids=list(PLAIN))
def test_plain_yaml_reads_the_same_from_events(text: str):
    assert_same(text, fast=True)


# YAML the event reading leaves to the full loader: the same document or the same error.
UNUSUAL = {
    "anchor and alias": "a: &x 1\nb: *x\n",
    "anchored mapping": "a: &x {b: 1}\nc: *x\n",
    "merge key": "base: &b {x: 1, y: 2}\nm:\n  <<: *b\n  y: 3\n",
    "merge key without alias": "m:\n  <<: {x: 1}\n  y: 3\n",
    "merge of a list": "a: &a {x: 1}\nb: &b {y: 2}\nm:\n  <<: [*a, *b]\n",
    "value key": "a: =\n",
    "yaml tag resolver": "a: !\n",
    "explicit tags": "a: !!str 1\nb: !!int '3'\nc: !!float 2\n",
    "tagged mapping": "a: !!map {b: 1}\nc: !!seq [1]\n",
    "set": "a: !!set {x, y}\n",
    "binary": "a: !!binary aGVsbG8=\n",
    "python tag": "!!python/object/apply:os.system ['echo hi']\n",
    "non-specific tag": "a: ! 12\n",
    "local tag": "a: !mine 12\n",
    "duplicate key": "a: 1\nb: 2\na: 3\n",
    "duplicate key on one line": "a: {b: 1, b: 2}\n",
    "duplicate by value": "1: a\n1.0: b\n",
    "duplicate flag and number": "true: a\n1: b\n",
    "duplicate null": "~: a\nnull: b\n",
    "duplicate NaN": "a:\n  .nan: 1\n  .nan: 2\n",
    "complex key": "? [a, b]\n: c\n",
    "mapping as key": "{[a]: 1}\n",
    "flow mapping key": "? {a: 1}\n: b\n",
    "two documents": "a: 1\n---\nb: 2\n",
    "too deep": "a: " + "[" * MAX_DEPTH + "1" + "]" * MAX_DEPTH + "\n",
    "huge integer": "a: " + "9" * 5001 + "\n",
    "impossible date": "a: 2023-02-30\n",
    "unclosed flow": "dimensions: [unclosed",
    "mapping in plain": "a: b: c\n",
    "tab indentation": "a:\n\tb: 1\n",
    "unclosed quote": "a: 'x\n",
    "list then mapping": "- a\nb: c\n",
    "control character": "a: \x01\n",
    "reserved indicator": "a: @at\n",
    "undefined alias": "a: *nowhere\n",
    "alias bomb": 'a: &a ["x","x","x","x"]\nb: &b [*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b]\n',
}


@pytest.mark.parametrize("text", list(UNUSUAL.values()), ids=list(UNUSUAL))
def test_unusual_yaml_is_left_to_the_full_loader(text: str):
    assert_same(text, fast=False)


def test_nesting_deeper_than_python_recurses_is_left_to_the_full_loader():
    """libyaml allows 1,000 levels, PyYAML's constructor recurses: the event reading changes neither.

    (The recursion error's text depends on the stack already in use, so only its type is compared.)
    """
    text = "a: " + "[" * 500 + "]" * 500 + "\n"
    with pytest.raises(Unusual):
        from_events(text)
    assert outcome(lambda t: load(t, LOADER), text)[:2] == outcome(full_loader, text)[:2] == ("error", "RecursionError")


# Random plain scalars from the characters YAML 1.1 resolution looks at.
SCALAR_CHARACTERS = "0123456789._:-+eExXoObB yYnNtTfF~"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(SCALAR_CHARACTERS, min_size=1, max_size=12), min_size=1, max_size=6))
def test_random_plain_scalars_resolve_the_same(tokens: list[str]):
    text = "".join(f"k{n}: {token}\n" for n, token in enumerate(tokens)) + f"l: [{', '.join(tokens)}]\n"
    expected = outcome(full_loader, text)
    assert outcome(lambda t: load(t, LOADER), text) == expected
    if expected[0] == "document":  # a well-formed file is read from events or falls back: same either way
        fast = outcome(from_events, text)
        assert fast == expected or fast[1] == "Unusual"


@pytest.mark.parametrize("name, text, words", [
    ("duplicate", "schema: 2\nid: a\nid: b\n", ("第 3 行", "“id”", "第 2 行")),
    ("syntax", "schema: 2\ntitle: [unclosed\n", ("第 3 行", "YAML")),
    ("number", "schema: 2\ntotal_points: " + "9" * 5001 + "\n", ("数值",)),
    ("tab", "schema: 2\n\tid: x\n", ("第 2 行", "YAML")),
])
def test_form_errors_keep_their_messages(tmp_path, name, text, words):
    path = tmp_path / f"{name}.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(FormError) as caught:
        load_form(path)
    message = str(caught.value)
    assert all(word in message for word in words), message


def test_aliases_expanding_past_the_limit_are_an_error_not_a_document():
    """The full loader shares an anchored value among its aliases; every walk over the document
    (its snapshot) would expand it: beyond the limit, :func:`load` refuses the document."""
    shared = "a: &a [" + ", ".join(["x"] * 100) + "]\n"
    within = shared + "b: [" + ", ".join(["*a"] * 100) + "]\n"  # 10,000 values: a document
    assert outcome(lambda t: load(t, LOADER), within) == outcome(full_loader, within)
    beyond = shared + "b: &b [" + ", ".join(["*a"] * 100) + "]\nc: [" + ", ".join(["*b"] * 101) + "]\n"
    with pytest.raises(yaml.constructor.ConstructorError, match="别名"):
        load(beyond, LOADER)
