"""Rules between versions of one form id.

A new version may change text, points and rules, but an item id keeps its kind for good:
answers are stored by item id, so ``1.2.3`` must mean the same sort of answer in every version.
"""

from __future__ import annotations

from collections.abc import Iterable

from tuoyu_desktop.forms.model import Form


def version_conflicts(form: Form, known: Iterable[Form]) -> list[str]:
    """Why ``form`` cannot sit beside the ``known`` forms of any id, or [] when it can."""
    problems = []
    for other in known:
        if other.id != form.id or other.content_hash == form.content_hash:
            continue
        if other.version == form.version:
            problems.append(f"已有同为 {form.id} {form.version} 但内容不同的评估表：修改后请提高版本号")
            continue
        for item in form.iter_items():
            if other.has_item(item.id) and other.item(item.id).kind != item.kind:
                problems.append(
                    f"条目 {item.id} 在版本 {other.version} 中是 {other.item(item.id).kind} 类，"
                    f"新版本 {form.version} 改成了 {item.kind} 类：已有条目不能改变类型，请给新条目换一个编号"
                )
    return problems
