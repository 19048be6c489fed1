"""A large form in the assessment page: pages built on demand and released, answers kept."""

from __future__ import annotations

from support.synthetic_form import write_synthetic_form

from tuoyu_desktop.records import Answer
from tuoyu_desktop.services import Workspace
from tuoyu_desktop.services.demo import demo_profile
from tuoyu_desktop.ui.assessment_page import MAX_BUILT_PAGES, AssessmentPage


def open_large(qtbot, data_dir, items=200):
    write_synthetic_form(data_dir / "forms", items, "large")
    workspace = Workspace.open(data_dir)
    workspace.facilities.save_own(demo_profile())
    session = workspace.assessments.open(workspace.assessments.create("large", "2026年"))
    page = AssessmentPage(session, workspace=workspace)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    return workspace, page


def test_walking_every_page_keeps_few_built(qtbot, zh_app, data_dir):
    workspace, page = open_large(qtbot, data_dir)
    assert len(page.indicators) > 2 * MAX_BUILT_PAGES
    for _ in range(len(page.indicators) - 1):
        page.step(1)
        assert len(page.pages) <= MAX_BUILT_PAGES
        assert page.stack.count() == len(page.pages)
    assert page.current_indicator == page.indicators[-1].id
    assert page.current_indicator in page.pages
    page.close()
    workspace.close()


def test_a_released_page_comes_back_with_its_answers(qtbot, zh_app, data_dir):
    workspace, page = open_large(qtbot, data_dir)
    first = page.indicators[0].id
    page.show_indicator(first)
    card = next(iter(page.pages[first].cards.values()))
    card.set_answer(Answer(card.item.scale.options[-1].value, comment="记录缺失"))
    assert page.save_item(card.item.id)
    typed = list(page.pages[first].cards.values())[1]
    typed.comment.setPlainText("尚未保存的说明")  # typed, waiting for its pause
    for indicator in page.indicators[1:2 * MAX_BUILT_PAGES + 1]:
        page.show_indicator(indicator.id)
    assert first not in page.pages
    assert page.session.answers[typed.item.id].comment == "尚未保存的说明"  # flushed when released
    page.show_indicator(first)
    again = page.pages[first].cards[card.item.id]
    assert again is not card
    assert again.answer() == Answer(card.item.scale.options[-1].value, comment="记录缺失")
    page.close()
    workspace.close()


def test_a_page_out_of_sight_shows_later_changes(qtbot, zh_app, data_dir):
    workspace, page = open_large(qtbot, data_dir, items=60)
    first, second = page.indicators[0].id, page.indicators[1].id
    page.show_indicator(first)
    page.show_indicator(second)
    assert first in page.pages
    item = page.session.form.indicator(first).items[0]
    page.session.set_answer(item.id, Answer(item.scale.options[0].value))
    page.refresh(item.id)
    assert page.navigator.indicator_nodes[first].text(1).startswith("1/")
    page.show_indicator(first)
    assert page.pages[first].tally.text().startswith("已完成 1/")
    page.close()
    workspace.close()


def test_home_lists_at_once_and_fills_scores_after(qtbot, zh_app, data_dir):
    from tuoyu_desktop.ui.home_page import HomePage

    write_synthetic_form(data_dir / "forms", 300, "large")
    workspace = Workspace.open(data_dir)
    workspace.facilities.save_own(demo_profile())
    ids = [workspace.assessments.create("large", f"第 {n} 期") for n in range(5)]
    session = workspace.assessments.open(ids[0])
    item = next(session.form.iter_items())
    session.set_answer(item.id, Answer(item.scale.options[0].value))
    workspace.forms.forget_pinned()  # a fresh process: no form parsed yet
    home = HomePage(workspace)
    qtbot.addWidget(home)
    assert home.table.rowCount() == 5
    assert home.table.item(0, 0).text() == "第 4 期"  # newest first, before any scoring
    assert {home.table.item(r, 3).text() for r in range(5)} == {"…"}
    home.show()
    qtbot.waitUntil(lambda: "…" not in {home.table.item(r, 3).text() for r in range(5)})
    assert home.table.item(4, 3).text() == "1/300"
    assert home.table.item(0, 3).text() == "0/300"
    home.close()
    workspace.close()


