"""The rectification ledger (整改台账): filterable table, a detail pane to edit one item, change its
status along the allowed transitions, attach completion evidence, read its history; export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tuoyu_desktop import rectification as rect
from tuoyu_desktop.errors import TuoyuError
from tuoyu_desktop.messages import stored_from_shown, stored_shown
from tuoyu_desktop.services import Workspace
from tuoyu_desktop.ui import style
from tuoyu_desktop.ui.date_field import DateField
from tuoyu_desktop.ui.evidence_widget import EvidenceStrip
from tuoyu_desktop.ui.i18n import current_language, shown
from tuoyu_desktop.ui.terms import term
from tuoyu_desktop.ui.widgets import Card, label

ROW_ID = Qt.ItemDataRole.UserRole
FACILITY_COLUMN, PROBLEM_COLUMN = 0, 3


class LedgerPage(QWidget):
    backRequested = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.setObjectName("page")
        self.items: list = []
        self.current = None
        self.strip: EvidenceStrip | None = None
        self._build()
        self.refresh()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 14)
        layout.setSpacing(10)
        header = QHBoxLayout()
        self.back_button = QPushButton(self.tr("‹ Home"))
        header.addWidget(self.back_button)
        header.addWidget(label(self.tr("Rectification ledger"), "h1"))
        header.addStretch(1)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setProperty("role", "primary")
        self.export_button.setToolTip(self.tr("Write the ledger, as filtered, to a PDF or XLSX file"))
        header.addWidget(self.export_button)
        layout.addLayout(header)

        filters = QHBoxLayout()
        filters.addWidget(label(self.tr("Status"), "small"))
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("All"), None)
        self.status_filter.addItem(self.tr("Open ({statuses})").format(
            statuses=self.tr(", ").join(term(s) for s in rect.OPEN_STATUSES)), rect.OPEN_STATUSES)
        for status in rect.STATUSES:
            self.status_filter.addItem(term(status), (status,))
        filters.addWidget(self.status_filter)
        filters.addWidget(label(self.tr("Source"), "small"))
        self.source_filter = QComboBox()
        self.source_filter.addItem(self.tr("All"), None)
        for key, name in rect.SOURCES.items():
            self.source_filter.addItem(term(name), key)
        filters.addWidget(self.source_filter)
        self.overdue_box = QCheckBox(self.tr("Overdue only"))
        filters.addWidget(self.overdue_box)
        filters.addStretch(1)
        self.count_label = label("", "small")
        filters.addWidget(self.count_label)
        layout.addLayout(filters)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.table = QTableWidget(0, 9)
        self.table.setHorizontalHeaderLabels([
            self.tr("Facility"), self.tr("Source"), self.tr("Area / item"), self.tr("Problem"), self.tr("Severity"),
            self.tr("Opinion"), self.tr("Responsible"), self.tr("Deadline"), self.tr("Status"),
        ])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        head.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        head.setStretchLastSection(False)
        for column, width in enumerate((120, 76, 110, 240, 64, 140, 70, 150, 64)):
            self.table.setColumnWidth(column, width)
        head.setSectionResizeMode(PROBLEM_COLUMN, QHeaderView.ResizeMode.Stretch)  # the problem takes what is left
        splitter.addWidget(self.table)

        detail_scroll = QScrollArea()
        detail_scroll.setObjectName("pageScroll")
        detail_scroll.setWidgetResizable(True)
        self.detail = Card()
        detail = QVBoxLayout(self.detail)
        detail.setContentsMargins(16, 12, 16, 12)
        detail.setSpacing(8)
        self.detail_title = label(self.tr("Select an item to see and change it"), "h3", wrap=True)
        detail.addWidget(self.detail_title)
        self.source_label = label("", "small", wrap=True)
        detail.addWidget(self.source_label)
        form = QFormLayout()
        self.description = QPlainTextEdit()
        self.description.setFixedHeight(70)
        self.description.setTabChangesFocus(True)
        self.severity = QComboBox()
        for severity in rect.SEVERITIES:
            self.severity.addItem(term(severity), severity)
        self.opinion = QLineEdit()
        self.responsible = QLineEdit()
        self.deadline = DateField()
        form.addRow(self.tr("Problem"), self.description)
        form.addRow(self.tr("Severity"), self.severity)
        form.addRow(self.tr("Opinion"), self.opinion)
        form.addRow(self.tr("Responsible"), self.responsible)
        form.addRow(self.tr("Deadline"), self.deadline)
        detail.addLayout(form)
        self.save_button = QPushButton(self.tr("Save changes"))
        detail.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        # The status (with its reason, which can be long) wraps on its own line; the controls
        # follow on the next, so neither pushes the panel wider than the window (1366×768).
        self.status_label = label("", "h3", wrap=True)
        detail.addWidget(self.status_label)
        status_row = QHBoxLayout()
        status_row.addWidget(label(self.tr("Change to"), "small"))
        self.next_status = QComboBox()
        status_row.addWidget(self.next_status)
        self.status_button = QPushButton(self.tr("Change status"))
        status_row.addWidget(self.status_button)
        status_row.addStretch(1)
        detail.addLayout(status_row)
        self.message = label("", "error", wrap=True)
        self.message.hide()
        detail.addWidget(self.message)
        self.evidence_host = QVBoxLayout()
        detail.addLayout(self.evidence_host)
        detail.addWidget(label(self.tr("History"), "h3"))
        self.history = QListWidget()
        self.history.setMinimumHeight(120)
        detail.addWidget(self.history)
        detail.addStretch(1)
        detail_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        detail_scroll.setMinimumWidth(340)
        detail_scroll.setWidget(self.detail)
        self.detail_scroll = detail_scroll
        splitter.addWidget(detail_scroll)
        splitter.setSizes([820, 400])
        layout.addWidget(splitter, 1)
        self._enable_detail(False)

        self.back_button.clicked.connect(self.backRequested)
        self.export_button.clicked.connect(self.export)
        self.status_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.source_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.overdue_box.toggled.connect(lambda _c: self.refresh())
        self.table.itemSelectionChanged.connect(self._selected)
        self.save_button.clicked.connect(self.save)
        self.status_button.clicked.connect(self.change_status)

    # -- table -------------------------------------------------------------------------------
    def filters(self) -> dict:
        return {"statuses": self.status_filter.currentData(), "source": self.source_filter.currentData(),
                "overdue_only": self.overdue_box.isChecked()}

    def refresh(self, select_id: str | None = None) -> None:
        previous = select_id or (self.current.id if self.current else None)
        try:
            self.items = self.workspace.rectifications.list(**self.filters())
        except TuoyuError as exc:
            self.items = []
            self.count_label.setText(shown(exc))
        self.table.setRowCount(len(self.items))
        bold = QFont()
        bold.setBold(True)
        names: dict[int, str] = {}
        for row, item in enumerate(self.items):
            if item.facility_id not in names:
                names[item.facility_id] = self._facility_name(item.facility_id)
            cells = [
                names[item.facility_id],
                term(item.source_label),
                item.area,
                stored_shown(item.description, current_language()).replace("\n", " "),
                term(item.severity),
                item.opinion,
                item.responsible,
                (item.deadline or "—") + (self.tr(" (overdue)") if item.overdue else ""),
                term(item.status),
            ]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(ROW_ID, item.id)
                cell.setToolTip(text)
                if item.overdue:
                    cell.setForeground(QBrush(QColor(style.RED)))
                    cell.setFont(bold)
                self.table.setItem(row, column, cell)
        # 机构 matters to an inspector (many facilities); a facility's own ledger leaves the room to the problem.
        self.table.setColumnHidden(FACILITY_COLUMN, self.workspace.preferences.mode != "inspector" and len(names) <= 1)
        overdue = sum(1 for i in self.items if i.overdue)
        self.count_label.setText(self.tr("{count} items, {overdue} overdue").format(count=len(self.items),
                                                                                   overdue=overdue))
        self.current = None
        if previous:
            self.select(previous)
        if self.current is None:
            self._show(None)

    def _facility_name(self, facility_id: int) -> str:
        try:
            return self.workspace.facilities.profile(facility_id).name
        except TuoyuError:
            return "—"

    def row_ids(self) -> list[str]:
        return [self.table.item(r, 0).data(ROW_ID) for r in range(self.table.rowCount())]

    def select(self, item_id: str) -> None:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(ROW_ID) == item_id:
                self.table.selectRow(row)
                self._selected()
                return

    def _selected(self) -> None:
        row = self.table.currentRow()
        if row < 0 or not self.table.selectionModel().hasSelection():
            self._show(None)
            return
        item_id = self.table.item(row, 0).data(ROW_ID)
        try:
            self._show(self.workspace.rectifications.get(item_id))
        except TuoyuError as exc:
            self.show_message(shown(exc))

    # -- detail -------------------------------------------------------------------------------
    def _enable_detail(self, enabled: bool) -> None:
        for widget in (self.description, self.severity, self.opinion, self.responsible, self.deadline,
                       self.save_button, self.next_status, self.status_button):
            widget.setEnabled(enabled)

    def _show(self, item) -> None:
        self.current = item
        self.message.hide()
        if self.strip is not None:
            self.evidence_host.removeWidget(self.strip)
            self.strip.hide()  # at once: it is deleted later, and must not linger over the form
            self.strip.deleteLater()
            self.strip = None
        self.history.clear()
        self._enable_detail(item is not None)
        if item is None:
            self.detail_title.setText(self.tr("Select an item to see and change it"))
            self.source_label.setText("")
            self.status_label.setText("")
            self.next_status.clear()
            for widget in (self.description, self.opinion, self.responsible, self.deadline):
                widget.clear()
            return
        self.detail_title.setText(f"{item.area} · {item.source_key}")
        self.source_label.setText(f"{term(item.source_label)} · {stored_shown(item.report_label, current_language())}")
        self.description.setPlainText(stored_shown(item.description, current_language()))
        self.severity.setCurrentIndex(max(0, self.severity.findData(item.severity)))
        self.opinion.setText(item.opinion)
        self.responsible.setText(item.responsible)
        self.deadline.setText(item.deadline or "")
        status = term(item.status) + (self.tr(" ({caption})").format(caption=item.status_reason)
                                      if item.status_reason else "")
        self.status_label.setText(self.tr("Status: {status}").format(status=status))
        self.status_label.setProperty("role", "bad" if item.overdue else None)
        self.next_status.clear()
        for status_ in rect.TRANSITIONS.get(item.status, ()):
            self.next_status.addItem(term(status_), status_)
        item_id = item.id
        self.strip = EvidenceStrip(
            self.workspace,
            load=lambda: self.workspace.evidence.completion(item_id),
            attach=lambda path, caption: self.workspace.evidence.attach_completion(item_id, path, caption),
            title=self.tr("Completion evidence"),
        )
        self.evidence_host.addWidget(self.strip)
        for entry in self.workspace.rectifications.history(item.id):
            self.history.addItem(self._history_line(entry))

    def _history_line(self, entry: dict) -> str:
        at = str(entry.get("at", "")).replace("T", " ")[:16]
        actor = entry.get("actor") or ""
        field = entry.get("field") or entry.get("action") or ""
        names = {
            "created": self.tr("Created"), "description": self.tr("Problem"), "severity": self.tr("Severity"),
            "opinion": self.tr("Opinion"), "responsible": self.tr("Responsible"), "deadline": self.tr("Deadline"),
            "status": self.tr("Status"), "status_reason": self.tr("Reason"), "area": self.tr("Area"),
        }
        if field == "created":  # the new value is the whole record: its name says enough
            return "  ".join(p for p in (at, actor, names["created"]) if p)
        old, new = entry.get("old"), entry.get("new")
        change = f"{old} → {new}" if old not in (None, "") else f"{new if new is not None else ''}"
        return "  ".join(p for p in (at, actor, names.get(str(field), str(field)), str(change)) if p)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def save(self) -> bool:
        if self.current is None:
            return False
        try:
            self.workspace.rectifications.update(
                self.current.id, description=stored_from_shown(self.description.toPlainText(), current_language()), severity=self.severity.currentData(),
                opinion=self.opinion.text(), responsible=self.responsible.text(),
                deadline=self.deadline.text().strip() or None)
        except TuoyuError as exc:
            self.show_message(shown(exc))
            return False
        self.refresh(self.current.id)
        return True

    def change_status(self, status: str | None = None) -> bool:
        if self.current is None:
            return False
        status = status or self.next_status.currentData()
        reason = ""
        if status in (rect.IMPOSSIBLE, rect.DONE, rect.IN_PROGRESS, rect.PENDING):
            prompt = {
                rect.IMPOSSIBLE: self.tr("Why can this not be rectified? (required)"),
                rect.DONE: self.tr("How was it fixed? (required when no completion evidence is attached)"),
            }.get(status, self.tr("Note (optional)"))
            reason, ok = QInputDialog.getText(self, self.tr("Change status to {status}").format(status=term(status)),
                                              prompt)
            if not ok:
                return False
        try:
            self.workspace.rectifications.set_status(self.current.id, status, reason)
        except TuoyuError as exc:
            self.show_message(shown(exc))
            QMessageBox.warning(self, self.tr("Status not changed"), shown(exc))
            return False
        self.refresh(self.current.id)
        return True

    # -- export -------------------------------------------------------------------------------
    def export(self) -> Path | None:
        target, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the rectification ledger"), "整改台账.xlsx",
            self.tr("Excel workbook (*.xlsx);;PDF file (*.pdf)"))
        if not target:
            return None
        path = Path(target)
        if path.suffix.lower() not in (".pdf", ".xlsx"):
            path = path.with_name(path.name + (".pdf" if "pdf" in _filter.lower() else ".xlsx"))
        filters = self.filters()
        try:
            written = self.workspace.reports.export_ledger(path, filters["statuses"], filters["source"],
                                                   filters["overdue_only"])
        except TuoyuError as exc:
            QMessageBox.warning(self, self.tr("Export failed"), shown(exc))
            return None
        QMessageBox.information(self, self.tr("Ledger exported"), str(written))
        return written
