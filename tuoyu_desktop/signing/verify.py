"""Verify the signatures of a report: who signed, and that nothing changed since.

:func:`verify_pdf` never raises: every outcome, including unreadable input, is a
:class:`VerifyResult` with an exit code for ``tuoyu verify``:

* **0** every signature is intact and valid, the last one covers the entire file, every
  incremental update after the first signature is itself a signature in a place the report
  reserved, and every signer is trusted. Without any trust entry nothing exits 0 (see 3).
* **1** anything changed or invalid: a byte changed in a signed range, bytes appended after the
  last signature, an incremental update after signing that is not a signature, a field, widget
  or annotation added after signing, a signature box outside the reserved places, a document
  timestamp from an untrusted authority, a signer certificate expired at signing or not allowed
  to sign, an invalid or unreadable signature, a damaged file that still shows a signature
  dictionary, and a readable PDF with **no signature at all** (a report whose signatures were
  stripped is a changed report; exit 2 is kept for "this is not something we can read").
* **2** not a readable report: missing, empty, not a PDF, truncated (no final ``%%EOF``),
  damaged beyond parsing, encrypted, larger than the size limit, or an unusable trust entry.
* **3** intact and valid, but at least one signer is not trusted by the given trust entries, or
  no trust entry was given at all (identity never silently skipped).

Trust entries (``--trust``): certificate files or bytes (PEM/DER; a district root trusts every
identity it issued, via path validation without network and without revocation checking) and
SHA-256 fingerprints (hex, colons optional) that pin a certificate: the signer's own (typical
for self-signed identities registered at the district) or any certificate in the signature's
chain (e.g. the district root's fingerprint).

Imported only when verifying: it pulls in pyHanko (≈0.5 s).
"""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as _dt
import hashlib
import io
import json
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tuoyu_desktop.messages import Joined, Message, text_of
from tuoyu_desktop.oserrors import describe as describe_os_error
from tuoyu_desktop.plainfiles import regular_size

from ._logs import VERIFYING, quiet
from .errors import IdentityError, TrustError
from .identity import format_fingerprint, load_certificates, normalise_fingerprint
from .structure import ReservedPlace, later_additions

__all__ = [
    "EXIT_CHANGED",
    "EXIT_OK",
    "EXIT_UNREADABLE",
    "EXIT_UNTRUSTED",
    "MAX_PDF_BYTES",
    "SignatureCheck",
    "TrustStore",
    "VerifyResult",
    "load_trust",
    "verify_pdf",
]

EXIT_OK = 0
EXIT_CHANGED = 1
EXIT_UNREADABLE = 2
EXIT_UNTRUSTED = 3
MAX_PDF_BYTES = 200 * 1024 * 1024

_ACCEPTABLE_LATER_CHANGES = ("NONE", "LTA_UPDATES", "FORM_FILLING")


# --------------------------------------------------------------------------- results


@dataclass
class SignatureCheck:
    """The verdict on one signature."""

    index: int  # 1-based, in signing order
    field: str
    signer_name: str = ""
    signer_role: str = ""
    signer_organisation: str = ""
    fingerprint: str = ""  # AB:12:…
    fingerprint_hex: str = ""
    issuer: str = ""
    self_signed: bool = False
    signing_time: _dt.datetime | None = None
    intact: bool = False
    valid: bool = False
    trusted: bool | None = None  # None: trust not judged (no trust entries given)
    trust_note: str = ""  # why (not) trusted
    covers_entire_file: bool = False
    coverage: str = ""
    modification_level: str | None = None
    revision: int = -1
    kind: str = "signature"  # or "timestamp" (document timestamp)
    # dataclasses.field: the class's own ``field`` attribute (the signature field) shadows the import here
    problems: list[str] = dataclasses.field(default_factory=list)

    @property
    def unchanged(self) -> bool:
        """Intact, valid, and nothing unacceptable after it (trust aside)."""
        return self.intact and self.valid and not self.problems

    def line(self) -> str:
        who: str = self.signer_name or Message("verify.unknown_signer")
        details = [x for x in (self.signer_role, self.signer_organisation) if x]
        if details:
            who = Message("verify.who_details", who=who, details=Joined(details, "，"))
        when = _format_time(self.signing_time) if self.signing_time else Message("verify.time_unknown")
        if self.unchanged:
            state = Message("verify.intact")
        else:
            state = Message("verify.faulty", problems=Joined(self.problems or [Message("verify.invalid")], "；"))
        if self.kind == "timestamp":
            trust = Message("verify.timestamp")
        elif self.trusted is None:
            trust = Message("verify.identity_unchecked")
        elif self.trusted:
            trust = Message("verify.trusted_note", note=self.trust_note) if self.trust_note else Message("verify.trusted")
        else:
            trust = Message("verify.untrusted_note", note=self.trust_note) if self.trust_note else Message("verify.untrusted")
        fp = Message("verify.fingerprint", fingerprint=self.fingerprint) if self.fingerprint else ""
        return Message("verify.line", index=self.index, field=self.field, who=who, when=when, state=state, trust=trust,
                       fingerprint=fp)

    def to_dict(self) -> dict:
        return {
            "index": self.index,
            "field": self.field,
            "kind": self.kind,
            "signer": {
                "name": self.signer_name,
                "role": self.signer_role,
                "organisation": self.signer_organisation,
                "fingerprint": self.fingerprint,
                "fingerprint_hex": self.fingerprint_hex,
                "issuer": self.issuer,
                "self_signed": self.self_signed,
            },
            "signing_time": self.signing_time.isoformat() if self.signing_time else None,
            "intact": self.intact,
            "valid": self.valid,
            "trusted": self.trusted,
            "trust_note": self.trust_note,
            "covers_entire_file": self.covers_entire_file,
            "coverage": self.coverage,
            "modification_level": self.modification_level,
            "revision": self.revision,
            "problems": list(self.problems),
            "line": self.line(),
        }


