"""Signing identities: a key pair and an X.509 certificate in a passphrase-protected PKCS#12 file.

One identity per person (facility director, parent-volunteer inspector, facility representative).
It is either self-signed (:func:`create_identity`: the district registers its SHA-256 fingerprint)
or issued from a district root (:mod:`.authority`). Both kinds live in the same file format:

* PKCS#12, key and certificates encrypted with PBES2 (PBKDF2-HMAC-SHA256, AES-256-CBC), and the
  file MAC (HMAC-SHA256) recomputed with as many iterations as the encryption (OpenSSL and
  ``cryptography`` use only 2,048 for the MAC, which would make the MAC the cheap way to guess
  passphrases). Any PKCS#12 reader (OpenSSL 1.1.1+/3, Windows 10+, Adobe) opens it.
* created with mode 0600, never overwriting an existing file unless asked to.

Certificates carry the signer's name (CN), role (title) and facility or district (O), key usage
digitalSignature + nonRepudiation (critical) and basicConstraints CA=false.

Imports ``cryptography`` and ``asn1crypto`` only; never pyHanko and never Qt.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import hmac
import os
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Union

from tuoyu_desktop.atomic import write_atomically
from tuoyu_desktop.messages import Message
from tuoyu_desktop.oserrors import describe as describe_os_error

from .errors import IdentityError, IdentityExists, UnprotectedIdentity, WeakPassphrase, WrongPassphrase

__all__ = [
    "IDENTITY_SUFFIX",
    "ROLE_LABELS",
    "IdentityInfo",
    "LoadedIdentity",
    "certificate_fingerprint",
    "change_passphrase",
    "create_identity",
    "describe_certificate",
    "export_certificate",
    "fingerprint_hex",
    "format_fingerprint",
    "import_identity",
    "load_certificates",
    "normalise_fingerprint",
    "read_identity",
]

IDENTITY_SUFFIX = ".p12"
MIN_PASSPHRASE_LENGTH = 8
KDF_ROUNDS = 200_000  # PBKDF2-HMAC-SHA256 for the key and certificate bags
# PKCS#12 MAC key derivation: one SHA-256 per iteration, half the cost of a PBKDF2-HMAC round,
# so twice the count makes guessing through the MAC as slow as through the encryption.
MAC_ITERATIONS = 2 * KDF_ROUNDS
IDENTITY_YEARS = 10
MAX_IDENTITY_FILE_BYTES = 1_000_000
MAX_SUBJECT_FIELD = 64  # X.509 upper bound for CN / O / title

# Suggested role texts; any text is accepted.
ROLE_LABELS = {
    "director": "机构负责人",
    "inspector": "督导员",
    "representative": "机构代表",
}

PathLike = Union[str, "os.PathLike[str]"]


# --------------------------------------------------------------------------- fingerprints


def _cert_der(cert: Any) -> bytes:
    """DER bytes of a ``cryptography`` or ``asn1crypto`` certificate, or of PEM/DER bytes."""
    if isinstance(cert, (bytes, bytearray, memoryview)):
        certs = load_certificates(bytes(cert))
        return _cert_der(certs[0])
    public_bytes = getattr(cert, "public_bytes", None)
    if public_bytes is not None:  # cryptography.x509.Certificate
        from cryptography.hazmat.primitives.serialization import Encoding

        return public_bytes(Encoding.DER)
    dump = getattr(cert, "dump", None)
    if dump is not None:  # asn1crypto.x509.Certificate
        return dump()
    raise TypeError(f"not a certificate: {type(cert).__name__}")


def fingerprint_hex(cert: Any) -> str:
    """SHA-256 of the certificate's DER encoding: 64 lower-case hex digits."""
    return hashlib.sha256(_cert_der(cert)).hexdigest()


def format_fingerprint(hex_digest: str) -> str:
    """``ab12cd…`` → ``AB:12:CD:…`` (the form printed for registration)."""
    h = hex_digest.upper()
    return ":".join(h[i : i + 2] for i in range(0, len(h), 2))


def certificate_fingerprint(cert: Any) -> str:
    """SHA-256 fingerprint for display and registration: ``AB:12:CD:…`` (upper case, colons)."""
    return format_fingerprint(fingerprint_hex(cert))


_HEX64 = re.compile(r"[0-9a-f]{64}")


