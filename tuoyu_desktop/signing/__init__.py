"""Digital signing core: identities, PAdES signing of reports, verification. No Qt, no network.

Importing this package is cheap: it loads only the exception classes. Everything else is
resolved on first use (PEP 562), so ``cryptography`` loads when an identity is touched and
pyHanko (≈0.5 s) only when a PDF is signed or verified.

    from tuoyu_desktop import signing
    info = signing.create_identity(path, name=…, role=…, organisation=…, passphrase=…)
    signing.sign_pdf(report, signed, path, passphrase)
    result = signing.verify_pdf(signed, trust=[fingerprint_or_cert_path])
    print("\\n".join(result.lines())); sys.exit(result.exit_code)

Submodules: :mod:`.identity` (PKCS#12 identities, fingerprints), :mod:`.authority` (district
root and issuing), :mod:`.sign`, :mod:`.verify`, :mod:`.embedded`, :mod:`.stamp_font`.
"""

from __future__ import annotations

import importlib
import warnings
from typing import TYPE_CHECKING

from .errors import (
    AuthorityError,
    IdentityError,
    IdentityExists,
    SignError,
    SigningError,
    TrustError,
    UnprotectedIdentity,
    WeakPassphrase,
    WrongPassphrase,
)

# pyHanko imports cryptography's DSA key class, which warns "DSA is deprecated" into every
# command's output; no identity here is DSA (ECDSA P-256 or RSA), so the warning says nothing.
warnings.filterwarnings("ignore", message="DSA is deprecated", module=r"pyhanko\.")

_LAZY = {
    # identity
    "IdentityInfo": "identity",
    "LoadedIdentity": "identity",
    "ROLE_LABELS": "identity",
    "MIN_PASSPHRASE_LENGTH": "identity",
    "create_identity": "identity",
    "read_identity": "identity",
    "import_identity": "identity",
    "change_passphrase": "identity",
    "export_certificate": "identity",
    "certificate_fingerprint": "identity",
    "fingerprint_hex": "identity",
    "format_fingerprint": "identity",
    "normalise_fingerprint": "identity",
    "describe_certificate": "identity",
    "load_certificates": "identity",
    # authority
    "init_authority": "authority",
    "issue_identity": "authority",
    "read_authority": "authority",
    "export_authority_certificate": "authority",
    # signing
    "sign_pdf": "sign",
    "reserve_fields": "sign",
    "filled_signature_fields": "sign",
    "SignOutcome": "sign",
    "DEFAULT_REASON": "sign",
    "prepare_stamp_font": "stamp_font",
    # verification
    "verify_pdf": "verify",
    "VerifyResult": "verify",
    "SignatureCheck": "verify",
    "TrustStore": "verify",
    "load_trust": "verify",
    "EXIT_OK": "verify",
    "EXIT_CHANGED": "verify",
    "EXIT_UNREADABLE": "verify",
    "EXIT_UNTRUSTED": "verify",
    # detached signatures over bytes
    "sign_bytes": "detached",
    "verify_bytes": "detached",
    # embedded files
    "embedded_files": "embedded",
    "read_embedded_file": "embedded",
    "document_keywords": "embedded",
}

__all__ = [
    "AuthorityError",
    "IdentityError",
    "IdentityExists",
    "SignError",
    "SigningError",
    "TrustError",
    "WeakPassphrase",
    "UnprotectedIdentity",
    "WrongPassphrase",
    *_LAZY,
]


def __getattr__(name: str):
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__():
    return sorted(set(globals()) | set(_LAZY))


if TYPE_CHECKING:  # pragma: no cover - for type checkers and IDEs only
    from .authority import export_authority_certificate, init_authority, issue_identity, read_authority
    from .detached import sign_bytes, verify_bytes
    from .embedded import document_keywords, embedded_files, read_embedded_file
    from .identity import (
        MIN_PASSPHRASE_LENGTH,
        ROLE_LABELS,
        IdentityInfo,
        LoadedIdentity,
        certificate_fingerprint,
        change_passphrase,
        create_identity,
        describe_certificate,
        export_certificate,
        fingerprint_hex,
        format_fingerprint,
        import_identity,
        load_certificates,
        normalise_fingerprint,
        read_identity,
    )
    from .sign import DEFAULT_REASON, SignOutcome, filled_signature_fields, reserve_fields, sign_pdf
    from .stamp_font import prepare_stamp_font
    from .verify import (
        EXIT_CHANGED,
        EXIT_OK,
        EXIT_UNREADABLE,
        EXIT_UNTRUSTED,
        SignatureCheck,
        TrustStore,
        VerifyResult,
        load_trust,
        verify_pdf,
    )