@dataclass
class VerifyResult:
    path: str
    exit_code: int
    verdict: str  # one line, Chinese
    signatures: list[SignatureCheck] = field(default_factory=list)
    trust_judged: bool = False
    problems: list[str] = field(default_factory=list)  # about the file as a whole

    @property
    def ok(self) -> bool:
        return self.exit_code == EXIT_OK

    def lines(self) -> list[str]:
        """One line per signature, then the verdict: what ``tuoyu verify`` prints."""
        return [s.line() for s in self.signatures] + [self.verdict]

    def to_dict(self) -> dict:
        return {
            "file": self.path,
            "exit_code": self.exit_code,
            "verdict": self.verdict,
            "trust_judged": self.trust_judged,
            "problems": list(self.problems),
            "signatures": [s.to_dict() for s in self.signatures],
        }

    def to_json(self, **kwargs) -> str:
        kwargs.setdefault("ensure_ascii", False)
        kwargs.setdefault("indent", 2)
        return json.dumps(self.to_dict(), **kwargs)


def _format_time(t: _dt.datetime) -> str:
    if t.tzinfo is not None:
        t = t.astimezone()
    z = t.strftime("%z")
    return f"{t:%Y-%m-%d %H:%M:%S} {z[:3]}:{z[3:]}" if z else f"{t:%Y-%m-%d %H:%M:%S}"


# --------------------------------------------------------------------------- trust


@dataclass
class TrustStore:
    certificates: list = field(default_factory=list)  # asn1crypto x509.Certificate
    pins: set[str] = field(default_factory=set)  # SHA-256 hex of pinned certificates
    sources: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not self.certificates and not self.pins


def _asn1_cert(cert: Any):
    from asn1crypto import x509

    if isinstance(cert, x509.Certificate):
        return cert
    public_bytes = getattr(cert, "public_bytes", None)
    if public_bytes is not None:
        from cryptography.hazmat.primitives.serialization import Encoding

        return x509.Certificate.load(public_bytes(Encoding.DER))
    raise TrustError(Message("trust.bad_entry_type", kind=type(cert).__name__))


def _certs_from_bytes(data: bytes, label: str) -> list:
    from cryptography.hazmat.primitives.serialization import Encoding

    try:
        certs = load_certificates(data)
    except IdentityError:
        raise TrustError(Message("trust.not_certificate", label=label)) from None
    from asn1crypto import x509

    return [x509.Certificate.load(c.public_bytes(Encoding.DER)) for c in certs]


