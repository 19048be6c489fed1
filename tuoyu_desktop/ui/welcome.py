"""A first start that guides: a short welcome naming the three things to do first.

After the facility profile is saved at first start, the main window shows a panel above its pages:
the facility profile (done), a personal signing identity, the self-assessment — with a button that
starts the self-assessment now. Inspector mode has its own (identity, the facility visited, the
inspection). The panel never blocks: it is not a modal dialog, it takes no focus, and it closes
with one click or once its main step is done. Each mode's welcome is shown once per data folder.

Modes register their welcome here. The district desk adds its own with
``register("district", district_welcome)``, a function ``(workspace, settings) -> Welcome | None``;
the main window then shows it when that mode is first chosen (``MainWindow.offer_welcome(mode)``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QSettings, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from tuoyu_desktop.services import Workspace
from tuoyu_desktop.ui.settings import recent_identities
from tuoyu_desktop.ui.widgets import Card, label

SHOWN_KEY = "welcome/shown_{mode}"

# Actions a welcome may offer; the main window knows how to carry each out (MainWindow.welcome_action).
ASSESS, IDENTITY, PROFILE, ADD_FACILITY, INSPECT = "assess", "identity", "profile", "add_facility", "inspect"


@dataclass(frozen=True)
class Step:
    text: str
    done: bool = False


@dataclass(frozen=True)
class Action:
    key: str
    text: str
    primary: bool = False


@dataclass(frozen=True)
class Welcome:
    mode: str
    title: str
    intro: str
    steps: tuple[Step, ...]
    actions: tuple[Action, ...]


WelcomeFactory = Callable[[Workspace, QSettings], "Welcome | None"]
WELCOMES: dict[str, WelcomeFactory] = {}


def register(mode: str, factory: WelcomeFactory) -> None:
    """Give a mode its welcome (the district desk: ``register("district", …)``)."""
    WELCOMES[mode] = factory


def _has_identity(settings: QSettings) -> bool:
    return bool(recent_identities(settings))


def _identity_action(settings: QSettings, primary: bool = False) -> tuple[Action, ...]:
    """"Create my identity first", while this user has none."""
    if _has_identity(settings):
        return ()
    return (Action(IDENTITY, QCoreApplication.translate("Welcome", "Create my identity first"), primary=primary),)


def facility_welcome(workspace: Workspace, settings: QSettings) -> Welcome | None:
    own = workspace.facilities.own()
    if own is None:
        return None  # the profile editor is the first step; the welcome follows it
    name = own[1].name
    return Welcome(
        mode="facility",
        title=QCoreApplication.translate("Welcome", "Welcome, {name}").format(name=name),
        intro=QCoreApplication.translate("Welcome", "Three things to do first:"),
        steps=(
            Step(QCoreApplication.translate("Welcome", "1. The facility profile: saved. Change it any time under Settings → Facility profile."), True),
            Step(QCoreApplication.translate("Welcome", "2. Your digital identity: the director signs the report with it (Tools → Digital identities)."),
                 _has_identity(settings)),
            Step(QCoreApplication.translate("Welcome", "3. The self-assessment: answer item by item; every answer is saved at once."),
                 bool(workspace.assessments.list())),
        ),
        actions=(
            Action(ASSESS, QCoreApplication.translate("Welcome", "Start the self-assessment now"), primary=True),
            *_identity_action(settings),
        ),
    )


def inspector_welcome(workspace: Workspace, settings: QSettings) -> Welcome | None:
    return Welcome(
        mode="inspector",
        title=QCoreApplication.translate("Welcome", "Welcome, inspector"),
        intro=QCoreApplication.translate("Welcome", "Three things to do first:"),
        steps=(
            Step(QCoreApplication.translate("Welcome", "1. Your digital identity: you sign the inspection report with it (Tools → Digital identities)."),
                 _has_identity(settings)),
            Step(QCoreApplication.translate("Welcome", "2. The facility you visit: its name and unified social credit code."),
                 bool(workspace.facilities.visited())),
            Step(QCoreApplication.translate("Welcome", "3. The inspection: record what you see on site, with photos and rectification opinions."),
                 bool(workspace.inspections.list())),
        ),
        actions=(
            Action(INSPECT, QCoreApplication.translate("Welcome", "Start the inspection now"), primary=True) if workspace.facilities.visited()
            else Action(ADD_FACILITY, QCoreApplication.translate("Welcome", "Add the facility I visit"), primary=True),
            *_identity_action(settings),
        ),
    )


def district_welcome(workspace: Workspace, settings: QSettings) -> Welcome | None:
    return Welcome(
        mode="district",
        title=QCoreApplication.translate("Welcome", "Welcome to the district desk"),
        intro=QCoreApplication.translate("Welcome", "Three things to do first:"),
        steps=(
            Step(QCoreApplication.translate("Welcome", "1. Your digital identity, registered as this district's officer: you sign reviews and receipts with it."),
                 bool(workspace.desk.officers())),
            Step(QCoreApplication.translate("Welcome", "2. The roster: import the registered (filed) facilities from the roster template (tab Roster)."),
                 bool(workspace.desk.roster())),
            Step(QCoreApplication.translate("Welcome", "3. A reporting cycle: its period and due date; then import the reports as they arrive."),
                 bool(workspace.desk.cycles())),
        ),
        actions=() if workspace.desk.officers() else _identity_action(settings, primary=True),
    )


register("facility", facility_welcome)
register("inspector", inspector_welcome)
register("district", district_welcome)


def already_shown(settings: QSettings, mode: str) -> bool:
    return str(settings.value(SHOWN_KEY.format(mode=mode), "")).lower() in ("1", "true")


def mark_shown(settings: QSettings, mode: str) -> None:
    settings.setValue(SHOWN_KEY.format(mode=mode), True)
    settings.sync()


def welcome_for(workspace: Workspace, settings: QSettings, mode: str) -> Welcome | None:
    """The welcome for ``mode`` if it has one and it has not been shown in this data folder."""
    factory = WELCOMES.get(mode)
    if factory is None or already_shown(settings, mode):
        return None
    return factory(workspace, settings)


class WelcomePanel(Card):
    """The welcome as a panel above the main window's pages."""

    actionChosen = Signal(str)
    closed = Signal()

    def __init__(self, welcome: Welcome, parent: QWidget | None = None):
        super().__init__(parent)
        self.welcome = welcome
        self.setObjectName("welcomePanel")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        top = QHBoxLayout()
        self.title_label = label(welcome.title, "h2")
        top.addWidget(self.title_label)
        top.addStretch(1)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.close_button.clicked.connect(self.closed.emit)
        top.addWidget(self.close_button)
        layout.addLayout(top)
        layout.addWidget(label(welcome.intro, wrap=True))
        self.step_labels: list[QLabel] = []
        for step in welcome.steps:
            mark = "✓ " if step.done else "○ "
            step_label = label(mark + step.text, "small" if step.done else None, wrap=True)
            step_label.setProperty("done", step.done)
            self.step_labels.append(step_label)
            layout.addWidget(step_label)
        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for action in welcome.actions:
            button = QPushButton(action.text)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            if action.primary:
                button.setProperty("role", "primary")
            button.clicked.connect(lambda _checked=False, key=action.key: self.actionChosen.emit(key))
            self.buttons[action.key] = button
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
