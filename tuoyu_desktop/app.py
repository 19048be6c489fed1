"""The GUI entry point: ``tuoyu-desktop [--data-dir DIR] [--lang zh_CN|en]``.

Kept light: only Qt and the core are imported here; report and signing code load when
they are used.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from types import SimpleNamespace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from tuoyu_desktop import paths
from tuoyu_desktop.ui.i18n import LANGUAGES

if TYPE_CHECKING:
    import argparse

APP_DISPLAY_NAME = "tuoyu-desktop"


def parse_args(argv: Sequence[str] | None) -> tuple[argparse.Namespace | SimpleNamespace, list[str]]:
    """(``--data-dir``, ``--lang``) and the rest (Qt's own options).

    The usual command lines (nothing, ``--data-dir DIR``, ``--lang en``, their ``=`` forms) are
    read directly: building an argparse parser costs ~3 ms before the first frame, most of it in
    gettext's catalogue look-ups. Anything else (``--help``, an abbreviation, a missing or wrong
    value, Qt's options) goes through argparse, as before.
    """
    arguments = list(argv) if argv is not None else sys.argv[1:]
    quick = _quick_args(arguments)
    if quick is not None:
        return quick, []
    return _parse_args_fully(arguments)


def _quick_args(arguments: list[str]) -> SimpleNamespace | None:
    values: dict[str, str | None] = {"data_dir": None, "lang": None}
    options = {"--data-dir": "data_dir", "--lang": "lang"}
    index = 0
    while index < len(arguments):
        option, equals, value = arguments[index].partition("=")
        if option not in options:
            return None
        if not equals:
            index += 1
            if index >= len(arguments) or arguments[index].startswith("-"):
                return None  # argparse says what is missing
            value = arguments[index]
        values[options[option]] = value
        index += 1
    if values["lang"] is not None and values["lang"] not in LANGUAGES:
        return None  # argparse names the choices
    return SimpleNamespace(**values)


def _parse_args_fully(arguments: list[str]) -> tuple[argparse.Namespace, list[str]]:
    import argparse

    parser = argparse.ArgumentParser(prog="tuoyu-desktop", description="托育机构质量自评 (childcare quality self-assessment)")
    parser.add_argument("--data-dir", help="data folder (default: TUOYU_DATA_DIR or the per-user folder)")
    parser.add_argument("--lang", choices=LANGUAGES, help="interface language (default: zh_CN or the saved setting)")
    args, rest = parser.parse_known_args(arguments)
    return args, rest


def create_application(argv: Sequence[str] | None = None, language: str | None = None,
                       complete: bool = True) -> QApplication:
    """The QApplication (reused if one exists) with style, fonts and translator installed.

    ``complete=False`` leaves the bundled fonts, the icon and the translator to
    :func:`complete_application`, after the first frame: ``launch`` paints a window shell
    without text of its own first (registering the CJK font alone costs 10–20 ms).
    """
    from tuoyu_desktop.ui import style

    app = QApplication.instance()
    if app is None:
        # Fusion named on the command line: QApplication.setStyle() would have PySide build
        # Python enums for all of QStyle first (about 20 ms).
        app = QApplication([sys.argv[0] if sys.argv else APP_DISPLAY_NAME, "-style", "Fusion", *(argv or [])])
        style.apply(app, set_style=False, sheet=complete)
    else:
        style.apply(app, sheet=complete)
    app.setApplicationName(paths.APP_NAME)
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    app.setOrganizationName(paths.APP_NAME)
    if complete:
        complete_application(app, language)
    return app


def complete_application(app: QApplication, language: str | None = None) -> None:
    """The stylesheet, the bundled CJK font, the window icon and the translator."""
    from tuoyu_desktop.ui import fonts, i18n, style

    if app.styleSheet() != style.STYLESHEET:
        style.apply_sheet(app)
    fonts.load_bundled_fonts(app)
    icon = paths.resources_dir() / "tuoyu.png"
    if icon.is_file():
        from PySide6.QtGui import QIcon

        app.setWindowIcon(QIcon(str(icon)))
    i18n.install_translator(app, language or i18n.DEFAULT_LANGUAGE)


def launch(argv: Sequence[str] | None = None):
    """Everything but the event loop: returns the shown main window, or an exit code."""
    import faulthandler

    from tuoyu_desktop.ui import i18n
    from tuoyu_desktop.ui.settings import open_settings

    # Native crashes before the crash log is open (just after the first frame; importing it
    # costs ~4 ms) still leave their trace, on stderr.
    faulthandler.enable()
    args, qt_args = parse_args(argv)
    data_dir = paths.resolve_data_dir(args.data_dir)
    settings = open_settings(data_dir)
    language = args.lang or i18n.language_from_settings(settings)
    app = create_application(qt_args, language, complete=False)

    # The window shell first (its size and background, no text yet), painted before the fonts,
    # the translator, the services, the data file and the home page are loaded and opened
    # (issue 15: the window comes up close to a bare window's time, whatever the data).
    from tuoyu_desktop.ui.app_window import MainWindow

    window = MainWindow(None, settings)
    window.show()
    app.processEvents()  # the first frame, before the work below
    from tuoyu_desktop import crashlog

    logging_to_file = crashlog.enable(data_dir, "tuoyu-desktop") is not None
    complete_application(app, language)
    opened = open_workspace(data_dir)
    if isinstance(opened, int):
        window.close()
        window.deleteLater()
        return opened
    workspace = opened
    if not logging_to_file:  # a first start: the data folder exists only now
        crashlog.enable(workspace.data_dir, "tuoyu-desktop")
    window.attach(workspace)
    window.schedule_start_backup()  # after the window is up, never in its way
    return window


def open_workspace(data_dir):
    """The writer Workspace, or an exit code after telling the user why not.

    Another running copy: say so and exit 0. A damaged data file: offer the newest good
    backup (the damaged file is kept aside). No data file but files kept aside by an
    interrupted restore: offer the newest. Confirmed changes missing (a damaged WAL): warn.
    """
    from PySide6.QtWidgets import QMessageBox  # after the first frame: its type set-up has 5 enums

    from tuoyu_desktop.services import (
        DatabaseDamaged,
        DatabaseMissing,
        DataDirBusy,
        StoreError,
        Workspace,
        recover_damaged,
        restore_set_aside,
    )
    from tuoyu_desktop.ui.i18n import shown

    def cannot_start(message: str) -> int:
        QMessageBox.critical(None, QCoreApplication.translate("Startup", "Cannot start"), QCoreApplication.translate("Startup", "The data folder cannot be used:") + "\n\n" + message)
        return 1

    def ask(title: str, text: str) -> bool:
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        return QMessageBox.question(None, title, text, buttons, QMessageBox.StandardButton.Yes) == QMessageBox.StandardButton.Yes

    try:
        workspace = Workspace.open(data_dir)
    except DataDirBusy as exc:
        QMessageBox.information(
            None, QCoreApplication.translate("Startup", "Already running"),
            QCoreApplication.translate("Startup", "The program is already running with this data folder. Switch to its window.") + "\n\n" + shown(exc))
        return 0
    except DatabaseDamaged as exc:
        if not ask(QCoreApplication.translate("Startup", "Data file damaged"), QCoreApplication.translate("Startup", "The data file is damaged and cannot be opened:") + "\n" + shown(exc)
                   + "\n\n" + QCoreApplication.translate("Startup", "Restore the newest good backup? The damaged file is kept aside, not deleted.")):
            return 1
        try:
            good, aside = recover_damaged(data_dir)
        except StoreError as failure:
            return cannot_start(shown(failure))
        QMessageBox.information(
            None, QCoreApplication.translate("Startup", "Data restored"),
            QCoreApplication.translate("Startup", "Restored the backup of {label}. The damaged data file was moved to:").format(label=good.label)
            + "\n" + str(aside or ""))
        return open_workspace(data_dir)
    except DatabaseMissing as exc:
        if not ask(QCoreApplication.translate("Startup", "Data file missing"), shown(exc) + "\n\n"
                   + QCoreApplication.translate("Startup", "Make {name} the data file again?").format(name=exc.kept[0].name)):
            return 1
        try:
            restore_set_aside(data_dir, exc.kept[0])
        except StoreError as failure:
            return cannot_start(shown(failure))
        return open_workspace(data_dir)
    except StoreError as exc:
        return cannot_start(shown(exc))
    warning = workspace.integrity_warning()
    if warning:
        QMessageBox.warning(None, QCoreApplication.translate("Startup", "Recent changes missing"), shown(warning))
    return workspace


def main(argv: Sequence[str] | None = None) -> int:
    from tuoyu_desktop.cli import streams
    from tuoyu_desktop.ui.errors import install_excepthook, show_unexpected_error

    streams.configure()  # --help and messages into a pipe or file: UTF-8 whatever the code page
    previous_hook = install_excepthook()
    try:
        try:
            result = launch(argv)
        except SystemExit:
            raise  # --help, or a wrong option: argparse has said why
        except Exception:  # noqa: BLE001 - shown in a dialog rather than lost
            show_unexpected_error(*sys.exc_info())
            return 1
        if isinstance(result, int):
            return result
        return QApplication.instance().exec()
    finally:
        sys.excepthook = previous_hook


if __name__ == "__main__":
    sys.exit(main())
