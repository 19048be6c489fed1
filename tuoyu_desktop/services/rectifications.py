"""The rectification ledger (整改台账): items from inspections and self-assessment gaps, their
status, completion evidence and history; export as PDF or XLSX."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from tuoyu_desktop import rectification as rect
from tuoyu_desktop.rectification import RectificationError, RectificationItem
from tuoyu_desktop.services.errors import ExportError
from tuoyu_desktop.store import rectifications as rows

if TYPE_CHECKING:
    from tuoyu_desktop.services.workspace import Workspace


class RectificationsMixin:
    """Workspace use cases for rectification items (mixed into :class:`Workspace`)."""

    def rectifications(self: Workspace, statuses: Iterable[str] | None = None, source: str | None = None,
                       overdue_only: bool = False, facility_id: int | None = None) -> list[RectificationItem]:
        """The ledger, filtered; overdue items first, then by deadline. Every facility's items unless
        ``facility_id`` is given (a facility's installation holds only its own; an inspector's, those of
        the facilities visited)."""
        statuses = tuple(statuses or ())
        for status in statuses:
            if status not in rect.STATUSES:
                raise RectificationError(f"未知的整改状态：{status}（可选：{'、'.join(rect.STATUSES)}）")
        if source and source not in rect.SOURCES:
            raise RectificationError(f"未知的来源：{source}（可选：{'、'.join(rect.SOURCES)}）")
        items = rows.query(self.store, facility_id, statuses, source)
        if overdue_only:
            items = [i for i in items if i.overdue]
        return sorted(items, key=lambda i: not i.overdue)

    def rectification(self: Workspace, item_id: str) -> RectificationItem:
        from dataclasses import replace

        item = rows.get(self.store, item_id)
        return replace(item, evidence=tuple(self.completion_evidence(item_id)))

    def rectification_history(self: Workspace, item_id: str) -> list[dict]:
        """Every change, oldest first: at, actor, field, old, new."""
        return self.store.history("rectification", item_id)

    def update_rectification(self: Workspace, item_id: str, **changes) -> RectificationItem:
        """Change description, severity, opinion, responsible, deadline or area."""
        unknown = set(changes) - set(rect.EDITABLE_FIELDS)
        if unknown:
            raise RectificationError(f"不能直接修改：{', '.join(sorted(unknown))}")
        if "severity" in changes:
            rect.check_severity(changes["severity"])
        if "deadline" in changes:
            changes["deadline"] = rect.check_deadline(changes["deadline"])
        for key in ("description", "opinion", "responsible", "area"):
            if key in changes:
                changes[key] = str(changes[key] or "").strip()
        if "description" in changes and not changes["description"]:
            raise RectificationError("请填写问题描述")
        rows.get(self.store, item_id)
        rows.update(self.store, item_id, changes)
        return self.rectification(item_id)

    def set_rectification_status(self: Workspace, item_id: str, status: str, reason: str = "") -> RectificationItem:
        """Move an item along 待整改 → 整改中 → 已整改 → 已验证 (or 无法整改, with a reason)."""
        item = rows.get(self.store, item_id)
        rect.check_transition(item.status, status, reason, len(self.completion_evidence(item_id)))
        if item.status != status:
            rows.update(self.store, item_id, {"status": status, "status_reason": reason.strip()})
        return self.rectification(item_id)

    def rectifications_from_assessment(self: Workspace, assessment_id: str) -> list[RectificationItem]:
        """One item per unmet item (gap) of a self-assessment; running it again adds only new gaps."""
        session = self.open_assessment(assessment_id)
        if session.form.kind != "self_assessment":
            raise RectificationError("巡查记录的问题会自动生成整改项，无需此操作")
        records = []
        from tuoyu_desktop.records import now

        stamp = now()
        for result in session.scores.gaps:
            item = result.item
            description = item.text
            comment = result.answer.comment.strip()
            if comment:
                description += f"\n自评备注：{comment}"
            records.append(rows.new_record(session.row.facility_id, rect.SOURCE_SELF, assessment_id, item.id, {
                "area": session.form.dimension(item.dimension_id).title, "description": description,
                "severity": "严重" if item.veto else "一般", "report_label": f"自评 {session.row.period}"}, stamp))
        rows.create_many(self.store, records)
        return rows.by_source(self.store, rect.SOURCE_SELF, assessment_id)

    def export_ledger(self: Workspace, target: str | os.PathLike[str], statuses: Iterable[str] | None = None,
                      source: str | None = None, overdue_only: bool = False) -> Path:
        """The ledger as PDF or XLSX (by the target's suffix), with the filters shown on it."""
        from tuoyu_desktop.oserrors import describe as describe_os_error

        target = Path(target)
        statuses = tuple(statuses or ())
        items = self.rectifications(statuses, source, overdue_only)
        facilities = {fid: self.store.facility(fid).name for fid in {i.facility_id for i in items}}
        own = self.facility()
        title_owner = own[1].name if own and self.mode != "inspector" else "督导巡查（全部走访机构）"
        filters = []
        if statuses:
            filters.append("状态：" + "、".join(statuses))
        if source:
            filters.append("来源：" + rect.SOURCES[source])
        if overdue_only:
            filters.append("仅逾期")
        try:
            if target.suffix.lower() == ".xlsx":
                from tuoyu_desktop.report.ledger import write_ledger_xlsx

                write_ledger_xlsx(target, items, facilities, title_owner, filters)
            elif target.suffix.lower() == ".pdf":
                from tuoyu_desktop.report import UnrenderableText
                from tuoyu_desktop.report.ledger import write_ledger_pdf

                try:
                    write_ledger_pdf(target, items, facilities, title_owner, filters)
                except UnrenderableText as exc:
                    raise ExportError(str(exc)) from exc
            else:
                raise ExportError("整改台账可导出为 .pdf 或 .xlsx 文件")
        except OSError as exc:
            raise ExportError(f"无法写入 {target}：{describe_os_error(exc)}") from exc
        return target
