"""The facility profile (机构信息) and the checks on its fields."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field

from tuoyu_desktop.messages import Message

# GB 32100—2015: the 31 characters a unified social credit code may use (no I, O, S, V, Z).
CREDIT_CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CREDIT_CODE_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)

FACILITY_TYPES = ("独立托育机构", "幼儿园托班", "社区托育点", "用人单位托育点", "家庭托育点")
CLASS_TYPES = ("乳儿班", "托小班", "托大班", "混龄班")

# Sane ranges: a figure outside is a typing slip, never clamped silently but named.
COUNT_LIMITS = {
    "places_total": ("总托位数", 2000),
    "places_puhui": ("普惠托位数", 2000),
    "staff_total": ("工作人员总数", 1000),
    "caregivers_total": ("保育人员数", 1000),
    "caregivers_certified": ("持证保育人员数", 1000),
    "health_staff": ("卫生保健人员数", 100),
    "health_staff_fulltime": ("专职卫生保健人员数", 100),
    "health_staff_qualified": ("合格卫生保健人员数", 100),
    "cooks": ("炊事人员数", 200),
    "observation_beds": ("观察床位数", 50),
}
AREA_LIMITS = {"observation_room_m2": ("保健观察室面积", 200)}
CLASS_LIMITS = {"children": ("在托人数", 100), "caregivers": ("保育人员", 50), "area_m2": ("活动室面积", 1000)}
PHONE_SEPARATORS = re.compile(r"[、,，/;；]")
PHONE_PATTERNS = (
    re.compile(r"1[3-9]\d{9}"),  # mobile
    re.compile(r"0\d{9,11}"),  # area code and number
    re.compile(r"[48]00\d{7}"),  # 400 / 800 service numbers
    re.compile(r"\d{7,8}"),  # a local number without its area code
)


def phone_problem(text: str) -> str | None:
    """Why ``text`` is not one or more Chinese phone numbers, or None when it is (or is empty)."""
    for part in (p.strip() for p in PHONE_SEPARATORS.split(text)):
        if not part:
            continue
        number, _, extension = part.replace("转", "-ext-").partition("-ext-")
        digits = re.sub(r"[\s\-()（）+]", "", number)
        if digits.startswith("86") and len(digits) > 11:
            digits = digits[2:]
        if not digits.isdigit() or not any(p.fullmatch(digits) for p in PHONE_PATTERNS) or (
                extension and not extension.strip().isdigit()):
            return Message("facility.bad_phone", part=part)
    return None


def credit_code_check_char(first17: str) -> str:
    """The 18th character GB 32100 derives from the first 17."""
    total = sum(CREDIT_CODE_CHARS.index(c) * w for c, w in zip(first17, CREDIT_CODE_WEIGHTS, strict=False))
    return CREDIT_CODE_CHARS[(31 - total % 31) % 31]


def credit_code_problem(code: str) -> str | None:
    """Why ``code`` is not a valid 统一社会信用代码, or None when it is."""
    code = code.strip().upper()
    if len(code) != 18:
        return Message("code.length", length=len(code))
    bad = sorted({c for c in code if c not in CREDIT_CODE_CHARS})
    if bad:
        return Message("code.bad_chars", chars=' '.join(bad))
    if not code[2:8].isdigit():
        return Message("code.region")
    expected = credit_code_check_char(code[:17])
    if code[17] != expected:
        return Message("code.check_char", expected=expected)
    return None


@dataclass
class ClassGroup:
    """One class (班级): its type, children enrolled and caregivers assigned."""

    class_type: str = CLASS_TYPES[1]
    name: str = ""
    children: int = 0
    caregivers: int = 0
    area_m2: float = 0  # the class's own activity room (活动室) in m²; 0: not entered


@dataclass
class FacilityProfile:
    name: str = ""
    credit_code: str = ""
    filing_number: str = ""
    district: str = ""
    street: str = ""
    facility_type: str = FACILITY_TYPES[0]
    is_puhui: bool = False
    places_total: int = 0
    places_puhui: int = 0
    director: str = ""
    contact: str = ""
    staff_total: int = 0
    caregivers_total: int = 0
    caregivers_certified: int = 0
    health_staff: int = 0
    health_staff_fulltime: int = 0  # of health_staff, full-time (专职)
    health_staff_qualified: int = 0  # of health_staff, 高中 or above and trained by a 妇幼保健机构
    cooks: int = 0  # 炊事人员
    meals_on_site: bool = True  # meals prepared in the facility's own kitchen
    observation_room_m2: float = 0  # 保健观察室 in m²; 0: not entered
    observation_beds: int = 0  # beds in the 保健观察室
    classes: list[ClassGroup] = field(default_factory=list)

    def problems(self) -> dict[str, str]:
        """Field name → message for every field that is wrong; empty when the profile can be saved."""
        found: dict[str, str] = {}
        if not self.name.strip():
            found["name"] = Message("facility.no_name")
        if self.credit_code.strip():
            problem = credit_code_problem(self.credit_code)
            if problem:
                found["credit_code"] = problem
        if self.facility_type not in FACILITY_TYPES:
            found["facility_type"] = Message("facility.no_type")
        if self.places_puhui > self.places_total:
            found["places_puhui"] = Message("facility.puhui_over_total")
        if self.caregivers_certified > self.caregivers_total:
            found["caregivers_certified"] = Message("facility.certified_over_total")
        if self.caregivers_total > self.staff_total:
            found["caregivers_total"] = Message("facility.caregivers_over_staff")
        if self.contact.strip():
            problem = phone_problem(self.contact)
            if problem:
                found["contact"] = problem
        for name, (_caption, high) in {**COUNT_LIMITS, **AREA_LIMITS}.items():
            value = getattr(self, name)
            if value < 0 or value > high:
                found.setdefault(name, Message("facility.out_of_range", caption=Message(f"caption.{name}"), value=value, high=high))
        if self.health_staff_fulltime > self.health_staff:
            found.setdefault("health_staff_fulltime", Message("facility.fulltime_over_health"))
        if self.health_staff_qualified > self.health_staff:
            found.setdefault("health_staff_qualified", Message("facility.qualified_over_health"))
        for index, group in enumerate(self.classes):
            if group.class_type not in CLASS_TYPES:
                found[f"classes[{index}]"] = Message("facility.bad_class_type", number=index + 1)
                continue
            for name, (_caption, high) in CLASS_LIMITS.items():
                value = getattr(group, name)
                if value < 0 or value > high:
                    found[f"classes[{index}]"] = Message("facility.class_out_of_range", number=index + 1, name=group.name or group.class_type,
                                                         caption=Message(f"caption.{name}"), value=value, high=high)
                    break
        return found

    def warnings(self) -> list[str]:
        """What looks wrong but may be so (saved all the same, shown beside the fields)."""
        found = []
        enrolled = self.children_enrolled
        if self.places_total and enrolled > self.places_total:
            found.append(f"在托婴幼儿 {enrolled} 名，多于总托位数 {self.places_total} 个：请核对备案托位或班级人数")
        in_classes = sum(c.caregivers for c in self.classes)
        if self.caregivers_total and in_classes > self.caregivers_total:
            found.append(f"各班保育人员合计 {in_classes} 名，多于保育人员总数 {self.caregivers_total} 名")
        if self.facility_type == "家庭托育点" and enrolled > 5:
            found.append(f"家庭托育点最多照护 5 名婴幼儿，现有 {enrolled} 名")
        return found

    @property
    def children_enrolled(self) -> int:
        return sum(c.children for c in self.classes)

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> FacilityProfile:
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__ and k != "classes"}
        profile = cls(**known)
        profile.classes = [ClassGroup(**c) for c in data.get("classes", [])]
        return profile
