"""Tools → Trusted certificates: signers and district roots whose signatures count as trusted."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tuoyu_desktop.errors import TuoyuError
from tuoyu_desktop.services import StoreError, Workspace
from tuoyu_desktop.ui import formatting
from tuoyu_desktop.ui.i18n import shown
from tuoyu_desktop.ui.tables import fill, make_table, selected_data
from tuoyu_desktop.ui.widgets import label


def kind_text(widget: QWidget, kind: str) -> str:
    return {"signer": QCoreApplication.translate("Trust", "Signer"), "root": QCoreApplication.translate("Trust", "District root certificate")}.get(kind, kind)


def fingerprint_text(hex_digest: str) -> str:
    h = (hex_digest or "").upper()
    return " ".join(h[i : i + 4] for i in range(0, len(h), 4))


class TrustDialog(QDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("Trusted certificates"))
        self.resize(900, 440)
        layout = QVBoxLayout(self)
        layout.addWidget(label(self.tr("Trusted certificates"), "h2"))
        layout.addWidget(
            label(
                self.tr(
                    "Signatures made with these certificates (or issued by these district roots) are shown as "
                    "trusted when a report is verified."
                ),
                "small",
                wrap=True,
            )
        )
        self.table = make_table(
            [self.tr("Name"), self.tr("Kind"), self.tr("Fingerprint (SHA-256)"), self.tr("Added")], stretch=2
        )
        layout.addWidget(self.table, 1)
        self.empty_label = label(self.tr("No certificate is trusted yet."), "muted")
        layout.addWidget(self.empty_label)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add certificate file…"))
        self.add_button.setProperty("role", "primary")
        self.remove_button = QPushButton(self.tr("Remove…"))
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.add_button.clicked.connect(self.add_certificate)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.itemSelectionChanged.connect(self._update)
        self.refresh()

    def refresh(self) -> None:
        entries = self.workspace.trust.list()
        fill(
            self.table,
            [
                [e.get("name", ""), kind_text(self, e.get("kind", "")), fingerprint_text(e.get("fingerprint", "")),
                 formatting.when(e.get("added_at", ""))]
                for e in entries
            ],
            [e.get("fingerprint", "") for e in entries],
        )
        self.empty_label.setVisible(not entries)
        self._update()

    def _update(self) -> None:
        self.remove_button.setEnabled(selected_data(self.table) is not None)

    def add_certificate(self) -> bool:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a certificate"), str(Path.home()), self.tr("Certificates (*.pem *.crt *.cer *.der)")
        )
        if not path:
            return False
        name, ok = QInputDialog.getText(
            self, self.tr("Name"), self.tr("Name to show for this certificate (empty: the name in it):")
        )
        if not ok:
            return False
        try:
            self.workspace.trust.add_file(path, name)
        except TuoyuError as exc:
            QMessageBox.warning(self, self.tr("Not added"), shown(exc))
            return False
        self.refresh()
        return True

    def remove_selected(self) -> bool:
        fingerprint = selected_data(self.table)
        if not fingerprint:
            return False
        name = self.table.item(self.table.currentRow(), 0).text()
        answer = QMessageBox.question(
            self,
            self.tr("Remove certificate"),
            self.tr("Stop trusting “{name}”? Reports it signed will show as not trusted.").format(name=name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            self.workspace.trust.remove(fingerprint)
        except StoreError as exc:
            QMessageBox.warning(self, self.tr("Not removed"), shown(exc))
            return False
        self.refresh()
        return True
