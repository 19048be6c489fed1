"""Personal signing identities and district roots, as the GUI and the CLI use them.

The keys live in passphrase-protected PKCS#12 files the user chooses (not in the data
folder): these calls read and write those files through :mod:`tuoyu_desktop.signing`, which
loads ``cryptography`` only when one of them runs.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from tuoyu_desktop.messages import Message
from tuoyu_desktop.oserrors import describe
from tuoyu_desktop.services.errors import ExportError
from tuoyu_desktop.signing.errors import SigningError, WrongPassphrase

if TYPE_CHECKING:
    from tuoyu_desktop.signing import IdentityInfo, LoadedIdentity

PathLike = str | os.PathLike[str]

__all__ = ["Identities", "SigningError", "WrongPassphrase"]


class Identities:
    """Create, open, import and export identities; create a district root and issue from it."""

    @staticmethod
    def min_passphrase_length() -> int:
        from tuoyu_desktop.signing import MIN_PASSPHRASE_LENGTH

        return int(MIN_PASSPHRASE_LENGTH)

    @staticmethod
    def role_labels() -> tuple[str, ...]:
        """The roles offered when creating an identity (机构负责人, 督导员 …)."""
        from tuoyu_desktop.signing import ROLE_LABELS

        return tuple(ROLE_LABELS.values())

    def create(self, path: PathLike, *, name: str, role: str, organisation: str, passphrase: str,
               key: str = "ec") -> IdentityInfo:
        """A new identity file; ``UnrenderableText`` (nothing made) for a name, role or organisation
        the report font cannot draw: no report could be signed with it."""
        from tuoyu_desktop import signing
        from tuoyu_desktop.report import fonts, textcheck
        from tuoyu_desktop.report.slip import identity_texts

        textcheck.check(identity_texts(name, role, organisation), fonts.charset(), advice="text.then_create")
        return signing.create_identity(path, name=name, role=role, organisation=organisation,
                                       passphrase=passphrase, key=key)

    def open(self, path: PathLike, passphrase: str) -> LoadedIdentity:
        """The identity with its key; ``WrongPassphrase`` to ask again."""
        from tuoyu_desktop import signing

        return signing.read_identity(path, passphrase)

    def registration_slip(self, path: PathLike, passphrase: str, target: PathLike) -> Path:
        """A one-page PDF (name, role, organisation, fingerprint as text and QR code, date and
        signature lines) to hand to the district; returns its path."""
        from tuoyu_desktop.report.slip import write_registration_slip

        try:
            return write_registration_slip(Path(target), self.open(path, passphrase).info)
        except OSError as exc:
            raise ExportError(Message("identity.sheet_unwritable", target=target, detail=describe(exc))) from exc

    def import_file(self, source: PathLike, target: PathLike, passphrase: str) -> IdentityInfo:
        """Copy a PKCS#12 made elsewhere into ``target`` under ``passphrase``. Refused, nothing
        written: a wrong passphrase, a certificate not for signing, and (``UnrenderableText``)
        a name, role, organisation or issuer the reports cannot print."""
        from tuoyu_desktop import signing
        from tuoyu_desktop.report.slip import check_printable

        return signing.import_identity(source, target, passphrase, accept=check_printable)

    def export_certificate(self, path: PathLike, target: PathLike, passphrase: str,
                           overwrite: bool = False) -> IdentityInfo:
        from tuoyu_desktop import signing

        return signing.export_certificate(path, target, passphrase=passphrase, overwrite=overwrite)

    def init_authority(self, path: PathLike, *, district: str, passphrase: str) -> IdentityInfo:
        from tuoyu_desktop import signing

        return signing.init_authority(path, district=district, passphrase=passphrase)

    def export_authority_certificate(self, path: PathLike, passphrase: str, target: PathLike) -> None:
        from tuoyu_desktop import signing

        signing.export_authority_certificate(path, passphrase, target)

    def issue(self, authority: PathLike, authority_passphrase: str, path: PathLike, *, name: str, role: str,
              organisation: str, passphrase: str) -> IdentityInfo:
        from tuoyu_desktop import signing

        return signing.issue_identity(authority, authority_passphrase, path, name=name, role=role,
                                      organisation=organisation, passphrase=passphrase)
