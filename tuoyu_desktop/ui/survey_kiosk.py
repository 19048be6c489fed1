"""The 家长满意度调查 kiosk: one parent at a time on the facility's PC, big buttons, no name.

Each question shows alone with one big button per rating; answering moves on. After the last
question the parent submits; the thank-you page's 下一位家长 clears everything for the next one.
Closing the window drops unsubmitted answers: nothing of a parent stays on screen or on disk
except submitted ratings and when they were given.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from tuoyu_desktop.errors import TuoyuError
from tuoyu_desktop.services import Workspace
from tuoyu_desktop.ui.i18n import shown

BIG = 18
BUTTON_HEIGHT = 64


def _big(widget: QWidget, size: int = BIG) -> QWidget:
    font = QFont(widget.font())
    font.setPointSize(size)
    widget.setFont(font)
    return widget


class SurveyKioskDialog(QDialog):
    def __init__(self, workspace: Workspace, survey_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.survey_id = survey_id
        self.form = workspace.surveys.form(survey_id)
        self.items = list(self.form.iter_items())
        self.answers: dict[str, str | None] = {}
        self.position = 0
        self.submitted = 0
        self.setWindowTitle(self.tr("Parent satisfaction survey"))
        self.setMinimumSize(900, 640)

        layout = QVBoxLayout(self)
        self.title = _big(QLabel(self.form.title), BIG + 4)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.title)
        note = QLabel(self.tr("Anonymous: your name is not asked for or recorded. Answer as you see it."))
        note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        note.setWordWrap(True)
        layout.addWidget(_big(note, BIG - 6))

        self.stack = QStackedWidget()
        layout.addWidget(self.stack, 1)

        # the question page
        question = QWidget()
        q_layout = QVBoxLayout(question)
        self.progress = _big(QLabel(), BIG - 4)
        self.dimension = _big(QLabel(), BIG - 4)
        self.text = _big(QLabel(), BIG + 2)
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        q_layout.addWidget(self.progress)
        q_layout.addWidget(self.dimension)
        q_layout.addStretch(1)
        q_layout.addWidget(self.text)
        q_layout.addStretch(1)
        self.option_row = QHBoxLayout()
        q_layout.addLayout(self.option_row)
        self.option_buttons: list[QPushButton] = []
        self.na_button = self._button(self.tr("Not applicable / don't know"), lambda: self.choose(None), BIG - 4)
        q_layout.addWidget(self.na_button, 0, Qt.AlignmentFlag.AlignCenter)
        nav = QHBoxLayout()
        self.back_button = self._button(self.tr("Previous question"), self.back, BIG - 4)
        self.skip_button = self._button(self.tr("Skip"), self.skip, BIG - 4)
        nav.addWidget(self.back_button)
        nav.addStretch(1)
        nav.addWidget(self.skip_button)
        q_layout.addLayout(nav)
        self.stack.addWidget(question)
        self.question_page = question

        # the submit page
        finish = QWidget()
        f_layout = QVBoxLayout(finish)
        self.finish_text = _big(QLabel(), BIG + 2)
        self.finish_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.finish_text.setWordWrap(True)
        f_layout.addStretch(1)
        f_layout.addWidget(self.finish_text)
        f_layout.addStretch(1)
        row = QHBoxLayout()
        self.review_button = self._button(self.tr("Previous question"), self.back)
        self.submit_button = self._button(self.tr("Submit"), self.submit)
        self.submit_button.setDefault(True)
        self.submit_button.setProperty("role", "primary")
        row.addWidget(self.review_button)
        row.addWidget(self.submit_button)
        f_layout.addLayout(row)
        self.stack.addWidget(finish)
        self.finish_page = finish

        # the thank-you page
        thanks = QWidget()
        t_layout = QVBoxLayout(thanks)
        thanked = _big(QLabel(self.tr("Thank you! Your answers have been saved anonymously.")), BIG + 4)
        thanked.setAlignment(Qt.AlignmentFlag.AlignCenter)
        thanked.setWordWrap(True)
        t_layout.addStretch(1)
        t_layout.addWidget(thanked)
        t_layout.addStretch(1)
        self.next_button = self._button(self.tr("Next parent"), self.next_parent, BIG + 2)
        self.next_button.setProperty("role", "primary")
        t_layout.addWidget(self.next_button)
        self.stack.addWidget(thanks)
        self.thanks_page = thanks

        self.show_question()

    def _button(self, text: str, slot, size: int = BIG) -> QPushButton:
        button = QPushButton(text)
        _big(button, size)
        button.setMinimumHeight(BUTTON_HEIGHT)
        button.setStyleSheet(f"min-height: {BUTTON_HEIGHT - 8}px;")  # the app style's min-height would win
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    # -- the flow ---------------------------------------------------------------------------
    def show_question(self) -> None:
        if self.position >= len(self.items):
            self.show_finish()
            return
        item = self.items[self.position]
        dimension = next(d for d in self.form.dimensions if d.id == item.dimension_id)
        self.progress.setText(self.tr("Question {number} of {total}").format(
            number=self.position + 1, total=len(self.items)))
        self.dimension.setText(dimension.title)
        self.text.setText(item.text)
        for button in self.option_buttons:
            self.option_row.removeWidget(button)
            button.deleteLater()
        self.option_buttons = []
        chosen = self.answers.get(item.id, "")
        for option in item.scale.options:
            button = self._button(option.label, lambda _=False, v=option.value: self.choose(v), BIG + 2)
            button.setCheckable(True)
            button.setProperty("role", "option")
            button.setChecked(option.value == chosen)
            button.setProperty("value", option.value)
            self.option_row.addWidget(button)
            self.option_buttons.append(button)
        self.na_button.setVisible(item.na_allowed)
        self.back_button.setEnabled(self.position > 0)
        self.stack.setCurrentWidget(self.question_page)

    def choose(self, value: str | None) -> None:
        self.answers[self.items[self.position].id] = value
        self.position += 1
        self.show_question()

    def skip(self) -> None:
        self.answers.pop(self.items[self.position].id, None)
        self.position += 1
        self.show_question()

    def back(self) -> None:
        self.position = max(0, min(self.position, len(self.items)) - 1)
        self.show_question()

    def show_finish(self) -> None:
        self.position = len(self.items)
        answered = len(self.answers)
        if answered:
            self.finish_text.setText(self.tr("You answered {answered} of {total} questions. Submit your answers?")
                                     .format(answered=answered, total=len(self.items)))
        else:
            self.finish_text.setText(self.tr("No question was answered: nothing to submit."))
        self.submit_button.setEnabled(bool(answered))
        self.stack.setCurrentWidget(self.finish_page)

    def submit(self) -> None:
        try:
            self.workspace.surveys.answer(dict(self.answers), self.survey_id)
        except TuoyuError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), shown(exc))
            return
        self.submitted += 1
        self.answers = {}
        self.stack.setCurrentWidget(self.thanks_page)

    def next_parent(self) -> None:
        """Clear everything the last parent did and start again at the first question."""
        self.answers = {}
        self.position = 0
        self.show_question()
