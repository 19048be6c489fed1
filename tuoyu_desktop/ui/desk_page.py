"""The district desk's home (区县模式): roster, this cycle's submissions, the review queue, the
dashboard colour table with drill-down, the rectification board, and reports held aside.

Everything goes through ``workspace.desk``; choosing files and identities goes through
:meth:`DeskPage.choose_open`, :meth:`choose_save` and :meth:`choose_signer` so that tests can
answer them without modal dialogs.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tuoyu_desktop.errors import TuoyuError
from tuoyu_desktop.services import Workspace
from tuoyu_desktop.ui.desk_dialogs import (
    CycleDialog,
    DrillDialog,
    FacilityDialog,
    FileResultsDialog,
    ReviewDialog,
    shown_summary,
)
from tuoyu_desktop.ui.i18n import shown
from tuoyu_desktop.ui.tables import ROW_DATA, fill, make_table, selected_data
from tuoyu_desktop.ui.terms import cycle_title, term
from tuoyu_desktop.ui.widgets import label

RED, AMBER, GREEN, LIGHT_GREEN = "#f4c7c3", "#fde7b0", "#b7e1cd", "#dff1e7"
STATUS_COLOURS = {"overdue": RED, "rejected": RED, "returned": AMBER, "missing": "#eeeeee", "approved": GREEN,
                  "submitted": LIGHT_GREEN}


def percent_colour(value: float | None) -> str:
    if value is None:
        return "#ffffff"
    if value >= 90:
        return GREEN
    if value >= 80:
        return LIGHT_GREEN
    if value >= 60:
        return AMBER
    return RED


class GradeChart(QWidget):
    """The grade distribution as bars (drawn with QPainter: printable and exportable)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.grades: dict[str, int] = {}
        self.setMinimumSize(260, 150)

    def set_grades(self, grades: dict[str, int]) -> None:
        self.grades = dict(grades)
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(320, 160)

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width, height = self.width(), self.height()
        painter.fillRect(0, 0, width, height, QColor("#ffffff"))
        grades = self.grades or {}
        if not grades:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No reports yet"))
            return
        top = max(grades.values())
        slot = width / max(len(grades), 1)
        colours = {"A": GREEN, "B": LIGHT_GREEN, "C": AMBER, "D": RED}
        for index, (grade, count) in enumerate(sorted(grades.items())):
            bar_height = (height - 40) * count / top
            x = int(index * slot + slot * 0.2)
            y = int(height - 20 - bar_height)
            painter.fillRect(x, y, int(slot * 0.6), int(bar_height), QColor(colours.get(grade, "#cccccc")))
            painter.drawText(x, height - 4, f"{grade}")
            painter.drawText(x, max(y - 4, 12), str(count))
        painter.end()


