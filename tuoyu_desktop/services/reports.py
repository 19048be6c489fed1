"""Reports as files: export (with embedded data), sign, verify, import; the trust store.

reportlab, pypdf and pyHanko load only when one of these runs.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Sequence

from tuoyu_desktop.errors import TuoyuError
from tuoyu_desktop.oserrors import describe as describe_os_error
from tuoyu_desktop.services.errors import ExportError

if TYPE_CHECKING:
    from tuoyu_desktop.services.workspace import Workspace
    from tuoyu_desktop.signing import VerifyResult

ProgressCallback = Callable[[int, int], None]

# tuoyu verify's exit codes (design.md): the data checks below use the same ones.
EXIT_OK, EXIT_CHANGED, EXIT_UNREADABLE, EXIT_UNTRUSTED = 0, 1, 2, 3


@dataclass(frozen=True)
class Signer:
    """Who signs an export: their identity file, its passphrase, and a handwritten signature."""

    identity: Path
    passphrase: str = field(repr=False)
    handwriting_png: bytes | None = field(default=None, repr=False)


@dataclass
class ReportCheck:
    """What verifying a received report found: its signatures, and its embedded data."""

    signatures: "VerifyResult"
    exit_code: int
    verdict: str
    data_line: str = ""
    payload: dict[str, Any] | None = None  # set only when signatures and data both check out
    payload_text: str = field(default="", repr=False)

    def lines(self) -> list[str]:
        lines = [check.line() for check in self.signatures.signatures]
        if self.data_line:
            lines.append(self.data_line)
        return [*lines, self.verdict]

    def to_dict(self) -> dict[str, Any]:
        data = self.signatures.to_dict()
        data.update(exit_code=self.exit_code, verdict=self.verdict, data=self.data_line,
                    report_id=self.payload.get("report_id") if self.payload else None)
        return data


class ImportRefused(TuoyuError):
    """A report that was not imported; nothing was stored. The message says why."""


@dataclass(frozen=True)
class ImportOutcome:
    report_id: str
    duplicate: bool  # True: already received before, nothing new stored
    record: dict[str, Any]


class ReportsMixin:
    """Workspace use cases around report files (mixed into :class:`Workspace`)."""

    # -- export -------------------------------------------------------------------------
    def export_pdf(
        self: "Workspace",
        assessment_id: str,
        target: str | os.PathLike[str],
        progress: ProgressCallback | None = None,
        signers: Sequence[Signer] = (),
    ) -> Path:
        """Write the report, with ``assessment.json`` embedded, signed by each of ``signers`` in turn.

        Raises ``ExportError`` for the user, or a ``signing.SigningError`` (e.g. ``WrongPassphrase``,
        so the caller can ask again). Nothing is left at ``target`` unless all went well.
        """
        from tuoyu_desktop import exchange, report
        from tuoyu_desktop.records import now

        if self.is_inspection(assessment_id):
            return self.export_inspection_pdf(assessment_id, target, progress, signers)
        session = self.open_assessment(assessment_id)
        if signers and not session.finalised:
            raise ExportError("请先定稿，再签名导出：定稿后内容不能再改，签名才有意义")
        row = session.row
        data = (row.frozen.encode("utf-8") if row.frozen else exchange.encode(exchange.build_payload(
            session.profile, row, session.scores, session.answers, now(), audit_head=self.store.audit_head())))
        attachment = report.Attachment(exchange.report_id(row), exchange.ATTACHMENT_NAME, data)
        target = Path(target)
        partial = target.with_name(f".{target.name}.{secrets.token_hex(4)}.partial")
        try:
            report.write_assessment_report(partial, session.profile, row, session.scores, progress=progress,
                                           attachment=attachment)
            for signer in signers:
                self._sign_file(partial, signer, reason=f"{session.form.title}：{row.period}")
            os.replace(partial, target)
        except report.UnrenderableText as exc:
            raise ExportError(str(exc)) from exc
        except OSError as exc:
            raise ExportError(f"无法写入 {target}：{describe_os_error(exc)}") from exc
        finally:
            with contextlib.suppress(OSError):
                partial.unlink()
        return target

    def sign_report(self: "Workspace", pdf: str | os.PathLike[str], signer: Signer) -> None:
        """Add one more signature to an exported report (the next signer in turn)."""
        self._sign_file(Path(pdf), signer, reason="确认报告内容")

    @staticmethod
    def _sign_file(pdf: Path, signer: Signer, reason: str) -> None:
        from tuoyu_desktop import signing

        signing.sign_pdf(pdf, pdf, signer.identity, signer.passphrase, reason=reason,
                         signature_image=signer.handwriting_png)

    # -- trust store --------------------------------------------------------------------
    def trust_certificate(self: "Workspace", certificate: bytes, name: str = "") -> dict[str, Any]:
        """Register a signer's certificate or a district root (PEM or DER bytes)."""
        from tuoyu_desktop import signing

        cert = signing.load_certificates(certificate)[0]
        info = signing.describe_certificate(cert)
        kind = "root" if info.is_authority else "signer"
        from cryptography.hazmat.primitives.serialization import Encoding

        pem = cert.public_bytes(Encoding.PEM).decode("ascii")
        label = name.strip() or (info.organisation if kind == "root" else info.name) or info.name
        self.store.trust_certificate(info.fingerprint_hex, label, kind, pem)
        return {"fingerprint": info.fingerprint, "name": label, "kind": kind}

    def trusted(self: "Workspace") -> list[dict[str, Any]]:
        return self.store.trusted_certificates()

    def forget_certificate(self: "Workspace", fingerprint: str) -> None:
        from tuoyu_desktop import signing

        self.store.forget_certificate(signing.normalise_fingerprint(fingerprint) or fingerprint)

    def _trust_entries(self: "Workspace", extra: Sequence[Any]) -> list[Any]:
        return [row["pem"].encode("ascii") for row in self.store.trusted_certificates()] + list(extra)

    # -- verify and import --------------------------------------------------------------
    def verify_report(self: "Workspace", path: str | os.PathLike[str], extra_trust: Sequence[Any] = ()) -> ReportCheck:
        """Check signatures (against the trust store and ``extra_trust``) and the embedded data.

        Never raises for a bad file: the outcome says what is wrong, with tuoyu verify's exit code.
        """
        from tuoyu_desktop import signing

        result = signing.verify_pdf(path, self._trust_entries(extra_trust))
        check = ReportCheck(signatures=result, exit_code=result.exit_code, verdict=result.verdict)
        if result.exit_code in (EXIT_OK, EXIT_UNTRUSTED):
            _check_embedded_data(Path(path), check)
        return check

    def import_report(self: "Workspace", path: str | os.PathLike[str]) -> ImportOutcome:
        """Verify a received report, then store its data once (deduplicated by report id).

        Raises ``ImportRefused`` with the reason, storing nothing, unless verification passed.
        """
        import hashlib

        check = self.verify_report(path)
        if check.exit_code != EXIT_OK or check.payload is None:
            raise ImportRefused(f"未导入：{check.verdict}")
        payload = check.payload
        report_id = str(payload["report_id"])
        existing = self.store.received_report(report_id)
        if existing is not None:
            return ImportOutcome(report_id, True, existing)
        self.backup("import")
        facility = payload.get("facility") or {}
        scores = payload.get("scores") or {}
        form = payload.get("form") or {}
        record = {
            "report_id": report_id,
            "kind": str(payload.get("kind", "")),
            "facility_name": str(facility.get("name", "")),
            "credit_code": str(facility.get("credit_code", "")),
            "period": str((payload.get("assessment") or {}).get("period", "")),
            "form_id": str(form.get("id", "")),
            "form_version": str(form.get("version", "")),
            "grade": str(scores.get("grade", "")),
            "percent": float((scores.get("total") or {}).get("percent", 0) or 0),
            "signers": check.signatures.to_json(),
            "payload": check.payload_text,
            "payload_sha256": hashlib.sha256(check.payload_text.encode("utf-8")).hexdigest(),
            "file_sha256": hashlib.sha256(Path(path).read_bytes()).hexdigest(),
        }
        if record["kind"] == "inspection":
            self._import_inspection(payload, record)  # refuses another facility's report, storing nothing
        else:
            self.store.store_received_report(record)
            if self.mode == "inspector":
                self._visited_from_payload(facility)
        return ImportOutcome(report_id, False, record)


