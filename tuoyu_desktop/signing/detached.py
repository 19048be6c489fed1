"""Detached signatures over bytes (a district review record): ECDSA P-256 or RSA, SHA-256."""

from __future__ import annotations

from typing import Any

from .identity import LoadedIdentity, load_certificates


def sign_bytes(identity: LoadedIdentity, data: bytes) -> bytes:
    """``identity``'s signature over ``data``."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa

    key: Any = identity.private_key
    if isinstance(key, ec.EllipticCurvePrivateKey):
        return key.sign(data, ec.ECDSA(hashes.SHA256()))
    if isinstance(key, rsa.RSAPrivateKey):
        return key.sign(data, padding.PKCS1v15(), hashes.SHA256())
    raise TypeError(f"unsupported key type {type(key).__name__}")


def verify_bytes(certificate_pem: bytes, data: bytes, signature: bytes) -> bool:
    """Whether ``signature`` over ``data`` was made with the key of the certificate."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa

    key: Any = load_certificates(certificate_pem)[0].public_key()
    try:
        if isinstance(key, ec.EllipticCurvePublicKey):
            key.verify(signature, data, ec.ECDSA(hashes.SHA256()))
        elif isinstance(key, rsa.RSAPublicKey):
            key.verify(signature, data, padding.PKCS1v15(), hashes.SHA256())
        else:
            return False
    except InvalidSignature:
        return False
    return True
