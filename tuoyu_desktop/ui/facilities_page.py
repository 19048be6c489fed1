"""Inspector mode's home: the facilities visited, and the inspections of the selected one.
Also the first-start question (what is this computer used for)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tuoyu_desktop.errors import TuoyuError
from tuoyu_desktop.facility import credit_code_problem
from tuoyu_desktop.services import ProfileInvalid, StoreError, Workspace
from tuoyu_desktop.ui import formatting
from tuoyu_desktop.ui.i18n import shown
from tuoyu_desktop.ui.inspection_page import VisitDialog
from tuoyu_desktop.ui.widgets import Card, label, ok_cancel_buttons

ROW_ID = Qt.ItemDataRole.UserRole


class ModeDialog(QDialog):
    """本机用于：机构自评 / 督导巡查."""

    def __init__(self, current: str = "facility", parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("How this computer is used"))
        layout = QVBoxLayout(self)
        layout.addWidget(label(self.tr("This computer is used for:"), "h3"))
        self.facility_button = QRadioButton(self.tr("Facility self-assessment (our own childcare facility)"))
        self.inspector_button = QRadioButton(self.tr("Inspection visits (a parent or expert inspector visiting facilities)"))
        self.district_button = QRadioButton(self.tr("District desk (a district officer receiving facilities' reports)"))
        {"inspector": self.inspector_button, "district": self.district_button}.get(
            current, self.facility_button).setChecked(True)
        layout.addWidget(self.facility_button)
        layout.addWidget(self.inspector_button)
        layout.addWidget(self.district_button)
        layout.addWidget(label(self.tr("You can change this later under Settings → Mode."), "small"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("OK"))
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    def mode(self) -> str:
        if self.district_button.isChecked():
            return "district"
        return "inspector" if self.inspector_button.isChecked() else "facility"


class ModeBanner(Card):
    """First start: 本机用于 机构自评 / 督导巡查, as a strip above the profile editor."""

    modeChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.addWidget(label(self.tr("This computer is used for:"), "h3"))
        self.facility_button = QPushButton(self.tr("Facility self-assessment"))
        self.facility_button.setProperty("role", "primary")
        self.facility_button.setToolTip(self.tr("Fill in the facility profile below, then assess the facility"))
        self.inspector_button = QPushButton(self.tr("Inspection visits"))
        self.inspector_button.setToolTip(self.tr("Visit other facilities as an inspector: no profile of your own needed"))
        layout.addWidget(self.facility_button)
        layout.addWidget(self.inspector_button)
        self.district_button = QPushButton(self.tr("District desk"))
        self.district_button.setToolTip(self.tr("Receive, review and compare every facility's signed reports"))
        layout.addWidget(self.district_button)
        layout.addStretch(1)
        self.facility_button.clicked.connect(lambda: self.modeChosen.emit("facility"))
        self.inspector_button.clicked.connect(lambda: self.modeChosen.emit("inspector"))
        self.district_button.clicked.connect(lambda: self.modeChosen.emit("district"))


class AddFacilityDialog(QDialog):
    """Name and credit code of a facility to visit, checked like the profile editor does."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add facility"))
        self.resize(460, 200)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Full registered name"))
        self.credit_code = QLineEdit()
        self.credit_code.setMaxLength(18)
        self.credit_code.setPlaceholderText(self.tr("18 characters, e.g. 52110105MJ0123456X"))
        form.addRow(self.tr("Facility name"), self.name)
        form.addRow(self.tr("Unified social credit code"), self.credit_code)
        layout.addLayout(form)
        self.message = label("", "error", wrap=True)
        self.message.hide()
        layout.addWidget(self.message)
        buttons, self.ok_button = ok_cancel_buttons(self, self.tr("Add"), self._accept)
        layout.addWidget(buttons)
        self.credit_code.textEdited.connect(self._upper)

    def _upper(self, text: str) -> None:
        if text != text.upper():
            position = self.credit_code.cursorPosition()
            self.credit_code.setText(text.upper())
            self.credit_code.setCursorPosition(position)

    def _accept(self) -> None:
        if not self.name.text().strip():
            self.show_message(self.tr("Please enter the facility's name"))
            return
        code = self.credit_code.text().strip().upper()
        problem = credit_code_problem(code) if code else self.tr("Please enter the unified social credit code")
        if problem:
            self.show_message(problem)
            self.credit_code.setFocus()
            return
        self.accept()

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()


