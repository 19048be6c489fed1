"""Whom we trust, and verifying a received report against that: signatures and embedded data."""

from __future__ import annotations

import builtins
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tuoyu_desktop.dates import CHINA
from tuoyu_desktop.messages import CATALOG, Joined, Message, concat, moment, text_of
from tuoyu_desktop.plainfiles import read_plain
from tuoyu_desktop.report.signers import (
    SIGNERS_FILE,
    Declaration,
    InvalidSigners,
    decode_declaration,
    described,
    same_person,
)
from tuoyu_desktop.signing.structure import ReservedPlace
from tuoyu_desktop.store import Store

if TYPE_CHECKING:
    from tuoyu_desktop.signing import SignatureCheck, VerifyResult

# tuoyu verify's exit codes (design.md): the data checks below use the same ones.
EXIT_OK, EXIT_CHANGED, EXIT_UNREADABLE, EXIT_UNTRUSTED, EXIT_INCOMPLETE = 0, 1, 2, 3, 4


RECOMPUTED_MARK = CATALOG["verify.recomputed"][0].split("：")[0]  # how verify names scores a report's answers do not give


@dataclass
class ReportCheck:
    """What verifying a received report found: its signatures, and its embedded data."""

    signatures: VerifyResult
    exit_code: int
    verdict: str
    data_line: str = ""
    payload: dict[str, Any] | None = None  # set only when signatures and data both check out
    payload_text: str = field(default="", repr=False)
    missing: list[str] = field(default_factory=list)  # declared signers who have not signed

    def lines(self) -> builtins.list[str]:
        lines = [check.line() for check in self.signatures.signatures]
        if self.data_line:
            lines.append(self.data_line)
        return [*lines, self.verdict]

    def to_dict(self) -> dict[str, Any]:
        data = self.signatures.to_dict()
        data.update(exit_code=self.exit_code, verdict=self.verdict, data=self.data_line,
                    report_id=self.payload.get("report_id") if self.payload else None,
                    missing_signers=list(self.missing))
        return data


class Trust:
    """``workspace.trust``: the trust store (registered signers, district roots) and verifying."""

    def __init__(self, store: Store):
        self._store = store
        self._parsed: tuple[tuple, Any] | None = None  # the last trust entries, parsed (a batch reuses them)

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
            data = read_plain(path)
        except OSError as exc:
            from tuoyu_desktop.oserrors import describe

            raise signing.TrustError(Message("trust.certificate_unreadable", path=path, detail=describe(exc))) from exc
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

    def _trust_store(self, extra: Sequence[Any]) -> Any:
        """The trust entries parsed once for as long as they stay the same: a batch of 1,000
        reports against 1,000 registered fingerprints parsed (and stat'ed) them per report."""
        from tuoyu_desktop import signing

        entries = self._entries(extra)
        if not all(isinstance(e, (str, bytes)) for e in entries):
            return entries
        key = tuple(entries)
        if self._parsed is None or self._parsed[0] != key:
            self._parsed = (key, signing.load_trust(entries))
        return self._parsed[1]

    def verify(self, path: str | os.PathLike[str], extra_trust: Sequence[Any] = ()) -> ReportCheck:
        """Check a received report, never raising for a bad file; the outcome carries
        ``tuoyu verify``'s exit code:

        - the signatures (:func:`signing.verify_pdf`): intact, covering the whole file, nothing
          added after signing but signatures in the places the report reserved;
        - who signed: against the trust store and ``extra_trust``; no trust at all is exit 3,
          a certificate named like a registered person but different is called out;
        - the embedded data: readable, the same digest as the report's signed metadata (or,
          for reports made by 0.1.0, as the printed box, on whatever page it landed);
        - the declared signers: each signed in their own place, none before the data was
          finalised; a declared signer missing is exit 4 (intact and trusted, not complete);
        - the scores: recomputed from the embedded answers and form snapshot, as claimed.
        """
        from tuoyu_desktop import signing

        path = Path(path)
        try:  # every embedded file, read once (signers.json now, assessment.json once verified)
            embedded: dict[str, bytes] | None = signing.embedded_files(path)
        except signing.SigningError:
            embedded = None  # an unreadable PDF: verify_pdf says so
        declaration, problem = _declaration(embedded)
        reserved = None if declaration is None else [
            ReservedPlace(p.field, p.page_index, p.rect) for p in declaration.area.places]
        try:
            trust = self._trust_store(extra_trust)
        except signing.TrustError:
            trust = self._entries(extra_trust)  # verify_pdf words the problem
        result = signing.verify_pdf(path, trust, reserved=reserved)
        check = ReportCheck(signatures=result, exit_code=result.exit_code, verdict=result.verdict)
        if result.exit_code not in (EXIT_OK, EXIT_UNTRUSTED):
            return check
        if problem is not None:
            return _refuse(check, problem)
        _check_embedded_data(path, check, embedded)
        if check.payload is not None:
            self._judge(check, declaration)
        return check

    def _judge(self, check: ReportCheck, declaration: Declaration | None) -> None:
        payload = check.payload or {}
        signatures = [s for s in check.signatures.signatures if s.kind == "signature"]
        if declaration is not None and declaration.report_id != payload.get("report_id"):
            _refuse(check, Message("verify.declaration_mismatch"))
            return
        from tuoyu_desktop import exchange

        problems = _signed_too_early(signatures, (payload.get("assessment") or {}).get("finalised_at"))
        # A report counts for what its answers say, not for what its score box says.
        problems += [Message("verify.recomputed", problem=problem) for problem in exchange.recomputation_problems(payload)]
        if declaration is not None:
            places = {p.field: p for p in declaration.area.places}
            for signature in signatures:
                place = places.get(signature.field)
                if place is not None and place.signer.name and not same_person(place.signer.name, signature.signer_name):
                    problems.append(Message("verify.wrong_signer", place=described(place.signer), name=signature.signer_name))
            signed = {s.field for s in signatures}
            check.missing = [described(p.signer) for p in declaration.area.places if p.field not in signed]
        if problems:
            _refuse(check, problems[0], problems)
            return
        self._name_impostors(check, signatures)
        if check.missing and check.exit_code == EXIT_OK:
            check.exit_code = EXIT_INCOMPLETE
            check.verdict = Message("verify.missing_signers", count=len(check.missing), names="、".join(check.missing))
        elif check.missing:
            check.verdict = concat(check.verdict, Message("verify.also_missing", count=len(check.missing),
                                                          names="、".join(check.missing)))

    def _name_impostors(self, check: ReportCheck, signatures: Sequence[SignatureCheck]) -> None:
        """An untrusted signer whose name is a registered person's is called out as such."""
        registered = self.list()
        impostors = []
        for signature in signatures:
            if signature.trusted is not False:
                continue
            for entry in registered:
                if entry["kind"] == "signer" and same_person(entry["name"], signature.signer_name) \
                        and entry["fingerprint"] != signature.fingerprint_hex:
                    signature.trust_note = Message("verify.impostor_note", name=entry['name'])
                    impostors.append(signature.signer_name)
                    break
        if impostors:
            check.verdict = concat(Message("verify.impostor", names="、".join(impostors)), check.verdict)


