"""PDF reports (reportlab): the self-assessment report, the inspection report, the ledger.

- :func:`write_assessment_report` writes the self-assessment report of one assessment;
- :func:`write_inspection_report` writes the report of one inspection visit;
- :class:`DeclaredSigner` and :func:`signing_area`: who must sign a report and where their
  signatures go (:mod:`.signers`, also embedded in each report as ``signers.json``);
- :class:`UnrenderableText` is raised, before anything is written, when some text cannot be
  drawn with the bundled font; its message names the characters and where they occur.

Names load on first use (PEP 562): reportlab takes ≈0.2 s to import, and verifying a report
needs :mod:`.signers` only. Importing the package defers what reportlab's modules do at import
that no report needs yet (:mod:`.deferred_imports`: a costly pattern, Pillow, a text shaper),
before any report module imports reportlab.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tuoyu_desktop import lazy
from tuoyu_desktop.report import deferred_imports

deferred_imports.install()

_LAZY = {
    "REPORT_TITLE": ".scored",
    "Attachment": ".scored",
    "write_assessment_report": ".assessment",
    "GapPlan": ".assessment",
    "EvidenceItem": ".evidence",
    "write_inspection_report": ".inspection",
    "UnrenderableText": ".textcheck",
    "DeclaredSigner": ".signers",
    "SignaturePlace": ".signers",
    "SigningArea": ".signers",
    "InvalidSigners": ".signers",
    "SIGNERS_FILE": ".signers",
    "signing_area": ".signers",
    "decode_declaration": ".signers",
}

__all__ = [  # the names of _LAZY, spelled out for type checkers and linters
    "REPORT_TITLE",
    "SIGNERS_FILE",
    "Attachment",
    "DeclaredSigner",
    "EvidenceItem",
    "GapPlan",
    "InvalidSigners",
    "SignaturePlace",
    "SigningArea",
    "UnrenderableText",
    "decode_declaration",
    "signing_area",
    "write_assessment_report",
    "write_inspection_report",
]

if TYPE_CHECKING:
    from tuoyu_desktop.report.assessment import GapPlan, write_assessment_report
    from tuoyu_desktop.report.evidence import EvidenceItem
    from tuoyu_desktop.report.inspection import write_inspection_report
    from tuoyu_desktop.report.scored import REPORT_TITLE, Attachment
    from tuoyu_desktop.report.signers import (
        SIGNERS_FILE,
        DeclaredSigner,
        InvalidSigners,
        SignaturePlace,
        SigningArea,
        decode_declaration,
        signing_area,
    )
    from tuoyu_desktop.report.textcheck import UnrenderableText


__getattr__ = lazy.exports(__name__, _LAZY)
