"""A long scripted session in the real main window, run in a process of its own.

``python soak_session.py DATA_DIR --answers N --assessments K [--form ID]``

Opens the app as a user starts it (``app.launch``), then changes answers through the real
widgets (mouse clicks on the options and the number keys, moving between indicators with
Ctrl+PgDown and the navigator), so the navigator, the score panel and the veto banner refresh
after every change; opens and closes ``K`` assessments from the home screen; and quits through
the window's close, as a user does. A native crash (a refcount error in the Qt binding, say)
kills this process, which the calling test sees as a non-zero exit with faulthandler's trace;
a clean run prints one line of figures and exits 0.
"""

from __future__ import annotations

import argparse
import faulthandler
import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
faulthandler.enable()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("data_dir")
    parser.add_argument("--answers", type=int, default=2000)
    parser.add_argument("--assessments", type=int, default=20)
    parser.add_argument("--form", default="wst821-2023")
    args = parser.parse_args()

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from tuoyu_desktop.app import launch
    from tuoyu_desktop.services import Workspace, demo_profile

    workspace = Workspace.open(args.data_dir)
    if workspace.facilities.own() is None:
        workspace.facilities.save_own(demo_profile())
    ids = [workspace.assessments.create(args.form, f"第{n + 1}期") for n in range(max(args.assessments, 1))]
    workspace.close()

    window = launch(["--data-dir", args.data_dir])
    if isinstance(window, int):
        print(f"launch failed with {window}", file=sys.stderr)
        return 3
    app = QApplication.instance()
    started = time.perf_counter()

    # Open and close K assessments from the home screen.
    for assessment_id in ids:
        window.open_assessment(assessment_id)
        app.processEvents()
        window.assessment_page.top.back_button.click()
        app.processEvents()

    window.open_assessment(ids[0])
    page = window.assessment_page
    changes = 0
    visits = 0
    while changes < args.answers:
        indicator = page.current_indicator
        for card in list(page.pages[indicator].cards.values()):
            if changes >= args.answers:
                break
            buttons = card.option_buttons if not card.computed and card.isVisible() else []
            if not buttons or card.na_box.isChecked():
                continue
            before = page.session.answer(card.item.id).value
            current = next((n for n, b in enumerate(buttons) if b.isChecked()), -1)
            choice = (current + 1) % len(buttons)
            if changes % 2:
                QTest.mouseClick(buttons[choice], Qt.MouseButton.LeftButton)
            else:
                card.focus_answer()
                QTest.keyClick(card, Qt.Key(Qt.Key.Key_1 + choice))
            if page.session.answer(card.item.id).value == before:
                print(f"answer to {card.item.id} did not change", file=sys.stderr)
                return 4
            changes += 1
        visits += 1
        index = next(i for i, ind in enumerate(page.indicators) if ind.id == indicator)
        following = page.indicators[(index + 1) % len(page.indicators)]
        if visits % 3 == 0 or index + 1 == len(page.indicators):
            page.navigator.setCurrentItem(page.navigator.indicator_nodes[following.id])
        else:
            QTest.keyClick(page, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
        app.processEvents()
        if page.current_indicator != following.id:
            print(f"could not move from {indicator} to {following.id}", file=sys.stderr)
            return 5

    saved = len(page.session.answers)
    window.close()
    app.processEvents()
    elapsed = time.perf_counter() - started
    print(f"soak ok: {changes} answer changes, {len(ids)} assessments opened and closed, "
          f"{visits} page moves, {saved} items answered, {elapsed:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
