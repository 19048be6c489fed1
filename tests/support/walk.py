"""Reading what a window shows (every label, button, tip, placeholder, header, menu entry and
title of visible widgets) and finding Chinese that is not user data, for the English walk."""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QTableWidget,
    QTabWidget,
    QTextEdit,
    QTreeWidget,
    QWidget,
)

CJK = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]")


def shown_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for everything a user can read in ``root`` and its visible children."""
    found: list[tuple[str, str]] = []

    def add(widget: QWidget, what: str, text: str) -> None:
        if text and text.strip():
            found.append((f"{type(widget).__name__}:{widget.objectName() or ''}.{what}", text))

    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        add(widget, "toolTip", widget.toolTip())
        add(widget, "windowTitle", widget.windowTitle() if widget.isWindow() else "")
        if isinstance(widget, QLabel):
            add(widget, "text", widget.text())
        elif isinstance(widget, QAbstractButton):
            add(widget, "text", widget.text())
        elif isinstance(widget, QLineEdit):
            add(widget, "placeholder", widget.placeholderText())
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
            add(widget, "placeholder", widget.placeholderText())
        elif isinstance(widget, QGroupBox):
            add(widget, "title", widget.title())
        elif isinstance(widget, QComboBox):
            for index in range(widget.count()):
                add(widget, "item", widget.itemText(index))
        elif isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                add(widget, "tab", widget.tabText(index))
        elif isinstance(widget, QTableWidget):
            for column in range(widget.columnCount()):
                header = widget.horizontalHeaderItem(column)
                add(widget, "header", header.text() if header else "")
                for row in range(widget.rowCount()):
                    cell = widget.item(row, column)
                    add(widget, f"cell[{row},{column}]", cell.text() if cell else "")
        elif isinstance(widget, QTreeWidget):
            header = widget.headerItem()
            for column in range(widget.columnCount()):
                add(widget, "header", header.text(column))
        elif isinstance(widget, QListWidget):
            pass  # list rows are data (history, problems from the core are checked elsewhere)
        if isinstance(widget, (QMenuBar, QMenu)):
            for action in widget.actions():
                add(widget, "action", action.text())
                add(widget, "action-tip", action.toolTip() if action.toolTip() != action.text().replace("&", "") else "")
                if action.menu() is not None:
                    for sub in action.menu().actions():
                        add(widget, "menu-action", sub.text())
    return found


def leftovers(found: Iterable[tuple[str, str]], data: Iterable[str]) -> list[tuple[str, str]]:
    """Texts still holding Chinese once every piece of user data is taken out of them."""
    pieces = sorted({d for d in data if d and CJK.search(d)}, key=len, reverse=True)
    bad = []
    for where, text in found:
        rest = text
        for piece in pieces:
            if piece in rest:
                rest = rest.replace(piece, "")
        # data shortened with an ellipsis ("室内、楼道和门厅…"): the start of some piece of data
        for shortened in re.findall(r"(\S+?)…", rest):
            if any(piece.startswith(shortened) for piece in pieces):
                rest = rest.replace(shortened + "…", "")
        if CJK.search(rest):
            bad.append((where, text))
    return bad


def form_texts(form) -> set[str]:
    """Every text of a form (it is data a district can replace, in its own language)."""
    texts = {form.title, form.standard, getattr(form, "notice", "") or ""}
    for scale in form.scales:
        texts |= {scale.label, *(option.label for option in scale.options)}
    for dimension in form.dimensions:
        texts |= {dimension.title, dimension.description}
        for indicator in dimension.indicators:
            texts.add(indicator.title)
            for item in indicator.items:
                texts |= {item.text, item.guidance or "", item.unit or "", getattr(item, "source", "") or "",
                          *item.methods}
                texts |= {option.label for option in item.scale.options} if item.scale else set()
    return {t for t in texts if t}
