"""A received report's photos, read back from its signed PDF (the desk's drill-down and review).

The report's appendix draws each photo above its caption ``图N　条目 …`` in the order of
:class:`~tuoyu_desktop.report.evidence.EvidenceIndex` over the embedded evidence list. Reading
the pages that hold images, in drawing order, pairs each image with the 图N that follows it, so
a photo is found by its label, never by guessing from the order; a photo the report could not
show (it printed the reason instead) is reported as such. Only pages with images are parsed
(about 25 ms for a report with a page of photos); nothing is kept.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from tuoyu_desktop.snapshots import form_items

_MARK = re.compile(r"\x00(\d+)\x00\s*图\s*(\d+)")


def listed_photos(payload: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The report's photos as its appendix numbers them: label, item, caption, sha256."""
    from tuoyu_desktop.report.evidence import EvidenceIndex, EvidenceItem

    by_item: dict[str, list[EvidenceItem]] = {}
    for entry in payload.get("evidence") or []:
        if isinstance(entry, dict) and entry.get("item") is not None:
            by_item.setdefault(str(entry["item"]), []).append(EvidenceItem(
                str(entry.get("caption", "")), str(entry.get("kind", "")), str(entry.get("sha256", "")),
                name=str(entry.get("name", ""))))
    index = EvidenceIndex(form_items(payload.get("form_snapshot") or {}).keys(), by_item)
    return [{"label": p.label, "item": p.item_id, "caption": p.evidence.caption, "sha256": p.evidence.sha256}
            for p in index.photos]


def read_photos(pdf: Path, payload: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Each listed photo with ``image`` (JPEG or other encoded bytes) or ``problem`` (why not)."""
    photos = listed_photos(payload)
    if not photos:
        return []
    try:
        images = _images_by_label(pdf)
    except Exception as exc:  # noqa: BLE001 - any damage: every photo says so, never a traceback
        return [{**p, "image": None, "problem": f"无法从报告原件读取照片（{type(exc).__name__}）"} for p in photos]
    out = []
    for photo in photos:
        number = int(photo["label"][1:])
        found = images.get(number)
        if found is None:
            out.append({**photo, "image": None, "problem": "报告中这张照片无法显示（提交时照片已缺失或损坏）"})
        else:
            out.append({**photo, "image": found, "problem": ""})
    return out


def _images_by_label(pdf: Path) -> dict[int, bytes]:
    import pypdf

    reader = pypdf.PdfReader(str(pdf))
    found: dict[int, bytes] = {}
    for page in reader.pages:
        resources = page.get("/Resources")
        xobjects = resources.get_object().get("/XObject") if resources is not None else None
        if not xobjects:
            continue
        xobjects = xobjects.get_object()
        drawn: list[str] = []
        parts: list[str] = []

        def before(op: bytes, args: Any, _cm: Any, _tm: Any, drawn=drawn, parts=parts) -> None:
            if op == b"Do" and args:
                drawn.append(str(args[0]))
                parts.append(f"\x00{len(drawn) - 1}\x00")

        page.extract_text(visitor_operand_before=before, visitor_text=lambda text, *_a, parts=parts: parts.append(text))
        text = "".join(parts)
        for match in _MARK.finditer(text):
            name = drawn[int(match.group(1))]
            number = int(match.group(2))
            obj = xobjects.get(name)
            if obj is None or number in found:
                continue
            obj = obj.get_object()
            if obj.get("/Subtype") != "/Image":
                continue
            found[number] = _encoded(obj)
    return found


def _encoded(obj: Any) -> bytes:
    """The image as a file Qt can open: the JPEG as embedded, anything else as PNG."""
    filters = obj.get("/Filter")
    names = [str(f) for f in (filters if isinstance(filters, list) else [filters])] if filters else []
    if names and names[-1] == "/DCTDecode":
        return bytes(obj.get_data())
    import io

    image = obj.decode_as_image()
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()
