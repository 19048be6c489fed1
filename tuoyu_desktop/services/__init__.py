"""The use cases, shared by the GUI and the CLI. Nothing here imports Qt.

:class:`Workspace` opens a data directory and owns one service per feature (see its
docstring); :class:`AssessmentSession` is an open assessment with live scores, saving each
answer at once. Every error meant for the user is a :class:`~tuoyu_desktop.errors.TuoyuError`.

Names load on first use (PEP 562): ``tuoyu list`` and the window shell need few of them, and
importing every service costs 0.1–0.2 s.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tuoyu_desktop import lazy

_LAZY = {
    "InvalidInput": "tuoyu_desktop.errors",
    "NotFound": "tuoyu_desktop.errors",
    "TuoyuError": "tuoyu_desktop.errors",
    "EvidenceError": "tuoyu_desktop.evidence",
    "RectificationError": "tuoyu_desktop.rectification",
    "RectificationItem": "tuoyu_desktop.rectification",
    "DeclaredSigner": "tuoyu_desktop.report.signers",
    "demo_profile": "tuoyu_desktop.services.demo",
    "AssessmentLocked": "tuoyu_desktop.services.errors",
    "ExportError": "tuoyu_desktop.services.errors",
    "ImportRefused": "tuoyu_desktop.services.errors",
    "NotReady": "tuoyu_desktop.services.errors",
    "ProfileInvalid": "tuoyu_desktop.services.errors",
    "StoreError": "tuoyu_desktop.services.errors",
    "DuplicateEvidence": "tuoyu_desktop.services.evidence",
    "DEFAULT_FORM_ID": "tuoyu_desktop.services.forms",
    "SigningError": "tuoyu_desktop.services.identities",
    "WrongPassphrase": "tuoyu_desktop.services.identities",
    "FindingView": "tuoyu_desktop.services.inspections",
    "InspectionSummary": "tuoyu_desktop.services.inspections",
    "InspectionView": "tuoyu_desktop.services.inspections",
    "ImportOutcome": "tuoyu_desktop.services.received",
    "Signer": "tuoyu_desktop.services.reports",
    "AssessmentEntry": "tuoyu_desktop.services.session",
    "AssessmentSession": "tuoyu_desktop.services.session",
    "AssessmentSummary": "tuoyu_desktop.services.session",
    "ReportCheck": "tuoyu_desktop.services.trust",
    "DatabaseMissing": "tuoyu_desktop.services.workspace",
    "Workspace": "tuoyu_desktop.services.workspace",
    "recover_damaged": "tuoyu_desktop.services.workspace",
    "restore_set_aside": "tuoyu_desktop.services.workspace",
    "DatabaseDamaged": "tuoyu_desktop.store",
    "DataDirBusy": "tuoyu_desktop.store",
    "DatabaseGone": "tuoyu_desktop.store.guard",
}

__all__ = [
    "DEFAULT_FORM_ID",
    "AssessmentLocked",
    "AssessmentSession",
    "AssessmentEntry",
    "AssessmentSummary",
    "DataDirBusy",
    "DatabaseDamaged",
    "DatabaseGone",
    "DatabaseMissing",
    "DeclaredSigner",
    "DuplicateEvidence",
    "EvidenceError",
    "ExportError",
    "FindingView",
    "ImportOutcome",
    "ImportRefused",
    "InspectionSummary",
    "InspectionView",
    "InvalidInput",
    "NotFound",
    "NotReady",
    "ProfileInvalid",
    "RectificationError",
    "RectificationItem",
    "ReportCheck",
    "Signer",
    "SigningError",
    "StoreError",
    "TuoyuError",
    "Workspace",
    "WrongPassphrase",
    "demo_profile",
    "recover_damaged",
    "restore_set_aside",
]

if TYPE_CHECKING:
    from tuoyu_desktop.errors import InvalidInput, NotFound, TuoyuError
    from tuoyu_desktop.evidence import EvidenceError
    from tuoyu_desktop.rectification import RectificationError, RectificationItem
    from tuoyu_desktop.report.signers import DeclaredSigner
    from tuoyu_desktop.services.demo import demo_profile
    from tuoyu_desktop.services.errors import (
        AssessmentLocked,
        ExportError,
        ImportRefused,
        NotReady,
        ProfileInvalid,
        StoreError,
    )
    from tuoyu_desktop.services.evidence import DuplicateEvidence
    from tuoyu_desktop.services.forms import DEFAULT_FORM_ID
    from tuoyu_desktop.services.identities import SigningError, WrongPassphrase
    from tuoyu_desktop.services.inspections import FindingView, InspectionSummary, InspectionView
    from tuoyu_desktop.services.received import ImportOutcome
    from tuoyu_desktop.services.reports import Signer
    from tuoyu_desktop.services.session import AssessmentEntry, AssessmentSession, AssessmentSummary
    from tuoyu_desktop.services.trust import ReportCheck
    from tuoyu_desktop.services.workspace import DatabaseMissing, Workspace, recover_damaged, restore_set_aside
    from tuoyu_desktop.store import DatabaseDamaged, DataDirBusy
    from tuoyu_desktop.store.guard import DatabaseGone


__getattr__ = lazy.exports(__name__, _LAZY)
