"""Exceptions of the signing core. Each carries a message for the user in Simplified Chinese.

``str(exc)`` is that message, so the GUI and the CLI can show it as it is. Nothing here imports
cryptography or pyHanko.
"""

from __future__ import annotations

from tuoyu_desktop.errors import TuoyuError
from tuoyu_desktop.messages import Message


class SigningError(TuoyuError):
    """Base class: something the user can act on (wrong file, wrong passphrase, …)."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class IdentityError(SigningError):
    """An identity (PKCS#12) file is missing, unreadable, not PKCS#12, or unfit for signing."""


class WrongPassphrase(IdentityError):
    """The passphrase does not open the identity file. The user may retry."""

    def __init__(self, message: str | None = None):
        super().__init__(message or Message("identity.wrong_passphrase"))


class UnprotectedIdentity(IdentityError):
    """The identity file has no passphrase at all: its private key lies open on the disk."""

    def __init__(self, source: str):
        super().__init__(Message("identity.unprotected", source=source))


class IdentityExists(IdentityError):
    """The target identity file exists already; it is never overwritten silently."""


class WeakPassphrase(IdentityError):
    """The new passphrase is too short."""


class AuthorityError(IdentityError):
    """The file opened as a district root is not a certificate authority."""


class SignError(SigningError):
    """A PDF could not be signed (not a PDF, encrypted, field taken, page out of range, …)."""


class TrustError(SigningError):
    """A ``--trust`` entry is neither a readable certificate nor a SHA-256 fingerprint."""
