"""A read-only, row-selecting table used by the tool dialogs."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

ROW_DATA = Qt.ItemDataRole.UserRole


def make_table(headers: Sequence[str], stretch: int | None = None) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    head = table.horizontalHeader()
    head.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    head.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is not None:
        head.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def fill(table: QTableWidget, rows: Sequence[Sequence[str]], data: Sequence[Any] | None = None) -> None:
    """Replace the table's rows; ``data[i]`` is kept on the row's first cell."""
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            cell = QTableWidgetItem(str(text))
            cell.setToolTip(str(text))
            if c == 0 and data is not None:
                cell.setData(ROW_DATA, data[r])
            table.setItem(r, c, cell)
    table.resizeRowsToContents()


def selected_data(table: QTableWidget) -> Any:
    row = table.currentRow()
    if row < 0 or not table.selectionModel().hasSelection():
        return None
    cell = table.item(row, 0)
    return cell.data(ROW_DATA) if cell is not None else None
