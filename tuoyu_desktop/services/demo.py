"""The demo facility and a plausible, fully answered assessment (``tuoyu demo``)."""

from __future__ import annotations

import random
from datetime import date

from tuoyu_desktop.facility import ClassGroup, FacilityProfile, credit_code_check_char
from tuoyu_desktop.forms import Item
from tuoyu_desktop.forms.rules import encode_selection
from tuoyu_desktop.records import Answer


def demo_answer(item: Item, rng: random.Random) -> Answer | None:
    """A plausible answer: veto items met, most others met, a few partial, unmet or N/A."""
    options = item.scale.options
    if item.kind == "computed":
        return None  # worked out from the profile
    if item.kind == "number":
        return Answer(value="3")
    if item.kind == "text":
        return Answer(value="见台账记录（演示）")
    if item.kind == "date":
        return Answer(value=date.today().isoformat())
    if item.kind == "multi":
        return Answer(value=encode_selection([o.value for o in options[:2]]))
    if item.veto:
        return Answer(value=options[0].value)
    if rng.random() < 0.04 and item.na_allowed:
        return Answer(na=True, na_reason="本机构无此项业务（演示）")
    option = rng.choices(options, weights=[6, 2, 1][: len(options)])[0]
    return Answer(value=option.value, comment="" if option.full_marks else "已列入整改计划（演示）")


def demo_profile() -> FacilityProfile:
    code17 = "52110105MJ0123456"
    return FacilityProfile(
        name="阳光宝贝托育中心（演示）",
        credit_code=code17 + credit_code_check_char(code17),
        filing_number="京朝托备字〔2025〕第018号",
        district="北京市朝阳区",
        street="望京街道",
        facility_type="独立托育机构",
        is_puhui=True,
        places_total=80,
        places_puhui=60,
        director="李红梅",
        contact="010-6471 2345",
        staff_total=22,
        caregivers_total=14,
        caregivers_certified=13,
        health_staff=1,
        health_staff_fulltime=1,
        health_staff_qualified=1,
        cooks=2,
        observation_room_m2=8,
        observation_beds=1,
        classes=[
            ClassGroup("乳儿班", "小星星班", 9, 3, 18),
            ClassGroup("托小班", "小月亮班", 14, 3, 40),
            ClassGroup("托大班", "小太阳班", 19, 3, 45),
            ClassGroup("混龄班", "彩虹班", 15, 3, 42),
        ],
    )


def demo_home_profile() -> FacilityProfile:
    """A 家庭托育点 within its rules: 5 children, 2 carers."""
    code17 = "52110105MJ0234567"
    return FacilityProfile(
        name="小橡果家庭托育点（演示）",
        credit_code=code17 + credit_code_check_char(code17),
        district="北京市朝阳区",
        street="望京街道",
        facility_type="家庭托育点",
        places_total=5,
        director="王丽",
        contact="13812345678",
        staff_total=2,
        caregivers_total=2,
        caregivers_certified=2,
        meals_on_site=True,
        classes=[ClassGroup("混龄班", "家庭班", 5, 2, 20)],
    )


# -- inspector mode: a visited facility, an inspection with findings and photos ----------------

def demo_visited_profile() -> FacilityProfile:
    code17 = "52110108MJ0654321"
    return FacilityProfile(
        name="七彩童年托育园（演示）",
        credit_code=code17 + credit_code_check_char(code17),
        district="北京市海淀区",
        street="学院路街道",
        facility_type="独立托育机构",
        director="张晓燕",
        contact="010-6233 1188",
        places_total=60,
        classes=[ClassGroup("托小班", "小苹果班", 12, 3), ClassGroup("托大班", "大树班", 18, 3)],
    )


def demo_photo(path, size: tuple[int, int] = (1600, 1200), orientation: int = 6, gps: bool = True,
               label: str = "", seed: int = 0, quality: int = 85) -> None:
    """A synthetic JPEG with EXIF orientation, camera make/model and (optionally) GPS tags.

    Made with Pillow at demo/test time: nothing binary is committed. The picture is a gradient
    with a marker in the top-left corner so that orientation handling can be checked.
    """
    from PIL import Image, ImageDraw

    rng = random.Random(seed)
    width, height = size
    base = Image.linear_gradient("L").resize((width, height))
    tint = (rng.randrange(60, 200), rng.randrange(60, 200), rng.randrange(60, 200))
    image = Image.merge("RGB", (base, base.point(lambda v: (v + tint[1]) % 256), base.point(lambda v: 255 - v)))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, width // 4, height // 4), fill=(255, 0, 0))  # marker: top-left, red
    draw.rectangle((width // 3, height // 3, width // 3 + width // 8, height // 3 + height // 8), fill=tint)
    if label:
        draw.text((width // 3, height - height // 6), label, fill=(255, 255, 255))
    exif = Image.Exif()
    exif[0x0112] = orientation
    exif[0x010F] = "DemoCam"  # Make
    exif[0x0110] = "Inspector Phone X"  # Model
    if gps:
        exif[0x8825] = {1: "N", 2: (39.0, 58.0, 30.0), 3: "E", 4: (116.0, 20.0, 10.0)}
    image.save(path, "JPEG", exif=exif, quality=quality)