class FacilitiesPage(QWidget):
    """The inspector's home screen."""

    openRequested = Signal(str)  # inspection id
    exportRequested = Signal(str)
    ledgerRequested = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.setObjectName("page")
        self.facilities: list = []
        self.inspections: list = []
        self._build()
        self.refresh()

    def _table(self, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(36)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        head = table.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        head.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return table

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(14)
        splitter = QSplitter(Qt.Orientation.Vertical)

        facilities_card = Card()
        box = QVBoxLayout(facilities_card)
        box.setContentsMargins(20, 16, 20, 16)
        header = QHBoxLayout()
        header.addWidget(label(self.tr("Visited facilities"), "h2"))
        header.addStretch(1)
        self.ledger_button = QPushButton(self.tr("Rectification ledger"))
        self.ledger_button.setToolTip(self.tr("Every open and closed rectification item of the facilities visited"))
        self.add_button = QPushButton(self.tr("Add facility"))
        self.add_button.setToolTip(self.tr("A facility to visit, by name and unified social credit code"))
        header.addWidget(self.ledger_button)
        header.addWidget(self.add_button)
        box.addLayout(header)
        self.facility_table = self._table(
            [self.tr("Facility"), self.tr("Credit code"), self.tr("Last visit"), self.tr("Open items")]
        )
        self.facility_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.facility_table.setAccessibleName(self.tr("Visited facilities"))
        box.addWidget(self.facility_table, 1)
        self.empty_label = label(self.tr("No facilities yet. Click “Add facility” to add the first one you visit."),
                                 "muted", wrap=True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box.addWidget(self.empty_label)
        splitter.addWidget(facilities_card)

        inspections_card = Card()
        box = QVBoxLayout(inspections_card)
        box.setContentsMargins(20, 16, 20, 16)
        header = QHBoxLayout()
        self.inspections_title = label(self.tr("Inspections"), "h2")
        header.addWidget(self.inspections_title)
        header.addStretch(1)
        self.open_button = QPushButton(self.tr("Continue"))
        self.export_button = QPushButton(self.tr("Export PDF"))
        self.new_button = QPushButton(self.tr("New inspection"))
        self.new_button.setProperty("role", "primary")
        self.new_button.setToolTip(self.tr("Start an inspection visit of the selected facility"))
        for button in (self.open_button, self.export_button, self.new_button):
            header.addWidget(button)
        box.addLayout(header)
        self.inspection_table = self._table(
            [self.tr("Date"), self.tr("Inspectors"), self.tr("Status"), self.tr("Progress"), self.tr("Not met"),
             self.tr("Open items")]
        )
        self.inspection_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        box.addWidget(self.inspection_table, 1)
        splitter.addWidget(inspections_card)
        splitter.setSizes([300, 300])
        layout.addWidget(splitter, 1)

        self.add_button.clicked.connect(self.add_facility)
        self.ledger_button.clicked.connect(self.ledgerRequested)
        self.new_button.clicked.connect(self.new_inspection)
        self.open_button.clicked.connect(self.open_selected)
        self.export_button.clicked.connect(self.export_selected)
        self.facility_table.itemSelectionChanged.connect(self._show_inspections)
        self.inspection_table.itemSelectionChanged.connect(self._update_buttons)
        self.inspection_table.doubleClicked.connect(lambda _i: self.open_selected())

    # -- data ----------------------------------------------------------------------------------
    def refresh(self, select_facility: int | None = None) -> None:
        previous = select_facility or self.selected_facility()
        try:
            self.facilities = self.workspace.facilities.visited()
            summaries = self.workspace.inspections.list()
        except StoreError as exc:
            self.facilities, summaries = [], []
            self.empty_label.setText(shown(exc))
        self.all_inspections = summaries
        self.facility_table.setRowCount(len(self.facilities))
        for row, (facility_id, profile) in enumerate(self.facilities):
            mine = [s for s in summaries if s.facility_id == facility_id]
            last = max((s.visited_at for s in mine), default="")
            open_items = sum(s.open_items for s in mine[:1])  # the latest visit's open items
            cells = [profile.name, profile.credit_code, last.replace("T", " ")[:16] or "—", str(open_items)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ROW_ID, facility_id)
                self.facility_table.setItem(row, column, item)
        has = bool(self.facilities)
        self.facility_table.setVisible(has)
        self.empty_label.setVisible(not has)
        if previous is not None:
            self.select_facility(previous)
        elif has:
            self.facility_table.selectRow(0)
        self._show_inspections()

    def selected_facility(self) -> int | None:
        row = self.facility_table.currentRow()
        if row < 0 or not self.facility_table.selectionModel().hasSelection():
            return None
        item = self.facility_table.item(row, 0)
        return item.data(ROW_ID) if item else None

    def select_facility(self, facility_id: int) -> None:
        for row, (fid, _p) in enumerate(self.facilities):
            if fid == facility_id:
                self.facility_table.selectRow(row)
                return

    def _show_inspections(self) -> None:
        facility_id = self.selected_facility()
        self.inspections = [s for s in getattr(self, "all_inspections", []) if s.facility_id == facility_id]
        name = next((p.name for fid, p in self.facilities if fid == facility_id), "")
        self.inspections_title.setText(self.tr("Inspections of {name}").format(name=name) if name
                                       else self.tr("Inspections"))
        self.inspection_table.setRowCount(len(self.inspections))
        for row, summary in enumerate(self.inspections):
            cells = [summary.visited_at.replace("T", " ")[:16], "、".join(summary.inspectors),
                     formatting.status_text(summary.status), f"{summary.done}/{summary.total}", str(summary.failed),
                     str(summary.open_items)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ROW_ID, summary.id)
                if column == 4 and summary.failed:
                    item.setForeground(Qt.GlobalColor.red)
                self.inspection_table.setItem(row, column, item)
        if self.inspections:
            self.inspection_table.selectRow(0)
        self._update_buttons()

    def selected_inspection(self) -> str | None:
        row = self.inspection_table.currentRow()
        if row < 0 or not self.inspection_table.selectionModel().hasSelection():
            return None
        item = self.inspection_table.item(row, 0)
        return item.data(ROW_ID) if item else None

    def selected_id(self) -> str | None:
        return self.selected_inspection()

    def _update_buttons(self) -> None:
        self.new_button.setEnabled(self.selected_facility() is not None)
        has = self.selected_inspection() is not None
        self.open_button.setEnabled(has)
        self.export_button.setEnabled(has)

    # -- actions -------------------------------------------------------------------------------
    def add_facility(self) -> int | None:
        dialog = AddFacilityDialog(self)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                facility_id = self.workspace.facilities.add_visited(dialog.name.text(), dialog.credit_code.text())
            except ProfileInvalid as exc:
                dialog.show_message(shown(exc))
                continue
            except TuoyuError as exc:
                dialog.show_message(shown(exc))
                continue
            self.refresh(select_facility=facility_id)
            return facility_id
        return None

    def new_inspection(self) -> str | None:
        facility_id = self.selected_facility()
        if facility_id is None:
            return None
        dialog = VisitDialog(self, title=self.tr("New inspection"))
        while dialog.exec() == QDialog.DialogCode.Accepted:
            values = dialog.values()
            try:
                inspection_id = self.workspace.inspections.create(
                    facility_id, values["visited_at"], values["inspectors"], values["facility_rep"], values["notes"]
                )
            except TuoyuError as exc:
                dialog.show_message(shown(exc))
                continue
            self.refresh(select_facility=facility_id)
            self.openRequested.emit(inspection_id)
            return inspection_id
        return None

    def open_selected(self) -> None:
        selected = self.selected_inspection()
        if selected:
            self.openRequested.emit(selected)

    def export_selected(self) -> None:
        selected = self.selected_inspection()
        if selected:
            self.exportRequested.emit(selected)
