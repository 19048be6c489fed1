"""Refuse text the font cannot draw, before anything is written.

reportlab silently drops glyphs a font lacks, so a report would show a name with a hole in it.
The story builder records every piece of user or form text it uses together with where it
comes from, a :func:`place` (机构名称 / facility name, 条目 3.2.1 的备注 / comment on item 3.2.1 …);
:func:`check` compares them with the font's cmap.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from tuoyu_desktop.errors import TuoyuError
from tuoyu_desktop.messages import Joined, Message

MAX_CHARS_LISTED = 10
MAX_PLACES_LISTED = 5


class Place:
    """Where a recorded text comes from: the catalog's ``place.<key>`` with its parameters.

    Made into a :class:`Message` (Chinese as a string, the user's language when rendered) only
    when it is shown: an export records tens of thousands of places (30,000 at 5,000 items) and
    shows none, or a few.
    """

    __slots__ = ("key", "params")

    def __init__(self, key: str, params: dict[str, Any]):
        self.key = key
        self.params = params

    def message(self) -> Message:
        return Message(f"place.{self.key}", **self.params)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Place) and (self.key, self.params) == (other.key, other.params)

    def __hash__(self) -> int:
        return hash((self.key, *self.params.items()))

    def __repr__(self) -> str:
        return f"Place({self.key!r}, {self.params!r})"


def place(key: str, **params: Any) -> Place:
    """The place ``place.<key>`` of the catalog with ``params`` (an item's id, a grade …)."""
    return Place(key, params)


class UnrenderableText(TuoyuError):
    """Text that the report font cannot draw; ``str(exc)`` is a message for the user, ending with
    what to do (``advice``: the catalog's ``text.then_export`` by default)."""

    def __init__(self, problems: dict[str, list[Message]], advice: str = "text.then_export"):
        self.problems = problems  # character → places it occurs, in order of appearance
        super().__init__(_message(problems, advice))


def _describe(char: str) -> Message:
    code = f"U+{ord(char):04X}"
    return Message("text.char", char=char, code=code) if char.isprintable() else Message("text.invisible", code=code)


def _message(problems: dict[str, list[Message]], advice: str) -> Message:
    lines: list[Message] = []
    for char, places in list(problems.items())[:MAX_CHARS_LISTED]:
        shown = Joined(places[:MAX_PLACES_LISTED], "、")
        more = Message("text.more_places", count=len(places)) if len(places) > MAX_PLACES_LISTED else ""
        lines.append(Message("text.line", char=_describe(char), places=shown, more=more))
    if len(problems) > MAX_CHARS_LISTED:
        lines.append(Message("text.more_chars", count=len(problems) - MAX_CHARS_LISTED))
    return Message("text.unrenderable", count=len(problems), lines=Joined(lines, "\n"), advice=Message(advice))


def check(texts: Iterable[tuple[Place, str]], charset: frozenset[int], advice: str = "text.then_export") -> None:
    """Raise :class:`UnrenderableText` if any ``(where, text)`` has a character outside ``charset``.

    Whitespace (spaces, tabs, newlines, ideographic space) is always fine: it is laid out, not drawn.
    """
    texts = list(texts)
    if all(ord(char) in charset or char.isspace() for char in set("".join(text for _where, text in texts))):
        return  # the usual case, found from the distinct characters of all texts at once
    problems: dict[str, list[Place]] = {}
    for where, text in texts:
        for char in dict.fromkeys(text):  # each character once per text, in order
            if ord(char) in charset or char.isspace():
                continue
            places = problems.setdefault(char, [])
            if where not in places:
                places.append(where)
    if problems:
        raise UnrenderableText({char: [where.message() for where in places] for char, places in problems.items()},
                               advice)
