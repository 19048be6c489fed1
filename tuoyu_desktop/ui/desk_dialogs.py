"""The district desk's dialogs: a facility by hand, a new cycle, a batch's results, a review,
a dashboard cell's items."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tuoyu_desktop.errors import TuoyuError
from tuoyu_desktop.facility import FACILITY_TYPES
from tuoyu_desktop.ui.i18n import shown
from tuoyu_desktop.ui.tables import fill, make_table
from tuoyu_desktop.ui.terms import term
from tuoyu_desktop.ui.widgets import label, ok_cancel_buttons


class _Submitting(QDialog):
    """OK hands the dialog to ``on_submit``; a ``TuoyuError`` is shown in the dialog, which stays open."""

    error: Any
    on_submit: Callable[[Any], None] | None = None

    def submit(self) -> None:
        if self.on_submit is not None:
            try:
                self.on_submit(self)
            except TuoyuError as exc:
                self.show_error(shown(exc))
                return
        self.accept()

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()


class FacilityDialog(_Submitting):
    """Add or edit one roster facility."""

    def __init__(self, values: dict[str, Any] | None = None, parent: QWidget | None = None,
                 on_submit: Callable[[Any], None] | None = None):
        super().__init__(parent)
        self.on_submit = on_submit
        values = values or {}
        self.setWindowTitle(self.tr("Roster facility"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit(str(values.get("name", "")))
        self.credit_code = QLineEdit(str(values.get("credit_code", "")))
        self.credit_code.setReadOnly(bool(values))
        self.filing_number = QLineEdit(str(values.get("filing_number", "") or ""))
        self.address = QLineEdit(str(values.get("address", "") or ""))
        self.facility_type = QComboBox()
        self.facility_type.addItems(FACILITY_TYPES)
        self.facility_type.setCurrentText(str(values.get("facility_type") or FACILITY_TYPES[0]))
        self.puhui = QCheckBox(self.tr("Affordable (普惠)"))
        self.puhui.setChecked(bool(values.get("is_puhui")))
        self.places = QSpinBox()
        self.places.setRange(0, 100000)
        self.places.setValue(int(values.get("places") or 0))
        self.contact = QLineEdit(str(values.get("contact", "") or ""))
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Unified social credit code:"), self.credit_code)
        form.addRow(self.tr("Filing number:"), self.filing_number)
        form.addRow(self.tr("Address:"), self.address)
        form.addRow(self.tr("Type:"), self.facility_type)
        form.addRow("", self.puhui)
        form.addRow(self.tr("Places:"), self.places)
        form.addRow(self.tr("Contact:"), self.contact)
        layout.addLayout(form)
        self.error = label("", "error", wrap=True)
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons, self.ok_button = ok_cancel_buttons(self, self.tr("Save"), self.submit)
        layout.addWidget(self.buttons)

    def values(self) -> dict[str, Any]:
        return {"name": self.name.text(), "credit_code": self.credit_code.text(),
                "filing_number": self.filing_number.text(), "address": self.address.text(),
                "facility_type": self.facility_type.currentText(), "is_puhui": self.puhui.isChecked(),
                "places": self.places.value(), "contact": self.contact.text()}


class CycleDialog(_Submitting):
    """A new reporting cycle: kind, period, due date."""

    def __init__(self, parent: QWidget | None = None, on_submit: Callable[[Any], None] | None = None):
        super().__init__(parent)
        from PySide6.QtCore import QDate

        self.on_submit = on_submit
        self.setWindowTitle(self.tr("New reporting cycle"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Self-assessment"), "self_assessment")
        self.kind.addItem(self.tr("Inspection"), "inspection")
        self.period = QLineEdit()
        self.period.setPlaceholderText(self.tr("As written in the reports, e.g. 2026年下半年"))
        self.due = QDateEdit(QDate.currentDate().addMonths(1))
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("Optional"))
        form.addRow(self.tr("Report kind:"), self.kind)
        form.addRow(self.tr("Period:"), self.period)
        form.addRow(self.tr("Due date:"), self.due)
        form.addRow(self.tr("Title:"), self.title)
        layout.addLayout(form)
        self.error = label("", "error", wrap=True)
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons, self.ok_button = ok_cancel_buttons(self, self.tr("Create"), self.submit)
        layout.addWidget(self.buttons)

    def values(self) -> tuple[str, str, str, str]:
        return (self.title.text(), self.kind.currentData(), self.period.text(),
                self.due.date().toString("yyyy-MM-dd"))


class FileResultsDialog(QDialog):
    """Files given to a desk, one row each: the file, what happened (in red when its data is not
    here), whose it is, the details: a batch of reports or of districts' packages."""

    def __init__(self, title: str, headline: str, whose: str, results: Sequence[Any],
                 whose_of: Callable[[Any], str], note: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(900, 460)
        layout = QVBoxLayout(self)
        layout.addWidget(label(headline, "h3", wrap=True))
        if note:
            layout.addWidget(label(note, "small"))
        self.table = make_table([self.tr("File"), self.tr("Result"), whose, self.tr("Details")], stretch=3)
        fill(self.table, [[r.file.replace("\\", "/").rsplit("/", 1)[-1], term(r.label), whose_of(r), shown(r.message)]
                          for r in results], list(results))
        for row, item in enumerate(results):
            if not item.good:
                self.table.item(row, 1).setForeground(QColor("#b3261e"))
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class ReviewDialog(_Submitting):
    """A report's data (figures, items, signers) and the decision: 通过 / 退回 with comments per
    item / 不予认可 with a reason."""

    def __init__(self, detail: dict[str, Any], parent: QWidget | None = None,
                 on_submit: Callable[[Any], None] | None = None):
        super().__init__(parent)
        self.on_submit = on_submit
        self.detail = detail
        row = detail["row"]
        self.setWindowTitle(self.tr("Review a report"))
        self.resize(980, 640)
        layout = QVBoxLayout(self)
        layout.addWidget(label(self.tr("{facility} ({code}) {period}").format(
            facility=row["facility_name"], code=row["credit_code"], period=row["period"]), "h2"))
        layout.addWidget(label(self.tr("Report {report}: {earned} points, {percent}%, grade {grade}; "
                                       "{veto} veto items failed").format(
            report=row["report_id"], earned=row["earned"], percent=row["percent"], grade=row["grade"],
            veto=row["veto_count"]), wrap=True))
        signers = self.tr("; ").join(
            self.tr("{name} ({role})").format(name=(s.get("signer") or {}).get("name", ""),
                                             role=(s.get("signer") or {}).get("role", ""))
            + (self.tr(" trusted") if s.get("trusted") else self.tr(" not verified"))
            for s in detail["signers"])
        layout.addWidget(label(self.tr("Signed by: {signers}").format(signers=signers or "—"), "small", wrap=True))
        if detail["evidence"]:
            names = self.tr(", ").join(str(e.get("name", "")) for e in detail["evidence"][:12])
            layout.addWidget(label(self.tr("Evidence files: {names}").format(names=names), "small", wrap=True))
        self.photos = _photo_strip(detail, layout)
        self.items = make_table([self.tr("Item"), self.tr("Answer"), self.tr("Text"), self.tr("Comment to the facility")],
                                stretch=2)
        self.items.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        answers: Sequence[dict[str, Any]] = detail["answers"]
        self.items.setRowCount(len(answers))
        for index, answer in enumerate(answers):
            flag = self.tr("veto failed") if answer["veto_failed"] else (self.tr("gap") if answer["gap"] else "")
            cells = [answer["item"], f"{shown(answer['label'] or '')} {flag}".strip(), answer["text"], ""]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(str(text))
                if column < 3:
                    cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if flag and column == 1:
                    cell.setForeground(QColor("#b3261e"))
                self.items.setItem(index, column, cell)
        layout.addWidget(self.items, 1)
        decision_row = QHBoxLayout()
        self.group = QButtonGroup(self)
        self.approve = QRadioButton(self.tr("Approve"))
        self.send_back = QRadioButton(self.tr("Return with comments"))
        self.reject_button = QRadioButton(self.tr("Not accepted"))
        for value, button in (("approved", self.approve), ("returned", self.send_back), ("rejected", self.reject_button)):
            button.setProperty("decision", value)
            self.group.addButton(button)
            decision_row.addWidget(button)
        self.approve.setChecked(True)
        decision_row.addStretch(1)
        layout.addLayout(decision_row)
        self.general = QLineEdit()
        self.general.setPlaceholderText(self.tr("A comment on the report as a whole (optional)"))
        layout.addWidget(self.general)
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(self.tr("Reason (needed when not accepted)"))
        self.reason.setMaximumHeight(70)
        layout.addWidget(self.reason)
        self.error = label("", "error", wrap=True)
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons, self.ok_button = ok_cancel_buttons(self, self.tr("Sign the decision…"), self.submit)
        layout.addWidget(self.buttons)

    def decision(self) -> str:
        checked = self.group.checkedButton()
        return str(checked.property("decision")) if checked is not None else "approved"

    def comments(self) -> dict[str, str]:
        comments = {}
        for row in range(self.items.rowCount()):
            text = (self.items.item(row, 3).text() if self.items.item(row, 3) else "").strip()
            if text:
                comments[self.items.item(row, 0).text()] = text
        if self.general.text().strip():
            comments[""] = self.general.text().strip()
        return comments

    def set_comment(self, item_id: str, text: str) -> None:
        for row in range(self.items.rowCount()):
            if self.items.item(row, 0).text() == item_id:
                self.items.item(row, 3).setText(text)


def _photo_strip(detail: dict[str, Any], layout: QVBoxLayout) -> Any:
    """The report's photos under the figures, when it has any (``detail["photos"]``)."""
    if not detail.get("photos"):
        return None
    from tuoyu_desktop.ui.desk_photos import PhotoStrip

    strip = PhotoStrip(detail["photos"])
    layout.addWidget(strip)
    return strip


class DrillDialog(QDialog):
    """A dashboard cell opened: the facility's items of one dimension, with answers and evidence."""

    def __init__(self, detail: dict[str, Any], title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(820, 480)
        layout = QVBoxLayout(self)
        layout.addWidget(label(title, "h2", wrap=True))
        self.table = make_table([self.tr("Item"), self.tr("Answer"), self.tr("Text"), self.tr("Note")], stretch=2)
        rows = []
        for a in detail["answers"]:
            flag = self.tr("veto failed") if a["veto_failed"] else (self.tr("gap") if a["gap"] else "")
            rows.append([a["item"], f"{shown(a['label'] or '')} {flag}".strip(), a["text"], a["comment"]])
        fill(self.table, rows)
        layout.addWidget(self.table, 1)
        photos = [f"{e.get('item')}: {e.get('name')} {e.get('caption') or ''}" for e in detail["evidence"]]
        layout.addWidget(label(self.tr("Evidence: {files}").format(files=self.tr("; ").join(photos)) if photos
                               else self.tr("No evidence files for these items."), "small", wrap=True))
        self.photos = _photo_strip(detail, layout)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def shown_summary(summary: str) -> str:
    """A batch's one-line summary in the interface language, its outcome words as fixed words."""
    from tuoyu_desktop.messages import Joined, Message

    if isinstance(summary, Message) and isinstance(summary.params.get("parts"), Joined):
        parts = summary.params["parts"]
        words = [Message("desk.count", label=term(str(p.params["label"])), count=p.params["count"])
                 if isinstance(p, Message) and "label" in p.params else p for p in parts.parts]
        return shown(Message(summary.id, **{**summary.params, "parts": Joined(words, parts.separator)}))
    return shown(summary)
