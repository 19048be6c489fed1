"""Tools → Form library: the installed forms, a preview of each, importing a workbook or YAML."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tuoyu_desktop import paths
from tuoyu_desktop.errors import TuoyuError
from tuoyu_desktop.forms import Form, FormEntry, FormError
from tuoyu_desktop.records import format_points
from tuoyu_desktop.services import Workspace
from tuoyu_desktop.ui import style
from tuoyu_desktop.ui.i18n import shown
from tuoyu_desktop.ui.tables import fill, make_table, selected_data
from tuoyu_desktop.ui.widgets import label


def kind_text(widget: QWidget, kind: str) -> str:
    return {"self_assessment": QCoreApplication.translate("FormLibrary", "Self-assessment"), "inspection": QCoreApplication.translate("FormLibrary", "Inspection"), "survey": QCoreApplication.translate("FormLibrary", "Parent survey")}.get(kind, kind)


def item_kind_text(widget: QWidget, kind: str) -> str:
    return {
        "choice": QCoreApplication.translate("FormLibrary", "Choice"),
        "computed": QCoreApplication.translate("FormLibrary", "Computed"),
        "number": QCoreApplication.translate("FormLibrary", "Number"),
        "text": QCoreApplication.translate("FormLibrary", "Text"),
        "date": QCoreApplication.translate("FormLibrary", "Date"),
        "multi": QCoreApplication.translate("FormLibrary", "Several options"),
    }.get(kind, kind)


class ProblemsDialog(QDialog):
    """Every problem of a form file, scrollable."""

    def __init__(self, title: str, intro: str, problems: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(720, 420)
        layout = QVBoxLayout(self)
        layout.addWidget(label(intro, "h3", wrap=True))
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.addItems([shown(p) for p in problems])
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class FormLibraryDialog(QDialog):
    formsChanged = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.entries: list[FormEntry] = []
        self.setWindowTitle(self.tr("Form library"))
        self.resize(1100, 620)
        layout = QVBoxLayout(self)
        layout.addWidget(label(self.tr("Form library"), "h2"))
        layout.addWidget(
            label(
                self.tr(
                    "The assessment forms this program can use. Import a form workbook (.xlsx) or YAML file; "
                    "a form with problems is not installed."
                ),
                "small",
                wrap=True,
            )
        )
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.table = make_table(
            [self.tr("Form"), self.tr("Version"), self.tr("Kind"), self.tr("Title"), self.tr("Status")], stretch=3
        )
        self.table.setMinimumWidth(460)
        splitter.addWidget(self.table)

        self.preview = QStackedWidget()
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Content"), self.tr("Points"), self.tr("Type"), self.tr("Veto")])
        self.tree.setWordWrap(True)
        head = self.tree.header()
        head.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            head.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        head.setStretchLastSection(False)
        self.preview.addWidget(self.tree)
        problems_page = QWidget()
        problems_layout = QVBoxLayout(problems_page)
        problems_layout.setContentsMargins(0, 0, 0, 0)
        self.problems_title = label("", "bad", wrap=True)
        problems_layout.addWidget(self.problems_title)
        self.problems = QListWidget()
        self.problems.setWordWrap(True)
        problems_layout.addWidget(self.problems, 1)
        self.preview.addWidget(problems_page)
        self.placeholder = label(self.tr("Select a form to preview it."), "muted")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.addWidget(self.placeholder)
        self.preview.setCurrentWidget(self.placeholder)
        splitter.addWidget(self.preview)
        splitter.setSizes([500, 600])
        layout.addWidget(splitter, 1)

        row = QHBoxLayout()
        self.import_button = QPushButton(self.tr("Import form…"))
        self.import_button.setProperty("role", "primary")
        self.template_button = QPushButton(self.tr("Save template workbook…"))
        self.template_button.setToolTip(self.tr("An example form as an Excel workbook, to fill in and import"))
        row.addWidget(self.import_button)
        row.addWidget(self.template_button)
        row.addStretch(1)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.import_button.clicked.connect(self.import_form)
        self.template_button.clicked.connect(self.save_template)
        self.table.itemSelectionChanged.connect(self.show_selected)
        self.refresh()

    # -- list ----------------------------------------------------------------------------
    def refresh(self, select_path: Path | None = None) -> None:
        self.entries = self.workspace.forms.entries()
        rows = []
        for entry in self.entries:
            form = entry.form
            status = self.tr("Usable") if entry.usable else self.tr("Unusable")
            if form is not None:
                rows.append([form.id, form.version, kind_text(self, form.kind), form.title, status])
            else:
                rows.append([entry.path.stem, "", "", entry.path.name, status])
        fill(self.table, rows, list(range(len(self.entries))))
        for r, entry in enumerate(self.entries):
            if not entry.usable:
                self.table.item(r, 4).setForeground(QBrush(QColor(style.RED)))
            if select_path is not None and entry.path == select_path:
                self.table.selectRow(r)

    def entry_ids(self) -> list[str]:
        return [e.form.id for e in self.entries if e.form is not None]

    def select_form(self, form_id: str) -> None:
        for r, entry in enumerate(self.entries):
            if entry.form is not None and entry.form.id == form_id:
                self.table.selectRow(r)
                return

    def select_path(self, path: Path) -> None:
        for r, entry in enumerate(self.entries):
            if entry.path.name == Path(path).name:
                self.table.selectRow(r)
                return

    def show_selected(self) -> None:
        index = selected_data(self.table)
        if index is None:
            self.preview.setCurrentWidget(self.placeholder)
            return
        entry = self.entries[index]
        if entry.form is None:
            self.problems_title.setText(
                self.tr("{file} cannot be used (%n problem(s)):", "", len(entry.problems)).format(file=entry.path.name)
            )
            self.problems.clear()
            self.problems.addItems([shown(p) for p in entry.problems])
            self.preview.setCurrentWidget(self.problems.parentWidget())
        else:
            self.show_tree(entry.form)
            self.preview.setCurrentWidget(self.tree)

    def show_tree(self, form: Form) -> None:
        self.tree.clear()
        for dimension in form.dimensions:
            d_node = QTreeWidgetItem([f"{dimension.id}  {dimension.title}", format_points(dimension.points), "", ""])
            font = d_node.font(0)
            font.setBold(True)
            d_node.setFont(0, font)
            self.tree.addTopLevelItem(d_node)
            for indicator in dimension.indicators:
                i_node = QTreeWidgetItem([f"{indicator.id}  {indicator.title}", "", "", ""])
                d_node.addChild(i_node)
                for item in indicator.items:
                    points = format_points(item.points) if item.scored else "—"
                    node = QTreeWidgetItem(
                        [f"{item.id}  {item.text}", points, item_kind_text(self, item.kind),
                         self.tr("Veto") if item.veto else ""]
                    )
                    node.setToolTip(0, item.text)
                    if item.relevant is not None:
                        node.setToolTip(
                            0, item.text + "\n\n" + self.tr("Shown only when: {rule}").format(rule=item.relevant.source)
                        )
                        node.setForeground(0, QBrush(QColor(style.ACCENT_DARK)))
                    if item.veto:
                        node.setForeground(3, QBrush(QColor(style.RED)))
                    i_node.addChild(node)
            d_node.setExpanded(True)

    # -- import and template -------------------------------------------------------------
    def import_form(self, path: str | None = None) -> bool:
        if not path:
            path, _filter = QFileDialog.getOpenFileName(
                self, self.tr("Import a form"), str(Path.home()),
                self.tr("Forms (*.xlsx *.yaml *.yml)"),
            )
        if not path:
            return False
        try:
            form = self.workspace.forms.install(path)
        except FormError as exc:
            ProblemsDialog(
                self.tr("Form not imported"),
                self.tr("{file} was not installed: %n problem(s) must be fixed first.", "", len(exc.problems)).format(
                    file=Path(path).name),
                list(exc.problems),
                self,
            ).exec()
            return False
        except (TuoyuError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Form not imported"), shown(exc))
            return False
        self.refresh()
        self.select_form(form.id)
        self.formsChanged.emit()
        QMessageBox.information(
            self, self.tr("Form imported"),
            self.tr("“{title}” (version {version}) can now be chosen for a new self-assessment.").format(
                title=form.title, version=form.version),
        )
        return True

    def save_template(self) -> bool:
        target, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the template workbook"), str(Path.home() / "评估表模板.xlsx"),
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if not target:
            return False
        from tuoyu_desktop.forms import load_form
        from tuoyu_desktop.forms.workbook import export_workbook

        try:
            export_workbook(load_form(paths.resources_dir() / "form-example.yaml"), target)
        except (OSError, FormError) as exc:
            QMessageBox.warning(self, self.tr("Cannot save"), shown(exc))
            return False
        QMessageBox.information(self, self.tr("Template saved"),
                                self.tr("Saved {path}. Fill it in, then import it here.").format(path=target))
        return True
