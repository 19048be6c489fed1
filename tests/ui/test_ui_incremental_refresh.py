"""After an answer the page shows again only what the answer rescored; what it shows must be what a
full refresh would show: navigator, dimension panel, top bar and the current page's cards."""

from __future__ import annotations

import random
import shutil

import pytest
from support import DATA

from tuoyu_desktop.records import Answer
from tuoyu_desktop.services import DEFAULT_FORM_ID, Workspace
from tuoyu_desktop.services.demo import demo_profile
from tuoyu_desktop.ui.assessment_page import AssessmentPage


def shown(page: AssessmentPage) -> dict:
    """Everything the scores are shown in, as the user sees it."""
    navigator = {}
    for kind, nodes in (("dimension", page.navigator.dimension_nodes), ("indicator", page.navigator.indicator_nodes)):
        for key, node in nodes.items():
            navigator[kind, key] = (node.text(1), node.toolTip(1), node.icon(0).cacheKey(),
                                    node.foreground(0).color().name(), node.foreground(1).color().name())
    panel = {key: (percent.text(), meter.value(), meter.property("state"), meter.toolTip(), points.text(),
                   progress.text()) for key, (percent, meter, points, progress) in page.dimension_panel.rows.items()}
    cards = {key: (card.isHidden(), card.property("state"), card.status_label.text(), card.problem_label.text(),
                   card.result_label.text() if card.computed else "")
             for key, card in page.pages[page.current_indicator].cards.items()}
    top = (page.top.progress_label.text(), page.top.score_label.text(), page.top.grade_label.text(),
           page.top.progress.value(), page.veto_line.isHidden())
    return {"navigator": navigator, "panel": panel, "cards": cards, "top": top}


def answers_for(card, rng: random.Random) -> Answer:
    item = card.item
    if item.kind == "number":
        return Answer(rng.choice(["0", "1", "3", "15", ""]))
    if item.na_allowed and rng.random() < 0.15:
        return Answer(None, na=True, na_reason=rng.choice(["", "本机构无此设施"]))
    return Answer(rng.choice(item.scale.options).value)


@pytest.mark.parametrize("form_id, source", [("rules-test", DATA / "rules_form.yaml"), (DEFAULT_FORM_ID, None)])
def test_what_an_answer_shows_is_what_a_full_refresh_shows(qtbot, zh_app, data_dir, form_id, source) -> None:
    if source is not None:
        (data_dir / "forms").mkdir(parents=True)
        shutil.copy(source, data_dir / "forms" / source.name)
    workspace = Workspace.open(data_dir)
    workspace.facilities.save_own(demo_profile())
    page = AssessmentPage(workspace.assessments.open(workspace.assessments.create(form_id, "2026年")),
                          workspace=workspace)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    rng = random.Random(form_id)
    indicators = [indicator.id for indicator in page.indicators]
    answered = 0
    for _ in range(60):
        page.show_indicator(rng.choice(indicators))
        cards = [c for c in page.pages[page.current_indicator].cards.values()
                 if not c.isHidden() and not c.computed and c.item.kind in ("choice", "number")]
        if not cards:
            continue
        card = rng.choice(cards)
        card.set_answer(answers_for(card, rng))
        assert page.save_item(card.item.id)
        answered += 1
        after_answer = shown(page)
        page.refresh()  # everything, from the scores
        assert shown(page) == after_answer, (card.item.id, page.session.answer(card.item.id))
    assert answered > 30 and page.session.scores.total.done > 5
    page.close()
    workspace.close()
