"""Reports as files: one pipeline writes every report kind and the ledger, and signs them.

partial file beside the target → render → sign by each signer in turn → one atomic rename,
with every failure turned into a clear ``ExportError`` and nothing left at the target.
reportlab and pyHanko load only when one of these runs.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import secrets
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tuoyu_desktop.report.assessment import GapPlan
    from tuoyu_desktop.report.evidence import EvidenceItem
    from tuoyu_desktop.signing import LoadedIdentity

from tuoyu_desktop import rectification as rect
from tuoyu_desktop.messages import Joined, Message, text_of
from tuoyu_desktop.oserrors import describe as describe_os_error
from tuoyu_desktop.plainfiles import written_path
from tuoyu_desktop.report.signers import (
    SIGNERS_FILE,
    Declaration,
    DeclaredSigner,
    SignaturePlace,
    choose,
    decode_declaration,
    described,
)
from tuoyu_desktop.services.assessments import Assessments
from tuoyu_desktop.services.audit import AuditTrail
from tuoyu_desktop.services.errors import ExportError
from tuoyu_desktop.services.evidence import Evidence
from tuoyu_desktop.services.facilities import Facilities
from tuoyu_desktop.services.inspections import Inspections
from tuoyu_desktop.services.preferences import MODE_INSPECTOR, Preferences
from tuoyu_desktop.services.rectifications import Rectifications
from tuoyu_desktop.services.session import AssessmentSession
from tuoyu_desktop.services.surveys import Surveys
from tuoyu_desktop.switches import collector_paused

ProgressCallback = Callable[[int, int], None]


@dataclass(frozen=True)
class Signer:
    """Who signs an export: their identity file, its passphrase, and a handwritten signature."""

    identity: Path
    passphrase: str = field(repr=False)
    handwriting_png: bytes | None = field(default=None, repr=False)


class Reports:
    """``workspace.reports``: export (with embedded data) and sign reports; export the ledger."""

    def __init__(self, assessments: Assessments, inspections: Inspections, evidence: Evidence,
                 rectifications: Rectifications, facilities: Facilities, preferences: Preferences,
                 audit: AuditTrail, data_dir: Path, surveys: Surveys | None = None):
        self._audit = audit
        self._surveys = surveys
        self.partials = PartialFiles(data_dir)
        self._identities: dict[tuple[str, int, str], LoadedIdentity] = {}
        self._assessments = assessments
        self._inspections = inspections
        self._evidence = evidence
        self._rectifications = rectifications
        self._facilities = facilities
        self._preferences = preferences

    @collector_paused()  # an export makes many long-lived objects (see tuoyu_desktop.switches)
    def export_pdf(self, assessment_id: str, target: str | os.PathLike[str],
                   progress: ProgressCallback | None = None, signers: Sequence[Signer] = (),
                   declared: Sequence[DeclaredSigner] | None = None) -> Path:
        """The report of a self-assessment or an inspection, with ``assessment.json`` embedded,
        signed by each of ``signers`` in turn (an inspection: the inspectors, then the facility).

        A finalised report declares who signs it (``declared``, else the facility's director, or
        the visit's inspectors and facility representative; anyone signing now who is not
        declared is added) and reserves each one's signature field in its 签署 section; every
        signature, now or later (:meth:`sign`), goes into its own reserved field.

        Raises ``ExportError`` for the user, or a ``SigningError`` (e.g. ``WrongPassphrase``, so
        the caller can ask again). Nothing is left at ``target`` unless all went well.
        """
        from tuoyu_desktop import exchange, report

        session = self._assessments.open(assessment_id)
        if signers and not session.finalised:
            raise ExportError(Message("export.finalise_first"))
        row = session.row
        data, payload = self._assessments.embedded(assessment_id, session)
        attachment = report.Attachment(exchange.report_id(row), exchange.ATTACHMENT_NAME, data)
        inspection = self._inspections.is_inspection(assessment_id)
        opened = [self._open(signer) for signer in signers]
        people = list(declared) if declared is not None else self._default_signers(assessment_id, session, inspection)
        people, places = plan(people, [(o.info.name, o.info.role) for o in opened])
        if inspection:
            from tuoyu_desktop.report.inspection import write_inspection_report

            photos = self._photos(p["sha256"] for f in payload.get("findings") or [] for p in f.get("photos", []))
            reason = f"督导巡查报告：{session.profile.name} {row.period}"

            def render(partial: Path) -> None:
                write_inspection_report(partial, session.profile, row, session.scores, payload, photos,
                                        progress=progress, attachment=attachment, signers=people)
        else:
            reason = f"{session.form.title}：{row.period}"
            plans = self._plans(assessment_id)
            evidence = self._evidence_items(payload)
            change = self._assessments.change(assessment_id, session)
            trend = self._assessments.trend(assessment_id, session)
            survey = self._surveys.for_report(row.facility_id, row.period) if self._surveys is not None else None

            def render(partial: Path) -> None:
                report.write_assessment_report(partial, session.profile, row, session.scores, progress=progress,
                                               attachment=attachment, signers=people, plans=plans, evidence=evidence,
                                               change=change, survey=survey, trend=trend)

        def finish(partial: Path) -> None:
            if not session.finalised:
                return  # a draft declares no signers and is never signed
            from tuoyu_desktop import signing

            area = _declaration(partial).area
            signing.reserve_fields(partial, [(place.field, place.page_index, place.rect) for place in area.places])
            for loaded, signer, index in zip(opened, signers, places, strict=True):
                _sign_into(partial, loaded, signer, area.places[index], reason)

        written = _produce(self.partials, Path(target), render, finish)
        self._audit.record_export(exchange.report_id(row), payload.get("audit_head"), written.name)
        return written

    def sign(self, pdf: str | os.PathLike[str], signer: Signer) -> None:
        """Add the next signature to an exported report, in the place it reserved for this signer
        (by name, else by role, else the next unnamed place). ``ExportError`` when it has none left."""
        from tuoyu_desktop import signing

        path = Path(pdf)
        loaded = self._open(signer)
        declaration = _declaration_if_any(path)
        if declaration is None:  # made by 0.1.0, which reserved nothing: a new field, as it did then
            signing.sign_pdf(path, path, loaded, reason="确认报告内容", signature_image=signer.handwriting_png)
            return
        places = declaration.area.places
        filled = signing.filled_signature_fields(path)
        taken = {i for i, place in enumerate(places) if place.field in filled}
        index = choose([place.signer for place in places], loaded.info.name, loaded.info.role, taken)
        if index is None:
            free = [described(place.signer) for i, place in enumerate(places) if i not in taken]
            wanted = Joined(free, "、") if free else Message("export.all_signed")
            raise ExportError(Message("export.no_place", name=loaded.info.name, role=loaded.info.role, wanted=wanted))
        _sign_into(path, loaded, signer, places[index], "确认报告内容")

    def _open(self, signer: Signer) -> LoadedIdentity:
        """The signer's identity, opened once per session (opening a PKCS#12 file is slow)."""
        from tuoyu_desktop import signing

        path = signer.identity.resolve()
        try:
            stamp = path.stat().st_mtime_ns
        except OSError:
            stamp = 0
        key = (str(path), stamp, hashlib.sha256(signer.passphrase.encode("utf-8")).hexdigest())
        if key not in self._identities:
            self._identities[key] = signing.read_identity(path, signer.passphrase)
        return self._identities[key]

    def _default_signers(self, assessment_id: str, session: AssessmentSession, inspection: bool) -> list[DeclaredSigner]:
        if inspection:
            visit = self._inspections.visit(assessment_id)
            return ([DeclaredSigner("督导员", name) for name in visit.inspectors]
                    + [DeclaredSigner("机构代表", visit.facility_rep)])
        return [DeclaredSigner("机构负责人", session.profile.director)]

    def _plans(self, assessment_id: str) -> dict[str, GapPlan]:
        """The gap list's 整改措施 / 责任人 / 完成期限, from the items the gaps became."""
        from tuoyu_desktop.report.assessment import GapPlan

        return {item.source_key: GapPlan(item.opinion, item.responsible, item.deadline or "")
                for item in self._rectifications.for_source(rect.SOURCE_SELF, assessment_id)}

    def _evidence_items(self, payload: dict) -> dict[str, list[EvidenceItem]]:
        """Item id → the evidence the report shows, photos downscaled, from the embedded list."""
        from tuoyu_desktop.report.evidence import EvidenceItem

        listed = [e for e in payload.get("evidence") or [] if isinstance(e, dict)]
        pictures = self._photos(e["sha256"] for e in listed if e.get("kind") == "image")
        items: dict[str, list[EvidenceItem]] = {}
        for entry in listed:
            picture = pictures.get(entry["sha256"], "") if entry.get("kind") == "image" else ""
            items.setdefault(str(entry["item"]), []).append(EvidenceItem(
                str(entry.get("caption", "")), str(entry.get("kind", "")), str(entry["sha256"]), picture,
                str(entry.get("name", ""))))
        return items

    def export_ledger(self, target: str | os.PathLike[str], statuses: Iterable[str] | None = None,
                      source: str | None = None, overdue_only: bool = False) -> Path:
        """The ledger as PDF or XLSX (by the target's suffix), with the filters shown on it."""
        target = Path(target)
        statuses = tuple(statuses or ())
        items = self._rectifications.list(statuses, source, overdue_only)
        facilities = {fid: self._facilities.profile(fid).name for fid in {i.facility_id for i in items}}
        own = self._facilities.own()
        inspector = self._preferences.mode == MODE_INSPECTOR
        title_owner = own[1].name if own and not inspector else "督导巡查（全部走访机构）"
        filters = []
        if statuses:
            filters.append("状态：" + "、".join(statuses))
        if source:
            filters.append("来源：" + rect.SOURCES[source])
        if overdue_only:
            filters.append("仅逾期")
        suffix = target.suffix.lower()
        if suffix not in (".pdf", ".xlsx"):
            raise ExportError(Message("export.ledger_suffix"))

        def render(partial: Path) -> None:
            from tuoyu_desktop.report.ledger import write_ledger_pdf, write_ledger_xlsx

            write = write_ledger_xlsx if suffix == ".xlsx" else write_ledger_pdf
            write(partial, items, facilities, title_owner, filters)

        return _produce(self.partials, target, render)

    def _photos(self, hashes: Iterable[str]) -> dict[str, bytes | str]:
        """sha256 → downscaled, metadata-free JPEG, or the reason it cannot be shown (file gone …)."""
        from concurrent.futures import ThreadPoolExecutor

        wanted = list(dict.fromkeys(hashes))
        with ThreadPoolExecutor(max_workers=min(4, os.cpu_count() or 1)) as pool:
            return dict(zip(wanted, pool.map(self._evidence.report_copy, wanted), strict=True))