def load_trust(entries: Iterable[Any] | None) -> TrustStore:
    """Parse ``--trust`` entries: certificate paths, PEM/DER bytes, certificate objects, or
    SHA-256 fingerprints. Raises :class:`TrustError` with a Chinese message for a bad entry."""
    store = TrustStore()
    if entries is None:
        return store
    if isinstance(entries, (str, bytes, os.PathLike)):
        entries = [entries]
    for entry in entries:
        if isinstance(entry, TrustStore):
            store.certificates.extend(entry.certificates)
            store.pins |= entry.pins
            store.sources.extend(entry.sources)
            continue
        if isinstance(entry, (bytes, bytearray, memoryview)):
            store.certificates.extend(_certs_from_bytes(bytes(entry), Message("trust.certificate_data")))
            store.sources.append(Message("trust.certificate_data"))
            continue
        if isinstance(entry, (str, os.PathLike)):
            text = os.fspath(entry)
            fp = normalise_fingerprint(text) if isinstance(text, str) else None
            if fp is not None and not Path(text).is_file():
                store.pins.add(fp)
                store.sources.append(format_fingerprint(fp))
                continue
            p = Path(text).expanduser()
            if not p.is_file():
                raise TrustError(Message("trust.bad_argument", text=text))
            try:
                if p.stat().st_size > 5_000_000:
                    raise TrustError(Message("trust.file_too_large", path=p))
                data = p.read_bytes()
            except OSError as e:
                raise TrustError(Message("trust.file_unreadable", path=p, detail=describe_os_error(e))) from None
            store.certificates.extend(_certs_from_bytes(data, str(p)))
            store.sources.append(str(p))
            continue
        store.certificates.append(_asn1_cert(entry))
        store.sources.append(Message("trust.certificate_object"))
    return store


def _sha256_hex(asn1_cert) -> str:
    return hashlib.sha256(asn1_cert.dump()).hexdigest()


# --------------------------------------------------------------------------- helpers


