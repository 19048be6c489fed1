"""Exporting the PDF report: pick a file, write it in a worker thread, offer to open it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from tuoyu_desktop.errors import TuoyuError
from tuoyu_desktop.services import Workspace
from tuoyu_desktop.ui import formatting
from tuoyu_desktop.ui import settings as keys
from tuoyu_desktop.ui.i18n import shown
from tuoyu_desktop.ui.tasks import BackgroundThread


class ExportWorker(BackgroundThread):
    """Writes one report with its own Workspace (its own SQLite connection), then closes it."""

    progressed = Signal(int, int)
    succeeded = Signal(str)
    failed = Signal(str)

    def __init__(self, data_dir: Path, assessment_id: str, target: Path, parent: QObject | None = None, signers=(),
                 declared=None):
        super().__init__(parent)
        self.data_dir = data_dir
        self.assessment_id = assessment_id
        self.target = target
        self.signers = list(signers)  # services.Signer: passphrases live only in memory
        self.declared = declared  # services.DeclaredSigner list, or None for the report's defaults

    def run(self) -> None:  # runs in the worker thread
        workspace = None
        try:
            workspace = Workspace.open(self.data_dir, writer=False)
            if self.signers:
                path = workspace.reports.export_pdf(
                    self.assessment_id, self.target, progress=self.progressed.emit, signers=self.signers,
                    declared=self.declared,
                )
            else:
                path = workspace.reports.export_pdf(self.assessment_id, self.target, progress=self.progressed.emit)
        except TuoyuError as exc:
            self.failed.emit(shown(exc))
        except Exception as exc:  # noqa: BLE001 - shown to the user, not swallowed
            self.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.succeeded.emit(str(path))
        finally:
            self.signers.clear()
            if workspace is not None:
                workspace.close()


def default_report_name(facility_name: str, period: str) -> str:
    return formatting.safe_filename(f"{facility_name}_{period}_自评报告") + ".pdf"


class ExportController(QObject):
    """The export flow, shared by the home screen and the summary."""

    finished = Signal(bool, str)  # ok, path or error message

    def __init__(self, workspace: Workspace, settings: QSettings, parent_widget: QWidget):
        super().__init__(parent_widget)
        self.workspace = workspace
        self.settings = settings
        self.parent_widget = parent_widget
        self.worker: ExportWorker | None = None
        self.progress_dialog: QProgressDialog | None = None

    @property
    def busy(self) -> bool:
        return self.worker is not None

    def start_folder(self) -> Path:
        last = self.settings.value(keys.EXPORT_DIR, "")
        if last and Path(str(last)).is_dir():
            return Path(str(last))
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(documents) if documents else Path.home()

    def suggested_path(self, assessment_id: str) -> Path:
        own = self.workspace.facilities.own()
        name = own[1].name if own else ""
        session = self.workspace.assessments.open(assessment_id)
        row = session.row
        if self.workspace.inspections.is_inspection(assessment_id):
            return self.start_folder() / (formatting.safe_filename(f"{session.profile.name}_{row.period}_巡查报告") + ".pdf")
        return self.start_folder() / default_report_name(name, row.period)

    def export(self, assessment_id: str, signers=(), declared=None) -> bool:
        """Ask for a file name and start writing; returns False if the user cancelled.

        With ``signers`` (services.Signer, in signing order) the report is signed by each;
        ``declared`` (services.DeclaredSigner) names everyone who signs, now or later.
        """
        if self.busy:
            return False
        try:
            suggestion = self.suggested_path(assessment_id)
        except TuoyuError as exc:
            QMessageBox.warning(self.parent_widget, self.tr("Export PDF"), shown(exc))
            return False
        target, _filter = QFileDialog.getSaveFileName(
            self.parent_widget,
            self.tr("Export the report as PDF"),
            str(suggestion),
            self.tr("PDF files (*.pdf)"),
        )
        if not target:
            return False
        path = Path(target)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        self.settings.setValue(keys.EXPORT_DIR, str(path.parent))
        self.start(assessment_id, path, signers, declared)
        return True

    def start(self, assessment_id: str, path: Path, signers=(), declared=None) -> None:
        dialog = QProgressDialog(self.tr("Writing the PDF report…"), "", 0, 0, self.parent_widget)
        dialog.setWindowTitle(self.tr("Export PDF"))
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        self.progress_dialog = dialog
        worker = ExportWorker(self.workspace.data_dir, assessment_id, path, self, signers=signers, declared=declared)
        worker.progressed.connect(self._progress)
        worker.succeeded.connect(self._succeeded)
        worker.failed.connect(self._failed)
        worker.finished.connect(worker.deleteLater)
        self.worker = worker
        worker.start()

    def _progress(self, done: int, total: int) -> None:
        if self.progress_dialog is not None and total > 0:
            self.progress_dialog.setMaximum(total)
            self.progress_dialog.setValue(min(done, total))

    def _close_progress(self) -> None:
        if self.worker is not None:
            self.worker.wait()
        self.worker = None
        if self.progress_dialog is not None:
            self.progress_dialog.close()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None

    def _failed(self, message: str) -> None:
        self._close_progress()
        box = QMessageBox(self.parent_widget)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Export failed"))
        box.setText(self.tr("The report could not be written."))
        box.setInformativeText(message)
        self.finished.emit(False, message)
        box.exec()

    def _succeeded(self, path: str) -> None:
        self._close_progress()
        self.finished.emit(True, path)
        box = QMessageBox(self.parent_widget)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Report exported"))
        box.setText(self.tr("The report was saved."))
        box.setInformativeText(path)
        open_file = box.addButton(self.tr("Open file"), QMessageBox.ButtonRole.ActionRole)
        open_folder = box.addButton(self.tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(self.tr("Close"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        clicked = box.clickedButton()
        if clicked is open_file:
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))
        elif clicked is open_folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).parent)))
