"""The GUI entry point: ``tuoyu-desktop [--data-dir DIR] [--lang zh_CN|en]``.

Kept light: only Qt and the core are imported here; report and signing code load when
they are used.
"""

from __future__ import annotations

import argparse
import sys
from typing import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from tuoyu_desktop import paths

APP_DISPLAY_NAME = "tuoyu-desktop"


def parse_args(argv: Sequence[str] | None) -> tuple[argparse.Namespace, list[str]]:
    parser = argparse.ArgumentParser(prog="tuoyu-desktop", description="托育机构质量自评 (childcare quality self-assessment)")
    parser.add_argument("--data-dir", help="data folder (default: TUOYU_DATA_DIR or the per-user folder)")
    parser.add_argument("--lang", choices=("zh_CN", "en"), help="interface language (default: zh_CN or the saved setting)")
    args, rest = parser.parse_known_args(list(argv) if argv is not None else sys.argv[1:])
    return args, rest


def create_application(argv: Sequence[str] | None = None, language: str | None = None) -> QApplication:
    """The QApplication (reused if one exists) with fonts, style and translator installed."""
    from tuoyu_desktop.ui import fonts, i18n, style

    app = QApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0] if sys.argv else APP_DISPLAY_NAME, *(argv or [])])
    app.setApplicationName(paths.APP_NAME)
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    app.setOrganizationName(paths.APP_NAME)
    fonts.load_bundled_fonts(app)
    style.apply(app)
    i18n.install_translator(app, language or i18n.DEFAULT_LANGUAGE)
    return app


def launch(argv: Sequence[str] | None = None):
    """Everything but the event loop: returns the shown main window, or an exit code."""
    from tuoyu_desktop.services import StoreError, Workspace
    from tuoyu_desktop.ui import i18n
    from tuoyu_desktop.ui.settings import open_settings

    args, qt_args = parse_args(argv)
    data_dir = paths.resolve_data_dir(args.data_dir)
    settings = open_settings(data_dir)
    language = args.lang or i18n.language_from_settings(settings)
    create_application(qt_args, language)
    try:
        workspace = Workspace.open(data_dir)
    except StoreError as exc:
        QMessageBox.critical(
            None,
            QCoreApplication.translate("Startup", "Cannot start"),
            QCoreApplication.translate("Startup", "The data folder cannot be used:") + "\n\n" + str(exc),
        )
        return 1

    from tuoyu_desktop.ui.app_window import MainWindow

    window = MainWindow(workspace, settings)
    window.show()
    return window


def main(argv: Sequence[str] | None = None) -> int:
    from tuoyu_desktop.ui.errors import install_excepthook, show_unexpected_error

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
