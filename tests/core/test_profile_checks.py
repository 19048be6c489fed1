"""Profile checks that protect the report: phone numbers, sane ranges (named, never clamped),
places against children (a warning), the new staff and area fields."""

from __future__ import annotations

import pytest

from tuoyu_desktop.facility import ClassGroup, FacilityProfile, phone_problem
from tuoyu_desktop.services import ProfileInvalid, demo_profile


@pytest.mark.parametrize("text", ["010-6471 2345", "13812345678", "+86 138 1234 5678", "64712345",
                                  "010-64712345转8001", "400-810-1234", "0755-8888888、13800001111", ""])
def test_good_phone_numbers(text):
    assert phone_problem(text) is None


@pytest.mark.parametrize("text", ["abc", "12345", "1381234567", "138123456789", "010-6471 2345转abc", "电话见门口"])
def test_bad_phone_numbers_are_named(text):
    problem = phone_problem(text)
    assert problem and "格式不正确" in problem


def test_bad_contact_refuses_saving(workspace):
    profile = demo_profile()
    profile.contact = "找李老师"
    with pytest.raises(ProfileInvalid) as caught:
        workspace.facilities.save_own(profile)
    assert "contact" in caught.value.problems


@pytest.mark.parametrize(
    "field, high",
    [("places_total", 2000), ("staff_total", 1000), ("health_staff", 100), ("cooks", 200),
     ("observation_room_m2", 200), ("observation_beds", 50)],
)
@pytest.mark.parametrize("over, bad", [(0, False), (1, True)])
def test_counts_and_areas_within_sane_ranges(field, high, over, bad):
    profile = FacilityProfile(name="某机构", staff_total=2000, caregivers_total=0, health_staff=100)
    setattr(profile, field, high + over)
    assert (field in profile.problems()) is bad
    if bad:
        assert "超出合理范围" in profile.problems()[field] and str(high + over) in profile.problems()[field]


@pytest.mark.parametrize("attribute, high", [("children", 100), ("caregivers", 50), ("area_m2", 1000)])
@pytest.mark.parametrize("over, bad", [(0, False), (1, True)])
def test_class_figures_within_sane_ranges(attribute, high, over, bad):
    group = ClassGroup("托大班", "大一班", 10, 2, 40)
    setattr(group, attribute, high + over)
    problems = FacilityProfile(name="某机构", classes=[group]).problems()
    assert ("classes[0]" in problems) is bad


def test_full_time_and_qualified_health_staff_are_part_of_the_total():
    profile = FacilityProfile(name="某机构", staff_total=10, health_staff=1, health_staff_fulltime=2,
                              health_staff_qualified=2)
    problems = profile.problems()
    assert "health_staff_fulltime" in problems and "health_staff_qualified" in problems


def test_places_fewer_than_children_is_a_warning_not_a_refusal(workspace):
    profile = demo_profile()
    profile.places_total = profile.places_puhui = profile.children_enrolled - 1
    assert not profile.problems()
    assert any("多于总托位数" in w for w in profile.warnings())
    workspace.facilities.save_own(profile)  # saved all the same
    profile.places_total = profile.children_enrolled
    assert not profile.warnings()


def test_home_point_with_more_than_five_children_warns():
    profile = FacilityProfile(name="某家庭托育点", facility_type="家庭托育点",
                              classes=[ClassGroup("混龄班", "家庭班", 6, 2)])
    assert any("最多照护 5 名" in w for w in profile.warnings())


def test_new_fields_round_trip():
    profile = demo_profile()
    again = FacilityProfile.from_dict(profile.to_dict())
    assert again == profile and again.classes[0].area_m2 == 18 and again.cooks == 2


def test_old_profiles_without_the_new_fields_still_load():
    data = demo_profile().to_dict()
    for key in ("cooks", "health_staff_fulltime", "observation_room_m2"):
        data.pop(key)
    for group in data["classes"]:
        group.pop("area_m2")
    profile = FacilityProfile.from_dict(data)
    assert profile.cooks == 0 and profile.classes[0].area_m2 == 0
