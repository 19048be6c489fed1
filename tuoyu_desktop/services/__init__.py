"""The use cases, shared by the GUI and the CLI. Nothing here imports Qt.

- :class:`Workspace`: one data directory: facility, forms, assessments, reports, trust store;
- :class:`AssessmentSession`: an open assessment with live scores, saving each answer at once.
"""

from tuoyu_desktop.evidence import EvidenceError
from tuoyu_desktop.rectification import RectificationError, RectificationItem
from tuoyu_desktop.services.demo import demo_profile
from tuoyu_desktop.services.errors import AssessmentLocked, ExportError, NotReady, ProfileInvalid, StoreError
from tuoyu_desktop.services.evidence import DuplicateEvidence
from tuoyu_desktop.services.inspections import FindingView, InspectionSummary, InspectionView
from tuoyu_desktop.services.reports import ImportOutcome, ImportRefused, ReportCheck, Signer
from tuoyu_desktop.services.session import AssessmentSession, AssessmentSummary
from tuoyu_desktop.services.workspace import DEFAULT_FORM_ID, Workspace, recover_damaged
from tuoyu_desktop.store import DatabaseDamaged, DataDirBusy

__all__ = [
    "DEFAULT_FORM_ID",
    "AssessmentLocked",
    "AssessmentSession",
    "AssessmentSummary",
    "DataDirBusy",
    "DatabaseDamaged",
    "DuplicateEvidence",
    "EvidenceError",
    "FindingView",
    "InspectionSummary",
    "InspectionView",
    "RectificationError",
    "RectificationItem",
    "ExportError",
    "ImportOutcome",
    "ImportRefused",
    "NotReady",
    "ProfileInvalid",
    "ReportCheck",
    "Signer",
    "StoreError",
    "Workspace",
    "demo_profile",
    "recover_damaged",
]