class DeskPage(QWidget):
    """The district desk's home."""

    reportsImported = Signal()

    def __init__(self, workspace: Workspace, settings: QSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.settings = settings
        self.desk = workspace.desk
        self.results_dialog: FileResultsDialog | None = None
        self.drill_dialog: DrillDialog | None = None
        self.figures: dict[str, Any] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        top = QHBoxLayout()
        top.addWidget(label(self.tr("District desk"), "h1"))
        top.addStretch(1)
        top.addWidget(label(self.tr("Reporting cycle:")))
        self.cycle_combo = QComboBox()
        self.cycle_combo.setMinimumWidth(240)
        self.cycle_combo.currentIndexChanged.connect(lambda _i: self.refresh_cycle())
        top.addWidget(self.cycle_combo)
        self.new_cycle_button = QPushButton(self.tr("New cycle…"))
        self.new_cycle_button.clicked.connect(self.new_cycle)
        top.addWidget(self.new_cycle_button)
        self.import_button = QPushButton(self.tr("Import reports…"))
        self.import_button.setProperty("role", "primary")
        self.import_button.setToolTip(self.tr("Verify and import every signed report in a folder"))
        self.import_button.clicked.connect(self.import_folder)
        top.addWidget(self.import_button)
        layout.addLayout(top)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self._build_submissions()
        self._build_queue()
        self._build_dashboard()
        self._build_board()
        self._build_roster()
        self._build_held()
        from tuoyu_desktop.ui.city_tab import CityTab

        self.city_tab = CityTab(workspace, self.choose_open, self.choose_save, percent_colour)
        self.tabs.addTab(self.city_tab, self.tr("City summary"))
        self.refresh()

    # -- choosing files and identities (tests replace these) ---------------------------------
    def choose_open(self, title: str, pattern: str, folder: bool = False) -> str:
        if folder:
            return QFileDialog.getExistingDirectory(self, title)
        path, _filter = QFileDialog.getOpenFileName(self, title, "", pattern)
        return path

    def choose_save(self, title: str, name: str, pattern: str) -> str:
        path, _filter = QFileDialog.getSaveFileName(self, title, name, pattern)
        return path

    def choose_signer(self) -> tuple[str, str] | None:
        """The officer's identity file and passphrase (checked), or None when cancelled."""
        from tuoyu_desktop.ui.signing_dialogs import SignerDialog

        dialog = SignerDialog(self.workspace.data_dir, self.settings, self, self.tr("Officer's digital identity"))
        if dialog.exec() != SignerDialog.DialogCode.Accepted or dialog.signer is None:
            return None
        return str(dialog.signer.identity), dialog.signer.passphrase

    def _fail(self, title: str, exc: Exception) -> None:
        QMessageBox.warning(self, title, shown(exc))

    # -- tabs ---------------------------------------------------------------------------
    def _build_submissions(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        row = QHBoxLayout()
        self.cycle_summary = label("", wrap=True)
        row.addWidget(self.cycle_summary, 1)
        self.export_button = QPushButton(self.tr("Export workbook…"))
        self.export_button.setToolTip(self.tr("The cycle as one workbook for the city (XLSX)"))
        self.export_button.clicked.connect(self.export_workbook)
        row.addWidget(self.export_button)
        layout.addLayout(row)
        self.submissions = make_table([self.tr("Facility"), self.tr("Credit code"), self.tr("State"),
                                       self.tr("Days late"), self.tr("Grade"), self.tr("Percent"),
                                       self.tr("Submitted")], stretch=0)
        self.submissions.doubleClicked.connect(lambda _index: self.review_selected(self.submissions))
        layout.addWidget(self.submissions, 1)
        self.tabs.addTab(page, self.tr("Submissions"))

    def _build_queue(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        row = QHBoxLayout()
        row.addWidget(label(self.tr("Accepted reports waiting for a review (double-click to review)."), "small"), 1)
        self.review_button = QPushButton(self.tr("Review…"))
        self.review_button.clicked.connect(lambda: self.review_selected(self.queue))
        row.addWidget(self.review_button)
        layout.addLayout(row)
        self.queue = make_table([self.tr("Facility"), self.tr("Period"), self.tr("Grade"), self.tr("Percent"),
                                 self.tr("Veto failures"), self.tr("Submitted"), self.tr("Report")], stretch=0)
        self.queue.doubleClicked.connect(lambda _index: self.review_selected(self.queue))
        layout.addWidget(self.queue, 1)
        self.tabs.addTab(page, self.tr("Review queue"))

    def _build_dashboard(self) -> None:
        page = QWidget()
        self.dashboard_page = page
        layout = QVBoxLayout(page)
        row = QHBoxLayout()
        self.dashboard_summary = label("", wrap=True)
        row.addWidget(self.dashboard_summary, 1)
        self.chart = GradeChart()
        row.addWidget(self.chart)
        self.dashboard_pdf_button = QPushButton(self.tr("Export PDF…"))
        self.dashboard_pdf_button.clicked.connect(self.export_dashboard_pdf)
        row.addWidget(self.dashboard_pdf_button, 0, Qt.AlignmentFlag.AlignTop)
        self.package_button = QPushButton(self.tr("Package for the city…"))
        self.package_button.setToolTip(self.tr("One signed file with this cycle's data (no photos) for the city"))
        self.package_button.clicked.connect(self.export_package)
        row.addWidget(self.package_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(row)
        self.dashboard = QTableWidget(0, 0)
        self.dashboard.verticalHeader().hide()
        self.dashboard.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.dashboard.cellDoubleClicked.connect(self.drill)
        layout.addWidget(self.dashboard, 1)
        self.veto_label = label("", "small", wrap=True)
        layout.addWidget(self.veto_label)
        self.tabs.addTab(page, self.tr("Dashboard"))

    def _build_board(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        row = QHBoxLayout()
        self.board_filter = QLineEdit()
        self.board_filter.setPlaceholderText(self.tr("Facility name or credit code"))
        self.board_filter.textChanged.connect(lambda _t: self.refresh_board())
        row.addWidget(self.board_filter, 1)
        self.board_status = QComboBox()
        for text, value in ((self.tr("All states"), ""), (self.tr("Overdue"), "overdue"), (self.tr("Open"), "open"),
                            (self.tr("Closed"), "closed")):
            self.board_status.addItem(text, value)
        self.board_status.currentIndexChanged.connect(lambda _i: self.refresh_board())
        row.addWidget(self.board_status)
        self.board_source = QComboBox()
        for text, value in ((self.tr("All sources"), ""), (self.tr("Inspection findings"), "inspection"),
                            (self.tr("Self-assessment gaps"), "self_assessment")):
            self.board_source.addItem(text, value)
        self.board_source.currentIndexChanged.connect(lambda _i: self.refresh_board())
        row.addWidget(self.board_source)
        self.close_item_button = QPushButton(self.tr("Close on evidence…"))
        self.close_item_button.clicked.connect(self.close_selected_item)
        row.addWidget(self.close_item_button)
        layout.addLayout(row)
        self.board = make_table([self.tr("State"), self.tr("Facility"), self.tr("Source"), self.tr("Item"),
                                 self.tr("Deadline"), self.tr("Age (days)"), self.tr("Description")], stretch=6)
        layout.addWidget(self.board, 1)
        self.tabs.addTab(page, self.tr("Rectification board"))

    def _build_roster(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        row = QHBoxLayout()
        self.roster_summary = label("", "small")
        row.addWidget(self.roster_summary, 1)
        for text, slot, name in ((self.tr("Template…"), self.save_roster_template, "template_button"),
                                 (self.tr("Import roster…"), self.import_roster, "import_roster_button"),
                                 (self.tr("Add facility…"), self.add_facility, "add_facility_button"),
                                 (self.tr("Edit…"), self.edit_facility, "edit_facility_button"),
                                 (self.tr("Register certificate…"), self.register_certificate, "certificate_button")):
            button = QPushButton(text)
            button.clicked.connect(slot)
            setattr(self, name, button)
            row.addWidget(button)
        layout.addLayout(row)
        self.roster = make_table([self.tr("Facility"), self.tr("Credit code"), self.tr("Filing number"),
                                  self.tr("Type"), self.tr("Affordable"), self.tr("Places"), self.tr("Certificates")],
                                 stretch=0)
        self.roster.doubleClicked.connect(lambda _index: self.edit_facility())
        layout.addWidget(self.roster, 1)
        self.tabs.addTab(page, self.tr("Roster"))

    def _build_held(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(label(self.tr("Reports kept aside and never counted: facilities not on the roster, "
                                       "signers not registered, conflicting copies."), "small", wrap=True))
        self.held = make_table([self.tr("Facility"), self.tr("Credit code"), self.tr("State"), self.tr("Period"),
                                self.tr("File")], stretch=0)
        layout.addWidget(self.held, 1)
        self.tabs.addTab(page, self.tr("Held aside"))

    # -- refreshing -----------------------------------------------------------------------
    def refresh(self) -> None:
        current = self.cycle_combo.currentData()
        self.cycle_combo.blockSignals(True)
        self.cycle_combo.clear()
        for cycle in self.desk.cycles():
            self.cycle_combo.addItem(self.tr("{title} (due {date})").format(title=cycle_title(cycle), date=cycle["due_date"]),
                                     cycle["id"])
        index = self.cycle_combo.findData(current)
        self.cycle_combo.setCurrentIndex(index if index >= 0 else 0)
        self.cycle_combo.blockSignals(False)
        self.refresh_roster()
        self.refresh_held()
        self.refresh_cycle()
        self.refresh_board()

    def cycle_id(self) -> int | None:
        value = self.cycle_combo.currentData()
        return int(value) if value is not None else None

    def refresh_cycle(self) -> None:
        cycle_id = self.cycle_id()
        has_cycle = cycle_id is not None
        self.export_button.setEnabled(has_cycle)
        self.dashboard_pdf_button.setEnabled(has_cycle)
        if not has_cycle:
            self.cycle_summary.setText(self.tr("No reporting cycle yet: create one with New cycle…"))
            fill(self.submissions, [])
            fill(self.queue, [])
            self.dashboard.setRowCount(0)
            self.figures = None
            return
        subs = self.desk.submissions(cycle_id)
        counts: dict[str, int] = {}
        for sub in subs:
            counts[term(sub.status_label)] = counts.get(term(sub.status_label), 0) + 1
        self.cycle_summary.setText(self.tr("{count} facilities on the roster: {states}").format(
            count=len(subs), states=self.tr(", ").join(f"{k} {v}" for k, v in counts.items()) or "—"))
        rows, data = [], []
        for sub in subs:
            report = sub.report or {}
            rows.append([sub.name, sub.credit_code, term(sub.status_label), str(sub.days_late or ""), report.get("grade", ""),
                         f"{report['percent']:.1f}%" if report else "", report.get("submitted_on", "")])
            data.append(report.get("received_id"))
        fill(self.submissions, rows, data)
        for row, sub in enumerate(subs):
            self.submissions.item(row, 2).setBackground(QColor(STATUS_COLOURS.get(sub.status, "#ffffff")))
        queue = self.desk.review_queue(cycle_id)
        fill(self.queue, [[r["facility_name"], r["period"], r["grade"], f"{r['percent']:.1f}%", str(r["veto_count"]),
                           r["submitted_on"], r["report_id"]] for r in queue], [r["received_id"] for r in queue])
        self.refresh_dashboard()

    def refresh_dashboard(self) -> None:
        cycle_id = self.cycle_id()
        if cycle_id is None:
            return
        figures = self.desk.dashboard(cycle_id)
        self.figures = figures
        dims = figures["dimensions"]
        headers = [self.tr("Rank"), self.tr("Facility"), self.tr("Grade"), self.tr("Total %"),
                   *[d["title"] for d in dims], self.tr("Change")]
        self.dashboard.clear()
        self.dashboard.setColumnCount(len(headers))
        self.dashboard.setHorizontalHeaderLabels(headers)
        self.dashboard.setRowCount(len(figures["rows"]))
        for r, row in enumerate(figures["rows"]):
            change = "" if row["change"] is None else f"{row['change']:+.1f}"
            cells: list[tuple[str, str | None]] = [(str(row["rank"]), None), (row["facility"], None),
                                                   (row["grade"], RED if row["grade"] == "D" else None),
                                                   (f"{row['percent']:.1f}", percent_colour(row["percent"]))]
            for d in dims:
                value = row["dimensions"].get(d["id"])
                cells.append(("" if value is None else f"{value:.1f}", percent_colour(value)))
            cells.append((change, None))
            for c, (text, colour) in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ROW_DATA, (row["credit_code"], dims[c - 4]["id"] if 4 <= c < 4 + len(dims) else None))
                if colour:
                    item.setBackground(QColor(colour))
                if c >= 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.dashboard.setItem(r, c, item)
        self.dashboard.resizeColumnsToContents()
        self.chart.set_grades(figures["grades"])
        average = "—" if figures["average_percent"] is None else f"{figures['average_percent']:.1f}%"
        self.dashboard_summary.setText(self.tr(
            "Submitted {submitted} of {roster}; average {average}; grades: {grades}. "
            "Double-click a cell to see the facility's items.").format(
            submitted=figures["submitted"], roster=figures["roster"], average=average,
            grades=self.tr(", ").join(f"{g} {n}" for g, n in figures["grades"].items()) or "—"))
        vetoes = "；".join(f"{v['item']} {v['text'][:24]}：{v['count']}" for v in figures["veto_failures"][:8])
        self.veto_label.setText(self.tr("Veto items failed: {items}").format(items=vetoes or "—"))

    def refresh_board(self) -> None:
        items = self.desk.board(self.board_filter.text(), "", self.board_status.currentData() or "",
                                self.board_source.currentData() or "")
        rows = []
        for i in items:
            state = (self.tr("Overdue {days} days").format(days=i["days_overdue"]) if i["state"] == "overdue"
                     else term(i["state_label"]))
            rows.append([state, i["facility_name"], term(i["source_label"]), i["item_key"], i["deadline"] or "",
                         str(i["ageing"]), i["description"]])
        fill(self.board, rows, [i["id"] for i in items])
        for row, item in enumerate(items):
            if item["state"] == "overdue":
                for column in range(self.board.columnCount()):
                    self.board.item(row, column).setBackground(QColor(RED))
                self.board.item(row, 0).setForeground(QColor("#b3261e"))

    def refresh_roster(self) -> None:
        roster = self.desk.roster()
        certificates: dict[str, int] = {}
        for cert in self.desk.certificates():
            certificates[cert["credit_code"]] = certificates.get(cert["credit_code"], 0) + 1
        fill(self.roster, [[r["name"], r["credit_code"], r["filing_number"] or "", term(r["facility_type"] or ""),
                            self.tr("Yes") if r["is_puhui"] else "", str(r["places"] or 0),
                            str(certificates.get(r["credit_code"], 0))] for r in roster],
             [r["credit_code"] for r in roster])
        self.roster_summary.setText(self.tr("{count} facilities on the roster").format(count=len(roster)))

    def refresh_held(self) -> None:
        held = self.desk.held()
        fill(self.held, [[r["facility_name"], r["credit_code"], shown(r["state_label"]), r["period"], r["file_name"]]
                         for r in held])

    # -- actions ----------------------------------------------------------------------------
    def new_cycle(self) -> None:
        def create(dialog: CycleDialog) -> None:
            title, kind, period, due = dialog.values()
            self._created = self.desk.add_cycle(title, kind, period, due)

        dialog = CycleDialog(self, on_submit=create)
        if dialog.exec() == CycleDialog.DialogCode.Accepted:
            self.refresh()
            self.cycle_combo.setCurrentIndex(self.cycle_combo.findData(self._created))

    def import_folder(self) -> None:
        folder = self.choose_open(self.tr("Folder of signed reports"), "", folder=True)
        if folder:
            self.import_reports([folder])

    def import_reports(self, paths: list[str]) -> None:
        """Verify and import a batch with a progress bar, then show the per-file results."""
        progress = QProgressDialog(self.tr("Verifying reports…"), "", 0, 0, self)
        progress.setWindowTitle(self.tr("Import reports"))
        progress.setCancelButton(None)
        progress.setMinimumDuration(300)
        progress.setWindowModality(Qt.WindowModality.WindowModal)

        def step(done: int, total: int, item) -> None:
            progress.setMaximum(max(total, 1))
            progress.setValue(done)
            if item is not None:
                progress.setLabelText(self.tr("{done} of {total}: {name}").format(
                    done=done, total=total, name=Path(item.file).name))
            QApplication.processEvents()

        try:
            result = self.desk.intake(paths, progress=step)
        except TuoyuError as exc:
            progress.close()
            self._fail(self.tr("Import reports"), exc)
            return
        progress.close()
        self.refresh()
        note = self.tr("One backup was taken before the batch: {name}").format(name=result.backup) if result.backup else ""
        self.results_dialog = FileResultsDialog(self.tr("Imported reports"), shown_summary(result.summary()),
                                                self.tr("Facility"), result.results, lambda r: r.facility, note, self)
        self.results_dialog.show()
        if any(r.good for r in result.results):
            self.reportsImported.emit()

    def review_selected(self, table: QTableWidget) -> None:
        received_id = selected_data(table)
        if received_id is not None:
            self.review(int(received_id))

    def review(self, received_id: int) -> ReviewDialog | None:
        """Open a report, decide, sign the decision with the officer's identity, write the receipt."""
        try:
            detail = self.desk.report(received_id)
            detail["photos"] = self.desk.photos(received_id)
        except TuoyuError as exc:
            self._fail(self.tr("Review"), exc)
            return None
        dialog = ReviewDialog(detail, self, on_submit=lambda d: self._sign_review(received_id, d))
        self.review_dialog = dialog
        dialog.open()
        return dialog

    def _sign_review(self, received_id: int, dialog: ReviewDialog) -> None:
        signer = self.choose_signer()
        if signer is None:
            raise _Cancelled(self.tr("Not signed: choose the officer's identity to sign the decision."))
        identity = self.workspace.identities.open(signer[0], signer[1])
        review = self.desk.review(received_id, dialog.decision(), identity, dialog.comments(),
                                  dialog.reason.toPlainText())
        name = f"回执-{dialog.detail['row']['facility_name']}-{review['report_id'][:8]}.pdf"
        target = self.choose_save(self.tr("Save the signed receipt"), name, self.tr("PDF files (*.pdf)"))
        if target:
            self.desk.write_receipt(review["id"], target, identity)
            self.last_receipt = target
        self.refresh()

    def drill(self, row: int, column: int) -> None:
        item = self.dashboard.item(row, column)
        cycle_id = self.cycle_id()
        if item is None or cycle_id is None:
            return
        credit, dimension = item.data(ROW_DATA)
        detail = self.desk.drill(cycle_id, credit, dimension)
        facility = self.dashboard.item(row, 1).text()
        title = facility if dimension is None else f"{facility} — {self.dashboard.horizontalHeaderItem(column).text()}"
        self.drill_dialog = DrillDialog(detail, title, self)
        self.drill_dialog.show()

    def export_workbook(self) -> None:
        cycle_id = self.cycle_id()
        if cycle_id is None:
            return
        target = self.choose_save(self.tr("Export the cycle"), "上报汇总.xlsx", self.tr("Excel workbooks (*.xlsx)"))
        if not target:
            return
        try:
            self.desk.export_workbook(cycle_id, target)
        except (TuoyuError, OSError) as exc:
            self._fail(self.tr("Export the cycle"), exc)

    def district_name(self) -> str:
        """This district's name as the city registered it (asked once, remembered)."""
        saved = str(self.settings.value("desk/district", "") or "")
        name, ok = QInputDialog.getText(self, self.tr("Package for the city"),
                                        self.tr("This district's name, as the city registered it:"), text=saved)
        if not ok:
            return ""
        if name.strip():
            self.settings.setValue("desk/district", name.strip())
        return name.strip()

    def export_package(self) -> str:
        """Write the cycle's signed aggregate package for the city; returns the file written."""
        cycle_id = self.cycle_id()
        if cycle_id is None:
            return ""
        district = self.district_name()
        if not district:
            return ""
        signer = self.choose_signer()
        if signer is None:
            return ""
        cycle = self.desk.cycle(cycle_id)
        target = self.choose_save(self.tr("Save the district package"), f"{district}-{cycle['period']}-汇总包.pdf",
                                  self.tr("PDF files (*.pdf)"))
        if not target:
            return ""
        try:
            identity = self.workspace.identities.open(signer[0], signer[1])
            self.desk.write_package(cycle_id, target, identity, district)
        except (TuoyuError, OSError) as exc:
            self._fail(self.tr("Package for the city"), exc)
            return ""
        self.package_note = QMessageBox(QMessageBox.Icon.Information, self.tr("Package for the city"),
                                        self.tr("Signed package written: {path}").format(path=target),
                                        QMessageBox.StandardButton.Ok, self)
        self.package_note.open()
        return target

    def export_dashboard_pdf(self) -> None:
        target = self.choose_save(self.tr("Export the dashboard"), "看板.pdf", self.tr("PDF files (*.pdf)"))
        if not target:
            return
        writer = QPdfWriter(target)
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageOrientation(QPageLayout.Orientation.Landscape)
        writer.setResolution(150)
        writer.setTitle(self.tr("Dashboard"))
        painter = QPainter(writer)
        try:
            page = self.dashboard_page
            area = painter.viewport()
            scale = min(area.width() / max(page.width(), 1), area.height() / max(page.height(), 1))
            painter.scale(scale, scale)
            page.render(painter, QPoint())
        finally:
            painter.end()

    def close_selected_item(self) -> None:
        item_id = selected_data(self.board)
        if item_id is None:
            return
        report, ok = QInputDialog.getText(self, self.tr("Close on evidence"),
                                          self.tr("Report id of the facility's later report showing it put right:"))
        if ok and report.strip():
            self.close_item(int(item_id), report.strip())

    def close_item(self, item_id: int, report: str, note: str = "") -> bool:
        try:
            self.desk.close_item(item_id, report, note)
        except TuoyuError as exc:
            self._fail(self.tr("Close on evidence"), exc)
            return False
        self.refresh_board()
        return True

    def save_roster_template(self) -> None:
        target = self.choose_save(self.tr("Roster template"), "备案机构名册.xlsx", self.tr("Excel workbooks (*.xlsx)"))
        if target:
            try:
                self.desk.write_roster_template(target)
            except OSError as exc:
                self._fail(self.tr("Roster template"), exc)

    def import_roster(self) -> None:
        path = self.choose_open(self.tr("Import the roster"), self.tr("Excel workbooks (*.xlsx)"))
        if not path:
            return
        try:
            added, changed = self.desk.import_roster(path)
        except TuoyuError as exc:
            problems = getattr(exc, "problems", None)
            text = "\n".join(shown(p) for p in problems[:30]) if problems else shown(exc)
            QMessageBox.warning(self, self.tr("Import the roster"),
                                self.tr("Nothing was imported:") + "\n" + text)
            return
        self.refresh()
        QMessageBox.information(self, self.tr("Import the roster"),
                                self.tr("{added} added, {changed} updated.").format(added=added, changed=changed))

    def add_facility(self) -> FacilityDialog:
        dialog = FacilityDialog(None, self, on_submit=lambda d: self.desk.save_facility(d.values()))
        dialog.accepted.connect(self.refresh)
        self.facility_dialog = dialog
        dialog.open()
        return dialog

    def edit_facility(self) -> FacilityDialog | None:
        code = selected_data(self.roster)
        if code is None:
            return None
        dialog = FacilityDialog(self.desk.facility(code), self, on_submit=lambda d: self.desk.save_facility(d.values()))
        dialog.accepted.connect(self.refresh)
        self.facility_dialog = dialog
        dialog.open()
        return dialog

    def register_certificate(self) -> None:
        code = selected_data(self.roster)
        if code is None:
            QMessageBox.information(self, self.tr("Register certificate"), self.tr("Choose a facility first."))
            return
        text, ok = QInputDialog.getText(
            self, self.tr("Register certificate"),
            self.tr("Fingerprint from the registration slip (SHA-256), or a certificate file's path:"))
        if ok and text.strip():
            try:
                self.desk.register_certificate(code, text.strip())
            except TuoyuError as exc:
                self._fail(self.tr("Register certificate"), exc)
                return
            self.refresh_roster()


class _Cancelled(TuoyuError):
    """The officer did not choose an identity: the review dialog stays open."""