def _declaration(embedded: dict[str, bytes] | None) -> tuple[Declaration | None, str | None]:
    """The report's ``signers.json`` (None for reports made by 0.1.0), or why it is unusable."""
    data = embedded.get(SIGNERS_FILE) if embedded is not None else None
    if data is None:
        return None, None
    try:
        return decode_declaration(data), None
    except InvalidSigners as exc:
        return None, str(exc)


def _refuse(check: ReportCheck, reason: str, lines: Sequence[str] = ()) -> ReportCheck:
    check.exit_code = EXIT_CHANGED
    check.payload = None
    for line in lines or [reason]:
        check.data_line = Joined([check.data_line, line], "\n") if check.data_line else line
    check.verdict = Message("verify.refused", reason=reason)
    return check


def _signed_too_early(signatures: Sequence[SignatureCheck], finalised_at: Any) -> list[str]:
    """A signature made before the data says it was finalised is not a signature of that data.
    A day of slack absorbs clocks and time zones; the forgeries this catches are months off."""
    try:
        finalised = datetime.fromisoformat(str(finalised_at))
    except ValueError:
        return []
    if finalised.tzinfo is None:
        finalised = finalised.replace(tzinfo=CHINA)
    problems: list[str] = []
    for signature in signatures:
        when = signature.signing_time
        if when is not None and when.tzinfo is not None and when < finalised - timedelta(days=1):
            problems.append(Message("verify.signed_too_early", name=signature.signer_name or signature.field,
                                    signed=moment(when), finalised=moment(finalised)))
    return problems


def _check_embedded_data(path: Path, check: ReportCheck, embedded: dict[str, bytes] | None) -> None:
    """The embedded assessment.json must exist, be readable, and be the data the report's signed
    metadata names (reports made by 0.1.0: the data its printed box names, on any page).
    ``embedded``: the file's embedded files as read before verification (the same bytes: exit 0
    or 3 means the last signature covers the whole file, and the file's digest is taken again
    on import)."""
    from tuoyu_desktop import exchange, signing
    from tuoyu_desktop.report.scored import DATA_DIGEST_KEYWORD, DATA_ID_KEYWORD

    if embedded is None:
        embedded = signing.embedded_files(path)
    data = embedded.get(exchange.ATTACHMENT_NAME)
    if data is None:
        check.exit_code = EXIT_UNREADABLE
        check.verdict = Message("verify.no_data")
        return
    try:
        payload = exchange.decode(data)
    except exchange.ExchangeError as exc:
        check.exit_code, check.verdict = EXIT_UNREADABLE, text_of(exc)
        return
    digest = exchange.digest(data)
    report_id = str(payload["report_id"])
    keywords = signing.document_keywords(path)
    if DATA_DIGEST_KEYWORD in keywords:
        if f"{DATA_DIGEST_KEYWORD}{digest}" not in keywords or f"{DATA_ID_KEYWORD}{report_id}" not in keywords:
            _refuse(check, Message("verify.data_digest_mismatch"), [Message("verify.data_digest_mismatch_line")])
            return
        where = Message("verify.data_matches_signed")
    elif not _printed_anywhere(path, (digest, report_id)):
        _refuse(check, Message("verify.data_print_mismatch"), [Message("verify.data_print_mismatch_line")])
        return
    else:
        where = Message("verify.data_matches_printed")
    check.payload = payload
    check.payload_text = data.decode("utf-8")
    check.data_line = Message("verify.data_line", report_id=report_id, digest=digest[:16], where=where)


def _printed_anywhere(path: Path, texts: Sequence[str]) -> bool:
    """Whether every one of ``texts`` is printed on one page (white space ignored; the digest
    is printed over two lines). Pages are read in turn until one has them all."""
    from pypdf import PdfReader

    try:
        reader = PdfReader(str(path))
        for page in reader.pages:
            text = re.sub(r"\s+", "", page.extract_text() or "")
            if all(t in text for t in texts):
                return True
    except Exception:  # noqa: BLE001 - pages pypdf cannot read simply show nothing to match
        return False
    return False