def test_a_page_wanted_at_once_shows_its_top_first_and_finishes_itself(qtbot, zh_app, data_dir):
    """Issue 15: Next pressed before the page was built: its first cards now, the rest at once after."""
    from tuoyu_desktop.ui.indicator_page import CARDS_AT_ONCE

    workspace, page = open_large(qtbot, data_dir)
    target = page.indicators[5]
    assert target.id not in page.pages and len(target.items) > CARDS_AT_ONCE
    page.show_indicator(target.id)
    shown = page.pages[target.id]
    assert list(shown.built_cards) == [i.id for i in target.items[:CARDS_AT_ONCE]]
    qtbot.waitUntil(lambda: shown.complete, timeout=10_000)
    assert list(shown.built_cards) == [i.id for i in target.items]
    late = shown.built_cards[target.items[-1].id]
    late.set_answer(Answer(late.item.scale.options[0].value))
    late.changed.emit(late.item.id)  # a late card is connected like the first ones
    assert page.session.answers[late.item.id].value == late.item.scale.options[0].value
    page.close()
    workspace.close()


def test_asking_for_the_cards_of_an_unfinished_page_finishes_it(qtbot, zh_app, data_dir):
    workspace, page = open_large(qtbot, data_dir)
    target = page.indicators[3]
    first_items = target.items[:-1]
    session = page.session
    for item in first_items:  # only the last item is left open
        session.set_answer(item.id, Answer(item.scale.options[0].value))
    page.show_indicator(target.id)
    shown = page.pages[target.id]
    page.focus_current()  # the first open item, although it was not made yet
    last = target.items[-1].id
    assert last in shown.built_cards
    assert shown.built_cards[last].isAncestorOf(page.focusWidget())
    assert list(shown.cards) == [i.id for i in target.items] and shown.complete
    page.close()
    workspace.close()


def test_an_unfinished_page_waits_while_hidden(qtbot, zh_app, data_dir):
    workspace, page = open_large(qtbot, data_dir)
    target = page.indicators[4]
    page.show_indicator(target.id)
    shown = page.pages[target.id]
    page.hide()
    qtbot.wait(200)
    assert not shown.complete  # nothing made for a closed window (its workspace may be closed)
    page.show()
    qtbot.waitUntil(lambda: shown.complete, timeout=10_000)
    page.close()
    workspace.close()


def test_released_pages_are_deleted_when_the_user_pauses(qtbot, zh_app, data_dir):
    """Deleting a page's widgets is not part of turning the page: it waits for a pause,
    and no more than MAX_BUILT_PAGES released pages wait (Next held down)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    workspace, page = open_large(qtbot, data_dir)
    shown: list[str] = []
    deleted: list[str] = []
    most_waiting = 0
    for indicator in page.indicators[: 3 * MAX_BUILT_PAGES]:
        page.show_indicator(indicator.id)
        shown.append(indicator.id)
        page.pages[indicator.id].destroyed.connect(lambda *_args, i=indicator.id: deleted.append(i))
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # what the event loop deletes
        waiting = [i for i in shown if i not in page.pages and i not in deleted]
        assert len(waiting) <= MAX_BUILT_PAGES  # released, not deleted yet: bounded
        most_waiting = max(most_waiting, len(waiting))
    assert most_waiting == MAX_BUILT_PAGES  # turning a page deleted none of them
    assert deleted, "pages released while Next was held down are deleted past the bound"
    before = len(deleted)
    qtbot.waitUntil(lambda: (QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete),
                             len(deleted) > before)[1], timeout=5_000)  # the pause: the rest go
    assert sorted(deleted) == sorted(i for i in shown if i not in page.pages)
    page.close()
    workspace.close()


def test_a_page_wanted_at_once_makes_more_cards_a_full_turn_after_its_first_frame(
        qtbot, zh_app, data_dir, monkeypatch):
    """The first frame of a page shown at once has only its first cards, and the next ones wait a
    full turn of the event loop after that frame (not a turn after the page was made: the
    user sees the top of the page first)."""
    import time

    from PySide6.QtWidgets import QApplication

    from tuoyu_desktop.ui import indicator_page

    turn = 0.3
    monkeypatch.setattr(indicator_page, "TURN_MS", int(turn * 1000))
    workspace, page = open_large(qtbot, data_dir)
    qtbot.waitExposed(page)
    target = page.indicators[6]
    made = time.perf_counter()
    page.show_indicator(target.id)
    shown = page.pages[target.id]
    time.sleep(turn * 2 / 3)  # the first frame comes late (a slow machine)
    QApplication.processEvents()
    assert shown._painted and len(shown.built_cards) == indicator_page.CARDS_AT_ONCE
    time.sleep(max(0.0, made + turn * 1.2 - time.perf_counter()))  # a turn after the page was made
    QApplication.processEvents()
    assert len(shown.built_cards) == indicator_page.CARDS_AT_ONCE  # not yet: a turn after the frame
    qtbot.waitUntil(lambda: shown.complete, timeout=10_000)
    page.close()
    workspace.close()
