"""Read a form file's YAML straight from the parser's events: the same document at a third of the cost.

PyYAML's loader makes a node object for every scalar, then constructs the document from the
nodes in Python: for a 5,000-item form that is about four fifths of the parse (and the many
short-lived nodes keep the garbage collector busy). A form file is only mappings, lists and
scalars, so :func:`load` builds the document from libyaml's event stream in one loop, resolving
plain scalars with the loader's own YAML 1.1 resolvers and constructors.

Anything else (anchors and aliases, tags, merge keys, a key given twice, a key that is a
mapping or a list, deep nesting, several documents, any error) is left to the full loader, which
gives the same document, or the same error with its line and column, as it always did; but a
document whose aliases expand to millions of values is refused.
"""

from __future__ import annotations

from typing import Any

import yaml
from yaml.events import (
    AliasEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
)

from tuoyu_desktop.messages import Message

# Deeper than any form (a form's items sit 8 levels down); deeper documents go to the full
# loader, which refuses them as it always did.
MAX_DEPTH = 32
# Values a document may hold beyond its length in characters once aliases are expanded: far more
# than a form needs, far less than an alias bomb's millions.
MAX_VALUES = 1_000_000
_STR_TAG = "tag:yaml.org,2002:str"
_NO_KEY = object()  # the mapping being read waits for a key, not a value
_UNSEEN = object()


class Unusual(Exception):
    """The YAML holds something the event reading leaves to the full loader."""


def load(text: str, loader_class: Any) -> Any:
    """The document in ``text`` as ``yaml.load(text, Loader=loader_class)`` gives it, or its error.

    Aliases may repeat one value without limit (nine levels of nine aliases make 387 million),
    which every later walk over the document would pay: such a document is a ConstructorError.
    """
    try:
        return document_from_events(text, loader_class)
    except Unusual:
        document = yaml.load(text, Loader=loader_class)
    limit = MAX_VALUES + len(text)  # without aliases a value takes at least a character
    if _count_values(document, limit) > limit:
        raise yaml.constructor.ConstructorError(None, None, Message("form.aliases_expand", limit=f"{limit:,}"))
    return document


def document_from_events(text: str, loader_class: Any) -> Any:
    """The document built from the event stream; raises :class:`Unusual` when it cannot be."""
    loader = loader_class(text)
    try:
        return _build(loader)
    except (yaml.YAMLError, ValueError, OverflowError) as exc:
        raise Unusual from exc
    finally:
        loader.dispose()


def _build(loader: Any) -> Any:
    """One loop over the events with an explicit stack: no node objects, no recursion."""
    get_event = loader.get_event
    resolvable = loader.yaml_implicit_resolvers  # by first character: a plain scalar starting otherwise is text
    known: dict[str, Any] = {}  # plain scalars already resolved: points, scale names and flags repeat
    outer: list[tuple[Any, Any]] = []  # the containers being filled around the current one
    documents: list[Any] = []  # the outermost container: the document is appended to it
    container: Any = documents
    key: Any = _NO_KEY
    while True:
        event = get_event()
        kind = type(event)
        if kind is ScalarEvent:
            if event.anchor is not None or event.tag is not None:
                raise Unusual
            value = event.value
            if event.implicit[0] and value[:1] in resolvable:  # plain: may be a number, a flag, null, a date
                resolved = known.get(value, _UNSEEN)
                if resolved is _UNSEEN:
                    resolved = known[value] = _plain_scalar(loader, value)
                value = resolved
        elif kind is MappingStartEvent or kind is SequenceStartEvent:
            if event.anchor is not None or event.tag is not None or len(outer) >= MAX_DEPTH:
                raise Unusual
            outer.append((container, key))
            container, key = ({} if kind is MappingStartEvent else []), _NO_KEY
            continue
        elif kind is MappingEndEvent or kind is SequenceEndEvent:
            value = container
            container, key = outer.pop()
        elif kind is StreamEndEvent:
            break
        elif kind is AliasEvent or (kind is DocumentStartEvent and documents):
            raise Unusual  # an alias, or a second document (an error)
        else:
            continue  # the stream's and document's start and end
        if type(container) is list:
            container.append(value)
        elif key is _NO_KEY:
            if type(value) is dict or type(value) is list or value in container:
                raise Unusual  # an unhashable key or a duplicate: the full loader says where
            key = value
        else:
            container[key] = value
            key = _NO_KEY
    return documents[0] if documents else None


def _count_values(document: Any, limit: int) -> int:
    """The document's values counted as a walk over it meets them (an alias each time), up to just past ``limit``."""
    count = 0
    pending = [document]
    while pending and count <= limit:
        value = pending.pop()
        count += 1
        if type(value) is dict:
            pending += value.keys()
            pending += value.values()
        elif type(value) is list:
            pending += value
    return count


def _plain_scalar(loader: Any, value: str) -> Any:
    """A plain scalar's value, resolved and constructed exactly as the loader does."""
    tag = loader.resolve(yaml.ScalarNode, value, (True, False))
    if tag == _STR_TAG:
        return value
    construct = loader.yaml_constructors.get(tag)
    if construct is None:  # a merge key "<<", "=" or another tag without a constructor: an error or a merge
        raise Unusual
    return construct(loader, yaml.ScalarNode(tag, value))
