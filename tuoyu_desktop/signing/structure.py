"""What a signed report gained after it was first signed, beyond signatures in their places.

pyHanko judges each later revision as a whole ("form filling" is fine), but form filling also
lets a later signer add a new signature field whose box paints over the report, or add a
widget or annotation anywhere. A report declares its signers and reserves their fields before
anyone signs (``signers.json``); this module lists every later addition that is not one of
those fields, in its reserved page and rectangle: new annotations or widgets, new or filled
non-signature fields, signature fields that were not reserved, boxes moved, pages added.

Reports made by 0.1.0 reserved nothing: there, signature fields created while signing are
accepted on the last page, and everything else is still refused.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from tuoyu_desktop.messages import Message

TOLERANCE = 1.0  # points: pyHanko writes rectangles in whole points


@dataclass(frozen=True)
class ReservedPlace:
    field: str
    page_index: int
    rect: tuple[float, float, float, float]


def _pages(root: Any) -> list[Any]:
    """The page dictionaries of a document, in order (the page tree walked without recursion)."""
    pages = []
    stack = [root["/Pages"]]
    while stack:
        node = stack.pop().get_object()
        if node.get("/Type") == "/Pages" or "/Kids" in node:
            stack.extend(reversed(list(node.get("/Kids", []))))
        else:
            pages.append(node)
    return pages


def _annotation_ids(page: Any) -> set[int]:
    ids = set()
    for ref in page.get("/Annots", []) or []:
        idnum = getattr(ref, "idnum", None)
        ids.add(idnum if idnum is not None else id(ref))
    return ids


def _full_name(field: Any) -> str:
    parts = []
    node = field
    for _ in range(32):  # a bounded walk up: a loop of /Parent links must not hang
        if node is None:
            break
        title = node.get("/T")
        if title is not None:
            parts.append(str(title))
        parent = node.get("/Parent")
        node = parent.get_object() if parent is not None else None
    return ".".join(reversed(parts))


def _field_type(field: Any) -> str:
    node = field
    for _ in range(32):
        if node is None:
            return ""
        if "/FT" in node:
            return str(node["/FT"])
        parent = node.get("/Parent")
        node = parent.get_object() if parent is not None else None
    return ""


def _rect(annotation: Any) -> tuple[float, float, float, float] | None:
    try:
        x0, y0, x1, y1 = (float(v) for v in annotation["/Rect"])
    except (KeyError, TypeError, ValueError):
        return None
    return min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)


def _same_rect(a: tuple[float, ...] | None, b: tuple[float, ...]) -> bool:
    return a is not None and all(abs(x - y) <= TOLERANCE for x, y in zip(a, b, strict=True))


def _terminal_fields(root: Any) -> dict[str, tuple[Any, Any]]:
    """Field name → (reference, terminal field dictionary), from the AcroForm (a bounded walk)."""
    form = root.get("/AcroForm")
    if form is None:
        return {}
    found: dict[str, tuple[Any, Any]] = {}
    stack = list(form.get_object().get("/Fields", []))
    seen = 0
    while stack and seen < 10_000:
        seen += 1
        ref = stack.pop()
        field = ref.get_object()
        kids = field.get("/Kids")
        if kids and any("/T" in kid.get_object() for kid in kids):
            stack.extend(kids)
        else:
            found[_full_name(field)] = (ref, field)
    return found


def _page_of_annotations(pages: list[Any]) -> dict[int, int]:
    """Annotation object number → the index of the page that shows it."""
    where = {}
    for index, page in enumerate(pages):
        for ref in page.get("/Annots", []) or []:
            idnum = getattr(ref, "idnum", None)
            if idnum is not None:
                where[idnum] = index
    return where


def later_additions(reader: Any, first_signed_revision: int, reserved: Sequence[ReservedPlace] | None) -> list[str]:
    """Every addition after the report was first signed that is not a signature in a reserved
    place, one line each in Chinese (empty: nothing but signatures was added)."""
    base_root = reader.get_historical_resolver(max(first_signed_revision - 1, 0)).root
    root = reader.root
    base_pages, pages = _pages(base_root), _pages(root)
    problems: list[str] = []
    if len(pages) != len(base_pages):
        problems.append(Message("verify.pages_changed", before=len(base_pages), now=len(pages)))
    places = {place.field: place for place in reserved or ()}
    last_page = len(base_pages) - 1

    for index, page in enumerate(pages):
        before = _annotation_ids(base_pages[index]) if index < len(base_pages) else set()
        for ref in page.get("/Annots", []) or []:
            idnum = getattr(ref, "idnum", None)
            if idnum is not None and idnum in before:
                continue
            annotation = ref.get_object()
            subtype = str(annotation.get("/Subtype", "/?"))
            if subtype == "/Widget" and _field_type(annotation) == "/Sig":
                name = _full_name(annotation)
                place = places.get(name)
                if reserved is None:
                    if index != last_page:
                        problems.append(Message("verify.box_not_last", page=index + 1, name=name))
                elif place is None:
                    problems.append(Message("verify.box_not_reserved", page=index + 1, name=name))
                continue
            what = Message("verify.widget") if subtype == "/Widget" else Message("verify.annotation", kind=subtype.lstrip("/"))
            problems.append(Message("verify.added_on_page", page=index + 1, what=what))

    base_fields = _terminal_fields(base_root)
    shown_on = _page_of_annotations(pages)
    for name, (ref, field) in _terminal_fields(root).items():
        if _field_type(field) == "/Sig":
            if reserved is not None and name not in places:
                if name not in base_fields:
                    problems.append(Message("verify.field_not_reserved", name=name))
                continue
            place = places.get(name)
            if place is not None:
                problems.extend(_misplaced(ref, field, place, shown_on))
            continue
        if name not in base_fields:
            problems.append(Message("verify.form_field_added", name=name))
        elif field.get("/V") != base_fields[name][1].get("/V"):
            problems.append(Message("verify.form_field_changed", name=name))
    return problems


def _misplaced(ref: Any, field: Any, place: ReservedPlace, shown_on: dict[int, int]) -> list[str]:
    """A reserved field's widget must sit on its page, on its rectangle."""
    widgets = [(ref, field)] if "/Rect" in field else [(kid, kid.get_object()) for kid in field.get("/Kids", [])]
    problems: list[str] = []
    for widget_ref, widget in widgets:
        page_index = shown_on.get(getattr(widget_ref, "idnum", -1))
        if not _same_rect(_rect(widget), place.rect):
            problems.append(Message("verify.box_moved", field=place.field))
        elif page_index is not None and page_index != place.page_index:
            problems.append(Message("verify.box_wrong_page", field=place.field, page=place.page_index + 1))
    return problems
