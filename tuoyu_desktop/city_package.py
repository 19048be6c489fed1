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
                f"本文件是{self.t(self.district, '区县')}的{REASON}：内嵌本周期各机构的数据（{ATTACHMENT}，"
                "得分、条目答案、整改事项与审核状态，不含照片），由区县审核人员数字签名，供市级工作台导入。", self.s.note))

    return _Package


def read_package(path: Path, trust: Sequence[Any]) -> tuple[dict[str, Any], str, str]:
    """Verify a package and read its data: (data, signer fingerprint, data digest).
    ``PackageError`` (with its reason) for anything else; nothing is read from an unverified file."""
    from tuoyu_desktop import signing

    result = signing.verify_pdf(path, list(trust))
    if result.exit_code == signing.EXIT_UNREADABLE:
        raise PackageError(f"无法读取：{result.verdict}", "unreadable")
    encoded = signing.read_embedded_file(path, ATTACHMENT)
    if encoded is None:
        raise PackageError("这不是区县汇总包（文件中没有汇总数据）；机构报告请用“导入报告”，回执由机构导入", "not_package")
    if result.exit_code == signing.EXIT_CHANGED:
        raise PackageError(f"汇总包已被改动或签名无效——{result.verdict}", "tampered")
    if result.exit_code != signing.EXIT_OK:
        raise PackageError("签名人未登记为任何区县的审核人员。请先用“登记区县”登记该区县审核人员的证书", "untrusted")
    digest = hashlib.sha256(encoded).hexdigest()
    if f"{KEYWORD}{digest}" not in signing.document_keywords(path):
        raise PackageError("汇总包内嵌的数据与签名时的数据摘要不一致", "tampered")
    try:
        data = json.loads(encoded.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise PackageError("汇总包数据已损坏", "tampered") from None
    if not isinstance(data, dict) or data.get("schema") != SCHEMA:
        raise PackageError("这不是本程序的区县汇总包", "not_package")
    try:
        major = int(str(data.get("schema_version", "1")).split(".")[0])
    except ValueError:
        major = 99
    if major > 1:
        raise PackageError("此汇总包由更新版本的程序生成，请升级程序后再导入", "newer_schema")
    signers = [s for s in result.signatures if s.kind == "signature"]
    if len(signers) != 1:
        raise PackageError("汇总包应由一位区县审核人员签名", "tampered")
    problem = data_problem(data)
    if problem:
        raise PackageError(f"汇总包数据格式不对：{problem}", "not_package")
    return data, signers[0].fingerprint_hex, digest


STATUSES = ("submitted", "missing", "overdue", "returned", "approved", "rejected")


def data_problem(data: Mapping[str, Any]) -> str:
    """What is wrong with a package's data (even signed, a city must not trip over it), or ""."""
    from datetime import datetime

    for key, kind in (("district", str), ("cycle", dict), ("facilities", list), ("made_at", str)):
        if not isinstance(data.get(key), kind) or not data.get(key):
            return f"缺少 {key}"
    cycle = data["cycle"]
    if not all(isinstance(cycle.get(k), str) for k in ("title", "form_kind", "period", "due_date")):
        return "报送周期不完整"
    try:
        if datetime.fromisoformat(data["made_at"]).tzinfo is None:
            return "生成时间缺少时区"
    except ValueError:
        return f"生成时间“{data['made_at'][:40]}”不是日期时间"
    for key, kind in (("dimensions", list), ("answers", dict), ("forms", dict), ("board", list)):
        if not isinstance(data.get(key, kind()), kind):
            return f"{key} 的类型不对"
    seen = set()
    for index, facility in enumerate(data["facilities"], start=1):
        where = f"第 {index} 家机构"
        if not isinstance(facility, dict) or not isinstance(facility.get("credit_code"), str) \
                or not isinstance(facility.get("name"), str):
            return f"{where}缺少信用代码或名称"
        if facility["credit_code"] in seen:
            return f"机构 {facility['credit_code']} 出现了两次"
        seen.add(facility["credit_code"])
        if facility.get("status") not in STATUSES or not isinstance(facility.get("days_late"), int):
            return f"{where}（{facility['name']}）的报送状态不对"
        report = facility.get("report")
        if report is None:
            continue
        if not isinstance(report, dict) or not isinstance(report.get("report_id"), str) \
                or not isinstance(report.get("grade"), str) or not isinstance(report.get("dimensions"), dict):
            return f"{where}（{facility['name']}）的报告数据不完整"
        numbers = [report.get(k) for k in ("percent", "earned", "veto_count")] + list(report["dimensions"].values())
        if not all(isinstance(n, (int, float)) and not isinstance(n, bool) for n in numbers):
            return f"{where}（{facility['name']}）的得分不是数字"
    return ""
