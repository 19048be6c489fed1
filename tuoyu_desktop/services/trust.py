"""Whom we trust, and verifying a received report against that: signatures and embedded data."""

from __future__ import annotations

import builtins
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tuoyu_desktop.store import Store

if TYPE_CHECKING:
    from tuoyu_desktop.signing import VerifyResult

# tuoyu verify's exit codes (design.md): the data checks below use the same ones.
EXIT_OK, EXIT_CHANGED, EXIT_UNREADABLE, EXIT_UNTRUSTED = 0, 1, 2, 3


@dataclass
class ReportCheck:
    """What verifying a received report found: its signatures, and its embedded data."""

    signatures: VerifyResult
    exit_code: int
    verdict: str
    data_line: str = ""
    payload: dict[str, Any] | None = None  # set only when signatures and data both check out
    payload_text: str = field(default="", repr=False)

    def lines(self) -> builtins.list[str]:
        lines = [check.line() for check in self.signatures.signatures]
        if self.data_line:
            lines.append(self.data_line)
        return [*lines, self.verdict]

    def to_dict(self) -> dict[str, Any]:
        data = self.signatures.to_dict()
        data.update(exit_code=self.exit_code, verdict=self.verdict, data=self.data_line,
                    report_id=self.payload.get("report_id") if self.payload else None)
        return data


class Trust:
    """``workspace.trust``: the trust store (registered signers, district roots) and verifying."""

    def __init__(self, store: Store):
        self._store = store

    def add(self, certificate: bytes, name: str = "") -> dict[str, Any]:
        """Register a signer's certificate or a district root (PEM or DER bytes)."""
        from cryptography.hazmat.primitives.serialization import Encoding

        from tuoyu_desktop import signing

        cert = signing.load_certificates(certificate)[0]
        info = signing.describe_certificate(cert)
        kind = "root" if info.is_authority else "signer"
        pem = cert.public_bytes(Encoding.PEM).decode("ascii")
        label = name.strip() or (info.organisation if kind == "root" else info.name) or info.name
        self._store.trust_certificate(info.fingerprint_hex, label, kind, pem)
        return {"fingerprint": info.fingerprint, "name": label, "kind": kind}

    def add_file(self, path: str | os.PathLike[str], name: str = "") -> dict[str, Any]:
        """Register the certificate in a file; ``TrustError`` when it cannot be read."""
        from tuoyu_desktop import signing

        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            from tuoyu_desktop.oserrors import describe

            raise signing.TrustError(f"无法读取证书文件 {path}：{describe(exc)}") from exc
        return self.add(data, name)

    def list(self) -> builtins.list[dict[str, Any]]:
        return self._store.trusted_certificates()

    def remove(self, fingerprint: str) -> None:
        from tuoyu_desktop import signing

        self._store.forget_certificate(signing.normalise_fingerprint(fingerprint) or fingerprint)

    @staticmethod
    def check_extra(extra: Sequence[Any]) -> None:
        """Refuse (``TrustError``) certificates or fingerprints given for one check that cannot be read."""
        from tuoyu_desktop import signing

        signing.load_trust(list(extra))

    def fingerprint_of(self, certificate: bytes) -> str:
        """The SHA-256 fingerprint (hex) of a PEM or DER certificate."""
        from tuoyu_desktop import signing

        return signing.fingerprint_hex(signing.load_certificates(certificate)[0])

    def _entries(self, extra: Sequence[Any]) -> builtins.list[Any]:
        return [row["pem"].encode("ascii") for row in self._store.trusted_certificates()] + list(extra)

    def verify(self, path: str | os.PathLike[str], extra_trust: Sequence[Any] = ()) -> ReportCheck:
        """Check signatures (against the trust store and ``extra_trust``) and the embedded data.

        Never raises for a bad file: the outcome says what is wrong, with tuoyu verify's exit code.
        """
        from tuoyu_desktop import signing

        result = signing.verify_pdf(path, self._entries(extra_trust))
        check = ReportCheck(signatures=result, exit_code=result.exit_code, verdict=result.verdict)
        if result.exit_code in (EXIT_OK, EXIT_UNTRUSTED):
            _check_embedded_data(Path(path), check)
        return check


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
