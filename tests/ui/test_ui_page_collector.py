"""A complete page hands its objects to the collector's old generation as it is made (issue 15):
the user's next answer does not pay for walking them."""

from __future__ import annotations

import gc

from test_ui_large_form import open_large

from tuoyu_desktop.switches import collector_paused
from tuoyu_desktop.ui import indicator_page


def in_old_generation(obj: object) -> bool:
    return any(other is obj for other in gc.get_objects(generation=2))


def test_a_complete_page_leaves_its_objects_in_the_old_generation(qtbot, zh_app, data_dir):
    workspace, page = open_large(qtbot, data_dir)
    gc.collect()
    indicator = page.indicators[6]
    built = page.page(indicator.id)  # made whole, as the neighbours are while the user reads
    assert built.complete
    last = list(built.built_cards.values())[-1]
    # the attributes of the page's last card: made last, young unless collected with the page
    assert in_old_generation(last.__dict__)
    page.close()
    workspace.close()


def test_a_page_made_a_few_cards_at_a_time_is_settled_when_its_last_card_is_made(
        qtbot, zh_app, data_dir, monkeypatch):
    settled = []
    workspace, page = open_large(qtbot, data_dir)
    qtbot.waitExposed(page)
    page._prefetch_timer.setInterval(60_000)  # the neighbours are not made meanwhile
    monkeypatch.setattr(indicator_page, "settle_young_objects", lambda: settled.append(len(shown.built_cards)))
    target = page.indicators[6]
    page.show_indicator(target.id)  # wanted at once: the first cards now, the rest in turns
    shown = page.pages[target.id]
    assert not shown.complete and settled == []
    qtbot.waitUntil(lambda: shown.complete, timeout=5_000)
    assert settled == [len(target.items)], "once, when the page is complete"
    page.close()
    workspace.close()


def test_no_collection_while_a_worker_has_paused_the_collector(qtbot, zh_app, data_dir):
    workspace, page = open_large(qtbot, data_dir)
    collections = []

    def seen(phase: str, info: dict) -> None:
        if phase == "start":
            collections.append(info["generation"])

    with collector_paused():  # as while a report is made in a worker
        gc.callbacks.append(seen)
        try:
            built = page.page(page.indicators[6].id)
        finally:
            gc.callbacks.remove(seen)
    assert built.complete
    assert collections == []
    page.close()
    workspace.close()