def normalise_fingerprint(text: str) -> str | None:
    """A SHA-256 fingerprint typed or pasted by a person → 64 lower-case hex digits, else None.

    Accepts upper or lower case, with or without colons, spaces or dashes, and an optional
    ``SHA256:`` / ``SHA-256`` prefix.
    """
    if not isinstance(text, str):
        return None
    t = text.strip().lower()
    t = re.sub(r"^sha-?256\s*[:=]?\s*", "", t)
    t = re.sub(r"[\s:\-]", "", t)
    return t if _HEX64.fullmatch(t) else None


def _group_fingerprint(hex_digest: str, group: int = 4) -> str:
    h = hex_digest.upper()
    return " ".join(h[i : i + group] for i in range(0, len(h), group))


# --------------------------------------------------------------------------- descriptions


@dataclass(frozen=True)
class IdentityInfo:
    """What a person needs to know about a certificate (their own or a signer's)."""

    name: str
    role: str
    organisation: str
    fingerprint: str  # "AB:12:…", for display and registration
    fingerprint_hex: str  # "ab12…", 64 hex digits
    not_before: _dt.datetime
    not_after: _dt.datetime
    issuer: str  # issuer's common name (the person themself when self-signed)
    self_signed: bool
    is_authority: bool = False
    key_type: str = ""
    serial_number: str = ""

    @property
    def fingerprint_groups(self) -> str:
        """``AB12 CD34 …``: easier to read aloud and compare by eye."""
        return _group_fingerprint(self.fingerprint_hex)

    def registration_text(self) -> str:
        """Lines to print and hand in at the district (证书登记信息)."""
        kind = "区级签发" if not self.self_signed else "自签名（需到区里登记指纹）"
        if self.is_authority:
            kind = "区级根证书"
        hex_ = self.fingerprint_groups
        half = len(hex_) // 2 + 1
        return "\n".join(
            [
                "数字签名证书登记信息",
                f"姓名：{self.name}",
                f"身份：{self.role}",
                f"单位：{self.organisation}",
                f"证书类型：{kind}；签发者：{self.issuer}",
                f"有效期：{self.not_before:%Y-%m-%d} 至 {self.not_after:%Y-%m-%d}",
                f"密钥：{self.key_type}；序列号：{self.serial_number}",
                "证书指纹（SHA-256）：",
                f"  {hex_[:half].strip()}",
                f"  {hex_[half:].strip()}",
            ]
        )

    def to_dict(self) -> dict:
        d = asdict(self)
        d["not_before"] = self.not_before.isoformat()
        d["not_after"] = self.not_after.isoformat()
        return d


def _name_attr(name, oid) -> str:
    values = name.get_attributes_for_oid(oid)
    return str(values[0].value) if values else ""


def _key_type(public_key) -> str:
    from cryptography.hazmat.primitives.asymmetric import ec, ed448, ed25519, rsa

    if isinstance(public_key, rsa.RSAPublicKey):
        return f"RSA-{public_key.key_size}"
    if isinstance(public_key, ec.EllipticCurvePublicKey):
        curve = {"secp256r1": "P-256", "secp384r1": "P-384", "secp521r1": "P-521"}.get(
            public_key.curve.name, public_key.curve.name
        )
        return f"ECDSA {curve}"
    if isinstance(public_key, ed25519.Ed25519PublicKey):
        return "Ed25519"
    if isinstance(public_key, ed448.Ed448PublicKey):
        return "Ed448"
    return type(public_key).__name__


def _is_self_signed(cert) -> bool:
    if cert.subject != cert.issuer:
        return False
    try:
        cert.verify_directly_issued_by(cert)
    except Exception:  # noqa: BLE001 - any failure means "not provably self-signed"
        return False
    return True


def _basic_constraints_ca(cert) -> bool:
    from cryptography import x509

    try:
        return bool(cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca)
    except x509.ExtensionNotFound:
        return False


def describe_certificate(cert: Any) -> IdentityInfo:
    """An :class:`IdentityInfo` for a certificate (``cryptography``, ``asn1crypto`` or bytes)."""
    from cryptography import x509
    from cryptography.x509.oid import NameOID

    if not isinstance(cert, x509.Certificate):
        cert = x509.load_der_x509_certificate(_cert_der(cert))
    subject = cert.subject
    role = _name_attr(subject, NameOID.TITLE) or _name_attr(subject, NameOID.ORGANIZATIONAL_UNIT_NAME)
    issuer = _name_attr(cert.issuer, NameOID.COMMON_NAME) or cert.issuer.rfc4514_string()
    hex_ = fingerprint_hex(cert)
    return IdentityInfo(
        name=_name_attr(subject, NameOID.COMMON_NAME) or subject.rfc4514_string(),
        role=role,
        organisation=_name_attr(subject, NameOID.ORGANIZATION_NAME),
        fingerprint=format_fingerprint(hex_),
        fingerprint_hex=hex_,
        not_before=cert.not_valid_before_utc,
        not_after=cert.not_valid_after_utc,
        issuer=issuer,
        self_signed=_is_self_signed(cert),
        is_authority=_basic_constraints_ca(cert),
        key_type=_key_type(cert.public_key()),
        serial_number=format(cert.serial_number, "X"),
    )


