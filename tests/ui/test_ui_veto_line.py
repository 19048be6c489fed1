"""The veto line above the item cards: its links follow the failures and go where they say."""

from __future__ import annotations

import pytest
from support import DATA

from tuoyu_desktop.forms import load_form
from tuoyu_desktop.records import Answer
from tuoyu_desktop.scoring import score
from tuoyu_desktop.ui.veto_banner import MAX_LINKS, VetoLine


@pytest.fixture
def every_item_decisive(tmp_path):
    """The mini form with every item decisive (yes/no)."""
    text = (DATA / "mini_form.yaml").read_text(encoding="utf-8")
    text = text.replace("scale: yesno\n            veto: true", "scale: yesno")
    text = text.replace("scale: level3\n", "scale: yesno\n").replace("scale: yesno\n", "scale: yesno\n            veto: true\n")
    path = tmp_path / "decisive.yaml"
    path.write_text(text, encoding="utf-8")
    form = load_form(path)
    assert len(form.veto_items) == 4 > MAX_LINKS
    return form


def shown_links(line: VetoLine) -> list[str]:
    return [b.text() for b in line.banner.buttons if not b.isHidden()]


def test_links_follow_the_failures_and_go_to_their_items(qtbot, zh_app, every_item_decisive):
    form = every_item_decisive
    line = VetoLine()
    qtbot.addWidget(line)
    line.show()
    every_unmet = {item.id: Answer("no") for item in form.iter_items()}
    line.refresh(score(form, every_unmet, None))
    links = shown_links(line)
    assert [text.split()[0] for text in links[:MAX_LINKS]] == ["1.1.1", "1.1.2", "1.2.1"]
    assert links[0] == "1.1.1 营业执照经营范围包含托育服务。 — 否"
    assert links[MAX_LINKS:] == ["… 另有 1 项"]
    with qtbot.waitSignal(line.banner.itemClicked) as clicked:
        line.banner.buttons[1].click()
    assert clicked.args == ["1.1.2"]
    with qtbot.waitSignal(line.banner.summaryClicked):
        line.banner.more_button.click()

    fixed = dict(every_unmet, **{"1.1.1": Answer("yes"), "1.1.2": Answer("yes")})
    line.refresh(score(form, fixed, None))
    assert [text.split()[0] for text in shown_links(line)] == ["1.2.1", "2.1.1"]  # no "more" link
    with qtbot.waitSignal(line.banner.itemClicked) as clicked:
        line.banner.buttons[0].click()
    assert clicked.args == ["1.2.1"]

    line.refresh(score(form, {item.id: Answer("yes") for item in form.iter_items()}, None))
    assert not line.banner.isVisible() and line.calm.isVisible()
