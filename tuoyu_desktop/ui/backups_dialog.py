"""File → Backups and recovery: list, back up now, restore one, how many to keep."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tuoyu_desktop.errors import TuoyuError
from tuoyu_desktop.services import StoreError, Workspace
from tuoyu_desktop.ui.i18n import shown
from tuoyu_desktop.ui.tables import fill, make_table, selected_data
from tuoyu_desktop.ui.widgets import label

DEFAULT_KEEP = 10  # store.backup.DEFAULT_KEEP, without importing the store here


def size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / 1024 / 1024:.1f} MB"
    return f"{max(size, 0) / 1024:.0f} KB"


class BackupsDialog(QDialog):
    """``before_restore`` is called first (the window closes the open assessment)."""

    restored = Signal(str)  # where the replaced data file was kept

    def __init__(self, workspace: Workspace, before_restore: Callable[[], None] | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.before_restore = before_restore
        self.setWindowTitle(self.tr("Backups and recovery"))
        self.resize(720, 460)
        layout = QVBoxLayout(self)
        layout.addWidget(label(self.tr("Backups and recovery"), "h2"))
        layout.addWidget(
            label(
                self.tr(
                    "A backup of all data is taken at every start, before finalising and before importing. "
                    "Backups are kept in the folder {folder}."
                ).format(folder=workspace.data_dir / "backups"),
                "small",
                wrap=True,
            )
        )
        self.table = make_table([self.tr("Backup"), self.tr("Size")], stretch=0)
        layout.addWidget(self.table, 1)
        self.empty_label = label(self.tr("No backup yet."), "muted")
        layout.addWidget(self.empty_label)
        row = QHBoxLayout()
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.backup_button.setProperty("role", "primary")
        self.restore_button = QPushButton(self.tr("Restore…"))
        row.addWidget(self.backup_button)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        row.addWidget(label(self.tr("Keep the newest"), "small"))
        self.keep = QSpinBox()
        self.keep.setRange(1, 100)
        self.keep.setValue(self._keep_setting())
        self.keep.setSuffix(self.tr(" backups"))
        row.addWidget(self.keep)
        layout.addLayout(row)
        self.message = label("", "small", wrap=True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.keep.editingFinished.connect(self.save_keep)
        self.table.itemSelectionChanged.connect(self._update)
        self.refresh()

    def _keep_setting(self) -> int:
        try:
            return self.workspace.backups.keep
        except StoreError:
            return DEFAULT_KEEP

    def label_of(self, entry) -> str:
        """When and why, in the interface language (the store's own label is Chinese)."""
        reasons = {"start": self.tr("at start"), "finalise": self.tr("before finalising"),
                   "import": self.tr("before importing"), "manual": self.tr("taken by hand"),
                   "restore": self.tr("before restoring")}
        return self.tr("{when} ({why})").format(when=f"{entry.taken_at:%Y-%m-%d %H:%M:%S}",
                                                why=reasons.get(entry.reason, entry.reason))

    def refresh(self) -> None:
        backups = self.workspace.backups.list()
        rows = []
        for entry in backups:
            try:
                size = entry.path.stat().st_size
            except OSError:
                size = 0
            rows.append([self.label_of(entry), size_text(size)])
        fill(self.table, rows, [str(b.path) for b in backups])
        self.empty_label.setVisible(not backups)
        self._update()

    def _update(self) -> None:
        self.restore_button.setEnabled(selected_data(self.table) is not None)

    def backup_now(self) -> bool:
        try:
            made = self.workspace.backups.take("manual")
        except StoreError as exc:
            self.message.setText(shown(exc))
            return False
        self.refresh()
        self.message.setText(self.tr("Backup taken: {label}").format(label=self.label_of(made)))
        return True

    def save_keep(self) -> None:
        try:
            self.workspace.backups.set_keep(self.keep.value())
        except TuoyuError as exc:
            self.message.setText(shown(exc))
            return
        self.refresh()

    def restore_selected(self) -> bool:
        from pathlib import Path

        path = selected_data(self.table)
        if not path:
            return False
        name = self.table.item(self.table.currentRow(), 0).text()
        answer = QMessageBox.question(
            self,
            self.tr("Restore backup"),
            self.tr(
                "Replace all current data with the backup of {label}?\n\nThe current data file is not deleted: "
                "it is kept aside in the data folder, and a backup of it is taken first."
            ).format(label=name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        if self.before_restore is not None:
            self.before_restore()
        try:
            aside = self.workspace.backups.restore(Path(path))
        except StoreError as exc:
            QMessageBox.warning(self, self.tr("Not restored"), shown(exc))
            return False
        self.refresh()
        self.message.setText(
            self.tr("Restored {label}. The previous data file was kept as {aside}.").format(label=name, aside=aside)
        )
        self.restored.emit(str(aside or ""))
        return True