def load_certificates(data: bytes) -> list:
    """Every certificate in PEM (one or several) or DER bytes, as ``cryptography`` objects.

    Raises :class:`IdentityError` when there is none.
    """
    from cryptography import x509

    try:
        if b"-----BEGIN" in data:
            certs = x509.load_pem_x509_certificates(data)
        else:
            certs = [x509.load_der_x509_certificate(data)]
    except ValueError:
        certs = []
    if not certs:
        raise IdentityError(Message("identity.not_certificate"))
    return certs


# --------------------------------------------------------------------------- loaded identity


@dataclass
class LoadedIdentity:
    """An opened identity: private key, own certificate, and the chain above it (if any)."""

    private_key: Any
    certificate: Any  # cryptography.x509.Certificate
    chain: list = field(default_factory=list)  # issuer certificates, nearest first
    path: Path | None = None

    @property
    def info(self) -> IdentityInfo:
        return describe_certificate(self.certificate)

    def certificate_pem(self, include_chain: bool = False) -> bytes:
        from cryptography.hazmat.primitives.serialization import Encoding

        certs = [self.certificate, *(self.chain if include_chain else [])]
        return b"".join(c.public_bytes(Encoding.PEM) for c in certs)


# --------------------------------------------------------------------------- passphrases and files


def _passphrase_bytes(passphrase: str | bytes | None) -> bytes:
    if passphrase is None:
        return b""
    if isinstance(passphrase, bytes):
        return passphrase
    return passphrase.encode("utf-8")


def _check_new_passphrase(passphrase: str | bytes | None) -> bytes:
    raw = _passphrase_bytes(passphrase)
    text = raw.decode("utf-8", errors="replace")
    if len(text) < MIN_PASSPHRASE_LENGTH:
        raise WeakPassphrase(Message("identity.weak_passphrase", length=MIN_PASSPHRASE_LENGTH))
    return raw


def _read_small_file(path: PathLike, what: str | None = None) -> bytes:
    what = what or Message("identity.file")
    p = Path(path)
    try:
        size = p.stat().st_size
    except FileNotFoundError:
        raise IdentityError(Message("identity.file_not_found", what=what, path=p)) from None
    except OSError as e:
        raise IdentityError(Message("identity.file_unreadable", what=what, path=p, detail=describe_os_error(e))) from None
    if p.is_dir():
        raise IdentityError(Message("identity.file_folder", what=what, path=p))
    if size == 0:
        raise IdentityError(Message("identity.file_empty", what=what, path=p))
    if size > MAX_IDENTITY_FILE_BYTES:
        raise IdentityError(Message("identity.file_too_large", what=what, path=p))
    try:
        return p.read_bytes()
    except OSError as e:
        raise IdentityError(Message("identity.file_unreadable", what=what, path=p, detail=describe_os_error(e))) from None




# --------------------------------------------------------------------------- PKCS#12


