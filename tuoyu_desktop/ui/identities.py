"""Tools → Digital identities: create, import, show for registration, export the certificate."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QGuiApplication, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tuoyu_desktop.atomic import write_atomically
from tuoyu_desktop.errors import TuoyuError
from tuoyu_desktop.services.identities import Identities, SigningError, WrongPassphrase
from tuoyu_desktop.ui import settings as keys
from tuoyu_desktop.ui.i18n import shown
from tuoyu_desktop.ui.signing_dialogs import (
    IDENTITY_FILTER,
    NewIdentityDialog,
    forgot_passphrase_text,
    identities_folder,
    known_identities,
)
from tuoyu_desktop.ui.widgets import label

PATH = Qt.ItemDataRole.UserRole


def ask_passphrase(parent: QWidget, path: str) -> str | None:
    """Ask for an identity's passphrase until it opens the file; None if the user gives up."""
    prompt = QCoreApplication.translate("Identities", "Passphrase of {name}:").format(name=Path(path).name)
    while True:
        text, ok = QInputDialog.getText(parent, QCoreApplication.translate("Identities", "Passphrase"), prompt, QLineEdit.EchoMode.Password)
        if not ok:
            return None
        try:
            Identities().open(path, text)
        except WrongPassphrase as exc:
            prompt = shown(exc) + "\n\n" + QCoreApplication.translate("Identities", "Passphrase of {name}:").format(name=Path(path).name)
            continue
        except SigningError as exc:
            QMessageBox.warning(parent, QCoreApplication.translate("Identities", "Digital identity"), shown(exc))
            return None
        return text


