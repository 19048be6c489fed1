"""Evidence (佐证材料) on answers, inspection findings and rectification items.

Files live in ``<data>/evidence`` under their SHA-256 (the same content is stored once); the
database links them to what they prove, each link with its caption. Pillow loads only when a
file is checked or a thumbnail made.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from tuoyu_desktop.errors import InvalidInput
from tuoyu_desktop.evidence import (
    DEFAULT_MAX_FILE_MB,
    DEFAULT_TOTAL_WARN_MB,
    ContentStore,
    EvidenceError,
    clean_name,
    inspect_file,
)
from tuoyu_desktop.messages import Message
from tuoyu_desktop.services.errors import AssessmentLocked
from tuoyu_desktop.services.forms import Forms
from tuoyu_desktop.store import Store
from tuoyu_desktop.store.evidence import EvidenceLink

OWNER_ANSWER, OWNER_FINDING, OWNER_RECTIFICATION = "answer", "finding", "rectification"
ROLE_EVIDENCE, ROLE_COMPLETION = "evidence", "completion"


class DuplicateEvidence(EvidenceError):
    """The same file is already attached here; ``link`` is the existing attachment."""

    def __init__(self, message: str, link: EvidenceLink):
        super().__init__(message)
        self.link = link


class Evidence:
    """``workspace.evidence``: attach, list, open, caption and detach evidence files."""

    def __init__(self, store: Store, data_dir: Path, forms: Forms):
        self._store = store
        self._forms = forms
        self.files = ContentStore(data_dir / "evidence")

    # -- limits -----------------------------------------------------------------------------
    def max_bytes(self) -> int:
        return int(float(self._store.setting("evidence_max_mb", str(DEFAULT_MAX_FILE_MB))) * 1024 * 1024)

    def set_limits(self, max_file_mb: float | None = None, total_warn_mb: float | None = None) -> None:
        if max_file_mb is not None:
            if max_file_mb <= 0:
                raise InvalidInput("单个文件的大小上限应大于 0")
            self._store.set_setting("evidence_max_mb", str(max_file_mb))
        if total_warn_mb is not None:
            if total_warn_mb <= 0:
                raise InvalidInput("总大小提醒值应大于 0")
            self._store.set_setting("evidence_total_warn_mb", str(total_warn_mb))

    # -- attaching ------------------------------------------------------------------------
    def attach(self, owner_type: str, owner_id: str, path: str | os.PathLike[str], caption: str = "",
               role: str = ROLE_EVIDENCE, image_only: bool = False) -> EvidenceLink:
        """Check the file, store it once by SHA-256, link it with its caption.

        Raises ``EvidenceError`` (unreadable, too big, damaged or not an image when ``image_only``)
        or ``DuplicateEvidence`` when the same content is already attached to the same place.
        """
        path = Path(path)
        info, data = inspect_file(path, self.max_bytes(), expect_image=image_only)
        name, caption = clean_name(path.name), clean_name(caption)
        rows = self._store.evidence
        existing = rows.link_exists(owner_type, owner_id, info.sha256, role)
        if existing is not None:
            raise DuplicateEvidence(
                Message("evidence.duplicate", name=name, existing=existing.original_name), existing)
        try:
            self.files.put(info.sha256, data)
        except OSError as exc:
            from tuoyu_desktop.oserrors import describe

            raise EvidenceError(f"无法保存“{name}”：{describe(exc)}") from None
        record = {"sha256": info.sha256, "size": info.size, "kind": info.kind, "mime": info.mime,
                  "width": info.width, "height": info.height, "original_name": name}
        link_id = rows.add_link(record, owner_type, owner_id, role, caption, name)
        if info.kind == "image":
            with contextlib.suppress(EvidenceError):  # prepare the report copy now: export stays fast
                self.files.report_copy(info.sha256)
        return rows.link(link_id)

    def attach_to_answer(self, assessment_id: str, item_id: str, path: str | os.PathLike[str],
                         caption: str = "") -> EvidenceLink:
        """Evidence for one item of a self-assessment or an inspection (photos, documents)."""
        row = self._store.assessment(assessment_id)
        if row.finalised:
            raise AssessmentLocked(Message("evidence.locked", period=row.period))
        form = self._forms.pinned(row)
        if not form.has_item(item_id):
            raise InvalidInput(f"评估表“{form.title}”中没有条目 {item_id}")
        return self.attach(OWNER_ANSWER, f"{assessment_id}/{item_id}", path, caption)

    def attach_to_finding(self, finding_id: int, path: str | os.PathLike[str], caption: str = "") -> EvidenceLink:
        finding = self._store.inspections.finding(finding_id)
        if self._store.assessment(finding.assessment_id).finalised:
            raise AssessmentLocked(Message("evidence.inspection_locked"))
        return self.attach(OWNER_FINDING, str(finding_id), path, caption)

    def attach_completion(self, rectification_id: str, path: str | os.PathLike[str], caption: str = "") -> EvidenceLink:
        """Proof that a rectification item was fixed (photo of the repaired door, new record …)."""
        self._store.rectifications.get(rectification_id)
        return self.attach(OWNER_RECTIFICATION, rectification_id, path, caption, ROLE_COMPLETION)

    # -- reading --------------------------------------------------------------------------
    def for_answer(self, assessment_id: str, item_id: str) -> list[EvidenceLink]:
        return self._store.evidence.links(OWNER_ANSWER, f"{assessment_id}/{item_id}")

    def for_assessment(self, assessment_id: str) -> dict[str, list[EvidenceLink]]:
        """Item id → its evidence, for one assessment or inspection."""
        found: dict[str, list[EvidenceLink]] = {}
        for link in self._store.evidence.links_with_prefix(OWNER_ANSWER, f"{assessment_id}/"):
            found.setdefault(link.owner_id.split("/", 1)[1], []).append(link)
        return found

    def for_finding(self, finding_id: int) -> list[EvidenceLink]:
        return self._store.evidence.links(OWNER_FINDING, str(finding_id))

    def completion(self, rectification_id: str) -> list[EvidenceLink]:
        return self._store.evidence.links(OWNER_RECTIFICATION, rectification_id, ROLE_COMPLETION)

    def path(self, link: EvidenceLink) -> Path:
        """Where the file is (for opening it); raises ``EvidenceError`` when it is gone or changed."""
        self.files.read(link.sha256)
        return self.files.path(link.sha256)

    def is_present(self, link: EvidenceLink) -> bool:
        return self.files.has(link.sha256)

    def thumbnail(self, link: EvidenceLink, size: int = 256) -> Path | None:
        """A JPEG thumbnail for an image; None for a document. Raises ``EvidenceError`` when the file is gone."""
        if not link.is_image:
            return None
        return self.files.thumbnail(link.sha256, size)

    def report_copy(self, sha256: str) -> bytes | str:
        """The downscaled, metadata-free JPEG a report shows, or why it cannot be shown."""
        try:
            return self.files.report_copy(sha256)
        except EvidenceError as exc:
            return str(exc)

    def set_caption(self, link_id: int, caption: str) -> None:
        self._store.evidence.set_caption(link_id, clean_name(caption))

    def detach(self, link_id: int) -> None:
        link = self._store.evidence.link(link_id)
        if link.owner_type == OWNER_ANSWER:
            row = self._store.assessment(link.owner_id.split("/", 1)[0])
            if row.finalised:
                raise AssessmentLocked(Message("evidence.locked_remove", period=row.period))
        self._store.evidence.remove_link(link_id)

    def restore(self, link: EvidenceLink) -> EvidenceLink:
        """Undo ``detach``: the same stored file back in the same place with its caption."""
        if link.owner_type == OWNER_ANSWER:
            row = self._store.assessment(link.owner_id.split("/", 1)[0])
            if row.finalised:
                raise AssessmentLocked(Message("evidence.locked", period=row.period))
        rows = self._store.evidence
        existing = rows.link_exists(link.owner_type, link.owner_id, link.sha256, link.role)
        if existing is not None:
            return existing
        return rows.link(rows.relink(link))

    # -- checks ---------------------------------------------------------------------------
    def _links_of_assessment(self, assessment_id: str) -> list[EvidenceLink]:
        links = self._store.evidence.links_with_prefix(OWNER_ANSWER, f"{assessment_id}/")
        for finding in self._store.inspections.findings(assessment_id):
            links += self._store.evidence.links(OWNER_FINDING, str(finding.id))
        return links

    def problems(self, assessment_id: str) -> list[str]:
        """Files deleted or changed behind the app's back, one line each (empty when all is well)."""
        problems: list[str] = []
        for link in self._links_of_assessment(assessment_id):
            problem = self.files.problem(link.sha256)
            if problem:
                problems.append(Message("evidence.problem", name=link.original_name, caption=link.caption or Message("evidence.no_caption"),
                                        problem=problem))
        return problems

    def warnings(self, assessment_id: str) -> list[str]:
        """Shown before finalising: missing files, and a total size above the setting."""
        warnings = self.problems(assessment_id)
        unique = {link.sha256: link.size for link in self._links_of_assessment(assessment_id)}
        total = sum(unique.values())
        limit = float(self._store.setting("evidence_total_warn_mb", str(DEFAULT_TOTAL_WARN_MB))) * 1024 * 1024
        if total > limit:
            warnings.append(Message("evidence.too_large", count=len(unique), total=f"{total / 1024 / 1024:.0f}",
                                    limit=f"{limit / 1024 / 1024:.0f}"))
        return warnings
