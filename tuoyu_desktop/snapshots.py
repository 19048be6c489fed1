"""Reading a form snapshot as embedded in a report (``form_snapshot``): item texts and
option labels, for a receiver that has only the report (pure, no form loading)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def form_items(snapshot: Mapping[str, Any]) -> dict[str, dict[str, str]]:
    """item id → {text, dimension} from a form snapshot (dimensions → indicators → items)."""
    items: dict[str, dict[str, str]] = {}
    for dimension in snapshot.get("dimensions") or []:
        if not isinstance(dimension, dict):
            continue
        groups = [g for g in dimension.get("indicators") or [] if isinstance(g, dict)] or [dimension]
        for group in groups:
            for item in group.get("items") or []:
                if isinstance(item, dict) and "id" in item:
                    items[str(item["id"])] = {"text": str(item.get("text", "")), "dimension": str(dimension.get("id", "")),
                                              "dimension_title": str(dimension.get("title", ""))}
    return items


def option_ratios(snapshot: Mapping[str, Any]) -> dict[tuple[str, str], tuple[str, float | None]]:
    """(item id, answer value) → (the option's label, its ratio) from a form snapshot."""
    scales = {}
    for scale in snapshot.get("scales") or []:
        if isinstance(scale, dict):
            scales[str(scale.get("id"))] = {str(o.get("value")): (str(o.get("label", o.get("value"))),
                                                                  _ratio(o.get("ratio")))
                                            for o in scale.get("options") or [] if isinstance(o, dict)}
    out: dict[tuple[str, str], tuple[str, float | None]] = {}
    for dimension in snapshot.get("dimensions") or []:
        if not isinstance(dimension, dict):
            continue
        for group in [g for g in dimension.get("indicators") or [] if isinstance(g, dict)] or [dimension]:
            for item in group.get("items") or []:
                if isinstance(item, dict):
                    for value, pair in scales.get(str(item.get("scale")), {}).items():
                        out[(str(item.get("id")), value)] = pair
    return out


def _ratio(value: Any) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None
