"""Tools → Verify a report: drop or choose a signed PDF, see who signed it and whether it is intact."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tuoyu_desktop.errors import TuoyuError
from tuoyu_desktop.oserrors import user_message
from tuoyu_desktop.services import ImportRefused, StoreError, Workspace
from tuoyu_desktop.ui import settings as keys
from tuoyu_desktop.ui import style
from tuoyu_desktop.ui.i18n import shown
from tuoyu_desktop.ui.tasks import ReaderTask
from tuoyu_desktop.ui.widgets import label

# tuoyu verify's exit codes → colour of the verdict
VERDICT_COLOURS = {
    0: (style.GREEN, style.GREEN_LIGHT),
    1: (style.RED, style.RED_LIGHT),
    2: (style.MUTED, "#eceff3"),
    3: (style.AMBER, style.AMBER_LIGHT),
    4: (style.AMBER, style.AMBER_LIGHT),  # intact and trusted, a declared signature still missing
}


def _yes_no(widget: QWidget, value: bool | None) -> str:
    if value is None:
        return QCoreApplication.translate("Verify", "not checked")
    return QCoreApplication.translate("Verify", "yes") if value else QCoreApplication.translate("Verify", "no")


class VerifyWindow(QWidget):
    """A window of its own (not modal), so several reports can be checked while working."""

    verified = Signal(int)  # exit code
    imported = Signal()

    def __init__(self, workspace: Workspace, settings: QSettings | None = None, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.workspace = workspace
        self.settings = settings
        self.path: Path | None = None
        self.check = None  # services.ReportCheck of the shown file
        self.task: ReaderTask | None = None
        self.setWindowTitle(self.tr("Verify a report"))
        self.setObjectName("page")
        self.setAcceptDrops(True)
        self.resize(980, 560)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(label(self.tr("Verify a signed report"), "h2"))
        self.file_label = label(self.tr("Drop a PDF report onto this window, or choose one."), "muted", wrap=True)
        titles.addWidget(self.file_label)
        head.addLayout(titles, 1)
        self.choose_button = QPushButton(self.tr("Choose PDF…"))
        self.choose_button.setProperty("role", "primary")
        self.choose_button.clicked.connect(self.choose)
        head.addWidget(self.choose_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(head)

        self.verdict_frame = QFrame()
        self.verdict_frame.setObjectName("verdict")
        verdict_layout = QVBoxLayout(self.verdict_frame)
        verdict_layout.setContentsMargins(14, 10, 14, 10)
        self.verdict_label = label("", "h3", wrap=True)
        self.data_label = label("", wrap=True)
        verdict_layout.addWidget(self.verdict_label)
        verdict_layout.addWidget(self.data_label)
        self.verdict_frame.hide()
        layout.addWidget(self.verdict_frame)

        headers = [
            self.tr("Signer"),
            self.tr("Role"),
            self.tr("Organisation"),
            self.tr("Signed at"),
            self.tr("Fingerprint (SHA-256)"),
            self.tr("Intact"),
            self.tr("Trusted"),
        ]
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        head_view = self.table.horizontalHeader()
        head_view.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        head_view.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.problems_label = label("", "warning", wrap=True)
        self.problems_label.hide()
        layout.addWidget(self.problems_label)

        buttons = QHBoxLayout()
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setToolTip(self.tr("Store this report's data with the received reports"))
        self.trust_button = QPushButton(self.tr("Register signer certificate…"))
        self.trust_button.setToolTip(self.tr("Trust the selected signer's certificate from now on"))
        self.import_button.clicked.connect(self.import_report)
        self.trust_button.clicked.connect(self.register_signer)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.trust_button)
        buttons.addStretch(1)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self._update_buttons()

    # -- choosing a file -----------------------------------------------------------------
    def choose(self) -> None:
        start = str(self.settings.value(keys.VERIFY_DIR, "")) if self.settings is not None else ""
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a report to verify"), start or str(Path.home()), self.tr("PDF files (*.pdf)")
        )
        if path:
            self.verify(Path(path))

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if self._dropped_pdf(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        self.dragEnterEvent(event)

    def dropEvent(self, event) -> None:  # noqa: N802
        path = self._dropped_pdf(event.mimeData())
        if path is not None:
            event.acceptProposedAction()
            self.verify(path)

    @staticmethod
    def _dropped_pdf(mime) -> Path | None:
        for url in mime.urls() if mime.hasUrls() else ():
            if url.isLocalFile() and url.toLocalFile().lower().endswith(".pdf"):
                return Path(url.toLocalFile())
        return None

    # -- verifying -----------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self.task is not None

    def verify(self, path: Path) -> None:
        """Check ``path`` in a worker thread (pyHanko takes a moment to load)."""
        if self.busy:
            return
        self.path = Path(path)
        self.check = None
        if self.settings is not None:
            self.settings.setValue(keys.VERIFY_DIR, str(self.path.parent))
        self.file_label.setText(str(self.path))
        self.verdict_frame.hide()
        self.table.setRowCount(0)
        self.problems_label.hide()
        self.choose_button.setEnabled(False)
        self.setCursor(Qt.CursorShape.BusyCursor)
        self._show_verdict(2, self.tr("Verifying…"), "")
        target = self.path
        task = ReaderTask(self.workspace.data_dir, lambda ws: ws.trust.verify(target), self)
        task.succeeded.connect(self._verified)
        task.failed.connect(self._failed)
        task.finished.connect(self._task_done)
        self.task = task
        self._update_buttons()
        task.start()

    def _task_done(self) -> None:
        if self.task is not None:
            self.task.wait()
            self.task.deleteLater()
        self.task = None
        self.choose_button.setEnabled(True)
        self.unsetCursor()
        self._update_buttons()

    def _failed(self, message: str) -> None:
        self._show_verdict(2, self.tr("The file could not be checked: {message}").format(message=message), "")
        self.verified.emit(2)

    def _verified(self, check) -> None:
        self.check = check
        self._show_verdict(check.exit_code, shown(check.verdict), shown(check.data_line))
        signatures = check.signatures.signatures
        self.table.setRowCount(len(signatures))
        for row, sig in enumerate(signatures):
            when = sig.signing_time.strftime("%Y-%m-%d %H:%M") if sig.signing_time else ""
            intact = sig.intact and sig.valid and sig.covers_entire_file
            cells = [
                sig.signer_name,
                sig.signer_role,
                sig.signer_organisation,
                when,
                sig.fingerprint,
                _yes_no(self, intact),
                _yes_no(self, sig.trusted),
            ]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column == 4:
                    cell.setToolTip(sig.fingerprint)
                if column == 5:
                    cell.setForeground(QBrush(QColor(style.GREEN if intact else style.RED)))
                if column == 6 and sig.trusted is not None:
                    cell.setForeground(QBrush(QColor(style.GREEN if sig.trusted else style.AMBER)))
                    if sig.trust_note:
                        cell.setToolTip(shown(sig.trust_note))
                self.table.setItem(row, column, cell)
        self.table.resizeRowsToContents()
        if signatures:
            self.table.selectRow(0)
        problems = list(dict.fromkeys([*check.signatures.problems, *(p for s in signatures for p in s.problems)]))
        self.problems_label.setText("\n".join(shown(p) for p in problems))
        self.problems_label.setVisible(bool(problems))
        self.verified.emit(check.exit_code)

    def _show_verdict(self, code: int, verdict: str, data_line: str) -> None:
        colour, background = VERDICT_COLOURS.get(code, VERDICT_COLOURS[2])
        self.verdict_frame.setStyleSheet(
            f"QFrame#verdict {{ background: {background}; border: 1px solid {colour}; border-radius: 6px; }}"
        )
        self.verdict_label.setStyleSheet(f"color: {colour};")
        self.verdict_label.setText(verdict)
        self.verdict_code = code
        self.data_label.setText(data_line)
        self.data_label.setVisible(bool(data_line))
        self.verdict_frame.show()

    def _update_buttons(self) -> None:
        ready = self.check is not None and not self.busy
        self.import_button.setEnabled(ready and self.check.exit_code in (0, 3))
        self.trust_button.setEnabled(ready and bool(self.check.signatures.signatures))

    # -- acting on the result ------------------------------------------------------------
    def import_report(self) -> None:
        if self.path is None:
            return
        untrusted = self.check is not None and self.check.exit_code == 3
        if untrusted and QMessageBox.question(
                self, self.tr("Import unverified report"),
                self.tr("A signer of this report is not in your trust list. Import it apart, marked "
                        "\"identity to be verified\", until you register the signer's certificate?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel) != QMessageBox.StandardButton.Yes:
            return
        try:
            outcome = self.workspace.received.import_file(self.path, accept_untrusted=untrusted)
        except ImportRefused as exc:
            QMessageBox.warning(self, self.tr("Not imported"), shown(exc))
            return
        except StoreError as exc:
            QMessageBox.warning(self, self.tr("Not imported"), shown(exc))
            return
        record = outcome.record
        if outcome.duplicate:
            QMessageBox.information(
                self, self.tr("Already imported"),
                self.tr("This report ({facility}, {period}) was already imported; nothing new was stored.").format(
                    facility=record.get("facility_name", ""), period=record.get("period", "")),
            )
            return
        text = self.tr("Imported the report of {facility} for {period} (grade {grade}).").format(
            facility=record.get("facility_name", ""), period=record.get("period", ""), grade=record.get("grade", ""))
        if outcome.state != "accepted":
            text += "\n" + self.tr("Kept apart as: {state}. {message}").format(
                state=shown(outcome.state_label), message=shown(outcome.message))
        QMessageBox.information(self, self.tr("Report imported"), text)
        self.imported.emit()

    def selected_signature(self):
        if self.check is None or not self.check.signatures.signatures:
            return None
        row = max(self.table.currentRow(), 0)
        return self.check.signatures.signatures[row]

    def register_signer(self) -> bool:
        """Trust the selected signer: the check gives only a fingerprint, so ask for the certificate file."""
        sig = self.selected_signature()
        if sig is None:
            return False
        if sig.trusted:
            QMessageBox.information(self, self.tr("Already trusted"),
                                    self.tr("{name}'s certificate is already trusted.").format(name=sig.signer_name))
            return False
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Register signer certificate"))
        box.setText(
            self.tr(
                "To trust {name}, import their certificate file (.pem / .crt), which they export under "
                "Tools → Digital identities. Its fingerprint must be:\n{fingerprint}"
            ).format(name=sig.signer_name, fingerprint=sig.fingerprint)
        )
        choose = box.addButton(self.tr("Choose certificate file…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is not choose:
            return False
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the signer's certificate"), str(Path.home()),
            self.tr("Certificates (*.pem *.crt *.cer *.der)"),
        )
        if not path:
            return False
        try:
            data = Path(path).read_bytes()
            fingerprint = self.workspace.trust.fingerprint_of(data)
        except (OSError, TuoyuError) as exc:
            QMessageBox.warning(self, self.tr("Not registered"), user_message(exc))
            return False
        if sig.fingerprint_hex and sig.fingerprint_hex != fingerprint:
            QMessageBox.warning(
                self, self.tr("Not registered"),
                self.tr("This certificate does not belong to {name}: its fingerprint differs.").format(
                    name=sig.signer_name),
            )
            return False
        try:
            self.workspace.trust.add(data, sig.signer_name)
        except TuoyuError as exc:
            QMessageBox.warning(self, self.tr("Not registered"), shown(exc))
            return False
        if self.path is not None:
            self.verify(self.path)
        return True
