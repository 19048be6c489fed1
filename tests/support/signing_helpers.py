"""Signing a report file the way a forger with a real key would: in the place it reserved."""

from __future__ import annotations

from pathlib import Path

from tuoyu_desktop import signing
from tuoyu_desktop.report.signers import SIGNERS_FILE, decode_declaration


def sign_in_place(pdf: Path, identity: Path, passphrase: str) -> None:
    """Sign ``pdf`` into its first unfilled reserved place (created there if the report did not
    reserve the field), or at the default place when it declares no signers."""
    data = signing.read_embedded_file(pdf, SIGNERS_FILE)
    if data is None:
        signing.sign_pdf(pdf, pdf, identity, passphrase)
        return
    filled = signing.filled_signature_fields(pdf)
    place = next(p for p in decode_declaration(data).area.places if p.field not in filled)
    signing.sign_pdf(pdf, pdf, identity, passphrase, field_name=place.field, page=place.page_index, box=place.rect)
