"""A long first-hour session in the real main window, in a process of its own, for the exit crash.

``python -X dev -X faulthandler long_session.py DATA_DIR --rounds N``

Each round does what a director does in an hour, through the widgets: opens the self-assessment,
answers items by key (the same key twice too) and by mouse, fails and fixes a veto item (the
banner shows and hides), clears an answer and undoes it, attaches a photo and removes it with
undo, opens the summary and cancels the 定稿 question with Esc, opens the ledger and moves
through its rows and filters, then goes home. At the end the window is closed and Python exits
normally, finalising every object (where "Fatal Python error: bool_dealloc" was once seen).
faulthandler prints the stack of a native crash; a clean run prints one line of figures.

What grows per round, and why (measured with 6.11.3 on CPython 3.11): the 58 ``QtCore.Connection``
objects per round were ours, made by signal keywords in constructors (``QShortcut(…, activated=…)``),
which PySide6 keeps alive for ever; pages now connect explicitly (test_long_session checks it). The
~20,000 references to ``None`` per round are surplus increments inside the binding, held by no
Python object (the references from gc-tracked objects stay constant, tracemalloc shows no growth):
``deleteLater()`` adds one per call, ``setParent(None)`` two, on any QObject. They only raise the
count (never the dangerous drop of 6.12), and ``None`` is immortal from CPython 3.12.
"""

from __future__ import annotations

import argparse
import faulthandler
import gc
import os
import sys
import time
from collections import Counter

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
faulthandler.enable()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("data_dir")
    parser.add_argument("--rounds", type=int, default=30)
    args = parser.parse_args()

    from PIL import Image
    from PySide6.QtCore import QEvent, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

    from tuoyu_desktop.app import launch
    from tuoyu_desktop.services import Workspace

    workspace = Workspace.open(args.data_dir)
    demo = workspace.assessments.create_demo()
    form_id = workspace.assessments.open(demo).form.id
    draft = workspace.assessments.create(form_id, "2027年上半年")
    workspace.rectifications.from_assessment(demo)
    workspace.close()
    photo = os.path.join(args.data_dir, "photo.jpg")
    Image.new("RGB", (200, 150), (30, 120, 200)).save(photo, "JPEG")

    window = launch(["--data-dir", args.data_dir])
    if isinstance(window, int):
        print(f"launch failed with {window}", file=sys.stderr)
        return 3
    app = QApplication.instance()
    QMessageBox.question = staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)  # type: ignore[method-assign]
    refs_before = (sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None))
    started = time.perf_counter()
    answers = 0
    refs_after_first = sys.getrefcount(None)
    previous: Counter = Counter()

    def escape_modal(tries: int = 200) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog) and dialog.isVisible():
            QTest.keyClick(dialog, Qt.Key.Key_Escape)
        elif tries:
            QTimer.singleShot(10, lambda: escape_modal(tries - 1))

    for round_ in range(args.rounds):
        window.open_assessment(draft)
        page = window.assessment_page
        for indicator in page.indicators[: 6]:
            page.show_indicator(indicator.id)
            app.processEvents()
            for card in page.pages[indicator.id].cards.values():
                buttons = card.option_buttons
                if not buttons or not card.isVisible() or card.na_box.isChecked():
                    continue
                card.focus_answer()
                key = Qt.Key(Qt.Key.Key_1 + (round_ + answers) % len(buttons))
                QTest.keyClick(card, key)
                QTest.keyClick(card, key)  # the same key twice keeps the answer
                QTest.mouseClick(buttons[0], Qt.MouseButton.LeftButton)
                if card.clear_button.isVisible():
                    QTest.mouseClick(card.clear_button, Qt.MouseButton.LeftButton)
                    QTest.mouseClick(card.undo_button, Qt.MouseButton.LeftButton)
                answers += 3
        veto = next((r.item.id for r in page.session.scores.items.values() if r.item.veto and r.relevant
                     and r.item.kind == "choice"), None)
        if veto is not None:
            page.jump_to_item(veto)
            card = page.card(veto)
            QTest.mouseClick(card.option_buttons[-1], Qt.MouseButton.LeftButton)  # banner shows
            app.processEvents()
            QTest.mouseClick(card.option_buttons[0], Qt.MouseButton.LeftButton)  # and hides
            if card.evidence is not None:
                card.evidence.add_files([photo])
                if card.evidence.tiles:
                    card.evidence.tiles[0].remove()
                    card.evidence.undo_remove()
                    card.evidence.tiles[0].remove()
        window.show_summary()
        app.processEvents()
        QTimer.singleShot(0, escape_modal)
        window.finalise_current()  # asks (or lists what is missing): Esc
        window.activateWindow()
        window.show_ledger()
        ledger = window.ledger_page
        for row_id in ledger.row_ids()[:8]:
            ledger.select(row_id)
            app.processEvents()
        ledger.overdue_box.setChecked(True)
        ledger.overdue_box.setChecked(False)
        ledger.status_filter.setCurrentIndex((round_ % (ledger.status_filter.count() - 1)) + 1)
        ledger.status_filter.setCurrentIndex(0)
        window.show_home()
        app.processEvents()
        # what the event loop does between user actions: widgets given up are deleted
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        gc.collect()
        if round_ == 0:
            refs_after_first = sys.getrefcount(None)
        if os.environ.get("LONG_SESSION_GROWTH"):  # which kinds of objects pile up, round by round
            counts = Counter(f"{type(o).__module__}.{type(o).__name__}" for o in gc.get_objects())
            if round_:
                grown = {k: counts[k] - previous.get(k, 0) for k in counts if counts[k] - previous.get(k, 0) > 50}
                print(f"round {round_}: {sorted(grown.items(), key=lambda kv: -kv[1])[:12]}", file=sys.stderr)
            previous = counts

    refs_last = sys.getrefcount(None)
    window.close()
    app.processEvents()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    gc.collect()
    refs_after = (sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None))
    import resource

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    drift = tuple(after - before for before, after in zip(refs_before, refs_after, strict=True))
    elapsed = time.perf_counter() - started
    print(f"long session ok: {args.rounds} rounds, {answers} answer actions, {elapsed:.1f} s; "
          f"refcount drift True/False/None {drift[0]}/{drift[1]}/{drift[2]}; "
          f"None refs per round after the first {(refs_last - refs_after_first) / max(args.rounds - 1, 1):.0f}; "
          f"peak RSS {peak_mb:.0f} MB")
    sys.stdout.flush()
    return 0  # a normal exit: interpreter shutdown finalises every object


if __name__ == "__main__":
    sys.exit(main())
