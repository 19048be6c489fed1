"""Generated self-assessment forms of any size, for soak tests and the scale benchmarks.

The shape follows the bundled forms: seven dimensions, indicators of about ten items, the
two usual scales, a few veto items per dimension. Item texts are distinct so nothing
collapses in caches keyed by text.
"""

from __future__ import annotations

from pathlib import Path

import yaml

DIMENSIONS = ("办托条件", "托育队伍", "保育照护", "卫生保健", "养育支持", "安全保障", "机构管理")
ITEMS_PER_INDICATOR = 10


def synthetic_form(items: int, form_id: str | None = None) -> dict:
    """A valid form document with exactly ``items`` answerable items (id ``synthetic-N``)."""
    per_dimension = [items // len(DIMENSIONS) + (1 if d < items % len(DIMENSIONS) else 0)
                     for d in range(len(DIMENSIONS))]
    dimensions = []
    for d, (title, count) in enumerate(zip(DIMENSIONS, per_dimension, strict=True), start=1):
        indicators = []
        for i in range(0, count, ITEMS_PER_INDICATOR):
            number = i // ITEMS_PER_INDICATOR + 1
            entries = []
            for k in range(i, min(i + ITEMS_PER_INDICATOR, count)):
                entries.append({
                    "id": f"{d}.{number}.{k - i + 1}",
                    "text": f"{title}第{number}组第{k - i + 1}项：要求已落实并有记录（生成的条目 {d}-{k + 1}）。",
                    "guidance": "查阅记录并现场查看；全部落实为达到，部分落实为部分达到。",
                    "methods": ["查阅资料", "现场查看"],
                    "points": 2,
                    "scale": "yesno" if k % 25 == 0 else "level3",
                    "veto": k % 25 == 0 and k < 100,
                })
            indicators.append({"id": f"{d}.{number}", "title": f"{title}（{number}）", "items": entries})
        dimensions.append({"id": str(d), "title": title, "points": 2 * count,
                           "description": f"{title}方面的生成条目。", "indicators": indicators})
    return {
        "schema": 1,
        "id": form_id or f"synthetic-{items}",
        "version": "1.0",
        "kind": "self_assessment",
        "title": f"生成的自评表（{items} 项）",
        "standard": "测试",
        "notice": "自动生成，仅供测试与性能测量使用。",
        "total_points": 2 * items,
        "scales": [
            {"id": "level3", "label": "达到 / 部分达到 / 未达到", "options": [
                {"value": "met", "label": "达到", "ratio": 1},
                {"value": "partial", "label": "部分达到", "ratio": 0.5},
                {"value": "unmet", "label": "未达到", "ratio": 0}]},
            {"id": "yesno", "label": "是 / 否", "options": [
                {"value": "yes", "label": "是", "ratio": 1},
                {"value": "no", "label": "否", "ratio": 0}]},
        ],
        "grading": {"veto_grade": "D", "cutoffs": [
            {"grade": "A", "min_percent": 90, "label": "优秀"},
            {"grade": "B", "min_percent": 80, "label": "良好"},
            {"grade": "C", "min_percent": 60, "label": "合格"},
            {"grade": "D", "min_percent": 0, "label": "不合格"}]},
        "dimensions": dimensions,
    }


def write_synthetic_form(folder: Path, items: int, form_id: str | None = None) -> Path:
    """Write the form into ``folder`` (a data folder's ``forms/``) and return its path."""
    folder.mkdir(parents=True, exist_ok=True)
    document = synthetic_form(items, form_id)
    path = folder / f"{document['id']}.yaml"
    path.write_text(yaml.safe_dump(document, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path
