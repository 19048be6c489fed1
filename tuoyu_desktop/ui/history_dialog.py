"""The change history of one item's answer, from the audit log: when, who, old → new."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from tuoyu_desktop.forms import Item
from tuoyu_desktop.ui import formatting
from tuoyu_desktop.ui.tables import fill, make_table
from tuoyu_desktop.ui.widgets import label


def _decode(value: Any) -> Any:
    if isinstance(value, str):
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


def answer_text(widget: QWidget, item: Item, record: Any) -> str:
    """An audit record of an answer ({value, na, na_reason, comment}) in words, options by label."""
    record = _decode(record)
    if not record:
        return QCoreApplication.translate("History", "(no answer)")
    if not isinstance(record, dict):
        return str(record)
    if record.get("na"):
        reason = record.get("na_reason") or ""
        text = QCoreApplication.translate("History", "Not applicable") + (f"：{reason}" if reason else "")
    else:
        value = record.get("value")
        if value in (None, ""):
            text = QCoreApplication.translate("History", "(no answer)")
        else:
            option = item.scale.option(str(value)) if item.kind == "choice" and item.scale else None
            text = option.label if option is not None else f"{value}{item.unit or ''}"
    comment = record.get("comment") or ""
    if comment:
        text += "  " + QCoreApplication.translate("History", "(note: {comment})").format(comment=comment)
    return text


class HistoryDialog(QDialog):
    def __init__(self, item: Item, entries: list[dict], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("History of item {id}").format(id=item.id))
        self.resize(820, 380)
        layout = QVBoxLayout(self)
        layout.addWidget(label(f"{item.id}  {item.text}", "h3", wrap=True))
        self.table = make_table([self.tr("Time"), self.tr("Who"), self.tr("Before"), self.tr("After")], stretch=3)
        self.table.setWordWrap(True)
        rows = [
            [formatting.when(e.get("at", "")), e.get("actor", ""), answer_text(self, item, e.get("old")),
             answer_text(self, item, e.get("new"))]
            for e in reversed(entries)  # newest first
        ]
        fill(self.table, rows)
        layout.addWidget(self.table, 1)
        if not entries:
            layout.addWidget(label(self.tr("No change has been recorded for this item yet."), "muted"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