def _pkcs12_mac_key_sha256(password: bytes, salt: bytes, iterations: int) -> bytes:
    """RFC 7292 appendix B.2 key derivation (ID 3, MAC key) with SHA-256, 32-byte output."""
    u, v = 32, 64
    # BMPString of the UTF-8 password, with two zero bytes at the end (as OpenSSL does)
    pw = password.decode("utf-8").encode("utf-16-be") + b"\x00\x00" if password else b""

    def stretch(b: bytes) -> bytes:
        if not b:
            return b""
        n = v * ((len(b) + v - 1) // v)
        return (b * (n // len(b) + 1))[:n]

    d = bytes([3]) * v
    a = hashlib.sha256(d + stretch(salt) + stretch(pw)).digest()
    sha256 = hashlib.sha256
    for _ in range(iterations - 1):
        a = sha256(a).digest()
    return a[:u]


def _strengthen_mac(pfx_der: bytes, password: bytes, iterations: int) -> bytes:
    """Recompute the PKCS#12 MAC with ``iterations`` (cryptography/OpenSSL write only 2,048)."""
    from asn1crypto import algos, pkcs12

    pfx = pkcs12.Pfx.load(pfx_der)
    content = pfx["auth_safe"]["content"].native  # the signed octets
    salt = os.urandom(16)
    key = _pkcs12_mac_key_sha256(password, salt, iterations)
    mac = hmac.new(key, content, hashlib.sha256).digest()
    pfx["mac_data"] = pkcs12.MacData(
        {
            "mac": algos.DigestInfo(
                {"digest_algorithm": algos.DigestAlgorithm({"algorithm": "sha256"}), "digest": mac}
            ),
            "mac_salt": salt,
            "iterations": iterations,
        }
    )
    return pfx.dump(force=True)


def _serialise_pkcs12(key, cert, chain: list, passphrase: bytes, friendly_name: str) -> bytes:
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.serialization import pkcs12

    encryption = (
        serialization.PrivateFormat.PKCS12.encryption_builder()
        .kdf_rounds(KDF_ROUNDS)
        .key_cert_algorithm(pkcs12.PBES.PBESv2SHA256AndAES256CBC)
        .hmac_hash(hashes.SHA256())
        .build(passphrase)
    )
    der = pkcs12.serialize_key_and_certificates(
        friendly_name.encode("utf-8"), key, cert, list(chain) or None, encryption
    )
    return _strengthen_mac(der, passphrase, MAC_ITERATIONS)


def _looks_like_pkcs12(data: bytes) -> bool:
    from asn1crypto import pkcs12

    try:
        pfx = pkcs12.Pfx.load(data, strict=True)
        _ = pfx["version"].native
        _ = pfx["auth_safe"]["content_type"].native
        return True
    except Exception:  # noqa: BLE001 - asn1crypto raises several types for garbage
        return False


def _parse_pkcs12(data: bytes, passphrase: str | bytes | None, source: str) -> LoadedIdentity:
    from cryptography.hazmat.primitives.serialization import pkcs12

    if not _looks_like_pkcs12(data):
        raise IdentityError(Message("identity.not_pkcs12", source=source))
    raw = _passphrase_bytes(passphrase)
    attempts = [raw] if raw else [b"", None]  # an unprotected file: empty or absent password
    loaded = None
    for attempt in attempts:
        try:
            loaded = pkcs12.load_pkcs12(data, attempt)
            break
        except ValueError:
            continue
        except Exception as e:  # noqa: BLE001 - unsupported algorithms etc.
            raise IdentityError(Message("identity.cannot_open", source=source, error=e)) from None
    if loaded is None:
        if raw and _opens_without_passphrase(data):
            raise UnprotectedIdentity(source)
        raise WrongPassphrase()
    if loaded.key is None:
        raise IdentityError(Message("identity.no_key", source=source))
    if loaded.cert is None:
        raise IdentityError(Message("identity.no_certificate", source=source))
    cert = loaded.cert.certificate
    key = loaded.key
    _check_key_matches(key, cert, source)
    chain = _order_chain(cert, [c.certificate for c in loaded.additional_certs])
    return LoadedIdentity(private_key=key, certificate=cert, chain=chain)


def _opens_without_passphrase(data: bytes) -> bool:
    from cryptography.hazmat.primitives.serialization import pkcs12

    for attempt in (b"", None):
        try:
            pkcs12.load_pkcs12(data, attempt)
            return True
        except Exception:  # noqa: BLE001, S112 - any failure means: not openable this way
            continue
    return False


def _check_key_matches(key, cert, source: str) -> None:
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    fmt = (Encoding.DER, PublicFormat.SubjectPublicKeyInfo)
    if key.public_key().public_bytes(*fmt) != cert.public_key().public_bytes(*fmt):
        raise IdentityError(Message("identity.key_mismatch", source=source))


def _order_chain(leaf, others: list) -> list:
    """Issuer certificates nearest first (leaf's issuer, its issuer, … up to the root), then the rest."""
    ordered, pool, current = [], list(others), leaf
    while current.subject != current.issuer:
        nxt = next((c for c in pool if c.subject == current.issuer), None)
        if nxt is None:
            break
        ordered.append(nxt)
        pool.remove(nxt)
        current = nxt
    return ordered + pool


def read_identity(path: PathLike, passphrase: str | bytes | None) -> LoadedIdentity:
    """Open an identity file.

    Raises :class:`WrongPassphrase` (retry) or :class:`IdentityError` (missing file, not PKCS#12,
    no private key, key and certificate do not match).
    """
    data = _read_small_file(path)
    loaded = _parse_pkcs12(data, passphrase, str(path))
    loaded.path = Path(path)
    return loaded


# --------------------------------------------------------------------------- building certificates


def _clean_field(value: str, label: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise IdentityError(Message("identity.field_empty", label=label))
    v = " ".join(value.split())
    # X.509 allows 64 characters, and the library counts UTF-8 bytes: 21 Chinese characters.
    if len(v) > MAX_SUBJECT_FIELD or len(v.encode("utf-8")) > 64:
        raise IdentityError(Message("identity.field_too_long", label=label, limit=MAX_SUBJECT_FIELD))
    return v


def _subject(name: str, role: str, organisation: str):
    from cryptography import x509
    from cryptography.x509.oid import NameOID

    return x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "CN"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, _clean_field(organisation, Message("identity.label_organisation"))),
            x509.NameAttribute(NameOID.TITLE, _clean_field(role, Message("identity.label_role"))),
            x509.NameAttribute(NameOID.COMMON_NAME, _clean_field(name, Message("identity.label_name"))),
        ]
    )


def _new_key(kind: str):
    from cryptography.hazmat.primitives.asymmetric import ec, rsa

    k = (kind or "ec").lower()
    if k in ("ec", "ecdsa", "p256", "p-256"):
        return ec.generate_private_key(ec.SECP256R1())
    if k in ("rsa", "rsa3072", "rsa-3072"):
        return rsa.generate_private_key(public_exponent=65537, key_size=3072)
    raise IdentityError(Message("identity.bad_key_type", kind=kind))


def _now() -> _dt.datetime:
    return _dt.datetime.now(_dt.timezone.utc).replace(microsecond=0)


def _build_certificate(
    *,
    subject,
    public_key,
    issuer_name,
    issuer_key,
    not_after: _dt.datetime,
    ca: bool,
    issuer_cert=None,
):
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes

    now = _now()
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer_name)
        .public_key(public_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - _dt.timedelta(minutes=5))  # tolerate a slightly slow clock
        .not_valid_after(not_after)
        .add_extension(x509.BasicConstraints(ca=ca, path_length=0 if ca else None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=not ca,
                content_commitment=not ca,  # nonRepudiation
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=ca,
                crl_sign=ca,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False)
    )
    if issuer_cert is not None:
        builder = builder.add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer_cert.public_key()),
            critical=False,
        )
    return builder.sign(issuer_key, hashes.SHA256())


