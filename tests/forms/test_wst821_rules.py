"""The numbers of the bundled WS/T 821 form, rule by rule: at, just under and just over each limit,
per age band (托育机构设置标准 §19, §20; 76号令 §12; 卫生保健工作规范; WS/T 821 digest)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tuoyu_desktop.facility import ClassGroup, FacilityProfile
from tuoyu_desktop.forms import load_form
from tuoyu_desktop.scoring import score

FORM = load_form(Path(__file__).parents[2] / "forms" / "wst821.yaml")


def profile(classes: list[ClassGroup], **fields) -> FacilityProfile:
    base = dict(name="测试机构", places_total=200, staff_total=40, caregivers_total=20, caregivers_certified=20,
                health_staff=2, health_staff_fulltime=2, health_staff_qualified=2, cooks=6,
                observation_room_m2=8, observation_beds=1)
    base.update(fields)
    return FacilityProfile(classes=classes, **base)


def verdict(item_id: str, facility: FacilityProfile):
    result = score(FORM, {}, facility).items[item_id]
    return result.computed if result.relevant else "hidden"


BANDS = [("乳儿班", 10, 3, 15), ("托小班", 15, 5, 35), ("托大班", 20, 7, 35), ("混龄班", 18, 5, 35)]


@pytest.mark.parametrize("band, size", [(b, s) for b, s, _, _ in BANDS])
@pytest.mark.parametrize("delta, met", [(-1, True), (0, True), (1, False)])
def test_class_size(band, size, delta, met):
    children = size + delta
    group = ClassGroup(band, "一班", children, children)  # enough caregivers: only the size is tested
    assert verdict("2.3.1", profile([group])) is met


@pytest.mark.parametrize("band, per", [(b, p) for b, _, p, _ in BANDS])
@pytest.mark.parametrize("delta, met", [(-1, True), (0, True), (1, False)])
def test_caregiver_ratio(band, per, delta, met):
    group = ClassGroup(band, "一班", 2 * per + delta, 2)
    assert verdict("2.3.6", profile([group])) is met


def test_mixed_class_at_18_to_1_fails_the_ratio():
    assert verdict("2.3.6", profile([ClassGroup("混龄班", "一班", 18, 1)])) is False
    assert verdict("2.3.6", profile([ClassGroup("混龄班", "一班", 18, 4)])) is True  # 4.5 per caregiver


def test_a_class_with_children_and_no_caregiver_fails():
    assert verdict("2.3.6", profile([ClassGroup("托大班", "一班", 3, 0)])) is False


@pytest.mark.parametrize("band, minimum", [(b, m) for b, _, _, m in BANDS])
@pytest.mark.parametrize("delta, met", [(-0.1, False), (0, True), (0.1, True)])
def test_activity_room_area(band, minimum, delta, met):
    group = ClassGroup(band, "一班", 5, 5, minimum + delta)
    assert verdict("1.2.6", profile([group])) is met


def test_area_not_entered_is_cannot_compute_and_names_it():
    facility = profile([ClassGroup("托小班", "一班", 5, 1, 40), ClassGroup("托大班", "二班", 5, 1, 0)])
    result = score(FORM, {}, facility).items["1.2.6"]
    assert result.computed is None and result.missing == ("各班活动室面积",)


@pytest.mark.parametrize("area, beds, met", [(5.9, 1, False), (6, 1, True), (6.1, 1, True), (8, 0, False)])
def test_observation_room(area, beds, met):
    assert verdict("1.3.4", profile([ClassGroup("托小班", "一班", 5, 1)], observation_room_m2=area,
                                    observation_beds=beds)) is met


def children(total: int) -> list[ClassGroup]:
    """``total`` children in 托大班 classes of at most 20, each with enough caregivers."""
    groups, left = [], total
    while left > 0:
        size = min(20, left)
        groups.append(ClassGroup("托大班", f"{len(groups) + 1}班", size, 3))
        left -= size
    return groups


@pytest.mark.parametrize(
    "enrolled, staff, fulltime, met",
    [
        (149, 1, 0, True),    # under 150: part-time is enough
        (149, 0, 0, False),   # but someone there must be
        (150, 1, 0, False),   # at 150: one full-time
        (150, 1, 1, True),
        (151, 2, 1, False),   # one per 150, a part of 150 counts whole (本表自定)
        (151, 2, 2, True),
        (300, 2, 2, True),
        (301, 3, 2, False),
    ],
)
def test_health_staff_per_150_children(enrolled, staff, fulltime, met):
    facility = profile(children(enrolled), health_staff=staff, health_staff_fulltime=fulltime,
                       health_staff_qualified=staff)
    assert verdict("2.3.7", facility) is met


@pytest.mark.parametrize("staff, qualified, met", [(2, 2, True), (2, 1, False), (0, 0, False)])
def test_health_staff_qualification(staff, qualified, met):
    facility = profile(children(40), health_staff=staff, health_staff_fulltime=0, health_staff_qualified=qualified)
    assert verdict("2.3.8", facility) is met


@pytest.mark.parametrize("enrolled, cooks, met", [(49, 1, True), (50, 1, True), (51, 1, False), (51, 2, True),
                                                  (100, 2, True), (101, 2, False)])
def test_cooks_per_50_children(enrolled, cooks, met):
    assert verdict("2.3.9", profile(children(enrolled), cooks=cooks)) is met


def test_cooks_hidden_when_meals_are_catered():
    assert verdict("2.3.9", profile(children(80), cooks=0, meals_on_site=False)) == "hidden"


@pytest.mark.parametrize("item_id", ["2.5.3", "6.2.6", "6.2.7", "6.4.4", "2.3.1", "2.3.6", "2.3.7"])
def test_the_decisive_items_of_the_issue(item_id):
    item = FORM.item(item_id)
    assert item.veto and not item.na_allowed and item.source


def test_every_item_has_a_source_and_own_choices_say_so():
    assert all(item.source for item in FORM.iter_items())
    own = {item.id for item in FORM.own_choices}
    assert {"2.2.5", "2.3.6"} <= own  # 持证率 90 % is a local target; the mixed-class ratio is the form's reading
    assert "北京市、重庆市" in FORM.item("2.2.5").source and not FORM.item("2.2.5").veto
