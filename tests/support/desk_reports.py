"""Signed self-assessment reports of many distinct facilities, for the district desk's tests and
benchmark: each facility has its own profile, credit code and signing identity.

One maker workspace is reused: the own facility's profile is changed before each report (a
finalised report keeps the profile it was finalised with), so a report costs one render and
one signature.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from support.synthetic_form import write_synthetic_form
from tuoyu_desktop import signing
from tuoyu_desktop.facility import CREDIT_CODE_CHARS, FacilityProfile, credit_code_check_char
from tuoyu_desktop.records import Answer
from tuoyu_desktop.services import Signer, Workspace

PASS = "district test passphrase"
FORM_ID = "synthetic-desk"


def credit_code(n: int, region: str = "110105") -> str:
    """A valid 统一社会信用代码, distinct for each ``n``."""
    body = ""
    value = n
    for _ in range(9):
        body = CREDIT_CODE_CHARS[value % 31] + body
        value //= 31
    first17 = "91" + region + body
    return first17 + credit_code_check_char(first17)


@dataclass(frozen=True)
class Facility:
    n: int
    name: str
    credit_code: str
    director: str
    identity: Path

    def certificate_pem(self) -> bytes:
        return signing.read_identity(self.identity, PASS).certificate_pem()

    def fingerprint(self) -> str:
        return signing.read_identity(self.identity, PASS).info.fingerprint_hex


SURNAMES = "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜"


class ReportMaker:
    """Makes facilities and their signed reports in ``folder``."""

    def __init__(self, folder: Path, items: int = 14):
        self.folder = folder
        data = folder / "maker"
        write_synthetic_form(data / "forms", items, FORM_ID)
        self.workspace = Workspace.open(data)
        (folder / "ids").mkdir(exist_ok=True)
        (folder / "out").mkdir(exist_ok=True)
        self._facilities: dict[int, Facility] = {}

    def facility(self, n: int, region: str = "110105") -> Facility:
        if n not in self._facilities:
            director = SURNAMES[n % len(SURNAMES)] + "园长" + str(n)
            name = f"测试托育中心{n:04d}"
            identity = self.folder / "ids" / f"{n:04d}.p12"
            signing.create_identity(identity, name=director, role="机构负责人", organisation=name, passphrase=PASS)
            self._facilities[n] = Facility(n, name, credit_code(n, region), director, identity)
        return self._facilities[n]

    def report(self, facility: Facility, period: str = "2026年下半年", seed: int | None = None,
               answers: dict[str, str] | None = None, target: Path | None = None, all_met: bool = False,
               photos: dict[str, list[tuple[Path, str]]] | None = None,
               before_export: Callable[[Workspace, str], None] | None = None) -> Path:
        """A finalised self-assessment of ``facility``, signed by its director; answers drawn
        from ``seed`` (mostly met) or all met (``all_met``), overridden by ``answers`` (item id → value)."""
        ws = self.workspace
        ws.facilities.save_own(FacilityProfile(name=facility.name, credit_code=facility.credit_code,
                                               director=facility.director, district="北京市朝阳区"))
        assessment_id = ws.assessments.create(FORM_ID, period)
        session = ws.assessments.open(assessment_id)
        rng = random.Random(facility.n if seed is None else seed)
        for item in session.form.iter_items():
            if all_met:
                value = "yes" if item.scale.id == "yesno" else "met"
            elif item.scale.id == "yesno":
                value = "yes" if rng.random() < 0.9 else "no"
            else:
                value = rng.choices(["met", "partial", "unmet"], [0.7, 0.2, 0.1])[0]
            session.set_answer(item.id, Answer((answers or {}).get(item.id, value)))
        for item_id, files in (photos or {}).items():
            for path, caption in files:
                ws.evidence.attach_to_answer(assessment_id, item_id, path, caption)
        ws.assessments.finalise(assessment_id)
        if before_export is not None:
            before_export(ws, assessment_id)
        target = target or self.folder / "out" / f"{facility.n:04d}-{assessment_id[:8]}.pdf"
        ws.reports.export_pdf(assessment_id, target, signers=[Signer(facility.identity, PASS)])
        return target

    def close(self) -> None:
        self.workspace.close()