def _years_from_now(years: int) -> _dt.datetime:
    return _now() + _dt.timedelta(days=365 * years + years // 4)


def _save_identity(
    path: PathLike, key, cert, chain: list, passphrase: bytes, *, overwrite: bool
) -> None:
    from cryptography.x509.oid import NameOID

    friendly = _name_attr(cert.subject, NameOID.COMMON_NAME) or "tuoyu"
    data = _serialise_pkcs12(key, cert, chain, passphrase, friendly)
    target = Path(path)
    try:
        write_atomically(target, data, private=True, replace=overwrite, make_parents=True)
    except FileExistsError:
        raise IdentityExists(Message("identity.exists", path=target)) from None
    except OSError as e:
        raise IdentityError(Message("identity.cannot_write", path=target, detail=describe_os_error(e))) from None


def _refuse_existing(path: PathLike, overwrite: bool) -> None:
    if Path(path).exists() and not overwrite:
        raise IdentityExists(Message("identity.exists", path=path))


def create_identity(
    path: PathLike,
    *,
    name: str,
    role: str,
    organisation: str,
    passphrase: str | bytes,
    key: str = "ec",
    valid_years: int = IDENTITY_YEARS,
    overwrite: bool = False,
) -> IdentityInfo:
    """Create a self-signed identity and write it to ``path`` (PKCS#12, mode 0600).

    ``key``: ``"ec"`` (ECDSA P-256, default) or ``"rsa"`` (RSA-3072). Raises
    :class:`IdentityExists` when ``path`` exists (unless ``overwrite``), :class:`WeakPassphrase`
    for a passphrase shorter than 8 characters, :class:`IdentityError` for empty fields.
    """
    return create_self_signed(path, _subject(name, role, organisation), passphrase, key=key,
                              valid_years=valid_years, ca=False, overwrite=overwrite)


def create_self_signed(path: PathLike, subject, passphrase: str | bytes, *, key: str, valid_years: int, ca: bool,
                       overwrite: bool) -> IdentityInfo:
    """A new key and a certificate signed by itself (a person's identity, or a district root)."""
    _refuse_existing(path, overwrite)
    pw = _check_new_passphrase(passphrase)
    private_key = _new_key(key)
    cert = _build_certificate(
        subject=subject,
        public_key=private_key.public_key(),
        issuer_name=subject,
        issuer_key=private_key,
        not_after=_years_from_now(valid_years),
        ca=ca,
    )
    _save_identity(path, private_key, cert, [], pw, overwrite=overwrite)
    return describe_certificate(cert)


def _check_signing_certificate(cert, source: str) -> None:
    from cryptography import x509
    from cryptography.hazmat.primitives.asymmetric import ec, rsa

    try:
        ku = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        raise IdentityError(Message("identity.no_key_usage", source=source)) from None
    if not ku.digital_signature:
        raise IdentityError(Message("identity.no_signature_usage", source=source))
    pub = cert.public_key()
    if isinstance(pub, rsa.RSAPublicKey):
        if pub.key_size < 2048:
            raise IdentityError(Message("identity.rsa_short", bits=pub.key_size, source=source))
    elif isinstance(pub, ec.EllipticCurvePublicKey):
        if pub.curve.name not in ("secp256r1", "secp384r1", "secp521r1"):
            raise IdentityError(Message("identity.bad_curve", curve=pub.curve.name, source=source))
    else:
        raise IdentityError(Message("identity.unsupported_key", kind=_key_type(pub), source=source))


def import_identity(
    src: PathLike,
    dst: PathLike,
    passphrase: str | bytes | None,
    *,
    new_passphrase: str | bytes | None = None,
    overwrite: bool = False,
    accept: Callable[[IdentityInfo], None] | None = None,
) -> IdentityInfo:
    """Import an existing PKCS#12 (.p12/.pfx) into the app's identity store.

    Checks that it holds a private key matching a certificate whose key usage includes
    digitalSignature (RSA ≥ 2048 or ECDSA), then rewrites it to ``dst`` with this module's
    encryption and ``new_passphrase`` (default: the same passphrase; at least 8 characters).
    ``accept`` is called with the certificate's description before anything is written, to
    refuse it by raising.
    """
    _refuse_existing(dst, overwrite)
    try:
        loaded = read_identity(src, passphrase)
    except UnprotectedIdentity:  # importing is how it gets a passphrase: the one given
        loaded = read_identity(src, None)
    _check_signing_certificate(loaded.certificate, str(src))
    info = describe_certificate(loaded.certificate)
    if accept is not None:
        accept(info)
    target_pw = _check_new_passphrase(new_passphrase if new_passphrase is not None else passphrase)
    _save_identity(dst, loaded.private_key, loaded.certificate, loaded.chain, target_pw, overwrite=overwrite)
    return info


def change_passphrase(path: PathLike, old: str | bytes, new: str | bytes) -> IdentityInfo:
    """Re-encrypt an identity with a new passphrase (same key and certificate)."""
    loaded = read_identity(path, old)
    pw = _check_new_passphrase(new)
    _save_identity(path, loaded.private_key, loaded.certificate, loaded.chain, pw, overwrite=True)
    return describe_certificate(loaded.certificate)


def export_certificate(
    identity: LoadedIdentity | PathLike,
    target: PathLike,
    *,
    passphrase: str | bytes | None = None,
    include_chain: bool = False,
    overwrite: bool = False,
) -> IdentityInfo:
    """Write the identity's certificate (PEM, no private key) to ``target``.

    ``identity`` is an opened :class:`LoadedIdentity`, or the path of an identity file (then
    ``passphrase`` is needed: the certificate is encrypted inside the file too). This is the
    file to hand to the district, or to pass to ``tuoyu verify --trust``.
    """
    if not isinstance(identity, LoadedIdentity):
        identity = read_identity(identity, passphrase)
    t = Path(target)
    if t.exists() and not overwrite:
        raise IdentityExists(Message("identity.exists", path=t))
    try:
        t.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(t, identity.certificate_pem(include_chain=include_chain))
    except OSError as e:
        raise IdentityError(Message("identity.cannot_write_certificate", path=t, detail=describe_os_error(e))) from None
    return describe_certificate(identity.certificate)
