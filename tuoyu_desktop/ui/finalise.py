"""Finalising and revising: the list of what is still missing, and the reason for a revision."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from tuoyu_desktop.ui.i18n import shown
from tuoyu_desktop.ui.widgets import label, ok_cancel_buttons

ITEM_ID = Qt.ItemDataRole.UserRole
PROBLEM = Qt.ItemDataRole.UserRole + 1
# NotReady.problems are sentences such as "条目 3.2.1 尚未作答" / "条目 3.2.1：…".
_ITEM_IN_PROBLEM = re.compile(r"条目\s*([^\s：:，,]+)")


def item_of_problem(problem: str) -> str | None:
    match = _ITEM_IN_PROBLEM.search(problem)
    return match.group(1) if match else None


class NotReadyDialog(QDialog):
    """Why the assessment cannot be finalised yet; clicking a line goes to the field it names.

    ``problemRequested(line)`` lets the page find the exact field (an item's answer, a finding's
    整改意见 or 整改期限, the visit details); ``itemRequested(item_id)`` names just the item.
    """

    itemRequested = Signal(str)
    problemRequested = Signal(str)

    def __init__(self, problems: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Not ready to finalise"))
        self.resize(620, 420)
        layout = QVBoxLayout(self)
        layout.addWidget(label(self.tr("%n place(s) must be completed before finalising:", "", len(problems)), "h3",
                               wrap=True))
        layout.addWidget(label(self.tr("Click a line to go to the place to fill in."), "small"))
        self.list = QListWidget()
        self.list.setSpacing(3)
        for problem in problems:
            entry = QListWidgetItem(shown(problem))  # the Chinese line stays the key (PROBLEM)
            item_id = item_of_problem(problem)
            entry.setData(ITEM_ID, item_id)
            entry.setData(PROBLEM, problem)
            entry.setToolTip(self.tr("Go to item {id}").format(id=item_id) if item_id else self.tr("Go there"))
            self.list.addItem(entry)
        self.list.itemClicked.connect(self._chosen)
        self.list.itemActivated.connect(self._chosen)
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _chosen(self, entry: QListWidgetItem) -> None:
        item_id = entry.data(ITEM_ID)
        self.accept()  # first: the page may open a dialog of its own (visit details)
        if item_id:
            self.itemRequested.emit(item_id)
        self.problemRequested.emit(entry.data(PROBLEM))


class FinaliseDialog(QDialog):
    """定稿 asks once: the grade, the failed decisive items and what is left open; Esc cancels."""

    def __init__(self, period: str, scores, parent: QWidget | None = None):
        super().__init__(parent)
        from tuoyu_desktop.ui import formatting

        self.setWindowTitle(self.tr("Finalise “{period}”?").format(period=period))
        self.resize(560, 360)
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(label(self.tr("After finalising, the answers are read only (a revision can reopen them)."),
                               wrap=True))
        grade = label(self.tr("Grade: {grade}  ·  Score: {score}").format(
            grade=formatting.grade_text(scores), score=formatting.score_text(scores.total)), "h3", wrap=True)
        layout.addWidget(grade)
        self.lines = [grade]
        failures = scores.veto_failures
        if failures:
            heading = label(self.tr("%n decisive (veto) item(s) not met:", "", len(failures)), "bad", wrap=True)
            layout.addWidget(heading)
            self.lines.append(heading)
            for result in failures:
                line = label(f"  {result.item.id}  {result.item.text}", "bad", wrap=True)
                layout.addWidget(line)
                self.lines.append(line)
        else:
            line = label(self.tr("No decisive (veto) item failed."), "ok")
            layout.addWidget(line)
            self.lines.append(line)
        relevant = [r for r in scores.items.values() if r.relevant]
        unanswered = sum(1 for r in relevant if not r.done)
        not_applicable = sum(1 for r in relevant if r.answer.na)
        counts = label(self.tr("{unanswered} item(s) left unanswered (optional), {na} marked not applicable.").format(
            unanswered=unanswered, na=not_applicable), "small", wrap=True)
        layout.addWidget(counts)
        self.lines.append(counts)
        layout.addStretch(1)
        self.buttons, self.ok_button = ok_cancel_buttons(self, self.tr("Finalise"), self.accept)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)  # Enter by habit does not freeze the answers
        cancel.setFocus()
        layout.addWidget(self.buttons)

    def text_for_test(self) -> str:
        return "\n".join(line.text() for line in self.lines)


class ReviseDialog(QDialog):
    """Ask why a finalised assessment is being reopened (required)."""

    def __init__(self, period: str, revision: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Start a revision"))
        self.resize(520, 300)
        layout = QVBoxLayout(self)
        layout.addWidget(
            label(
                self.tr(
                    "“{period}” is finalised (revision {revision}). A revision makes it editable again as "
                    "revision {next}; the reason is recorded in the history. Reports already signed stay valid "
                    "for the old revision."
                ).format(period=period, revision=revision, next=revision + 1),
                wrap=True,
            )
        )
        layout.addWidget(label(self.tr("Reason for the revision (required):"), "h3"))
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(self.tr("e.g. corrected the number of caregivers after the inspection"))
        self.reason.setTabChangesFocus(True)
        layout.addWidget(self.reason, 1)
        self.buttons, self.ok_button = ok_cancel_buttons(self, self.tr("Start revision"), self.accept)
        self.ok_button.setEnabled(False)
        self.reason.textChanged.connect(lambda: self.ok_button.setEnabled(bool(self.reason_text())))
        layout.addWidget(self.buttons)
        self.reason.setFocus()

    def reason_text(self) -> str:
        return self.reason.toPlainText().strip()
