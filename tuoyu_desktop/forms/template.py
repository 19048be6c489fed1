"""Explanation templates: text with ``{expression}`` places, e.g.
``托小班：{children_in("托小班")} 名幼儿，{caregivers_in("托小班")} 名保育人员``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from tuoyu_desktop.forms.expr import Node, parse

_PLACE = re.compile(r"\{([^{}]*)\}")


def places(template: str) -> list[Node]:
    """Parse every place of ``template`` (raises ExprError on the first malformed one)."""
    return [parse(match.group(1)) for match in _PLACE.finditer(template)]


@lru_cache(maxsize=4096)
def _parsed(expression: str) -> Node:
    return parse(expression)  # an explanation is rendered at every scoring: parse it once


def render(template: str, value_of: Callable[[Node], str]) -> str:
    return _PLACE.sub(lambda match: value_of(_parsed(match.group(1))), template)
