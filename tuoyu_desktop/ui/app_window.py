"""The main window: a stack of pages (home, profile, assessment, summary) built when needed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from tuoyu_desktop import __version__
from tuoyu_desktop.errors import TuoyuError
from tuoyu_desktop.ui import i18n
from tuoyu_desktop.ui import settings as keys
from tuoyu_desktop.ui.i18n import shown

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
    from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QMenuBar, QMessageBox

    from tuoyu_desktop.services import Workspace
    from tuoyu_desktop.ui.export import ExportController
    from tuoyu_desktop.ui.home_page import HomePage

# Nothing from services/ is imported at module level: the window shell (title, size, "opening…")
# is shown before the services and the home page are imported (app.launch, then attach()). The
# profile editor, assessment and summary pages are imported when first opened (see
# show_profile_editor, open_assessment, show_summary).

DEFAULT_SIZE = (1280, 800)
CHECKPOINT_CHECK_MS = 15_000  # how often the idle window asks whether the WAL is due a checkpoint


def load_chrome_classes() -> None:
    """The Qt classes of the menus, status bar and dialogs, put into this module's namespace.

    The window shell needs only QMainWindow, QStackedWidget, QVBoxLayout and QWidget; each other
    PySide class costs its type's set-up (with its enums) on first import, together ~6 ms, so they
    load after the shell's first frame (:meth:`MainWindow.attach`; names only, no widgets).
    """
    if "QMessageBox" in globals():
        return
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QAction, QActionGroup, QKeySequence
    from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QMenuBar, QMessageBox

    globals().update(QTimer=QTimer, QAction=QAction, QActionGroup=QActionGroup, QKeySequence=QKeySequence,
                     QDialog=QDialog, QFileDialog=QFileDialog, QLabel=QLabel, QMenuBar=QMenuBar,
                     QMessageBox=QMessageBox)


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

    def __init__(self, workspace: Workspace | None, settings: QSettings, parent: QWidget | None = None):
        """With a workspace, the whole window; without, the shell only: :meth:`attach` fills it in."""
        super().__init__(parent)
        self.workspace: Workspace = None  # type: ignore[assignment]  # set by attach()
        self._export_controller: ExportController | None = None  # made at the first export (export_controller)
        self.settings = settings
        self.home: HomePage | None = None
        self.profile_editor = None  # ProfileEditor, built when needed
        self.assessment_page = None  # AssessmentPage
        self.summary_page = None  # SummaryPage
        self.facilities_page = None  # FacilitiesPage (inspector mode's home)
        self.desk_page = None  # DeskPage (district mode's home, ui/desk_page.py)
        self.ledger_page = None  # LedgerPage
        self.verify_window = None  # VerifyWindow, a window of its own
        self.sign_task = None  # ReaderTask adding a signature to an existing report
        self.pages = QStackedWidget()
        self.pages.setObjectName("pages")
        self.welcome_panel = None  # WelcomePanel above the pages at a first start (ui/welcome.py)
        central = QWidget()
        self.central_layout = QVBoxLayout(central)
        self.central_layout.setContentsMargins(0, 0, 0, 0)
        self.central_layout.setSpacing(0)
        self.central_layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.data_dir_label: QLabel | None = None  # made by attach()
        # The shell's page is empty: its first frame comes before the bundled fonts are loaded.
        self.shell_page: QWidget | None = QWidget()
        self.pages.addWidget(self.shell_page)
        self._restore_geometry()
        if workspace is not None:
            self.attach(workspace)

    def attach(self, workspace: Workspace) -> None:
        """Fill the shell in over the opened workspace: menus, the export controller, the home page."""
        load_chrome_classes()
        self.workspace = workspace
        workspace.checkpoint_when_idle()
        self.checkpoint_timer = QTimer(self)  # fires between events: never inside a save
        self.checkpoint_timer.setInterval(CHECKPOINT_CHECK_MS)
        self.checkpoint_timer.timeout.connect(workspace.checkpoint_if_due)
        self.checkpoint_timer.start()
        self.data_dir_label = QLabel()
        self.statusBar().addPermanentWidget(self.data_dir_label)
        if self.shell_page is not None:
            self.pages.removeWidget(self.shell_page)
            self.shell_page.deleteLater()
            self.shell_page = None
        self._build_chrome()
        self._build_pages_hidden()

    @property
    def export_controller(self) -> ExportController:
        """Exports in a worker thread with their progress; made when first used (importing
        ui/export.py and its Qt classes costs ~40 ms, not to be paid before the home screen)."""
        if self._export_controller is None:
            from tuoyu_desktop.ui.export import ExportController

            self._export_controller = ExportController(self.workspace, self.settings, self)
            self._export_controller.finished.connect(self._export_finished)
        return self._export_controller

    def _export(self, assessment_id: str) -> bool:
        return self.export_controller.export(assessment_id)

    def _build_pages_hidden(self) -> None:
        """The pages are filled while hidden: a table filled while shown lays itself out again
        for every cell (1,000 assessments: 14,000 cells, 25 s instead of 0.2 s)."""
        self.pages.hide()
        try:
            self._build_pages()
        finally:
            self.pages.show()
        if self.home is not None and self.current_page() is self.home:
            self.home.table.setFocus()  # given while hidden, it did not take

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
        self.backups_action = QAction(self.tr("&Backups and recovery…"), bar, triggered=self.open_backups)
        file_menu.addAction(self.backups_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        tools_menu = bar.addMenu(self.tr("&Tools"))
        self.identities_action = QAction(self.tr("Digital &identities…"), bar, triggered=self.open_identities)
        self.verify_action = QAction(self.tr("&Verify a report…"), bar, triggered=self.open_verify)
        self.add_signature_action = QAction(
            self.tr("&Add a signature to a report…"), bar, triggered=self.add_signature_to_report
        )
        self.trust_action = QAction(self.tr("&Trusted certificates…"), bar, triggered=self.open_trust)
        self.received_action = QAction(self.tr("&Received reports…"), bar, triggered=self.open_received)
        self.forms_action = QAction(self.tr("&Form library…"), bar, triggered=self.open_form_library)
        self.receipt_action = QAction(self.tr("Import a district &receipt…"), bar, triggered=self.import_receipt)
        for action in (self.identities_action, self.verify_action, self.add_signature_action, self.receipt_action):
            tools_menu.addAction(action)
        tools_menu.addSeparator()
        for action in (self.trust_action, self.received_action, self.forms_action):
            tools_menu.addAction(action)
        tools_menu.addSeparator()
        self.ledger_action = QAction(self.tr("Rectification &ledger…"), bar, triggered=self.show_ledger)
        tools_menu.addAction(self.ledger_action)
        self.survey_action = QAction(self.tr("Parent satisfaction &survey (kiosk)…"), bar,
                                     triggered=self.open_survey_kiosk)
        tools_menu.addAction(self.survey_action)

        settings_menu = bar.addMenu(self.tr("&Settings"))
        self.profile_action = QAction(self.tr("&Facility profile…"), bar, triggered=lambda: self.show_profile_editor())
        settings_menu.addAction(self.profile_action)
        mode_menu = settings_menu.addMenu(self.tr("&Mode"))
        mode_group = QActionGroup(bar)
        self.mode_actions: dict[str, QAction] = {}
        for mode, text in (("facility", self.tr("Facility self-assessment")), ("inspector", self.tr("Inspection visits")),
                           ("district", self.tr("District desk"))):
            action = QAction(text, bar, checkable=True)
            action.setChecked(self.workspace.preferences.mode == mode)
            action.triggered.connect(lambda _checked=False, m=mode: self.set_mode(m))
            mode_group.addAction(action)
            mode_menu.addAction(action)
            self.mode_actions[mode] = action
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
        own = self.workspace.facilities.own()
        self.setWindowTitle(f"{own[1].name} — {app_title}" if own else app_title)

    def _restore_geometry(self) -> None:
        geometry = self.settings.value(keys.GEOMETRY)
        if not geometry or not self.restoreGeometry(geometry):
            self.resize(*default_size())

    # -- pages -------------------------------------------------------------------------
    def _build_pages(self) -> None:
        from tuoyu_desktop.ui.home_page import HomePage

        self.home = HomePage(self.workspace)
        self.home.editProfileRequested.connect(lambda: self.show_profile_editor())
        self.home.openRequested.connect(self.open_assessment)
        self.home.exportRequested.connect(self._export)
        self.home.table.itemSelectionChanged.connect(self._update_actions)
        self.pages.addWidget(self.home)
        if self.workspace.facilities.own() is None and self.workspace.preferences.mode not in ("inspector", "district"):
            self.show_profile_editor(first_start=True)
        else:
            self.show_home()
            if self.workspace.preferences.mode != "facility":  # a facility's welcome follows its first profile
                self.offer_welcome(self.workspace.preferences.mode)

    def ask_mode(self) -> str:
        """At first start: 本机用于 机构自评 / 督导巡查."""
        from tuoyu_desktop.ui.facilities_page import ModeDialog

        dialog = ModeDialog(self.workspace.preferences.mode, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.mode() != self.workspace.preferences.mode:
            self.workspace.preferences.set_mode(dialog.mode())
        return self.workspace.preferences.mode

    def set_mode(self, mode: str) -> None:
        """Settings → Mode: facility self-assessment or inspection visits (stored in the workspace)."""
        try:
            self.workspace.preferences.set_mode(mode)
        except TuoyuError as exc:
            QMessageBox.warning(self, self.tr("Mode"), shown(exc))
            return
        for key, action in self.mode_actions.items():
            action.setChecked(key == mode)
        self._replace("ledger_page", None)
        self.show_home()
        if mode != "facility":  # a facility's welcome follows its first profile
            self.offer_welcome(mode)
        elif self.welcome_panel is not None and self.welcome_panel.welcome.mode != mode:
            self.close_welcome()

    def _inspector_home(self):
        from tuoyu_desktop.ui.facilities_page import FacilitiesPage

        if self.facilities_page is None:
            page = FacilitiesPage(self.workspace)
            page.openRequested.connect(self.open_assessment)
            page.exportRequested.connect(self._export)
            page.ledgerRequested.connect(self.show_ledger)
            self._replace("facilities_page", page)
        return self.facilities_page

    def show_ledger(self) -> None:
        from tuoyu_desktop.ui.ledger_page import LedgerPage

        self._leave_assessment()
        if self.ledger_page is None:
            page = LedgerPage(self.workspace)
            page.backRequested.connect(self.show_home)
            self._replace("ledger_page", page)
        self.ledger_page.refresh()
        self.pages.setCurrentWidget(self.ledger_page)
        self._update_actions()

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

    def _district_home(self):
        from tuoyu_desktop.ui.desk_page import DeskPage

        if self.desk_page is None:
            self._replace("desk_page", DeskPage(self.workspace, self.settings))
        return self.desk_page

    def show_home(self) -> None:
        if self.workspace.preferences.mode == "district":
            self._leave_assessment()
            page = self._district_home()
            page.refresh()
            self.pages.setCurrentWidget(page)
            self._update_actions()
            return
        if self.workspace.preferences.mode == "inspector":
            self._leave_assessment()
            page = self._inspector_home()
            page.refresh()
            self.pages.setCurrentWidget(page)
            self._update_actions()
            return
        if self.workspace.facilities.own() is None:
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
        editor.saved.connect(lambda: self._profile_saved(return_to, first_start))
        editor.cancelled.connect(lambda: self._return(return_to))
        if first_start and isinstance(editor.layout(), QVBoxLayout):
            # 本机用于：机构自评 / 督导巡查 — asked here, without a modal dialog in the way.
            from tuoyu_desktop.ui.facilities_page import ModeBanner

            banner = ModeBanner()
            banner.modeChosen.connect(self.set_mode)
            editor.layout().insertWidget(0, banner)
            editor.mode_banner = banner
        self._replace("profile_editor", editor)
        self.pages.setCurrentWidget(editor)
        editor.focus_first()
        self._update_actions()

    def _profile_saved(self, return_to: tuple[str, str | None] | None = None, first_start: bool = False) -> None:
        self.statusBar().showMessage(self.tr("Facility profile saved"), 5000)
        self.update_title()
        self._return(return_to)
        if first_start:
            self.offer_welcome("facility")

    # -- the welcome at a first start (ui/welcome.py) ----------------------------------------
    def offer_welcome(self, mode: str, again: bool = False) -> bool:
        """Show ``mode``'s welcome above the pages, once per data folder (``again``: refresh it)."""
        from tuoyu_desktop.ui import welcome

        content = welcome.WELCOMES[mode](self.workspace, self.settings) if again and mode in welcome.WELCOMES else (
            welcome.welcome_for(self.workspace, self.settings, mode))
        if content is None:
            return False
        self.close_welcome()
        panel = welcome.WelcomePanel(content)
        panel.actionChosen.connect(self.welcome_action)
        panel.closed.connect(self.close_welcome)
        self.central_layout.insertWidget(0, panel)
        panel.show()
        self.welcome_panel = panel
        welcome.mark_shown(self.settings, mode)
        return True

    def close_welcome(self) -> None:
        if self.welcome_panel is not None:
            self.central_layout.removeWidget(self.welcome_panel)
            self.welcome_panel.hide()
            self.welcome_panel.deleteLater()
            self.welcome_panel = None

    def welcome_action(self, key: str) -> None:
        """Carry out what the welcome offered: start the assessment, make an identity, add a facility."""
        from tuoyu_desktop.ui import welcome

        mode = self.welcome_panel.welcome.mode if self.welcome_panel is not None else self.workspace.preferences.mode
        if key == welcome.ASSESS:
            self.close_welcome()
            self.new_assessment()
        elif key == welcome.IDENTITY:
            self.open_identities()
            self.offer_welcome(mode, again=True)  # the identity step is ticked now
        elif key == welcome.PROFILE:
            self.show_profile_editor()
        elif key == welcome.ADD_FACILITY:
            self.show_home()
            if self.workspace.preferences.mode == "inspector" and self._inspector_home().add_facility() is not None:
                self.offer_welcome(mode, again=True)
        elif key == welcome.INSPECT:
            self.close_welcome()
            self.show_home()
            if self.workspace.preferences.mode == "inspector":
                self._inspector_home().new_inspection()

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
        if self.workspace.facilities.own() is None:
            self.show_profile_editor(first_start=True)
            return
        self.show_home()
        self.home.new_assessment()

    def open_assessment(self, assessment_id: str) -> None:
        from tuoyu_desktop.ui.assessment_page import AssessmentPage

        self._leave_assessment()
        try:
            session = self.workspace.assessments.open(assessment_id)
            inspection = self.workspace.inspections.is_inspection(assessment_id)
        except TuoyuError as exc:
            QMessageBox.warning(self, self.tr("Cannot open"), shown(exc))
            return
        if inspection:
            from tuoyu_desktop.ui.inspection_page import InspectionPage

            page = InspectionPage(session, self.workspace)
        else:
            page = AssessmentPage(session, workspace=self.workspace)
        page.backRequested.connect(self.show_home)
        page.summaryRequested.connect(self.show_summary)
        page.historyRequested.connect(self.show_item_history)
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
        own = self.workspace.facilities.own()
        name = page.session.profile.name if self.workspace.inspections.is_inspection(page.session.id) else (
            own[1].name if own else "")
        change = None if self.workspace.inspections.is_inspection(page.session.id) else (
            self.workspace.assessments.change(page.session.id))
        summary = SummaryPage(page.session, name, change=change)
        summary.rectifyRequested.connect(self.rectify_current)
        summary.backRequested.connect(self.back_to_assessment)
        summary.itemRequested.connect(self.jump_to_item)
        summary.exportRequested.connect(lambda: self.export_controller.export(page.session.id))
        summary.finaliseRequested.connect(self.finalise_current)
        summary.reviseRequested.connect(self.revise_current)
        summary.signedExportRequested.connect(self.export_signed_current)
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
            self.workspace.checkpoint()  # keep the WAL short: what it holds is what a damaged WAL loses
        self._replace("summary_page", None)
        self._replace("assessment_page", None)

    def _update_actions(self) -> None:
        has_facility = self.workspace.facilities.own() is not None
        self.new_action.setEnabled(has_facility)
        self.home_action.setEnabled(has_facility)
        current = self.current_page()
        self.export_action.setEnabled(
            current in (self.assessment_page, self.summary_page) and current is not None
            or (current is self.home and self.home.selected_id() is not None)
            or (current is not None and current is self.facilities_page and self.facilities_page.selected_id() is not None)
        )

    def export_current(self) -> None:
        current = self.current_page()
        if current is self.home:
            self.home.export_selected()
        elif current is not None and current is self.facilities_page:
            self.facilities_page.export_selected()
        elif self.assessment_page is not None and current in (self.assessment_page, self.summary_page):
            self.assessment_page.flush()
            self.export_controller.export(self.assessment_page.session.id)

    def _export_finished(self, ok: bool, message: str) -> None:
        if ok:
            self.statusBar().showMessage(self.tr("Report written to {path}").format(path=message), 8000)
        else:
            self.statusBar().showMessage(self.tr("Export failed"), 8000)

    # -- finalise, revise, sign (the summary page's actions) ----------------------------
    def _current_session(self):
        if self.assessment_page is None:
            return None
        self.assessment_page.flush()
        return self.assessment_page.session

    def _reload_assessment(self, assessment_id: str, summary: bool) -> None:
        """Open the assessment afresh (read-only or editable as it now is)."""
        self.open_assessment(assessment_id)
        if summary and self.assessment_page is not None:
            self.show_summary()

    def finalise_current(self) -> bool:
        """定稿: refused with the list of what is missing (each goes to its item), else asked once, then frozen."""
        from tuoyu_desktop.services import NotReady
        from tuoyu_desktop.ui.finalise import FinaliseDialog

        session = self._current_session()
        if session is None:
            return False
        if self.assessment_page.unsaved:
            QMessageBox.warning(self, self.tr("Cannot finalise"),
                                self.tr("Some answers are not saved yet. Save them first (Try again)."))
            return False
        try:
            problems = self.workspace.assessments.problems(session.id)
        except TuoyuError as exc:
            QMessageBox.warning(self, self.tr("Cannot finalise"), shown(exc))
            return False
        if problems:
            return self._not_ready(problems)
        warnings = self.workspace.evidence.warnings(session.id)
        if warnings:
            answer = QMessageBox.question(
                self, self.tr("Photos and files"),
                self.tr("Some photos or files need attention:") + "\n\n" + "\n".join(shown(w) for w in warnings)
                + "\n\n" + self.tr("Finalise anyway?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return False
        confirm = FinaliseDialog(session.row.period, session.scores, self)
        if confirm.exec() != QDialog.DialogCode.Accepted:
            return False
        try:
            self.workspace.assessments.finalise(session.id)
        except NotReady as exc:
            return self._not_ready(exc.problems)
        except TuoyuError as exc:
            QMessageBox.warning(self, self.tr("Cannot finalise"), shown(exc))
            return False
        self._reload_assessment(session.id, summary=True)
        self.statusBar().showMessage(self.tr("Finalised: the answers are now read only"), 8000)
        return True

    def _not_ready(self, problems: list[str]) -> bool:
        from tuoyu_desktop.ui.finalise import NotReadyDialog

        dialog = NotReadyDialog(problems, self)
        dialog.problemRequested.connect(self.go_to_problem)
        dialog.exec()
        return False

    def go_to_problem(self, problem: str) -> None:
        """A line of the not-ready list: the exact field it asks for (answer, opinion, deadline, visit)."""
        self.back_to_assessment()
        if self.assessment_page is not None:
            self.assessment_page.go_to_problem(problem)

    def rectify_current(self) -> list:
        """从自评生成整改项: one rectification item per gap, then show the ledger."""
        session = self._current_session()
        if session is None:
            return []
        try:
            items = self.workspace.rectifications.from_assessment(session.id)
        except TuoyuError as exc:
            QMessageBox.warning(self, self.tr("Rectification items"), shown(exc))
            return []
        self.statusBar().showMessage(
            self.tr("{count} rectification item(s) from this self-assessment").format(count=len(items)), 8000)
        self.show_ledger()
        return items

    def revise_current(self) -> bool:
        """修订: ask for the reason, start the next revision, and go back to editing."""
        from tuoyu_desktop.ui.finalise import ReviseDialog

        session = self._current_session()
        if session is None or not session.finalised:
            return False
        dialog = ReviseDialog(session.row.period, session.row.revision, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        try:
            revision = self.workspace.assessments.reopen(session.id, dialog.reason_text())
        except TuoyuError as exc:
            QMessageBox.warning(self, self.tr("Cannot start a revision"), shown(exc))
            return False
        self._reload_assessment(session.id, summary=False)
        self.statusBar().showMessage(self.tr("Revision {revision} started: answers can be changed").format(
            revision=revision), 8000)
        return True

    def export_signed_current(self) -> bool:
        """签名导出: collect the signers, then export and sign in the worker thread."""
        from tuoyu_desktop.ui.signing_dialogs import SignedExportDialog

        session = self._current_session()
        if session is None:
            return False
        if not session.finalised:
            QMessageBox.information(self, self.tr("Export signed"),
                                    self.tr("Finalise the self-assessment first: only finalised answers are signed."))
            return False
        dialog = SignedExportDialog(self.workspace.data_dir, self.settings, session.row.period, self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted and bool(dialog.signers)
        signers, declared = (dialog.signers, dialog.declared()) if accepted else ([], None)
        dialog.entries.clear()
        dialog.deleteLater()
        if not accepted:
            return False
        return self.export_controller.export(session.id, signers, declared)

    def add_signature_to_report(self) -> bool:
        """A later signer signs an already exported report (in place)."""
        from pathlib import Path

        from tuoyu_desktop.ui.signing_dialogs import SignerDialog
        from tuoyu_desktop.ui.tasks import ReaderTask

        if self.sign_task is not None:
            return False
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the report to sign"), str(self.export_controller.start_folder()),
            self.tr("PDF files (*.pdf)"),
        )
        if not path:
            return False
        dialog = SignerDialog(self.workspace.data_dir, self.settings, self, title=self.tr("Add a signature"))
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.signer is None:
            return False
        signer, name = dialog.signer, dialog.info.name if dialog.info else ""
        dialog.signer = None
        dialog.deleteLater()
        task = ReaderTask(self.workspace.data_dir, lambda ws: ws.reports.sign(Path(path), signer), self)
        task.succeeded.connect(lambda _r: self._signature_added(True, path, name))
        task.failed.connect(lambda message: self._signature_added(False, message, name))
        task.finished.connect(self._sign_task_done)
        self.sign_task = task
        self.statusBar().showMessage(self.tr("Signing {path}…").format(path=path))
        task.start()
        return True

    def _sign_task_done(self) -> None:
        if self.sign_task is not None:
            self.sign_task.wait()
            self.sign_task.deleteLater()
        self.sign_task = None

    def _signature_added(self, ok: bool, message: str, name: str) -> None:
        if ok:
            self.statusBar().showMessage(self.tr("{name} signed {path}").format(name=name, path=message), 8000)
        else:
            self.statusBar().showMessage(self.tr("Signing failed"), 8000)
            QMessageBox.warning(self, self.tr("Signing failed"), message)

    def show_item_history(self, item_id: str) -> None:
        from tuoyu_desktop.services import StoreError
        from tuoyu_desktop.ui.history_dialog import HistoryDialog

        if self.assessment_page is None:
            return
        session = self.assessment_page.session
        try:
            entries = self.workspace.assessments.item_history(session.id, item_id)
        except StoreError as exc:
            QMessageBox.warning(self, self.tr("History"), shown(exc))
            return
        HistoryDialog(session.form.item(item_id), entries, self).exec()

    # -- tools ---------------------------------------------------------------------------
    def _facility_name(self) -> str:
        own = self.workspace.facilities.own()
        return own[1].name if own else ""

    def open_identities(self) -> None:
        from tuoyu_desktop.ui.identities import IdentitiesDialog

        IdentitiesDialog(self.workspace.data_dir, self.settings, self._facility_name(), self).exec()

    def open_verify(self):
        from tuoyu_desktop.ui.verify_window import VerifyWindow

        if self.verify_window is None:
            self.verify_window = VerifyWindow(self.workspace, self.settings, self)
            self.verify_window.imported.connect(self._report_imported)
        self.verify_window.show()
        self.verify_window.raise_()
        self.verify_window.activateWindow()
        return self.verify_window

    def _report_imported(self) -> None:
        """An imported inspection report adds rectification items: show them if the ledger is open."""
        if self.ledger_page is not None:
            self.ledger_page.refresh()
        if self.facilities_page is not None and self.current_page() is self.facilities_page:
            self.facilities_page.refresh()

    def import_receipt(self) -> None:
        """The district's 回执 for one of our reports (a 退回 opens a revision: the home shows it)."""
        from tuoyu_desktop.ui.desk_receipt import ask_and_import

        if ask_and_import(self, self.workspace) is not None and self.current_page() is self.home:
            self.home.refresh()

    def open_trust(self) -> None:
        from tuoyu_desktop.ui.trust_dialog import TrustDialog

        TrustDialog(self.workspace, self).exec()

    def open_survey_kiosk(self) -> None:
        """The anonymous 家长满意度调查 kiosk over the latest survey (started here when there is none)."""
        from PySide6.QtWidgets import QInputDialog

        from tuoyu_desktop.ui.survey_kiosk import SurveyKioskDialog

        try:
            survey_id = self.workspace.surveys.current()
            if survey_id is None:
                period, ok = QInputDialog.getText(
                    self, self.tr("Parent satisfaction survey"),
                    self.tr("No survey yet. Period of the new survey (e.g. 2026 second half):"))
                if not ok:
                    return
                survey_id = self.workspace.surveys.create(period)
            dialog = SurveyKioskDialog(self.workspace, survey_id, self)
        except TuoyuError as exc:
            QMessageBox.warning(self, self.tr("Parent satisfaction survey"), shown(exc))
            return
        dialog.exec()

    def open_received(self) -> None:
        from tuoyu_desktop.ui.received_dialog import ReceivedReportsDialog

        ReceivedReportsDialog(self.workspace, self).exec()

    def open_form_library(self) -> None:
        from tuoyu_desktop.ui.form_library import FormLibraryDialog

        dialog = FormLibraryDialog(self.workspace, self)
        dialog.formsChanged.connect(lambda: self.home.check_forms() if self.home else None)
        dialog.exec()

    # -- backups -------------------------------------------------------------------------
    def open_backups(self) -> None:
        from tuoyu_desktop.ui.backups_dialog import BackupsDialog

        dialog = BackupsDialog(self.workspace, before_restore=self._before_restore, parent=self)
        dialog.restored.connect(self._after_restore)
        dialog.exec()

    def _before_restore(self) -> None:
        """Nothing may hold the old database while it is replaced."""
        self._leave_assessment()
        self.pages.setCurrentWidget(self.home)

    def _after_restore(self, aside: str) -> None:
        self.update_title()
        self.show_home()
        self.statusBar().showMessage(self.tr("Backup restored; the previous data file was kept as {path}").format(
            path=aside), 10000)

    def schedule_start_backup(self, delay_ms: int = 1500) -> None:
        """The start backup runs once the window is showing; a failure only reaches the status bar."""
        QTimer.singleShot(delay_ms, self, self.start_backup)

    def start_backup(self) -> None:
        from tuoyu_desktop.services import StoreError

        try:
            self.workspace.backups.take("start")
        except StoreError as exc:
            self.statusBar().showMessage(self.tr("Start backup failed: {message}").format(message=exc), 15000)
        except Exception as exc:  # noqa: BLE001 - never in the user's way at start
            self.statusBar().showMessage(self.tr("Start backup failed: {message}").format(message=exc), 15000)

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
        self._build_pages_hidden()
        if assessment_id:
            self.open_assessment(assessment_id)
            if indicator and self.assessment_page is not None:
                self.assessment_page.show_indicator(indicator)
            if on_summary:
                self.show_summary()
        elif on_profile and self.workspace.facilities.own() is not None:
            self.show_profile_editor()
        if self.welcome_panel is not None:  # the welcome in the new language
            self.offer_welcome(self.welcome_panel.welcome.mode, again=True)

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
        if self.workspace is None:  # the shell, closed before the data folder was opened
            super().closeEvent(event)
            return
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
        if self._export_controller is not None and self._export_controller.worker is not None:
            self._export_controller.worker.wait()
        if self.sign_task is not None:
            self.sign_task.wait()
        from tuoyu_desktop.ui.form_check import wait_for_scans

        wait_for_scans()
        if self.verify_window is not None:
            if self.verify_window.task is not None:
                self.verify_window.task.wait()
            self.verify_window.close()
        self.settings.setValue(keys.GEOMETRY, self.saveGeometry())
        self.settings.sync()
        self.workspace.close()  # releases the data folder for the next program
        super().closeEvent(event)