def _run(coro):
    """Run a coroutine to completion, also when the caller already runs an event loop."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coro)
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coro).result()


def _unreadable(path: str, reason: str) -> VerifyResult:
    return VerifyResult(path=path, exit_code=EXIT_UNREADABLE, verdict=Message("verify.cannot", reason=reason), problems=[reason])


def _changed(path: str, reason: str, signatures=None, trust_judged=False) -> VerifyResult:
    return VerifyResult(
        path=path,
        exit_code=EXIT_CHANGED,
        verdict=Message("verify.failed", reason=reason),
        signatures=signatures or [],
        trust_judged=trust_judged,
        problems=[reason],
    )


def _damaged(path: str, data: bytes) -> VerifyResult:
    if b"%%EOF" not in data[-2048:]:
        return _unreadable(path, Message("verify.truncated"))
    if b"/ByteRange" in data:
        return _changed(path, Message("verify.unparsable"))
    return _unreadable(path, Message("verify.damaged"))


_TRUST_PROBLEMS = {
    "NO_CERTIFICATE_CHAIN_FOUND": "trust.NO_CERTIFICATE_CHAIN_FOUND",
    "NO_SIGNING_CERTIFICATE_FOUND": "trust.NO_SIGNING_CERTIFICATE_FOUND",
    "EXPIRED": "trust.EXPIRED",
    "OUT_OF_BOUNDS_NO_POE": "trust.OUT_OF_BOUNDS",
    "OUT_OF_BOUNDS_NOT_REVOKED": "trust.OUT_OF_BOUNDS",
    "NOT_YET_VALID": "trust.NOT_YET_VALID",
    "REVOKED": "trust.REVOKED",
    "REVOKED_NO_POE": "trust.REVOKED",
    "REVOKED_CA_NO_POE": "trust.REVOKED_CA_NO_POE",
    "SIG_CONSTRAINTS_FAILURE": "trust.SIG_CONSTRAINTS_FAILURE",
    "CHAIN_CONSTRAINTS_FAILURE": "trust.CHAIN_CONSTRAINTS_FAILURE",
    "CERTIFICATE_CHAIN_GENERAL_FAILURE": "trust.CERTIFICATE_CHAIN_GENERAL_FAILURE",
    "CRYPTO_CONSTRAINTS_FAILURE": "trust.CRYPTO_CONSTRAINTS_FAILURE",
    "CRYPTO_CONSTRAINTS_FAILURE_NO_POE": "trust.CRYPTO_CONSTRAINTS_FAILURE",
}


def _trust_problem(indic) -> str:
    if indic is None:
        return Message("verify.not_trusted")
    name = getattr(indic, "name", str(indic))
    return Message(_TRUST_PROBLEMS[name]) if name in _TRUST_PROBLEMS else Message("trust.other", name=name)


def _subject_field(cert, key: str) -> str:
    try:
        value = cert.subject.native.get(key, "")
    except Exception:  # noqa: BLE001
        return ""
    if isinstance(value, (list, tuple)):
        value = value[0] if value else ""
    return str(value or "")


def _fill_signer(check: SignatureCheck, cert) -> None:
    check.signer_name = _subject_field(cert, "common_name")
    check.signer_role = _subject_field(cert, "title") or _subject_field(cert, "organizational_unit_name")
    check.signer_organisation = _subject_field(cert, "organization_name")
    check.fingerprint_hex = _sha256_hex(cert)
    check.fingerprint = format_fingerprint(check.fingerprint_hex)
    try:
        check.issuer = cert.issuer.native.get("common_name", "") or cert.issuer.human_friendly
    except Exception:  # noqa: BLE001
        check.issuer = ""
    check.self_signed = cert.self_signed == "yes" or (
        cert.self_signed == "maybe" and cert.subject == cert.issuer
    )


# --------------------------------------------------------------------------- per signature


async def _check_signature(emb, index: int, store: TrustStore, judge_trust: bool) -> SignatureCheck:
    from pyhanko.sign.validation import (
        KeyUsageConstraints,
        async_validate_pdf_signature,
        async_validate_pdf_timestamp,
    )
    from pyhanko.sign.validation.status import DocumentTimestampStatus, PdfSignatureStatus
    from pyhanko_certvalidator import ValidationContext

    check = SignatureCheck(index=index, field=str(emb.field_name), revision=emb.signed_revision)
    is_timestamp = emb.sig_object_type == "/DocTimeStamp"
    check.kind = "timestamp" if is_timestamp else "signature"
    try:
        signer_cert = emb.signer_cert
        _fill_signer(check, signer_cert)
    except Exception:  # noqa: BLE001
        signer_cert = None
        check.problems.append(Message("verify.no_signer_cert"))

    roots = list(store.certificates)
    if store.pins and signer_cert is not None:
        for cert in [signer_cert, *emb.other_embedded_certs]:
            if _sha256_hex(cert) in store.pins:
                roots.append(cert)
    context = ValidationContext(trust_roots=roots, allow_fetching=False, revocation_mode="soft-fail")
    status: DocumentTimestampStatus | PdfSignatureStatus
    if is_timestamp:
        status = await async_validate_pdf_timestamp(emb, validation_context=context)
    else:
        status = await async_validate_pdf_signature(
            emb,
            signer_validation_context=context,
            key_usage_settings=KeyUsageConstraints(key_usage={"digital_signature", "non_repudiation"}),
        )
    check.intact = bool(status.intact)
    check.valid = bool(status.valid)
    check.signing_time = getattr(status, "signer_reported_dt", None) or getattr(status, "timestamp", None)
    coverage = status.coverage
    check.coverage = coverage.name if coverage is not None else ""
    check.covers_entire_file = check.coverage == "ENTIRE_FILE"
    level = status.modification_level
    check.modification_level = level.name if level is not None else None
    if not check.intact:
        check.problems.append(Message("verify.digest_mismatch"))
    elif not check.valid:
        check.problems.append(Message("verify.bad_value"))
    if check.coverage in ("UNCLEAR", "CONTIGUOUS_BLOCK_FROM_START"):
        check.problems.append(Message("verify.bad_coverage"))
    elif check.coverage == "ENTIRE_REVISION":
        if check.modification_level not in _ACCEPTABLE_LATER_CHANGES or status.docmdp_ok is False:
            check.problems.append(Message("verify.changed_after"))

    if signer_cert is not None and not is_timestamp:
        check.problems.extend(_certificate_problems(signer_cert, check.signing_time))
    if is_timestamp:
        check.trusted = bool(status.trusted) if check.intact and check.valid else False
        if not check.trusted:
            check.problems.append(Message("verify.untrusted_timestamp"))
    elif not judge_trust:
        check.trusted = None
    elif check.intact and check.valid:
        check.trusted = bool(status.trusted)
        if check.trusted:
            anchor = status.validation_path[0] if status.validation_path is not None else None
            anchor_hex = _sha256_hex(anchor) if anchor is not None else ""
            if anchor_hex == check.fingerprint_hex:
                check.trust_note = Message("verify.registered")
            else:
                cn = _subject_field(anchor, "common_name") if anchor is not None else ""
                check.trust_note = Message("verify.issued_by", issuer=cn) if cn else Message("verify.chain_trusted")
        elif not _related_to_roots(signer_cert, emb.other_embedded_certs, roots):
            check.trust_note = (
                Message("verify.self_signed_unregistered")
                if check.self_signed
                else Message("verify.issuer_untrusted", issuer=check.issuer or Message("verify.unknown_issuer"))
            )
        else:
            check.trust_note = _trust_problem(status.trust_problem_indic)
    else:
        check.trusted = False
        check.trust_note = Message("verify.invalid_identity")
    return check


def _certificate_problems(cert, signed_at: _dt.datetime | None) -> list[str]:
    """What makes a certificate unfit to have signed, whoever trusts it: outside its validity
    period at the signing time, or a key usage that does not allow signatures. Checked also for
    pinned certificates, which path validation takes as given."""
    problems: list[str] = []
    validity = cert["tbs_certificate"]["validity"]
    not_before, not_after = validity["not_before"].native, validity["not_after"].native
    moment = signed_at or _dt.datetime.now(_dt.timezone.utc)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=_dt.timezone.utc)
    if moment > not_after:
        problems.append(Message("verify.expired_at_signing", date=f"{not_after:%Y-%m-%d}"))
    elif moment < not_before:
        problems.append(Message("verify.not_yet_valid_at_signing", date=f"{not_before:%Y-%m-%d}"))
    usage = cert.key_usage_value
    if usage is not None and not ({"digital_signature", "non_repudiation"} & set(usage.native)):
        problems.append(Message("verify.key_usage"))
    return problems


def _related_to_roots(signer_cert, others, roots) -> bool:
    """Whether any trust root is the signer's certificate, in its chain, or its issuer."""
    if signer_cert is None or not roots:
        return False
    root_hex = {_sha256_hex(r) for r in roots}
    root_subjects = [r.subject for r in roots]
    for cert in [signer_cert, *others]:
        if _sha256_hex(cert) in root_hex or cert.issuer in root_subjects:
            return True
    return False


