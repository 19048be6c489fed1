"""Who signs a report and where: declared signers, their reserved signature rectangles, and the
``signers.json`` the report embeds so that a verifier can read both without guessing.

A report declares its signers (role, and name where known). Its 签署 section sits at the foot of
its **last page**, always at the same place: below a heading, one labelled box per signer, two per
row in the order declared, then the 盖章 (seal) box across the text column. The rectangles depend
only on the number of signers, so :func:`signing_area` computes them for any page count: signing
puts each signature field exactly there, verification checks that every signature widget lies
inside its signer's rectangle. The same numbers are embedded as ``signers.json``.

Pure Python: no reportlab, so signing and verification can import this cheaply.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from tuoyu_desktop.errors import InvalidInput
from tuoyu_desktop.messages import Message
from tuoyu_desktop.report.geometry import FRAME_PADDING, MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_TOP, PAGE_SIZE

SIGNERS_FILE = "signers.json"
SCHEMA_VERSION = "1.0"
FIELD_PREFIX = "Signature"  # field names Signature1, Signature2, … as signing.sign_pdf names new fields

Rect = tuple[int, int, int, int]  # lower-left x, y, upper-right x, y, in whole PDF points

# Geometry of the 签署 section (PDF points). Whole points: pyHanko writes a signature field's
# rectangle in whole points, so a field placed at these numbers is exactly the reserved box.
LEFT = math.ceil(MARGIN_LEFT)  # the text column's left edge
BOTTOM = math.ceil(MARGIN_BOTTOM + FRAME_PADDING)  # the lowest point content can reach
BOX_WIDTH = 240  # two boxes and the gap fill the 493-point text column
BOX_HEIGHT = 112  # room for a stamp of six lines and a handwritten signature
COLUMN_GAP = 12
LABEL_HEIGHT = 18  # the line above each box naming whose it is
ROW_GAP = 10
SEAL_HEIGHT = 130  # an official seal is a circle of about 42 mm (119 points)
HEADER_HEIGHT = 56  # the 签署 heading and one short paragraph
COLUMNS = 2
MAX_SIGNERS = 6  # three rows: more would not fit on one page above the seal
ROW_PITCH = BOX_HEIGHT + LABEL_HEIGHT + ROW_GAP
FIRST_ROW_BOTTOM = BOTTOM + SEAL_HEIGHT + LABEL_HEIGHT + ROW_GAP  # the lowest row of boxes


class InvalidSigners(InvalidInput):
    """The declared signers cannot be laid out (none, or too many); the message is for the user."""


@dataclass(frozen=True)
class DeclaredSigner:
    """Someone the report says must sign it: a role (机构负责人, 机构代表, 督导员, 家长代表 …) and a
    name, empty when not known at export."""

    role: str
    name: str = ""


@dataclass(frozen=True)
class SignaturePlace:
    """Where one declared signer signs: the field to create, its page (0-based) and rectangle."""

    signer: DeclaredSigner
    field: str
    page_index: int
    rect: Rect


@dataclass(frozen=True)
class SigningArea:
    """The 签署 section of a report: every signer's place, the seal box, and the section's top
    (the y below which the last page's content must leave room)."""

    page_index: int
    places: tuple[SignaturePlace, ...]
    seal: Rect
    top: float


def signing_area(signers: Sequence[DeclaredSigner], page_count: int) -> SigningArea:
    """The 签署 section of a report of ``page_count`` pages declaring ``signers`` (in signing order).

    Raises :class:`InvalidSigners` for no signer or more than :data:`MAX_SIGNERS`.
    """
    if not signers:
        raise InvalidSigners(Message("report.no_signer"))
    if len(signers) > MAX_SIGNERS:
        raise InvalidSigners(Message("report.too_many_signers", limit=MAX_SIGNERS, count=len(signers)))
    page_index = page_count - 1
    rows = math.ceil(len(signers) / COLUMNS)
    places = []
    for order, signer in enumerate(signers):
        row, column = divmod(order, COLUMNS)
        x0 = LEFT + column * (BOX_WIDTH + COLUMN_GAP)
        y0 = FIRST_ROW_BOTTOM + (rows - 1 - row) * ROW_PITCH  # the first row is the top one
        places.append(SignaturePlace(signer, f"{FIELD_PREFIX}{order + 1}", page_index,
                                     (x0, y0, x0 + BOX_WIDTH, y0 + BOX_HEIGHT)))
    seal = (LEFT, BOTTOM, LEFT + COLUMNS * BOX_WIDTH + (COLUMNS - 1) * COLUMN_GAP, BOTTOM + SEAL_HEIGHT)
    top = FIRST_ROW_BOTTOM + rows * ROW_PITCH - ROW_GAP + HEADER_HEIGHT
    assert top <= PAGE_SIZE[1] - MARGIN_TOP - FRAME_PADDING, "MAX_SIGNERS must fit on one page"
    return SigningArea(page_index, tuple(places), seal, top)


# -- signers.json -------------------------------------------------------------------------------

def encode_declaration(report_id: str, area: SigningArea) -> bytes:
    """``signers.json``: the report id, page size, each signer's place and the seal box.

    ``page_index`` counts from 0; rectangles are ``[x0, y0, x1, y1]`` in PDF points from the
    page's lower-left corner (the PDF's own ``/Rect`` convention).
    """
    document = {
        "schema_version": SCHEMA_VERSION,
        "report_id": report_id,
        "page_size": [round(PAGE_SIZE[0], 2), round(PAGE_SIZE[1], 2)],
        "signers": [{"order": order, "role": place.signer.role, "name": place.signer.name, "field": place.field,
                     "page_index": place.page_index, "rect": list(place.rect)}
                    for order, place in enumerate(area.places, start=1)],
        "seal": {"page_index": area.page_index, "rect": list(area.seal)},
        "area_top": area.top,
    }
    return json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")


@dataclass(frozen=True)
class Declaration:
    """What a report's ``signers.json`` says."""

    report_id: str
    area: SigningArea


def decode_declaration(data: bytes) -> Declaration:
    """Read ``signers.json``. Raises :class:`InvalidSigners` naming what is wrong with it."""
    try:
        document = json.loads(data.decode("utf-8"))
        major = str(document["schema_version"]).split(".")[0]
        if major != SCHEMA_VERSION.split(".")[0]:
            raise InvalidSigners(Message("report.declaration_version", file=SIGNERS_FILE, version=document['schema_version']))
        places = tuple(
            SignaturePlace(DeclaredSigner(_text(entry["role"]), _text(entry["name"])), _text(entry["field"]),
                           _index(entry["page_index"]), _rect(entry["rect"]))
            for entry in document["signers"])
        seal = document["seal"]
        area = SigningArea(_index(seal["page_index"]), places, _rect(seal["rect"]), float(document["area_top"]))
        return Declaration(_text(document["report_id"]), area)
    except InvalidSigners:
        raise
    except (UnicodeDecodeError, ValueError, KeyError, TypeError) as exc:
        raise InvalidSigners(Message("report.declaration_unreadable", file=SIGNERS_FILE, error=type(exc).__name__)) from None


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError("text expected")
    return value


def _index(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ValueError("page index expected")
    return value


def _rect(value: Any) -> Rect:
    if not isinstance(value, list) or len(value) != 4 or not all(type(v) is int for v in value):
        raise ValueError("four whole numbers expected")
    x0, y0, x1, y1 = value
    if x1 <= x0 or y1 <= y0:
        raise ValueError("empty rectangle")
    return x0, y0, x1, y1


# -- who signs where ----------------------------------------------------------------------------

def same_person(declared: str, signer: str) -> bool:
    """A declared name and a certificate's name are the same person when they match once notes
    in brackets and spaces are dropped ("刘芳（家长代表）" is 刘芳)."""
    def bare(text: str) -> str:
        return re.sub(r"\s+", "", re.sub(r"[（(【\[].*?[）)】\]]", "", text))

    return bool(bare(declared)) and bare(declared) == bare(signer)


def choose(signers: Sequence[DeclaredSigner], name: str, role: str, taken: set[int]) -> int | None:
    """The declared place a signer with ``name`` and ``role`` fills: the one declared with that
    name; else an unnamed one of that role; else any unnamed one. None when nothing is left."""
    free = [i for i in range(len(signers)) if i not in taken]
    for fits in (lambda s: bool(s.name) and same_person(s.name, name),
                 lambda s: not s.name and s.role == role,
                 lambda s: not s.name):
        for index in free:
            if fits(signers[index]):
                return index
    return None


def described(signer: DeclaredSigner) -> str:
    return f"{signer.role} {signer.name}".strip()
