"""The district's receipt (回执): a one- or two-page PDF that answers a facility's report.

It carries the decision, the comments per item, the original report's id and digest, and
``receipt.json`` (the signed review record) embedded; the officer who decided signs it. Its
SHA-256 is in the PDF's keywords, so a reader checks the printed page and the data as one.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tuoyu_desktop.errors import InvalidInput
from tuoyu_desktop.messages import Message

if TYPE_CHECKING:
    from tuoyu_desktop.signing import LoadedIdentity

ATTACHMENT = "receipt.json"
KEYWORD = "tuoyu-receipt-sha256:"
SCHEMA = "tuoyu-receipt"
SCHEMA_VERSION = "1.0"
DECISIONS = {"approved": "通过", "returned": "退回", "rejected": "不予认可"}


class ReceiptError(InvalidInput):
    """A receipt that cannot be read or does not belong here; the message says why."""


def receipt_data(review: Mapping[str, Any], items: Mapping[str, Mapping[str, str]], district: str) -> dict[str, Any]:
    record = json.loads(review["record"])
    comments = [{"item": item, "item_text": items.get(item, {}).get("text", ""), "comment": text}
                for item, text in sorted(record.get("comments", {}).items())]
    return {"schema": SCHEMA, "schema_version": SCHEMA_VERSION, "review": record,
            "review_signature": review["signature"], "district": district,
            "report_id": record["report_id"], "report_sha256": record["payload_sha256"],
            "decision": record["decision"], "decision_label": DECISIONS.get(record["decision"], record["decision"]),
            "comments": comments, "reason": record.get("reason", "")}


def write_receipt(target: Path, review: Mapping[str, Any], items: Mapping[str, Mapping[str, str]],
                  identity: LoadedIdentity, district: str = "") -> Path:
    """Write and sign the receipt (all or nothing at ``target``)."""
    import hashlib
    import tempfile

    from tuoyu_desktop import signing
    from tuoyu_desktop.atomic import write_atomically

    data = receipt_data(review, items, district)
    encoded = json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")
    digest = hashlib.sha256(encoded).hexdigest()
    with tempfile.TemporaryDirectory() as folder:
        draft = Path(folder) / "receipt.pdf"
        ReceiptDocument(data, encoded, digest).write(draft)
        signed = Path(folder) / "signed.pdf"
        signing.sign_pdf(draft, signed, identity, reason="区县审核回执",
                         stamp_lines=[f"审核结论：{data['decision_label']}"])
        write_atomically(Path(target), signed.read_bytes())
    return Path(target)


def _document_class():
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer

    from tuoyu_desktop.dates import when_text
    from tuoyu_desktop.report.document import DocumentInfo, ReportDocument
    from tuoyu_desktop.report.styles import MUTED
    from tuoyu_desktop.report.textcheck import place

    class _Receipt(ReportDocument):
        def __init__(self, data: dict[str, Any], encoded: bytes, digest: str):
            super().__init__()
            self.data, self.encoded, self.digest = data, encoded, digest

        def info(self) -> DocumentInfo:
            review = self.data["review"]
            who = self.data["district"] or "区县卫生健康部门"
            return DocumentInfo(title=f"审核回执：{review['facility']}", author=who, subject="托育机构报告审核回执",
                                header_left=who, header_right="审核回执", footer_left=f"报告编号 {review['report_id']}",
                                footer_right=when_text(review["decided_at"]),
                                keywords=(f"{KEYWORD}{self.digest}", f"tuoyu-report-id:{review['report_id']}"))

        def embedded_files(self) -> Sequence[tuple[str, bytes]]:
            return [(ATTACHMENT, self.encoded)]

        def build(self) -> None:
            s, data, review = self.s, self.data, self.data["review"]
            add = self.story.append
            add(self.p("托育机构报告审核回执", s.h1))
            rows = [["机构", self.t(review["facility"], place("facility_name"))],
                    ["统一社会信用代码", self.t(review["credit_code"] or "—", place("credit_code_short"))],
                    ["报告编号", self.t(review["report_id"], place("report_id"))],
                    ["报告数据摘要（SHA-256）", review["payload_sha256"][:32] + "<br/>" + review["payload_sha256"][32:]],
                    ["审核结论", f"<b>{data['decision_label']}</b>"],
                    ["审核人", self.t(review["officer"]["name"], place("reviewer")) + "（证书指纹 "
                     + review["officer"]["fingerprint"][:16] + "…）"],
                    ["审核时间", when_text(review["decided_at"])]]
            width = self.layout.content_width
            add(self.table([[self.p(a, s.label), self.p(b)] for a, b in rows], [width * 0.3, width * 0.7],
                           header_rows=0))
            if data["reason"]:
                add(self.p("不予认可的理由", s.h2))
                add(self.p(self.t(data["reason"], place("review_reason")), s.body))
            if data["comments"]:
                add(self.p("审核意见（逐条）", s.h2))
                table = [[self.p("条目", s.cell_head), self.p("条目内容", s.cell_head), self.p("意见", s.cell_head)]]
                for comment in data["comments"]:
                    table.append([self.p(self.t(comment["item"] or "整体", place("review_item"))),
                                  self.p(self.note(comment["item_text"], place("review_item_text"))),
                                  self.p(self.note(comment["comment"], place("review_comment")))])
                add(self.table(table, [width * 0.12, width * 0.44, width * 0.44]))
            add(Spacer(1, 4 * mm))
            follow = {"approved": "报告已通过审核。", "returned": "请按上述意见修改后重新定稿、签名并报送。",
                      "rejected": "报告不予认可。如有异议，请与区县卫生健康部门联系。"}[review["decision"]]
            add(self.p(follow, s.body))
            add(self.p(self.color("本回执由审核人数字签名，内嵌审核数据（receipt.json）。机构可在程序中导入本回执。",
                                  MUTED), s.note))
            self.notes_appendix()

    return _Receipt


def ReceiptDocument(data: dict[str, Any], encoded: bytes, digest: str):  # noqa: N802 - a class made on demand
    return _document_class()(data, encoded, digest)


def read_receipt(path: Path, trust: Sequence[Any]) -> tuple[dict[str, Any], Any, str]:
    """Verify a receipt file and read its data: (data, verify result, receipt digest).
    ``ReceiptError`` for a file that is not a receipt, changed or not trusted."""
    import hashlib

    from tuoyu_desktop import signing

    result = signing.verify_pdf(path, list(trust))
    if result.exit_code == signing.EXIT_UNREADABLE:
        raise ReceiptError(Message("receipt.refused", verdict=result.verdict))
    encoded = signing.read_embedded_file(path, ATTACHMENT)
    if encoded is None:
        raise ReceiptError(Message("receipt.not_receipt"))
    if result.exit_code == signing.EXIT_CHANGED:
        raise ReceiptError(Message("receipt.tampered", verdict=result.verdict))
    if result.exit_code != signing.EXIT_OK:
        raise ReceiptError(Message("receipt.untrusted", verdict=result.verdict))
    digest = hashlib.sha256(encoded).hexdigest()
    if f"{KEYWORD}{digest}" not in signing.document_keywords(path):
        raise ReceiptError(Message("receipt.digest"))
    try:
        data = json.loads(encoded.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise ReceiptError(Message("receipt.damaged")) from None
    if not isinstance(data, dict) or data.get("schema") != SCHEMA or not isinstance(data.get("review"), dict):
        raise ReceiptError(Message("receipt.not_ours"))
    if int(str(data.get("schema_version", "1")).split(".")[0]) > 1:
        raise ReceiptError(Message("receipt.newer"))
    signer = next((s for s in result.signatures if s.kind == "signature"), None)
    officer = (data["review"].get("officer") or {}).get("fingerprint")
    if signer is None or signer.fingerprint_hex != officer:
        raise ReceiptError(Message("receipt.wrong_signer"))
    return data, result, digest


def decided_at(data: Mapping[str, Any]) -> str:
    text = str((data.get("review") or {}).get("decided_at", ""))
    try:
        datetime.fromisoformat(text)
    except ValueError:
        return ""
    return text