class PartialFiles:
    """Partial files the export pipeline is writing, listed in the data folder while they exist,
    so that what a killed export left in the user's folder is removed at the next start."""

    def __init__(self, data_dir: Path):
        self._list = data_dir / "partial-exports.txt"

    def _read(self) -> list[str]:
        try:
            return self._list.read_text(encoding="utf-8").splitlines()
        except OSError:
            return []

    def _write(self, paths: list[str]) -> None:
        with contextlib.suppress(OSError):  # a reading command in a read-only folder: no list
            if paths:
                self._list.write_text("\n".join(paths) + "\n", encoding="utf-8")
            else:
                self._list.unlink(missing_ok=True)

    @contextlib.contextmanager
    def tracked(self, target: Path) -> Iterator[Path]:
        partial = target.with_name(f".{target.name}.{secrets.token_hex(4)}{PARTIAL_SUFFIX}")
        self._write([*self._read(), str(partial)])
        try:
            yield partial
        finally:
            with contextlib.suppress(OSError):
                partial.unlink()
            self._write([p for p in self._read() if p != str(partial)])

    def clean(self) -> list[Path]:
        """Remove what killed exports left behind; returns what was removed."""
        removed = []
        for name in self._read():
            path = Path(name)
            if path.name.startswith(".") and path.name.endswith(PARTIAL_SUFFIX) and path.is_file():
                with contextlib.suppress(OSError):
                    path.unlink()
                    removed.append(path)
        self._write([])
        return removed


