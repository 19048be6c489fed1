"""The use cases, shared by the GUI and the CLI. Nothing here imports Qt.

:class:`Workspace` opens a data directory and owns one service per feature (see its
docstring); :class:`AssessmentSession` is an open assessment with live scores, saving each
answer at once. Every error meant for the user is a :class:`~tuoyu_desktop.errors.TuoyuError`.
"""

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
