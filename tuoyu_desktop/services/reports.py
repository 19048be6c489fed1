"""Reports as files: one pipeline writes every report kind and the ledger, and signs them.

partial file beside the target → render → sign by each signer in turn → one atomic rename,
with every failure turned into a clear ``ExportError`` and nothing left at the target.
reportlab and pyHanko load only when one of these runs.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from tuoyu_desktop import rectification as rect
from tuoyu_desktop.oserrors import describe as describe_os_error
from tuoyu_desktop.services.assessments import Assessments
from tuoyu_desktop.services.audit import AuditTrail
from tuoyu_desktop.services.errors import ExportError
from tuoyu_desktop.services.evidence import Evidence
from tuoyu_desktop.services.facilities import Facilities
from tuoyu_desktop.services.inspections import Inspections
from tuoyu_desktop.services.preferences import MODE_INSPECTOR, Preferences
from tuoyu_desktop.services.rectifications import Rectifications

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
                 audit: AuditTrail, data_dir: Path):
        self._audit = audit
        self.partials = PartialFiles(data_dir)
        self._assessments = assessments
        self._inspections = inspections
        self._evidence = evidence
        self._rectifications = rectifications
        self._facilities = facilities
        self._preferences = preferences

    def export_pdf(self, assessment_id: str, target: str | os.PathLike[str],
                   progress: ProgressCallback | None = None, signers: Sequence[Signer] = ()) -> Path:
        """The report of a self-assessment or an inspection, with ``assessment.json`` embedded,
        signed by each of ``signers`` in turn (an inspection: the inspector, then the facility).

        Raises ``ExportError`` for the user, or a ``SigningError`` (e.g. ``WrongPassphrase``, so
        the caller can ask again). Nothing is left at ``target`` unless all went well.
        """
        from tuoyu_desktop import exchange, report

        session = self._assessments.open(assessment_id)
        if signers and not session.finalised:
            raise ExportError("请先定稿，再签名导出：定稿后内容不能再改，签名才有意义")
        row = session.row
        data = self._assessments.data(assessment_id)
        attachment = report.Attachment(exchange.report_id(row), exchange.ATTACHMENT_NAME, data)
        if self._inspections.is_inspection(assessment_id):
            from tuoyu_desktop.report.inspection import write_inspection_report

            frozen = exchange.decode(data)
            photos = self._photos(p["sha256"] for f in frozen.get("findings") or [] for p in f.get("photos", []))
            reason = f"督导巡查报告：{session.profile.name} {row.period}"

            def render(partial: Path) -> None:
                write_inspection_report(partial, session.profile, row, session.scores, frozen, photos,
                                        progress=progress, attachment=attachment)
        else:
            reason = f"{session.form.title}：{row.period}"

            def render(partial: Path) -> None:
                report.write_assessment_report(partial, session.profile, row, session.scores, progress=progress,
                                               attachment=attachment)
        written = _produce(self.partials, Path(target), render, signers, reason)
        self._audit.record_export(exchange.report_id(row), exchange.decode(data).get("audit_head"),
                                  written.name)
        return written

    def sign(self, pdf: str | os.PathLike[str], signer: Signer) -> None:
        """Add one more signature to an exported report (the next signer in turn)."""
        _sign(Path(pdf), signer, reason="确认报告内容")

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
            raise ExportError("整改台账可导出为 .pdf 或 .xlsx 文件")

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


def _produce(partials: PartialFiles, target: Path, render: Callable[[Path], None], signers: Sequence[Signer] = (),
             reason: str = "") -> Path:
    """The one export pipeline: render into a partial file beside ``target``, sign it by each
    signer in turn, then rename it into place; nothing is left behind when anything fails."""
    from tuoyu_desktop.report import UnrenderableText

    try:
        with partials.tracked(target) as partial:
            render(partial)
            for signer in signers:
                _sign(partial, signer, reason)
            os.replace(partial, target)
    except UnrenderableText as exc:
        raise ExportError(str(exc)) from exc
    except OSError as exc:
        raise ExportError(f"无法写入 {target}：{describe_os_error(exc)}") from exc
    return target


def _sign(pdf: Path, signer: Signer, reason: str) -> None:
    from tuoyu_desktop import signing

    signing.sign_pdf(pdf, pdf, signer.identity, signer.passphrase, reason=reason,
                     signature_image=signer.handwriting_png)