PARTIAL_SUFFIX = ".partial"


def _produce(partials: PartialFiles, target: Path, render: Callable[[Path], None],
             finish: Callable[[Path], None] | None = None) -> Path:
    """The one export pipeline: render into a partial file beside ``target``, finish it (reserve
    the signature fields and sign them in turn), then rename it into place; nothing is left
    behind when anything fails."""
    from tuoyu_desktop.report import UnrenderableText

    try:
        written = written_path(target)  # through a link; never a device or a pipe
        with partials.tracked(written) as partial:
            render(partial)
            if finish is not None:
                finish(partial)
            os.replace(partial, written)
    except UnrenderableText as exc:
        raise ExportError(text_of(exc)) from exc
    except OSError as exc:
        raise ExportError(Message("export.cannot_write", target=target, detail=describe_os_error(exc))) from exc
    return target


def plan(declared: Sequence[DeclaredSigner], people: Sequence[tuple[str, str]]) -> tuple[list[DeclaredSigner], list[int]]:
    """The declared signers, with anyone signing now who was not declared added, and the place
    (index) each of ``people`` (name, role) signs in: the place declared with their name, else an
    unnamed or same-role place, which then takes their name."""
    signers = list(declared)
    places: list[int] = []
    for name, role in people:
        index = choose(signers, name, role, set(places))
        if index is None:  # the declared name was a guess (the profile's director): the role decides
            index = next((i for i, s in enumerate(signers) if i not in places and s.role == role), None)
        if index is None:
            signers.append(DeclaredSigner(role or "签署人", name))
            index = len(signers) - 1
        else:
            signers[index] = DeclaredSigner(signers[index].role, name)
        places.append(index)
    return signers, places


def _declaration_if_any(pdf: Path) -> Declaration | None:
    from tuoyu_desktop import signing

    data = signing.read_embedded_file(pdf, SIGNERS_FILE)
    return None if data is None else decode_declaration(data)


def _declaration(pdf: Path) -> Declaration:
    declaration = _declaration_if_any(pdf)
    if declaration is None:
        raise ExportError(Message("export.no_declaration"))
    return declaration


def _sign_into(pdf: Path, loaded: LoadedIdentity, signer: Signer, place: SignaturePlace, reason: str) -> None:
    from tuoyu_desktop import signing

    signing.sign_pdf(pdf, pdf, loaded, reason=reason, field_name=place.field,
                     signature_image=signer.handwriting_png)