class IdentitiesDialog(QDialog):
    """The identity files this computer knows, and what can be done with one."""

    def __init__(self, data_dir: Path, settings: QSettings, organisation: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.settings = settings
        self.organisation = organisation
        self.setWindowTitle(self.tr("Digital identities"))
        self.resize(860, 520)
        outer = QVBoxLayout(self)
        outer.addWidget(label(self.tr("Digital identities"), "h2"))
        outer.addWidget(
            label(
                self.tr(
                    "Each person who signs reports needs a digital identity. Hand the registration details "
                    "(fingerprint) to the district so they can trust your signatures."
                ),
                "small",
                wrap=True,
            )
        )
        body = QHBoxLayout()
        left = QVBoxLayout()
        self.list = QListWidget()
        self.list.setMinimumWidth(300)
        left.addWidget(self.list, 1)
        self.new_button = QPushButton(self.tr("New identity…"))
        self.new_button.setProperty("role", "primary")
        self.import_button = QPushButton(self.tr("Import PKCS#12…"))
        self.show_button = QPushButton(self.tr("Show registration details…"))
        self.export_button = QPushButton(self.tr("Export certificate…"))
        self.slip_button = QPushButton(self.tr("Registration slip (PDF)…"))
        self.slip_button.setToolTip(self.tr("One page to print, sign and hand to the district"))
        self.forgot_button = QPushButton(self.tr("Forgot the passphrase?"))
        self.forgot_button.setProperty("role", "link")
        for button in (self.new_button, self.import_button, self.show_button, self.slip_button, self.export_button):
            left.addWidget(button)
        left.addWidget(self.forgot_button, 0, Qt.AlignmentFlag.AlignLeft)
        body.addLayout(left)

        right = QVBoxLayout()
        self.details_title = label(self.tr("Registration details"), "h3")
        right.addWidget(self.details_title)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setPlaceholderText(
            self.tr("Create or choose an identity and click “Show registration details”.")
        )
        right.addWidget(self.details, 1)
        actions = QHBoxLayout()
        self.copy_button = QPushButton(self.tr("Copy"))
        self.print_button = QPushButton(self.tr("Print…"))
        self.save_text_button = QPushButton(self.tr("Save as text…"))
        for button in (self.copy_button, self.print_button, self.save_text_button):
            actions.addWidget(button)
        actions.addStretch(1)
        right.addLayout(actions)
        body.addLayout(right, 1)
        outer.addLayout(body, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)

        self.new_button.clicked.connect(self.new_identity)
        self.import_button.clicked.connect(self.import_identity)
        self.show_button.clicked.connect(self.show_selected)
        self.export_button.clicked.connect(self.export_certificate)
        self.slip_button.clicked.connect(self.save_slip)
        self.forgot_button.clicked.connect(self.forgot)
        self.copy_button.clicked.connect(self.copy)
        self.print_button.clicked.connect(self.print_details)
        self.save_text_button.clicked.connect(self.save_text)
        self.list.itemSelectionChanged.connect(self._update)
        self.refresh()

    # -- list ----------------------------------------------------------------------------
    def refresh(self, select: str | None = None) -> None:
        self.list.clear()
        for path in known_identities(self.data_dir, self.settings):
            entry = QListWidgetItem(Path(path).stem)
            entry.setData(PATH, path)
            entry.setToolTip(path)
            self.list.addItem(entry)
            if path == select:
                self.list.setCurrentItem(entry)
        self._update()

    def selected_path(self) -> str | None:
        entry = self.list.currentItem()
        return entry.data(PATH) if entry is not None else None

    def _update(self) -> None:
        has = self.selected_path() is not None
        self.show_button.setEnabled(has)
        self.export_button.setEnabled(has)
        self.slip_button.setEnabled(has)
        has_text = bool(self.details.toPlainText())
        for button in (self.copy_button, self.print_button, self.save_text_button):
            button.setEnabled(has_text)

    def show_info(self, info) -> None:
        self.details.setPlainText(info.registration_text())
        self._update()

    # -- actions -------------------------------------------------------------------------
    def new_identity(self) -> bool:
        dialog = NewIdentityDialog(self.data_dir, self.organisation, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.info is None:
            return False
        keys.remember_identity(self.settings, str(dialog.path))
        self.refresh(select=str(dialog.path))
        self.show_info(dialog.info)
        return True

    def import_identity(self) -> bool:
        source, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import a PKCS#12 identity"), str(Path.home()),
            self.tr("Digital identities ({patterns})").format(patterns=IDENTITY_FILTER),
        )
        if not source:
            return False
        passphrase, ok = QInputDialog.getText(
            self, self.tr("Passphrase"), self.tr("Passphrase of {name}:").format(name=Path(source).name),
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return False
        target = identities_folder(self.data_dir) / f"{Path(source).stem}.p12"
        try:
            info = Identities().import_file(source, target, passphrase)
        except TuoyuError as exc:  # a wrong passphrase, an unfit certificate, text the reports cannot print
            QMessageBox.warning(self, self.tr("Import failed"), shown(exc))
            return False
        keys.remember_identity(self.settings, str(target))
        self.refresh(select=str(target))
        self.show_info(info)
        return True

    def show_selected(self) -> bool:
        path = self.selected_path()
        if path is None:
            return False
        passphrase = ask_passphrase(self, path)
        if passphrase is None:
            return False
        self.show_info(Identities().open(path, passphrase).info)
        return True

    def _opened_and_target(self, title: str, file_name: str, file_filter: str) -> tuple[str, str, str] | None:
        """The selected identity, its passphrase (asked until it opens) and a file to write, or
        None when the user gives up at any step. ``file_name`` is formatted with ``stem``."""
        path = self.selected_path()
        if path is None:
            return None
        passphrase = ask_passphrase(self, path)
        if passphrase is None:
            return None
        target, _filter = QFileDialog.getSaveFileName(
            self, title, str(Path.home() / file_name.format(stem=Path(path).stem)), file_filter)
        return (path, passphrase, target) if target else None

    def save_slip(self) -> bool:
        """The registration slip as a one-page PDF, for the district."""
        chosen = self._opened_and_target(self.tr("Save the registration slip"), "{stem}_证书登记单.pdf",
                                         self.tr("PDF files (*.pdf)"))
        if chosen is None:
            return False
        path, passphrase, target = chosen
        try:
            written = Identities().registration_slip(path, passphrase, target)
        except TuoyuError as exc:  # a signing error or a file that cannot be written
            QMessageBox.warning(self, self.tr("Cannot save"), shown(exc))
            return False
        QMessageBox.information(self, self.tr("Registration slip saved"),
                                self.tr("Saved {path}. Print it, sign it and hand it to the district.").format(
                                    path=written))
        return True

    def export_certificate(self) -> bool:
        chosen = self._opened_and_target(self.tr("Export the certificate"), "{stem}.pem",
                                         self.tr("Certificates (*.pem *.crt *.cer)"))
        if chosen is None:
            return False
        path, passphrase, target = chosen
        try:
            info = Identities().export_certificate(path, target, passphrase, overwrite=True)
        except SigningError as exc:
            QMessageBox.warning(self, self.tr("Export failed"), shown(exc))
            return False
        self.show_info(info)
        QMessageBox.information(
            self, self.tr("Certificate exported"),
            self.tr("The certificate (no private key) was saved to {path}. Give this file to whoever verifies "
                    "your reports.").format(path=target),
        )
        return True

    def forgot(self) -> None:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Forgotten passphrase"))
        box.setText(forgot_passphrase_text(self))
        create = box.addButton(self.tr("Create a new identity…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Close"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is create:
            self.new_identity()

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())

    def print_details(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            document = QTextDocument(self.details.toPlainText())
            document.setDefaultFont(self.font())
            document.print_(printer)

    def save_text(self) -> bool:
        target, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the registration details"), str(Path.home() / "证书登记信息.txt"),
            self.tr("Text files (*.txt)"),
        )
        if not target:
            return False
        try:
            write_atomically(Path(target), (self.details.toPlainText() + "\n").encode("utf-8"))
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Cannot save"), shown(exc))
            return False
        return True
