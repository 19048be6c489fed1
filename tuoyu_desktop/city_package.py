"""The district's aggregate package for the city (区县汇总包): one signed PDF per cycle.

Made like the receipt and the reports: a readable summary (the same pages as the signed 报送汇总:
states, figures per facility and dimension, grades, veto failures) with the cycle's data
embedded as ``city-package.json`` and its SHA-256 in the PDF's keywords, signed (PAdES) by a
registered officer of the district. No photos: the data is each facility's figures, answers,
findings and the district's review state, with each form's snapshot once.

A city desk verifies the signature against the district officers it registered, reads the data
and keeps the newest package of each district and cycle (``services.city``).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tuoyu_desktop.errors import InvalidInput
from tuoyu_desktop.messages import Message

if TYPE_CHECKING:
    from tuoyu_desktop.signing import LoadedIdentity

ATTACHMENT = "city-package.json"
KEYWORD = "tuoyu-city-package-sha256:"
SCHEMA = "tuoyu-city-package"
SCHEMA_VERSION = "1.0"
REASON = "区县汇总包"


class PackageError(InvalidInput):
    """A package that cannot be read, is not one, or was changed; ``reason`` names the case
    (unreadable, not_package, tampered, untrusted, newer_schema)."""

    def __init__(self, message: str, reason: str):
        super().__init__(message)
        self.reason = reason


def encode(data: Mapping[str, Any]) -> bytes:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def write_package(target: Path, data: Mapping[str, Any], cycle: Mapping[str, Any],
                  submissions: Sequence[Mapping[str, Any]], figures: Mapping[str, Any],
                  identity: LoadedIdentity) -> Path:
    """Write and sign the package (all or nothing at ``target``)."""
    import tempfile

    from tuoyu_desktop import signing
    from tuoyu_desktop.atomic import write_atomically

    encoded = encode(data)
    digest = hashlib.sha256(encoded).hexdigest()
    with tempfile.TemporaryDirectory() as folder:
        draft, signed = Path(folder) / "package.pdf", Path(folder) / "signed.pdf"
        _document_class()(cycle, submissions, figures, str(data["district"]), encoded, digest).write(draft)
        signing.sign_pdf(draft, signed, identity, reason=REASON, stamp_lines=[f"区县：{data['district']}"])
        write_atomically(Path(target), signed.read_bytes())
    return Path(target)


def _document_class():
    import dataclasses

    from tuoyu_desktop.report.desk_summary import DeskSummary
    from tuoyu_desktop.report.document import DocumentInfo
    from tuoyu_desktop.report.textcheck import place

    class _Package(DeskSummary):
        """The 报送汇总 pages, titled as a package, with the data embedded."""

        def __init__(self, cycle, submissions, figures, district: str, encoded: bytes, digest: str):
            super().__init__(cycle, submissions, figures, district)
            self.encoded, self.digest = encoded, digest

        def info(self) -> DocumentInfo:
            return dataclasses.replace(super().info(), title=f"{REASON}：{self.district} {self.cycle['title']}",
                                       subject=REASON, header_right=REASON,
                                       keywords=(f"{KEYWORD}{self.digest}", f"tuoyu-district:{self.district}"))

        def embedded_files(self) -> Sequence[tuple[str, bytes]]:
            return [(ATTACHMENT, self.encoded)]

        def build(self) -> None:
            super().build()
            self.story.append(self.p(
                f"本文件是{self.t(self.district, place('district_name'))}的{REASON}：内嵌本周期各机构的数据（{ATTACHMENT}，"
                "得分、条目答案、整改事项与审核状态，不含照片），由区县审核人员数字签名，供市级工作台导入。", self.s.note))

    return _Package


def read_package(path: Path, trust: Sequence[Any]) -> tuple[dict[str, Any], str, str]:
    """Verify a package and read its data: (data, signer fingerprint, data digest).
    ``PackageError`` (with its reason) for anything else; nothing is read from an unverified file."""
    from tuoyu_desktop import signing

    result = signing.verify_pdf(path, list(trust))
    if result.exit_code == signing.EXIT_UNREADABLE:
        raise PackageError(Message("package.unreadable", verdict=result.verdict), "unreadable")
    encoded = signing.read_embedded_file(path, ATTACHMENT)
    if encoded is None:
        raise PackageError(Message("package.not_package"), "not_package")
    if result.exit_code == signing.EXIT_CHANGED:
        raise PackageError(Message("package.tampered", verdict=result.verdict), "tampered")
    if result.exit_code != signing.EXIT_OK:
        raise PackageError(Message("package.untrusted"), "untrusted")
    digest = hashlib.sha256(encoded).hexdigest()
    if f"{KEYWORD}{digest}" not in signing.document_keywords(path):
        raise PackageError(Message("package.digest"), "tampered")
    try:
        data = json.loads(encoded.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise PackageError(Message("package.damaged"), "tampered") from None
    if not isinstance(data, dict) or data.get("schema") != SCHEMA:
        raise PackageError(Message("package.not_ours"), "not_package")
    try:
        major = int(str(data.get("schema_version", "1")).split(".")[0])
    except ValueError:
        major = 99
    if major > 1:
        raise PackageError(Message("package.newer"), "newer_schema")
    signers = [s for s in result.signatures if s.kind == "signature"]
    if len(signers) != 1:
        raise PackageError(Message("package.one_signer"), "tampered")
    problem = data_problem(data)
    if problem:
        raise PackageError(Message("package.bad_data", problem=problem), "not_package")
    return data, signers[0].fingerprint_hex, digest


STATUSES = ("submitted", "missing", "overdue", "returned", "approved", "rejected")


def data_problem(data: Mapping[str, Any]) -> str:
    """What is wrong with a package's data (even signed, a city must not trip over it), or ""."""
    from datetime import datetime

    for key, kind in (("district", str), ("cycle", dict), ("facilities", list), ("made_at", str)):
        if not isinstance(data.get(key), kind) or not data.get(key):
            return Message("package.missing", key=key)
    cycle = data["cycle"]
    if not all(isinstance(cycle.get(k), str) for k in ("title", "form_kind", "period", "due_date")):
        return Message("package.cycle_incomplete")
    try:
        if datetime.fromisoformat(data["made_at"]).tzinfo is None:
            return Message("package.no_zone")
    except ValueError:
        return Message("package.bad_time", value=data["made_at"][:40])
    for key, kind in (("dimensions", list), ("answers", dict), ("forms", dict), ("board", list)):
        if not isinstance(data.get(key, kind()), kind):
            return Message("package.bad_type", key=key)
    seen = set()
    for index, facility in enumerate(data["facilities"], start=1):
        where = Message("package.facility_n", index=index)
        if not isinstance(facility, dict) or not isinstance(facility.get("credit_code"), str) \
                or not isinstance(facility.get("name"), str):
            return Message("package.no_code", where=where)
        if facility["credit_code"] in seen:
            return Message("package.twice", code=facility["credit_code"])
        seen.add(facility["credit_code"])
        if facility.get("status") not in STATUSES or not isinstance(facility.get("days_late"), int):
            return Message("package.bad_state", where=where, name=facility["name"])
        report = facility.get("report")
        if report is None:
            continue
        if not isinstance(report, dict) or not isinstance(report.get("report_id"), str) \
                or not isinstance(report.get("grade"), str) or not isinstance(report.get("dimensions"), dict):
            return Message("package.incomplete", where=where, name=facility["name"])
        numbers = [report.get(k) for k in ("percent", "earned", "veto_count")] + list(report["dimensions"].values())
        if not all(isinstance(n, (int, float)) and not isinstance(n, bool) for n in numbers):
            return Message("package.not_number", where=where, name=facility["name"])
    return ""
