"""Evidence (佐证材料) in the self-assessment report: what the caller passes per item, and the
numbers the report gives it (图1, 图2 … for photos, 文件1 … for documents) in the form's order,
so that an item's row in the details can point to its photos in the appendix.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

PHOTO = "image"  # the kind the evidence store gives photos; anything else is a document


@dataclass(frozen=True)
class EvidenceItem:
    """One evidence file of an item, as the report shows it.

    ``caption``: the user's caption. ``kind``: ``"image"`` for a photo, else a document.
    ``sha256``: of the original file. ``picture``: for a photo, its report JPEG (downscaled and
    without metadata, ``evidence.report_jpeg``) or the reason it cannot be shown; unused for a
    document. ``name``: the file's name, which lists a document.
    """

    caption: str
    kind: str
    sha256: str
    picture: bytes | str = ""
    name: str = ""

    @property
    def is_photo(self) -> bool:
        return self.kind == PHOTO


@dataclass(frozen=True)
class Numbered:
    """An evidence file with its label in the report (``图3`` or ``文件1``) and its item."""

    label: str
    item_id: str
    evidence: EvidenceItem


class EvidenceIndex:
    """The evidence of one assessment, numbered in the form's item order (items the form does
    not know come last, in the order given)."""

    def __init__(self, item_order: Iterable[str], evidence: Mapping[str, Sequence[EvidenceItem]]):
        known = [item_id for item_id in item_order if evidence.get(item_id)]
        seen = set(known)
        order = known + [item_id for item_id in evidence if item_id not in seen and evidence[item_id]]
        self.photos: list[Numbered] = []
        self.documents: list[Numbered] = []
        self.labels: dict[str, list[str]] = {}  # item id → labels of its evidence, photos first
        for item_id in order:
            files = evidence[item_id]
            for entry in [e for e in files if e.is_photo] + [e for e in files if not e.is_photo]:
                shelf = self.photos if entry.is_photo else self.documents
                label = f"{'图' if entry.is_photo else '文件'}{len(shelf) + 1}"
                shelf.append(Numbered(label, item_id, entry))
                self.labels.setdefault(item_id, []).append(label)

    def __bool__(self) -> bool:
        return bool(self.photos or self.documents)
