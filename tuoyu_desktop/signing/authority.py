"""District-issued identities: a district root certificate and the identities issued from it.

``tuoyu ca init`` → :func:`init_authority`: the district's root key and a self-signed CA
certificate (basicConstraints CA=true, pathLen 0; key usage keyCertSign + cRLSign), kept in a
PKCS#12 file like any identity. Its certificate (:func:`export_authority_certificate`) is what a
verifier passes to ``tuoyu verify --trust``, or its fingerprint.

``tuoyu ca issue`` → :func:`issue_identity`: a facility or inspector identity whose certificate is
signed by the root; the root certificate travels in the person's PKCS#12 and in every signature
they make, so a report verifies as trusted against the district root alone.

Imports ``cryptography`` only; never pyHanko and never Qt.
"""

from __future__ import annotations

from tuoyu_desktop.messages import Message

from .errors import AuthorityError, IdentityError
from .identity import (
    IDENTITY_YEARS,
    IdentityInfo,
    LoadedIdentity,
    PathLike,
    _build_certificate,
    _check_new_passphrase,
    _clean_field,
    _new_key,
    _now,
    _refuse_existing,
    _save_identity,
    _subject,
    _years_from_now,
    create_self_signed,
    describe_certificate,
    export_certificate,
    read_identity,
)

__all__ = ["AUTHORITY_ROLE", "export_authority_certificate", "init_authority", "issue_identity", "read_authority"]

AUTHORITY_ROLE = "区级签发机构"
AUTHORITY_YEARS = 20


def init_authority(
    path: PathLike,
    *,
    district: str,
    passphrase: str | bytes,
    name: str | None = None,
    key: str = "ec",
    valid_years: int = AUTHORITY_YEARS,
    overwrite: bool = False,
) -> IdentityInfo:
    """Create a district root (CA) and write it to ``path`` (PKCS#12, mode 0600).

    ``district`` becomes the organisation (O); the common name defaults to
    ``"<district>托育服务数字签名根证书"``, shortened to ``"<district>根证书"`` or the district
    itself when that would be too long for a certificate name.
    """
    _refuse_existing(path, overwrite)
    _check_new_passphrase(passphrase)
    district = _clean_field(district, Message("identity.label_district"))
    subject = _subject(name or _root_name(district), AUTHORITY_ROLE, district)
    return create_self_signed(path, subject, passphrase, key=key, valid_years=valid_years, ca=True, overwrite=overwrite)


def _root_name(district: str) -> str:
    fitting = [n for n in (f"{district}托育服务数字签名根证书", f"{district}根证书") if len(n.encode("utf-8")) <= 64]
    return fitting[0] if fitting else district


def read_authority(path: PathLike, passphrase: str | bytes | None) -> LoadedIdentity:
    """Open a district root. Raises :class:`WrongPassphrase`, :class:`IdentityError`, or
    :class:`AuthorityError` when the file is an ordinary identity, not a root."""
    loaded = read_identity(path, passphrase)
    from cryptography import x509

    cert = loaded.certificate
    try:
        bc = cert.extensions.get_extension_for_class(x509.BasicConstraints).value
        ku = cert.extensions.get_extension_for_class(x509.KeyUsage).value
        is_ca = bc.ca and ku.key_cert_sign
    except x509.ExtensionNotFound:
        is_ca = False
    if not is_ca:
        raise AuthorityError(Message("authority.not_root", path=path))
    if cert.not_valid_after_utc <= _now():
        raise AuthorityError(Message("authority.expired", date=f"{cert.not_valid_after_utc:%Y-%m-%d}", path=path))
    return loaded


def issue_identity(
    authority_path: PathLike,
    authority_passphrase: str | bytes,
    target_path: PathLike,
    *,
    name: str,
    role: str,
    organisation: str,
    passphrase: str | bytes,
    key: str = "ec",
    valid_years: int = IDENTITY_YEARS,
    overwrite: bool = False,
) -> IdentityInfo:
    """Issue an identity for a facility or an inspector from the district root.

    Writes ``target_path`` (PKCS#12 with the person's key, their certificate signed by the root,
    and the root certificate as chain), protected by the person's ``passphrase``. The certificate
    expires after ``valid_years`` or with the root, whichever is first.
    """
    _refuse_existing(target_path, overwrite)
    pw = _check_new_passphrase(passphrase)
    subject = _subject(name, role, organisation)  # validate fields before asking for the root
    authority = read_authority(authority_path, authority_passphrase)
    root = authority.certificate
    not_after = min(_years_from_now(valid_years), root.not_valid_after_utc)
    if not_after <= _now():
        raise IdentityError(Message("authority.expiring"))
    private_key = _new_key(key)
    cert = _build_certificate(
        subject=subject,
        public_key=private_key.public_key(),
        issuer_name=root.subject,
        issuer_key=authority.private_key,
        not_after=not_after,
        ca=False,
        issuer_cert=root,
    )
    chain = [root, *authority.chain]
    _save_identity(target_path, private_key, cert, chain, pw, overwrite=overwrite)
    return describe_certificate(cert)


def export_authority_certificate(
    authority_path: PathLike,
    passphrase: str | bytes,
    target: PathLike,
    *,
    overwrite: bool = False,
) -> IdentityInfo:
    """Write the district root certificate (PEM) that verifiers pass to ``--trust``."""
    return export_certificate(read_authority(authority_path, passphrase), target, overwrite=overwrite)
