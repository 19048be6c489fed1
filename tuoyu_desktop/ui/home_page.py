"""The home screen: the facility, its self-assessments, and what to do next."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tuoyu_desktop.errors import TuoyuError
from tuoyu_desktop.forms import Form, FormEntry
from tuoyu_desktop.messages import stored_shown
from tuoyu_desktop.services import AssessmentEntry, StoreError, Workspace
from tuoyu_desktop.ui import formatting
from tuoyu_desktop.ui.i18n import current_language, shown
from tuoyu_desktop.ui.terms import term
from tuoyu_desktop.ui.widgets import Card, label, ok_cancel_buttons


class NewAssessmentDialog(QDialog):
    """Pick a form and name the period of a new self-assessment."""

    def __init__(self, forms: list[Form], parent: QWidget | None = None, previous: tuple[str, str] | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New self-assessment"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(label(self.tr("Which form, and which period does it cover?"), "h3"))
        form_layout = QFormLayout()
        form_layout.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.form_combo = QComboBox()
        for form in forms:
            self.form_combo.addItem(self.tr("{title} ({version})").format(title=form.title, version=form.version),
                                    form.id)
        self.period = QLineEdit(formatting.current_period())
        self.period.setPlaceholderText("2026年下半年")
        form_layout.addRow(self.tr("Form"), self.form_combo)
        form_layout.addRow(self.tr("Period"), self.period)
        layout.addLayout(form_layout)
        self.carry_box = QCheckBox()
        self._previous = previous
        if previous is not None:
            # 新一期自评: start from the last period's answers, each to be confirmed.
            self.carry_box.setText(self.tr("Start from the answers of {period} (each to be confirmed)").format(
                period=previous[1]))
            self.carry_box.setChecked(True)
            layout.addWidget(self.carry_box)
        self.details = label("", "small", wrap=True)
        layout.addWidget(self.details)
        self.message = label("", "error", wrap=True)
        self.message.hide()
        layout.addWidget(self.message)
        self._forms = forms
        buttons, self.ok_button = ok_cancel_buttons(self, self.tr("Start"), self._accept)
        layout.addWidget(buttons)
        self.form_combo.currentIndexChanged.connect(self._show_details)
        self.period.textChanged.connect(lambda: self.message.hide())
        self._show_details()
        self.period.setFocus()
        self.period.selectAll()

    def carry_from(self) -> str | None:
        return self._previous[0] if self._previous is not None and self.carry_box.isChecked() else None

    def _show_details(self) -> None:
        index = self.form_combo.currentIndex()
        if 0 <= index < len(self._forms):
            form = self._forms[index]
            self.details.setText(
                self.tr("{standard} · {dimensions} dimensions · {items} items · {points} points").format(
                    standard=form.standard,
                    dimensions=len(form.dimensions),
                    items=form.item_count,
                    points=formatting.format_points(form.total_points),
                )
            )

    def _accept(self) -> None:
        if not self.period.text().strip():
            self.message.setText(self.tr("Please name the period, e.g. 2026 H2"))
            self.message.show()
            self.period.setFocus()
            return
        self.accept()

    def choice(self) -> tuple[str, str]:
        return self.form_combo.currentData(), self.period.text().strip()


AFTER_SHOWN_MS = 150  # form-sized work waits this long after the window is shown


class HomePage(QWidget):
    """Facility card, form warnings and the list of self-assessments."""

    editProfileRequested = Signal()
    openRequested = Signal(str)
    exportRequested = Signal(str)

    COLUMNS = 7

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.setObjectName("page")
        self.summaries: list[AssessmentEntry] = []  # the rows shown; scores are filled in after
        self._scored = 0  # rows whose scores are shown
        self._filler = QTimer(self)
        self._filler.setInterval(0)
        self._filler.timeout.connect(self._fill_scores)
        self._forms_checked = False
        self._build()
        self.refresh()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(14)

        # Unusable form files: visible, not in the way.
        self.form_warning = QFrame()
        self.form_warning.setObjectName("formWarning")
        warning_layout = QHBoxLayout(self.form_warning)
        warning_layout.setContentsMargins(14, 8, 10, 8)
        self.form_warning_label = label("", wrap=True)
        self.form_warning_button = QPushButton(self.tr("Details"))
        self.form_warning_button.setProperty("role", "link")
        self.form_warning_button.setToolTip(self.tr("Show which form files could not be used, and why"))
        warning_layout.addWidget(self.form_warning_label, 1)
        warning_layout.addWidget(self.form_warning_button)
        self.form_warning.hide()
        self.form_warning_button.clicked.connect(self.show_form_problems)

        # Facility card
        self.facility_card = Card()
        facility_layout = QHBoxLayout(self.facility_card)
        facility_layout.setContentsMargins(20, 16, 20, 16)
        text = QVBoxLayout()
        text.setSpacing(4)
        self.facility_caption = label(self.tr("Facility"), "small")
        self.facility_name = label("", "h1")
        self.facility_name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facility_details = label("", "muted", wrap=True)
        text.addWidget(self.facility_caption)
        text.addWidget(self.facility_name)
        text.addWidget(self.facility_details)
        facility_layout.addLayout(text, 1)
        self.edit_profile_button = QPushButton(self.tr("Edit facility profile"))
        self.edit_profile_button.setToolTip(self.tr("Change the facility's name, code, places, staff and classes"))
        facility_layout.addWidget(self.edit_profile_button, 0, Qt.AlignmentFlag.AlignTop)
        self.edit_profile_button.clicked.connect(self.editProfileRequested)

        # Assessments card
        list_card = Card()
        list_layout = QVBoxLayout(list_card)
        list_layout.setContentsMargins(20, 16, 20, 16)
        list_layout.setSpacing(10)
        header = QHBoxLayout()
        header.addWidget(label(self.tr("Self-assessments"), "h2"))
        header.addStretch(1)
        self.new_button = QPushButton(self.tr("New self-assessment"))
        self.new_button.setProperty("role", "primary")
        self.new_button.setToolTip(self.tr("Start a new self-assessment (Ctrl+N)"))
        self.open_button = QPushButton(self.tr("Continue"))
        self.open_button.setToolTip(self.tr("Open the selected self-assessment (Enter or double-click)"))
        self.export_button = QPushButton(self.tr("Export PDF"))
        self.export_button.setToolTip(self.tr("Write the selected self-assessment's report as a PDF file"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setProperty("role", "danger")
        self.delete_button.setToolTip(self.tr("Delete the selected self-assessment and its answers"))
        for button in (self.open_button, self.export_button, self.delete_button, self.new_button):
            header.addWidget(button)
        list_layout.addLayout(header)

        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Period"),
                self.tr("Form"),
                self.tr("Status"),
                self.tr("Progress"),
                self.tr("Score"),
                self.tr("Grade"),
                self.tr("Updated"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(40)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setAccessibleName(self.tr("Self-assessments"))
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        head.setResizeContentsPrecision(60)  # columns sized from the first rows, not from years of them
        head.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        head.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        list_layout.addWidget(self.table, 1)
        self.empty_label = label(
            self.tr("No self-assessments yet. Click “New self-assessment” to start the first one."), "muted", wrap=True
        )
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setMinimumHeight(80)
        list_layout.addWidget(self.empty_label)

        layout.addWidget(self.form_warning)
        layout.addWidget(self.facility_card)
        layout.addWidget(list_card, 1)

        self.new_button.clicked.connect(self.new_assessment)
        self.open_button.clicked.connect(self.open_selected)
        self.export_button.clicked.connect(self.export_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(QKeySequence(key), self.table, context=Qt.ShortcutContext.WidgetShortcut).activated.connect(self.open_selected)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table,
                  context=Qt.ShortcutContext.WidgetShortcut).activated.connect(self.delete_selected)

    # -- data ----------------------------------------------------------------------------
    def refresh(self, select_id: str | None = None) -> None:
        previous = select_id or self.selected_id()
        self._show_facility()
        if self._forms_checked:
            self._show_form_warning()
        try:
            self.summaries = self.workspace.assessments.entries()
        except StoreError as exc:
            self.summaries = []
            self.empty_label.setText(shown(exc))
        self.table.setUpdatesEnabled(False)
        self.table.setRowCount(len(self.summaries))
        receipts = {r["assessment_id"]: r for r in reversed(self.workspace.receipts.list())}  # newest wins
        for row, entry in enumerate(self.summaries):
            status = formatting.status_text(entry.row.status)
            receipt = receipts.get(entry.row.id)
            if receipt is not None:  # the district's answer (回执), see ui/desk_receipt.py
                status = self.tr("{status}  {district}").format(  # a full-width space in Chinese
                    status=status, district=self.tr("District: {decision}").format(decision=self._decision(receipt)))
            cells = [
                stored_shown(entry.row.period, current_language()),  # "2026-12-01 巡查" is the core's words
                self.tr("{title} ({version})").format(title=entry.form_title, version=entry.row.form_version),
                status,
                "…", "…", "…",
                formatting.when(entry.row.updated_at),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, entry.row.id)
                if column == 2 and receipt is not None and receipt["comments"]:
                    item.setToolTip("\n".join(self.tr("{item}: {comment}").format(item=k or self.tr("Overall"), comment=v)
                                               for k, v in receipt["comments"].items()))
                self.table.setItem(row, column, item)
        self.table.setUpdatesEnabled(True)
        # Scores come row by row while the window is already usable: with years of
        # assessments or a form of thousands of items, scoring them all takes seconds.
        self._scored = 0
        if self.isVisible():
            self._filler.start()  # else when shown (showEvent)
        has_rows = bool(self.summaries)
        self.table.setVisible(has_rows)
        self.empty_label.setVisible(not has_rows)
        self.new_button.setEnabled(self.workspace.facilities.own() is not None)
        if previous:
            self.select(previous)
        elif has_rows:
            self.table.selectRow(0)
        self._update_buttons()

    def _decision(self, receipt: dict) -> str:
        """The district's decision (stored in Chinese: 通过, 退回, 不予认可) in the interface language."""
        decisions = {"approved": self.tr("Approved"), "returned": self.tr("Returned"),
                     "rejected": self.tr("Not accepted")}
        return decisions.get(str(receipt.get("decision", "")), term(str(receipt.get("decision_label", ""))))

    def _fill_scores(self) -> None:
        """Score rows for about 30 ms, then let the event loop run; stop when all are shown."""
        started = time.monotonic()
        while self._scored < len(self.summaries) and time.monotonic() - started < 0.03:
            row = self._scored
            self._scored += 1
            try:
                scores = self.workspace.assessments.summary(self.summaries[row].row).scores
            except TuoyuError as exc:
                self.table.item(row, 5).setToolTip(shown(exc))
                continue
            total = scores.total
            cells = {
                3: f"{total.done}/{total.total}",
                4: formatting.percent(total.percent) if total.done else "—",
                5: formatting.grade_text(scores) if total.done else "—",
            }
            for column, text in cells.items():
                self.table.item(row, column).setText(text)
            if scores.vetoed:
                self.table.item(row, 5).setForeground(Qt.GlobalColor.red)
                self.table.item(row, 5).setToolTip(self.tr("A decisive (veto) item is not met"))
        if self._scored >= len(self.summaries):
            self._filler.stop()

    def hideEvent(self, event) -> None:  # noqa: N802
        super().hideEvent(event)
        self._filler.stop()  # the workspace may close behind a hidden page; refresh() starts again

    def _show_facility(self) -> None:
        own = self.workspace.facilities.own()
        if own is None:
            self.facility_name.setText(self.tr("No facility profile yet"))
            self.facility_details.setText("")
            return
        profile = own[1]
        self.facility_name.setText(profile.name)
        parts = []
        if profile.credit_code:
            parts.append(self.tr("Credit code {code}").format(code=profile.credit_code))
        parts.append(term(profile.facility_type) + (self.tr(" (subsidised)") if profile.is_puhui else ""))
        if profile.places_total:
            places = self.tr("{total} places").format(total=profile.places_total)
            if profile.places_puhui:
                places += self.tr(" ({puhui} subsidised)").format(puhui=profile.places_puhui)
            parts.append(places)
        if profile.classes:
            parts.append(
                self.tr("{classes} classes, {children} children").format(
                    classes=len(profile.classes), children=profile.children_enrolled
                )
            )
        if profile.district:
            parts.append(profile.district + profile.street)
        self.facility_details.setText("  ·  ".join(parts))

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        # Scoring the list and reading every form file take a moment (seconds with a form of
        # thousands of items): let the window appear and paint first.
        if self._scored < len(self.summaries):
            QTimer.singleShot(AFTER_SHOWN_MS, self, self._start_filling)
        if not self._forms_checked:
            QTimer.singleShot(AFTER_SHOWN_MS, self, self.check_forms)

    def _start_filling(self) -> None:
        if self.isVisible() and self._scored < len(self.summaries):
            self._filler.start()

    def check_forms(self) -> None:
        if not self.window().isVisible():
            return  # closed before the check ran: its workspace is closed too
        from tuoyu_desktop.ui.form_check import check_in_background

        # Large forms take seconds to read the first time: in a thread, with progress and Cancel.
        if check_in_background(self, self.workspace.forms.library, self._forms_read) is None:
            self._forms_read(True)

    def _forms_read(self, complete: bool) -> None:
        self._forms_checked = True  # cancelled: not asked again this session; read when needed
        if complete and self.window().isVisible():
            self._show_form_warning()

    def _show_form_warning(self) -> None:
        broken = self.unusable_forms()
        if broken:
            self.form_warning_label.setText(
                self.tr("%n form file(s) cannot be used and are not offered.", "", len(broken))
            )
            self.form_warning.setToolTip("\n".join(entry.path.name for entry in broken))
        self.form_warning.setVisible(bool(broken))

    def unusable_forms(self) -> list[FormEntry]:
        return [entry for entry in self.workspace.forms.entries() if not entry.usable]

    def form_problems_text(self) -> str:
        blocks = []
        for entry in self.unusable_forms():
            lines = [entry.path.name, *[f"  • {shown(problem)}" for problem in entry.problems]]
            blocks.append("\n".join(lines))
        return "\n\n".join(blocks)

    def show_form_problems(self) -> None:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Unusable form files"))
        box.setText(self.tr("These form files could not be read. Ask whoever supplied them for a corrected file:"))
        box.setInformativeText(self.form_problems_text())
        box.exec()

    # -- selection and actions -----------------------------------------------------------------
    def selected_id(self) -> str | None:
        row = self.table.currentRow()
        if row < 0 or not self.table.selectionModel().hasSelection():
            return None
        item = self.table.item(row, 0)
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def selected_summary(self) -> AssessmentEntry | None:
        selected = self.selected_id()
        return next((s for s in self.summaries if s.row.id == selected), None)

    def select(self, assessment_id: str) -> None:
        for row, summary in enumerate(self.summaries):
            if summary.row.id == assessment_id:
                self.table.selectRow(row)
                return

    def _update_buttons(self) -> None:
        has = self.selected_id() is not None
        for button in (self.open_button, self.export_button, self.delete_button):
            button.setEnabled(has)

    def new_assessment(self) -> str | None:
        forms = self.workspace.forms.self_assessment_forms(self._facility_type())
        if not forms:
            QMessageBox.warning(
                self,
                self.tr("No form available"),
                self.tr("No usable self-assessment form was found. Install a form file and restart."),
            )
            return None
        own = [s for s in self.summaries if self.workspace.assessments.kind(s.row.id) == "self_assessment"]
        previous = (own[0].row.id, stored_shown(own[0].row.period, current_language())) if own else None
        dialog = NewAssessmentDialog(forms, self, previous=previous)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            form_id, period = dialog.choice()
            if not self._confirm_form_fits(form_id):
                continue
            try:
                assessment_id = self.workspace.assessments.create(form_id, period, carry_from=dialog.carry_from())
            except TuoyuError as exc:
                dialog.message.setText(shown(exc))
                dialog.message.show()
                continue
            self.refresh(select_id=assessment_id)
            self.openRequested.emit(assessment_id)
            return assessment_id
        return None

    def _facility_type(self) -> str | None:
        own = self.workspace.facilities.own()
        return own[1].facility_type if own else None

    def _confirm_form_fits(self, form_id: str) -> bool:
        """A form meant for another kind of provider (a centre form for a 家庭托育点): warn first."""
        try:
            mismatch = self.workspace.assessments.form_mismatch(form_id)
        except TuoyuError:
            return True  # creating it will say what is wrong
        if not mismatch:
            return True
        answer = QMessageBox.warning(
            self, self.tr("Form for another kind of provider"),
            mismatch + "\n\n" + self.tr("Start the self-assessment with this form anyway?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def open_selected(self) -> None:
        selected = self.selected_id()
        if selected:
            self.openRequested.emit(selected)

    def export_selected(self) -> None:
        selected = self.selected_id()
        if selected:
            self.exportRequested.emit(selected)

    def delete_selected(self) -> None:
        summary = self.selected_summary()
        if summary is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete self-assessment"),
            self.tr("Delete the self-assessment “{period}” and all its answers? This cannot be undone.").format(
                period=stored_shown(summary.row.period, current_language())
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.workspace.assessments.delete(summary.row.id)
        except StoreError as exc:
            QMessageBox.warning(self, self.tr("Could not delete"), shown(exc))
            return
        self.refresh()
