"""The main window: a stack of pages (home, profile, assessment, summary) built when needed."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMenuBar, QMessageBox, QStackedWidget, QWidget

from tuoyu_desktop import __version__
from tuoyu_desktop.services import StoreError, Workspace
from tuoyu_desktop.ui import i18n
from tuoyu_desktop.ui import settings as keys
from tuoyu_desktop.ui.export import ExportController
from tuoyu_desktop.ui.home_page import HomePage

# The profile editor, assessment and summary pages are imported when first opened, so
# the window appears sooner (see show_profile_editor, open_assessment, show_summary).

DEFAULT_SIZE = (1280, 800)


def default_size() -> tuple[int, int]:
    """1280×800, or less on a small screen (a 1366×768 office laptop is common)."""
    width, height = DEFAULT_SIZE
    screen = QApplication.primaryScreen()
    if screen is not None:
        available = screen.availableGeometry()
        width = min(width, available.width())
        height = min(height, available.height())
    return width, height


class MainWindow(QMainWindow):
    """Everything the user sees, over one open :class:`Workspace`."""

    def __init__(self, workspace: Workspace, settings: QSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.settings = settings
        self.home: HomePage | None = None
        self.profile_editor = None  # ProfileEditor, built when needed
        self.assessment_page = None  # AssessmentPage
        self.summary_page = None  # SummaryPage
        self.pages = QStackedWidget()
        self.pages.setObjectName("pages")
        self.setCentralWidget(self.pages)
        self.export_controller = ExportController(workspace, settings, self)
        self.export_controller.finished.connect(self._export_finished)
        self.data_dir_label = QLabel()
        self.statusBar().addPermanentWidget(self.data_dir_label)
        self._build_chrome()
        self._restore_geometry()
        self._build_pages()

    # -- chrome ------------------------------------------------------------------------
    def _build_chrome(self) -> None:
        """Menus and status texts (rebuilt, with a fresh menu bar, when the language changes)."""
        bar = QMenuBar(self)
        self.setMenuBar(bar)  # deletes the previous bar and the actions parented to it
        self.update_title()
        self.data_dir_label.setText(self.tr("Data folder: {path}").format(path=self.workspace.data_dir))
        self.data_dir_label.setToolTip(self.tr("Where answers and settings are stored"))

        file_menu = bar.addMenu(self.tr("&File"))
        self.home_action = QAction(self.tr("&Home"), bar, shortcut=QKeySequence("Ctrl+Home"), triggered=self.show_home)
        self.new_action = QAction(
            self.tr("&New self-assessment…"), bar, shortcut=QKeySequence.StandardKey.New, triggered=self.new_assessment
        )
        self.export_action = QAction(
            self.tr("&Export PDF…"), bar, shortcut=QKeySequence("Ctrl+E"), triggered=self.export_current
        )
        self.quit_action = QAction(self.tr("&Quit"), bar, shortcut=QKeySequence.StandardKey.Quit, triggered=self.close)
        for action in (self.home_action, self.new_action, self.export_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        settings_menu = bar.addMenu(self.tr("&Settings"))
        self.profile_action = QAction(self.tr("&Facility profile…"), bar, triggered=lambda: self.show_profile_editor())
        settings_menu.addAction(self.profile_action)
        language_menu = settings_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(bar)
        self.language_actions: dict[str, QAction] = {}
        for code in i18n.LANGUAGES:
            action = QAction(i18n.LANGUAGE_NAMES[code], bar, checkable=True)
            action.setChecked(code == i18n.current_language())
            action.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
            group.addAction(action)
            language_menu.addAction(action)
            self.language_actions[code] = action

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(QAction(self.tr("&About"), bar, triggered=self.show_about))

    def update_title(self) -> None:
        app_title = self.tr("Childcare Quality Self-Assessment")
        own = self.workspace.facility()
        self.setWindowTitle(f"{own[1].name} — {app_title}" if own else app_title)

    def _restore_geometry(self) -> None:
        geometry = self.settings.value(keys.GEOMETRY)
        if not geometry or not self.restoreGeometry(geometry):
            self.resize(*default_size())

    # -- pages -------------------------------------------------------------------------
    def _build_pages(self) -> None:
        self.home = HomePage(self.workspace)
        self.home.editProfileRequested.connect(lambda: self.show_profile_editor())
        self.home.openRequested.connect(self.open_assessment)
        self.home.exportRequested.connect(self.export_controller.export)
        self.home.table.itemSelectionChanged.connect(self._update_actions)
        self.pages.addWidget(self.home)
        if self.workspace.facility() is None:
            self.show_profile_editor(first_start=True)
        else:
            self.show_home()

    def _replace(self, attribute: str, widget: QWidget | None) -> None:
        old = getattr(self, attribute)
        if old is not None:
            self.pages.removeWidget(old)
            old.deleteLater()
        setattr(self, attribute, widget)
        if widget is not None:
            self.pages.addWidget(widget)

    def current_page(self) -> QWidget:
        return self.pages.currentWidget()

    def show_home(self) -> None:
        if self.workspace.facility() is None:
            self.show_profile_editor(first_start=True)
            return
        self._leave_assessment()
        self.home.refresh()
        self.pages.setCurrentWidget(self.home)
        self.home.table.setFocus()
        self._update_actions()

    def show_profile_editor(self, first_start: bool = False, return_to: tuple[str, str | None] | None = None) -> None:
        """Edit the facility; ``return_to`` (assessment id, indicator id) goes back there after."""
        from tuoyu_desktop.ui.profile_editor import ProfileEditor

        self._leave_assessment()
        editor = ProfileEditor(self.workspace, first_start=first_start)
        editor.saved.connect(lambda: self._profile_saved(return_to))
        editor.cancelled.connect(lambda: self._return(return_to))
        self._replace("profile_editor", editor)
        self.pages.setCurrentWidget(editor)
        editor.focus_first()
        self._update_actions()

    def _profile_saved(self, return_to: tuple[str, str | None] | None = None) -> None:
        self.statusBar().showMessage(self.tr("Facility profile saved"), 5000)
        self.update_title()
        self._return(return_to)

    def _return(self, return_to: tuple[str, str | None] | None) -> None:
        self._replace("profile_editor", None)
        if return_to is None:
            self.show_home()
            return
        assessment_id, indicator = return_to
        self.open_assessment(assessment_id)
        if indicator and self.assessment_page is not None:
            self.assessment_page.show_indicator(indicator)
            self.assessment_page.focus_current()

    def new_assessment(self) -> None:
        if self.workspace.facility() is None:
            self.show_profile_editor(first_start=True)
            return
        self.show_home()
        self.home.new_assessment()

    def open_assessment(self, assessment_id: str) -> None:
        from tuoyu_desktop.ui.assessment_page import AssessmentPage

        self._leave_assessment()
        try:
            session = self.workspace.open_assessment(assessment_id)
        except (KeyError, StoreError) as exc:
            QMessageBox.warning(self, self.tr("Cannot open"), str(exc))
            return
        page = AssessmentPage(session)
        page.backRequested.connect(self.show_home)
        page.summaryRequested.connect(self.show_summary)
        page.profileRequested.connect(
            lambda: self.show_profile_editor(return_to=(assessment_id, page.current_indicator))
        )
        self._replace("assessment_page", page)
        self.pages.setCurrentWidget(page)
        page.focus_current()
        self._update_actions()
        self.statusBar().showMessage(
            self.tr("Opened “{period}”: every change is saved automatically").format(period=session.row.period), 5000
        )

    def show_summary(self) -> None:
        from tuoyu_desktop.ui.summary_page import SummaryPage

        page = self.assessment_page
        if page is None:
            return
        page.flush()
        own = self.workspace.facility()
        summary = SummaryPage(page.session, own[1].name if own else "")
        summary.backRequested.connect(self.back_to_assessment)
        summary.itemRequested.connect(self.jump_to_item)
        summary.exportRequested.connect(lambda: self.export_controller.export(page.session.id))
        self._replace("summary_page", summary)
        self.pages.setCurrentWidget(summary)
        summary.back_button.setFocus()
        self._update_actions()

    def back_to_assessment(self) -> None:
        if self.assessment_page is not None:
            self.pages.setCurrentWidget(self.assessment_page)
        self._replace("summary_page", None)
        self._update_actions()

    def jump_to_item(self, item_id: str) -> None:
        self.back_to_assessment()
        if self.assessment_page is not None:
            self.assessment_page.jump_to_item(item_id)

    def _leave_assessment(self) -> None:
        if self.assessment_page is not None:
            self.assessment_page.flush()
        self._replace("summary_page", None)
        self._replace("assessment_page", None)

    def _update_actions(self) -> None:
        has_facility = self.workspace.facility() is not None
        self.new_action.setEnabled(has_facility)
        self.home_action.setEnabled(has_facility)
        current = self.current_page()
        self.export_action.setEnabled(
            current in (self.assessment_page, self.summary_page) and current is not None
            or (current is self.home and self.home.selected_id() is not None)
        )

    def export_current(self) -> None:
        current = self.current_page()
        if current is self.home:
            self.home.export_selected()
        elif self.assessment_page is not None and current in (self.assessment_page, self.summary_page):
            self.assessment_page.flush()
            self.export_controller.export(self.assessment_page.session.id)

    def _export_finished(self, ok: bool, message: str) -> None:
        if ok:
            self.statusBar().showMessage(self.tr("Report written to {path}").format(path=message), 8000)
        else:
            self.statusBar().showMessage(self.tr("Export failed"), 8000)

    # -- language ----------------------------------------------------------------------
    def set_language(self, language: str) -> None:
        """Switch the interface language now and remember it for the next start."""
        self.settings.setValue(keys.LANGUAGE, language)
        self.settings.sync()
        if language == i18n.current_language():
            return
        i18n.install_translator(QApplication.instance(), language)
        # Rebuild the pages in the new language, keeping where the user was.
        assessment_id = self.assessment_page.session.id if self.assessment_page else None
        indicator = self.assessment_page.current_indicator if self.assessment_page else None
        on_summary = self.summary_page is not None and self.current_page() is self.summary_page
        on_profile = self.profile_editor is not None and self.current_page() is self.profile_editor
        self._leave_assessment()
        self._replace("profile_editor", None)
        self.pages.removeWidget(self.home)
        self.home.deleteLater()
        self._build_chrome()
        self._build_pages()
        if assessment_id:
            self.open_assessment(assessment_id)
            if indicator and self.assessment_page is not None:
                self.assessment_page.show_indicator(indicator)
            if on_summary:
                self.show_summary()
        elif on_profile and self.workspace.facility() is not None:
            self.show_profile_editor()

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About"),
            self.tr(
                "<b>Childcare Quality Self-Assessment</b> {version}<br>"
                "Offline self-assessment for childcare facilities for children under 3, "
                "following the quality dimensions of WS/T 821—2023.<br><br>Data folder: {path}"
            ).format(version=__version__, path=self.workspace.data_dir),
        )

    # -- closing -----------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.assessment_page is not None:
            self.assessment_page.flush()
            if self.assessment_page.unsaved:
                answer = QMessageBox.question(
                    self,
                    self.tr("Unsaved answers"),
                    self.tr("%n answer(s) could not be saved. Quit anyway and lose them?", "", len(self.assessment_page.unsaved)),
                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                    QMessageBox.StandardButton.No,
                )
                if answer != QMessageBox.StandardButton.Yes:
                    event.ignore()
                    return
        if self.export_controller.worker is not None:
            self.export_controller.worker.wait()
        self.settings.setValue(keys.GEOMETRY, self.saveGeometry())
        self.settings.sync()
        self.workspace.close()  # releases the data folder for the next program
        super().closeEvent(event)