def _broken_signature(index: int, name: str, reason: str) -> SignatureCheck:
    return SignatureCheck(index=index, field=name, problems=[reason])


# --------------------------------------------------------------------------- the whole file


def verify_pdf(
    path: str | os.PathLike[str],
    trust: Iterable[Any] | TrustStore | None = (),
    *,
    max_bytes: int = MAX_PDF_BYTES,
    reserved: Sequence[ReservedPlace] | None = None,
) -> VerifyResult:
    """Verify every signature of the PDF at ``path``. Never raises; see the module docstring.

    ``reserved``: the signature places the report reserved before it was signed; anything added
    after the first signature other than a signature in one of them is a change (see
    :mod:`.structure`). ``None`` (reports that reserved nothing): new signature fields are
    accepted on the last page only.
    """
    shown = os.fspath(path) if isinstance(path, (str, os.PathLike)) else str(path)
    try:
        with quiet(VERIFYING):
            return _verify(shown, trust, max_bytes, reserved)
    except Exception as e:  # noqa: BLE001 - the contract: a result, never a traceback
        return _unreadable(shown, Message("verify.unexpected", error=f"{type(e).__name__}: {e}"))


def _verify(shown: str, trust, max_bytes: int, reserved: Sequence[ReservedPlace] | None) -> VerifyResult:
    # trust entries first: a typo in --trust must not look like a problem with the report
    try:
        store = trust if isinstance(trust, TrustStore) else load_trust(trust)
    except TrustError as e:
        return _unreadable(shown, text_of(e))
    judge_trust = not store.empty

    p = Path(shown)
    try:
        if not p.exists():
            return _unreadable(shown, Message("verify.not_found", path=shown))
        if p.is_dir():
            return _unreadable(shown, Message("verify.folder", path=shown))
        size = regular_size(p)
        if size == 0:
            return _unreadable(shown, Message("verify.empty"))
        if size > max_bytes:
            return _unreadable(shown, Message("verify.too_large", mb=f"{size / 1048576:.0f}", limit=max_bytes // 1048576))
        data = p.read_bytes()
    except OSError as e:
        return _unreadable(shown, Message("verify.unreadable", detail=describe_os_error(e)))
    if b"%PDF-" not in data[:1024]:
        return _unreadable(shown, Message("verify.not_pdf"))

    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.fields import enumerate_sig_fields
    from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature

    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        if reader.encrypted:
            return _unreadable(shown, Message("verify.encrypted"))
        _ = reader.root
        total_revisions = reader.xrefs.total_revisions
        fields = list(enumerate_sig_fields(reader, filled_status=True))
    except Exception:  # noqa: BLE001 - damaged in a way pyHanko cannot parse
        return _damaged(shown, data)

    if not fields:
        if b"/ByteRange" in data:
            return _changed(shown, Message("verify.signatures_broken"))
        return _changed(shown, Message("verify.unsigned"))

    embedded, broken = [], []
    for name, _, field_ref in fields:
        try:
            embedded.append(EmbeddedPdfSignature(reader, field_ref, name))
        except Exception:  # noqa: BLE001
            broken.append(str(name))
    embedded.sort(key=lambda e: e.signed_revision)

    async def check_all():
        out = []
        for i, emb in enumerate(embedded, start=1):
            try:
                out.append(await _check_signature(emb, i, store, judge_trust))
            except Exception as e:  # noqa: BLE001
                out.append(_broken_signature(i, str(emb.field_name), Message("verify.cannot_check", error=type(e).__name__)))
        return out

    checks: list[SignatureCheck] = _run(check_all()) if embedded else []
    for name in broken:
        checks.append(_broken_signature(len(checks) + 1, name, Message("verify.signature_damaged")))

    file_problems = _revision_problems(embedded, checks, total_revisions, len(data))
    if embedded:
        try:
            file_problems += later_additions(reader, embedded[0].signed_revision, reserved)
        except Exception as e:  # noqa: BLE001 - a structure pyHanko read but we cannot walk
            file_problems.append(Message("verify.changes_uncheckable", error=type(e).__name__))
    return _conclude(shown, checks, file_problems, judge_trust)


def _revision_problems(embedded, checks, total_revisions: int, file_size: int) -> list[str]:
    """After the first signature, every incremental update must be a signature, and the last
    signature must cover the whole file (pyHanko alone accepts bytes appended after %%EOF)."""
    problems: list[str] = []
    if not embedded:
        return problems
    signed_revisions = {e.signed_revision for e in embedded}
    first = min(signed_revisions)
    extra = [r for r in range(first + 1, total_revisions) if r not in signed_revisions]
    if extra:
        problems.append(Message("verify.extra_revisions", count=len(extra)))
        for emb, check in zip(embedded, checks, strict=False):
            if any(r > emb.signed_revision for r in extra):
                msg = Message("verify.modified_after_this")
                if msg not in check.problems:
                    check.problems.append(msg)
    last_emb, last_check = embedded[-1], checks[len(embedded) - 1]
    if not last_check.covers_entire_file and last_check.intact:
        if last_emb.signed_revision == total_revisions - 1:
            try:
                br = [int(x) for x in last_emb.byte_range]
                appended = file_size - (br[2] + br[3])
            except Exception:  # noqa: BLE001
                appended = 0
            msg = (
                Message("verify.appended", count=appended)
                if appended > 0
                else Message("verify.not_whole_file")
            )
        else:
            msg = Message("verify.not_whole_file_changed")
        if msg not in last_check.problems:
            last_check.problems.append(msg)
        problems.append(msg)
    return problems


def _conclude(shown: str, checks: list[SignatureCheck], file_problems: list[str], judge_trust: bool) -> VerifyResult:
    result = VerifyResult(path=shown, exit_code=EXIT_OK, verdict="", signatures=checks, trust_judged=judge_trust)
    result.problems = list(file_problems)
    bad = [c for c in checks if not c.unchanged]
    n = len(checks)
    if bad or file_problems:
        first = file_problems[0] if file_problems else bad[0].problems[0] if bad[0].problems else Message("verify.invalid")
        result.exit_code = EXIT_CHANGED
        result.verdict = Message("verify.failed_changed", reason=first)
        return result
    signer_checks = [c for c in checks if c.kind == "signature"]
    if judge_trust:
        untrusted = [c for c in signer_checks if not c.trusted]
        if untrusted:
            names = "、".join(c.signer_name or c.field for c in untrusted)
            result.exit_code = EXIT_UNTRUSTED
            result.verdict = Message("verify.untrusted_signers", names=names)
            return result
        result.verdict = Message("verify.passed_one") if n == 1 else Message("verify.passed_many", count=n)
    else:
        result.exit_code = EXIT_UNTRUSTED
        result.verdict = Message("verify.no_trust_one") if n == 1 else Message("verify.no_trust_many", count=n)
    return result
