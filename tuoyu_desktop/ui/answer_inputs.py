"""The answer controls of an item, one class per item kind.

Each input has ``value() -> str | None`` and ``set_value(str | None)`` (the stored form of the
answer), and two signals: ``committed`` when a change should be saved at once (a click),
``edited`` when typed text changed (the card saves it after a pause or on leaving the field).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QDoubleValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QToolButton,
    QWidget,
)

from tuoyu_desktop.forms import Item
from tuoyu_desktop.forms.rules import decode_selection, encode_selection
from tuoyu_desktop.records import format_points
from tuoyu_desktop.ui.date_field import CalendarButton
from tuoyu_desktop.ui.widgets import label


def option_tone(ratio) -> str:
    if ratio >= 1:
        return "good"
    if ratio <= 0:
        return "bad"
    return "mid"


class AnswerInput(QWidget):
    committed = Signal()
    edited = Signal()

    def __init__(self, item: Item, parent: QWidget | None = None):
        super().__init__(parent)
        self.item = item
        self.layout_ = QHBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(8)

    def value(self) -> str | None:
        """The answer as stored; every kind of input defines it."""
        raise NotImplementedError(type(self).__name__)

    def set_value(self, value: str | None) -> None:
        """Show a stored answer; every kind of input defines it."""
        raise NotImplementedError(type(self).__name__)

    def focus(self) -> None:
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def local_problem(self) -> str:
        """A problem the input sees before saving (e.g. a malformed date); "" when none."""
        return ""


class ChoiceInput(AnswerInput):
    """A row of toggle buttons, one per option; clicking (or keying) the chosen one again keeps it.

    An answer is taken away only on purpose, by ``clear()`` (the card's 清除 button, with undo).
    """

    def __init__(self, item: Item, parent: QWidget | None = None):
        super().__init__(item, parent)
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)
        self.buttons: list[QPushButton] = []
        for number, option in enumerate(item.scale.options, start=1):
            button = QPushButton(option.label)
            button.setCheckable(True)
            button.setProperty("role", "option")
            button.setProperty("tone", option_tone(option.ratio))
            button.setProperty("value", option.value)
            hint = self.tr("{label}: {points} of {max} points").format(
                label=option.label,
                points=format_points(item.points * option.ratio),
                max=format_points(item.points),
            )
            if number <= 9:
                hint += self.tr(" (key {n})").format(n=number)
            button.setToolTip(hint)
            self.group.addButton(button, number)
            self.buttons.append(button)
            self.layout_.addWidget(button)
        self.group.buttonClicked.connect(self._clicked)

    def _clicked(self, button: QPushButton) -> None:
        if not button.isChecked():
            # A second click on the chosen answer: keep it (a double press must not lose it).
            button.setChecked(True)
            return
        for other in self.buttons:
            if other is not button:
                other.setChecked(False)
        self.committed.emit()

    def pick(self, number: int) -> None:
        if 1 <= number <= len(self.buttons) and self.isEnabled():
            button = self.buttons[number - 1]
            button.setFocus(Qt.FocusReason.ShortcutFocusReason)
            button.click()

    def value(self) -> str | None:
        checked = next((b for b in self.buttons if b.isChecked()), None)
        return checked.property("value") if checked else None

    def set_value(self, value: str | None) -> None:
        for button in self.buttons:
            button.setChecked(value is not None and button.property("value") == value)

    def focus(self) -> None:
        target = next((b for b in self.buttons if b.isChecked()), self.buttons[0] if self.buttons else None)
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)


class MultiInput(AnswerInput):
    """Any of the scale's options, as check boxes."""

    def __init__(self, item: Item, parent: QWidget | None = None):
        super().__init__(item, parent)
        self.boxes: list[QCheckBox] = []
        for option in item.scale.options:
            box = QCheckBox(option.label)
            box.setProperty("value", option.value)
            box.toggled.connect(lambda _checked: self.committed.emit())
            self.boxes.append(box)
            self.layout_.addWidget(box)

    def value(self) -> str | None:
        chosen = [b.property("value") for b in self.boxes if b.isChecked()]
        return encode_selection(chosen) if chosen else None

    def set_value(self, value: str | None) -> None:
        chosen = set(decode_selection(value))
        for box in self.boxes:
            box.blockSignals(True)
            box.setChecked(box.property("value") in chosen)
            box.blockSignals(False)

    def focus(self) -> None:
        if self.boxes:
            self.boxes[0].setFocus(Qt.FocusReason.OtherFocusReason)


class _LineInput(AnswerInput):
    def __init__(self, item: Item, parent: QWidget | None = None):
        super().__init__(item, parent)
        self.edit = QLineEdit()
        self.edit.textEdited.connect(lambda _text: self.edited.emit())
        self.setFocusProxy(self.edit)

    def value(self) -> str | None:
        text = self.edit.text().strip()
        return text or None

    def set_value(self, value: str | None) -> None:
        self.edit.setText(value or "")

    def focus(self) -> None:
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)


class NumberInput(_LineInput):
    def __init__(self, item: Item, parent: QWidget | None = None):
        super().__init__(item, parent)
        self.edit.setMaximumWidth(160)
        self.edit.setPlaceholderText(self.tr("Number"))
        validator = QDoubleValidator(self.edit)
        validator.setLocale(QLocale.c())
        validator.setNotation(QDoubleValidator.Notation.StandardNotation)
        self.edit.setValidator(validator)
        self.edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.layout_.addWidget(self.edit)
        if item.unit:
            self.layout_.addWidget(label(item.unit, "muted"))


class TextInput(_LineInput):
    def __init__(self, item: Item, parent: QWidget | None = None):
        super().__init__(item, parent)
        self.edit.setMinimumWidth(320)
        self.edit.setPlaceholderText(self.tr("Type the answer"))
        self.layout_.addWidget(self.edit, 1)


class DateInput(_LineInput):
    """A date as ``2026-11-23``: typed, or picked from a calendar."""

    def __init__(self, item: Item, parent: QWidget | None = None):
        super().__init__(item, parent)
        self.edit.setMaximumWidth(160)
        self.edit.setPlaceholderText("2026-11-23")
        self.edit.setInputMask("")
        self.layout_.addWidget(self.edit)
        self.pick_button = CalendarButton(self._typed_date)
        self.pick_button.picked.connect(self._set_and_commit)
        self.layout_.addWidget(self.pick_button)
        self.today_button = QToolButton()
        self.today_button.setText(self.tr("Today"))
        self.today_button.setToolTip(self.tr("Fill in today's date"))
        self.today_button.clicked.connect(lambda: self._set_and_commit(date.today().isoformat()))
        self.layout_.addWidget(self.today_button)

    def _typed_date(self) -> date | None:
        current = QDate.fromString(self.edit.text().strip(), Qt.DateFormat.ISODate)
        return current.toPython() if current.isValid() else None

    def _set_and_commit(self, text: str) -> None:
        self.edit.setText(text)
        self.committed.emit()

    def local_problem(self) -> str:
        text = self.edit.text().strip()
        if text and not QDate.fromString(text, Qt.DateFormat.ISODate).isValid():
            return self.tr("Write the date as 2026-11-23")
        return ""


INPUTS = {"choice": ChoiceInput, "multi": MultiInput, "number": NumberInput, "text": TextInput, "date": DateInput}


def make_input(item: Item) -> AnswerInput | None:
    """The input for ``item``'s kind, or None for computed items (nothing to answer)."""
    factory = INPUTS.get(item.kind)
    return factory(item) if factory else None
