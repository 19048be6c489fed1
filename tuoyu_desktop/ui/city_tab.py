"""The desk's 市级汇总 tab: a city desk over the districts' signed aggregate packages.

Register a district (its name and an officer's certificate), import packages (a per-file result
table), and see every district's facilities in one colour table with a 区县 column; export the
city's workbook. Everything goes through ``workspace.city``; files are chosen through the desk
page's ``choose_open`` / ``choose_save`` so tests can answer them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tuoyu_desktop.errors import TuoyuError
from tuoyu_desktop.ui.desk_dialogs import FileResultsDialog
from tuoyu_desktop.ui.i18n import shown
from tuoyu_desktop.ui.tables import fill, make_table
from tuoyu_desktop.ui.terms import cycle_title
from tuoyu_desktop.ui.widgets import label

if TYPE_CHECKING:
    from tuoyu_desktop.services import Workspace

class CityTab(QWidget):
    def __init__(self, workspace: Workspace, choose_open: Callable[..., str], choose_save: Callable[..., str],
                 colour: Callable[[float | None], str], parent: QWidget | None = None):
        super().__init__(parent)
        self.city = workspace.city
        self.choose_open, self.choose_save, self.colour = choose_open, choose_save, colour
        self.results_dialog: FileResultsDialog | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.summary = label("", wrap=True)
        top.addWidget(self.summary, 1)
        top.addWidget(label(self.tr("Cycle:")))
        self.cycle_combo = QComboBox()
        self.cycle_combo.setMinimumWidth(200)
        self.cycle_combo.currentIndexChanged.connect(lambda _i: self.refresh_dashboard())
        top.addWidget(self.cycle_combo)
        self.district_button = QPushButton(self.tr("Register district…"))
        self.district_button.setToolTip(self.tr("A district's name and one of its officers' certificates"))
        self.district_button.clicked.connect(self.register_district)
        top.addWidget(self.district_button)
        self.import_button = QPushButton(self.tr("Import district packages…"))
        self.import_button.setProperty("role", "primary")
        self.import_button.clicked.connect(self.import_folder)
        top.addWidget(self.import_button)
        self.export_button = QPushButton(self.tr("Export city workbook…"))
        self.export_button.clicked.connect(self.export_workbook)
        top.addWidget(self.export_button)
        layout.addLayout(top)
        self.packages = make_table([self.tr("District"), self.tr("Cycle"), self.tr("Submitted"), self.tr("Made at"),
                                    self.tr("Signed by")], stretch=1)
        self.packages.setMaximumHeight(150)
        layout.addWidget(self.packages)
        self.dashboard = make_table([])
        layout.addWidget(self.dashboard, 1)
        self.refresh()

    def key(self) -> str | None:
        value = self.cycle_combo.currentData()
        return str(value) if value is not None else None

    def refresh(self) -> None:
        current = self.key()
        self.cycle_combo.blockSignals(True)
        self.cycle_combo.clear()
        for cycle in self.city.cycles():
            self.cycle_combo.addItem(self.tr("{period} ({n} districts)").format(period=cycle["period"],
                                                                                 n=cycle["districts"]), cycle["key"])
        index = self.cycle_combo.findData(current)
        self.cycle_combo.setCurrentIndex(index if index >= 0 else 0)
        self.cycle_combo.blockSignals(False)
        fill(self.packages, [[p["district"], _title(p), f"{p['submitted']}/{p['facilities']}",
                              p["made_at"][:16].replace("T", " "), p["officer_name"]] for p in self.city.packages()])
        self.packages.resizeColumnsToContents()
        self.refresh_dashboard()

    def refresh_dashboard(self) -> None:
        districts = self.city.districts()
        key = self.key()
        self.export_button.setEnabled(key is not None)
        if key is None:
            self.dashboard.setRowCount(0)
            self.summary.setText(self.tr("{n} districts registered; no package imported yet.").format(
                n=len(districts)))
            return
        figures = self.city.dashboard(key)
        dims = figures["dimensions"]
        headers = [self.tr("Rank"), self.tr("District"), self.tr("Facility"), self.tr("Grade"), self.tr("Total %"),
                   *[d["title"] for d in dims]]
        self.dashboard.clear()
        self.dashboard.setColumnCount(len(headers))
        self.dashboard.setHorizontalHeaderLabels(headers)
        self.dashboard.setRowCount(len(figures["rows"]))
        for r, row in enumerate(figures["rows"]):
            cells: list[tuple[str, str | None]] = [
                (str(row["rank"]), None), (row["district"], None), (row["facility"], None),
                (row["grade"], "#f4c7c3" if row["grade"] == "D" else None),
                (f"{row['percent']:.1f}", self.colour(row["percent"]))]
            for d in dims:
                value = row["dimensions"].get(d["id"])
                cells.append(("" if value is None else f"{value:.1f}", self.colour(value)))
            for c, (text, colour) in enumerate(cells):
                item = QTableWidgetItem(text)
                if colour:
                    item.setBackground(QColor(colour))
                if c >= 4:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.dashboard.setItem(r, c, item)
        self.dashboard.resizeColumnsToContents()
        average = "—" if figures["average_percent"] is None else f"{figures['average_percent']:.1f}%"
        self.summary.setText(self.tr("{districts} districts; submitted {submitted} of {roster}; average {average}; "
                                     "grades: {grades}.").format(
            districts=len(figures["districts"]), submitted=figures["submitted"], roster=figures["roster"],
            average=average, grades=self.tr(", ").join(f"{g} {n}" for g, n in figures["grades"].items()) or "—"))

    def register_district(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Register district"),
                                        self.tr("District name, as its packages write it (e.g. 北京市朝阳区):"))
        if not ok or not name.strip():
            return
        cert = self.choose_open(self.tr("Certificate of one of the district's officers"),
                                self.tr("Certificates (*.pem *.crt *.cer *.der)"))
        if not cert:
            return
        try:
            self.city.register_district(name, cert)
        except TuoyuError as exc:
            QMessageBox.warning(self, self.tr("Register district"), shown(exc))
            return
        self.refresh()

    def import_folder(self) -> None:
        folder = self.choose_open(self.tr("Folder of district packages"), "", folder=True)
        if folder:
            self.import_packages([folder])

    def import_packages(self, paths: list[str]) -> list[Any]:
        progress = QProgressDialog(self.tr("Verifying packages…"), "", 0, 0, self)
        progress.setWindowTitle(self.tr("Import district packages"))
        progress.setCancelButton(None)
        progress.setMinimumDuration(300)

        def step(done: int, total: int, _item) -> None:
            progress.setMaximum(max(total, 1))
            progress.setValue(done)
            QApplication.processEvents()

        try:
            results = self.city.import_packages(paths, progress=step)
        except TuoyuError as exc:
            progress.close()
            QMessageBox.warning(self, self.tr("Import district packages"), shown(exc))
            return []
        progress.close()
        self.refresh()
        good = sum(1 for r in results if r.good)
        self.results_dialog = FileResultsDialog(
            self.tr("Imported district packages"),
            self.tr("{good} of {total} files imported or already here").format(good=good, total=len(results)),
            self.tr("District"), results, lambda r: r.district, parent=self)
        self.results_dialog.show()
        return results

    def export_workbook(self) -> None:
        key = self.key()
        if key is None:
            return
        target = self.choose_save(self.tr("Export the city workbook"), "全市汇总.xlsx",
                                  self.tr("Excel workbooks (*.xlsx)"))
        if not target:
            return
        try:
            self.city.export_workbook(key, target)
        except (TuoyuError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Export the city workbook"), shown(exc))


def _title(package: dict) -> str:
    """A package's cycle title, the desk-made ones (period + kind) in the interface language."""
    return cycle_title({"title": package.get("cycle_title"), "period": package.get("period"),
                        "form_kind": package.get("form_kind")})
