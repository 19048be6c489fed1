"""A facility imports the district's receipt (回执): Tools → Import a district receipt…"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from tuoyu_desktop.errors import TuoyuError
from tuoyu_desktop.services import Workspace
from tuoyu_desktop.ui.i18n import shown


def import_receipt(workspace: Workspace, path: str) -> tuple[bool, str]:
    """Verify and keep the receipt; (imported, message for the user)."""
    try:
        outcome = workspace.receipts.import_file(path)
    except TuoyuError as exc:
        return False, shown(exc)
    text = QCoreApplication.translate("DeskReceipt", "Receipt for report {report}: {message}")
    return True, text.format(report=outcome.report_id, message=shown(outcome.message))


def ask_and_import(parent: QWidget, workspace: Workspace) -> QMessageBox | None:
    """Choose a receipt file, import it, and show the outcome (non-blocking); the box is returned."""
    title = QCoreApplication.translate("DeskReceipt", "Import a district receipt")
    path, _filter = QFileDialog.getOpenFileName(parent, title, "",
                                                QCoreApplication.translate("DeskReceipt", "PDF files (*.pdf)"))
    if not path:
        return None
    return show_outcome(parent, *import_receipt(workspace, path))


def show_outcome(parent: QWidget, ok: bool, message: str) -> QMessageBox:
    title = QCoreApplication.translate("DeskReceipt", "Import a district receipt")
    box = QMessageBox(QMessageBox.Icon.Information if ok else QMessageBox.Icon.Warning, title, message,
                      QMessageBox.StandardButton.Ok, parent)
    box.open()
    return box
