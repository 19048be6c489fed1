"""The inspection checklist 2025.2: no staff-file checks by volunteers, decisive items never N/A,
what a visitor can see (places on the day, nap and fire-patrol records, food samples, ride-on toys,
the medical agreement, the guard, drowning hazards), and on-site counts feeding the ratio items."""

from __future__ import annotations

import pytest

from tuoyu_desktop.cli import main
from tuoyu_desktop.forms import load_form
from tuoyu_desktop.paths import bundled_forms_dir
from tuoyu_desktop.services import Workspace
from tuoyu_desktop.services.demo import demo_visited_profile

FORM = load_form(bundled_forms_dir() / "inspection.yaml")


def test_volunteers_do_not_open_staff_files():
    texts = " ".join(i.text + i.guidance for i in FORM.iter_items())
    assert "档案中都有无犯罪记录证明" not in texts and not FORM.has_item("6.2.2")
    roster = FORM.item("6.2.4")
    assert "签字的当天在岗人员名单" in roster.text and "不查阅人事档案" in roster.guidance
    assert "不查阅人事档案" in FORM.item("6.2.1").guidance


@pytest.mark.parametrize("words", ["安保人员在岗", "午睡有巡视记录", "125克", "48小时", "玩具车", "医育结合", "防溺水",
                                   "防火巡查记录", "不超过备案的托位数"])
def test_what_a_visitor_can_see_is_asked(words):
    assert any(words in item.text for item in FORM.iter_items()), words


def test_decisive_items_are_never_na_and_every_item_has_a_source():
    assert FORM.schema == 2
    vetoes = [i for i in FORM.iter_items() if i.veto]
    assert vetoes and all(not i.na_allowed for i in vetoes)
    assert all(i.source for i in FORM.iter_items() if i.scored)


@pytest.fixture
def inspection(tmp_path):
    ws = Workspace.open(tmp_path / "inspector-data")
    ws.preferences.set_mode("inspector")
    profile = demo_visited_profile()
    facility_id = ws.facilities.add_visited(profile.name, profile.credit_code)
    ws.facilities.save_visited(facility_id, profile)  # 60 places
    inspection_id = ws.inspections.create(facility_id, "2026-11-20 09:30", "王建国", "张晓燕")
    yield ws, inspection_id
    ws.close()


@pytest.mark.parametrize("present, met", [(59, True), (60, True), (61, False)])
def test_children_present_against_filed_places(inspection, present, met):
    ws, inspection_id = inspection
    ws.inspections.record_count(inspection_id, "1.4.1", "60")  # read from the posted 备案 information
    ws.inspections.record_count(inspection_id, "1.4.2", str(present))
    assert ws.assessments.open(inspection_id).scores.items["1.4.3"].computed is met


def test_places_cannot_be_judged_before_the_count(inspection):
    ws, inspection_id = inspection
    ws.inspections.record_count(inspection_id, "1.4.1", "60")
    result = ws.assessments.open(inspection_id).scores.items["1.4.3"]
    assert result.computed is None and result.missing == ("条目 1.4.2",)


@pytest.mark.parametrize("children, caregivers, met", [(14, 3, True), (15, 3, True), (16, 4, False), (11, 2, False)])
def test_on_site_counts_feed_the_ratio_item(inspection, children, caregivers, met):
    ws, inspection_id = inspection
    ws.inspections.record_count(inspection_id, "1.2.4", str(children))  # 托小班 children present
    ws.inspections.record_count(inspection_id, "1.2.5", str(caregivers))
    assert ws.assessments.open(inspection_id).scores.items["1.2.6"].computed is met


def test_cli_check_and_count(capsys, inspection):
    ws, inspection_id = inspection
    data_dir = str(ws.data_dir)
    ws.close()
    veto = next(i.id for i in FORM.iter_items() if i.veto and i.kind == "choice")
    code = main(["--data-dir", data_dir, "inspections", "check", inspection_id, veto, "--na", "看不到"])
    _out, err = capsys.readouterr()
    assert code == 2 and "一票否决项不能标为不适用" in err
    code = main(["--data-dir", data_dir, "inspections", "check", inspection_id, veto, "不符合",
                 "--observation", "午睡室无人"])
    out, _ = capsys.readouterr()
    assert code == 0 and f"已记录 {veto}：不符合" in out
    assert main(["--data-dir", data_dir, "inspections", "count", inspection_id, "1.2.4", "14"]) == 0
    out, _ = capsys.readouterr()
    assert "1.2.6 无法计算" in out  # the caregivers are not counted yet
    assert main(["--data-dir", data_dir, "inspections", "count", inspection_id, "1.2.5", "2"]) == 0
    out, _ = capsys.readouterr()
    assert "1.2.6 不符合：在班幼儿 14 名，在岗保育人员 2 名" in out


def test_the_demo_inspection_still_finalises(tmp_path):
    ws = Workspace.open(tmp_path / "demo")
    try:
        inspection_id = ws.inspections.create_demo(photos=1, photo_size=(64, 48))
        assert ws.assessments.open(inspection_id).finalised
    finally:
        ws.close()
