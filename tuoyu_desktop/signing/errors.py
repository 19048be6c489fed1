"""Exceptions of the signing core. Each carries a message for the user in Simplified Chinese.

``str(exc)`` is that message, so the GUI and the CLI can show it as it is. Nothing here imports
cryptography or pyHanko.
"""

from __future__ import annotations

from tuoyu_desktop.errors import TuoyuError


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

    def __init__(self, message: str = "口令不正确，请重新输入。如果忘记了口令，只能新建一个数字身份"
                 "（用旧身份签过的报告仍然可以验证），并到区里重新登记新证书的指纹。"):
        super().__init__(message)


class UnprotectedIdentity(IdentityError):
    """The identity file has no passphrase at all: its private key lies open on the disk."""

    def __init__(self, source: str):
        super().__init__(f"这个数字身份文件没有设置口令，私钥未受保护：{source}。请在“数字身份 → 导入 PKCS#12”"
                         f"（或 tuoyu identity import）中导入它并设置口令，再用导入后的文件签名。")


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
