"""Tools → Received reports: the reports imported from other facilities."""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from tuoyu_desktop.services import Workspace
from tuoyu_desktop.ui import formatting, style
from tuoyu_desktop.ui.i18n import shown
from tuoyu_desktop.ui.tables import fill, make_table
from tuoyu_desktop.ui.widgets import label


def _percent(value) -> str:
    try:
        return f"{float(value):.1f}%"
    except (TypeError, ValueError):
        return ""


class ReceivedReportsDialog(QDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("Received reports"))
        self.resize(860, 420)
        layout = QVBoxLayout(self)
        layout.addWidget(label(self.tr("Received reports"), "h2"))
        layout.addWidget(label(self.tr("Verified reports imported with Tools → Verify a report. Reports whose signer "
                                       "is not yet trusted, or that conflict with another copy, are kept apart "
                                       "and shown in colour."), "small", wrap=True))
        self.table = make_table(
            [self.tr("Facility"), self.tr("Period"), self.tr("Grade"), self.tr("Percent"), self.tr("Received"),
             self.tr("State")],
            stretch=0,
        )
        layout.addWidget(self.table, 1)
        self.empty_label = label(self.tr("No report has been imported yet."), "muted")
        layout.addWidget(self.empty_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        reports = self.workspace.received.list()
        fill(
            self.table,
            [
                [r.get("facility_name", ""), r.get("period", ""), r.get("grade", ""), _percent(r.get("percent")),
                 formatting.when(r.get("received_at", "")), shown(r.get("state_label", ""))]
                for r in reports
            ],
            [r.get("report_id") for r in reports],
        )
        for row, report in enumerate(reports):
            if report.get("state") != "accepted":  # kept apart: 待核实身份 or 冲突
                colour = QColor(style.RED if report.get("state") == "conflict" else style.AMBER)
                for column in range(self.table.columnCount()):
                    item = self.table.item(row, column)
                    if item is not None:
                        item.setForeground(QBrush(colour))
        self.empty_label.setVisible(not reports)