def _check_embedded_data(path: Path, check: ReportCheck) -> None:
    """The embedded assessment.json must exist, be readable, and match what the cover prints."""
    from tuoyu_desktop import exchange, signing

    data = signing.read_embedded_file(path, exchange.ATTACHMENT_NAME)
    if data is None:
        check.exit_code = EXIT_UNREADABLE
        check.verdict = "不是本程序生成的报告：文件中没有内嵌的评估数据"
        return
    try:
        payload = exchange.decode(data)
    except exchange.ExchangeError as exc:
        check.exit_code, check.verdict = EXIT_UNREADABLE, str(exc)
        return
    digest = exchange.digest(data)
    printed = _first_page_text(path)
    if digest not in printed or str(payload["report_id"]) not in printed:
        check.exit_code = EXIT_CHANGED
        check.data_line = "内嵌数据：与报告封面所印的编号或数据摘要不一致"
        check.verdict = "验证未通过：内嵌数据与报告封面不一致"
        return
    check.payload = payload
    check.payload_text = data.decode("utf-8")
    check.data_line = f"内嵌数据：报告编号 {payload['report_id']}，SHA-256 {digest[:16]}…，与封面一致"


def _first_page_text(path: Path) -> str:
    """The cover's text with all white space removed (the digest is printed over two lines)."""
    from pypdf import PdfReader

    try:
        text = PdfReader(str(path)).pages[0].extract_text() or ""
    except Exception:  # noqa: BLE001 - a page pypdf cannot read simply shows nothing to match
        return ""
    return re.sub(r"\s+", "", text)
