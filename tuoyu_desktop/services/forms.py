"""The forms this data folder can use: bundled ones, installed ones, and the exact versions
assessments were started with (their pinned snapshots)."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

from tuoyu_desktop.errors import NotFound
from tuoyu_desktop.forms import Form, FormEntry, FormError, FormLibrary, form_from_snapshot, load_form
from tuoyu_desktop.forms.loader import write_form_yaml
from tuoyu_desktop.forms.versions import version_conflicts
from tuoyu_desktop.messages import Message
from tuoyu_desktop.records import AssessmentRow
from tuoyu_desktop.store import Store

DEFAULT_FORM_ID = "wst821-2023"
SAFE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
DEFAULT_INSPECTION_FORM_ID = "inspection"


class Forms:
    """``workspace.forms``: listing, installing and pinning forms."""

    def __init__(self, store: Store, library: FormLibrary, install_folder: Path):
        self._store = store
        self.library = library
        self._install_folder = install_folder
        self._pinned: dict[str, Form] = {}  # content hash → form, parsed once per process

    def pinned(self, row: AssessmentRow) -> Form:
        """The exact form an assessment was started with, from its snapshot."""
        return self.pinned_hash(row.form_hash, f"{row.form_id} {row.form_version}")

    def pinned_hash(self, content_hash: str, source: str = "snapshot") -> Form:
        """The stored form snapshot with this content hash, parsed once per process."""
        if content_hash not in self._pinned:
            # The same content as a form file already read: the same form, nothing to parse.
            form = self.library.scanned_form(content_hash)
            if form is None:
                form = form_from_snapshot(self._store.form_snapshot(content_hash), source, content_hash)
            self._pinned[content_hash] = form
        return self._pinned[content_hash]

    def forget_pinned(self) -> None:
        """After a restore the snapshots may differ: parse them again when needed."""
        self._pinned.clear()

    def get(self, form_id: str) -> Form:
        """The newest usable version of ``form_id``."""
        try:
            return self.library.get(form_id)
        except KeyError:
            raise NotFound(Message("forms.not_found", id=form_id)) from None

    def entries(self) -> list[FormEntry]:
        """Every form file, usable or not; a version that breaks an earlier one is not usable."""
        stored = self.stored()
        entries = []
        for entry in self.library.entries:
            problems = version_conflicts(entry.form, stored) if entry.form is not None else []
            entries.append(FormEntry(entry.path, None, tuple(problems)) if problems else entry)
        return entries

    def stored(self) -> list[Form]:
        """Every form version assessments were started with."""
        forms = []
        for row in self._store.form_snapshot_rows():
            if row["hash"] not in self._pinned:
                self._pinned[row["hash"]] = form_from_snapshot(row["snapshot"], f"{row['form_id']} {row['version']}",
                                                               row["hash"])
            forms.append(self._pinned[row["hash"]])
        return forms

    def of_kind(self, kind: str, default_id: str) -> list[Form]:
        """Usable forms of one kind, the default first, then by title."""
        forms = [e.form for e in self.entries() if e.form is not None and e.form.kind == kind]
        return sorted(forms, key=lambda f: (f.id != default_id, f.title))

    def self_assessment_forms(self, facility_type: str | None = None) -> list[Form]:
        """Self-assessment forms, the default for ``facility_type`` first."""
        return self.of_kind("self_assessment", self.default_form_id(facility_type))

    def default_form_id(self, facility_type: str | None = None) -> str:
        """The form a facility of this type starts with: one made for its type, else WS/T 821."""
        if facility_type:
            forms = [e.form for e in self.library.entries if e.form is not None and e.form.kind == "self_assessment"]
            made_for = sorted((f for f in forms if facility_type in f.provider_types),
                              key=lambda f: (f.id != DEFAULT_FORM_ID, len(f.provider_types), f.id))
            if made_for:
                return made_for[0].id
        return DEFAULT_FORM_ID

    def inspection_form(self, form_id: str | None = None) -> Form:
        forms = self.of_kind("inspection", DEFAULT_INSPECTION_FORM_ID)
        if form_id:
            forms = [f for f in forms if f.id == form_id]
        if not forms:
            raise NotFound(Message("forms.no_inspection_form", which=Message("forms.which", id=form_id) if form_id else ""))
        return forms[0]

    @staticmethod
    def check_file(source: str | os.PathLike[str]) -> tuple[dict, Form]:
        """Read and validate a form file (YAML or workbook): its document and form.

        Beyond the format, every text a report prints must be drawable by the report font, so
        that a form that installs can always be exported. ``FormError`` names each problem."""
        source = Path(source)
        if source.suffix.lower() in (".xlsx", ".xlsm", ".xls"):
            from tuoyu_desktop.forms.workbook import compile_workbook

            document, form = compile_workbook(source)
        else:
            form = load_form(source)
            document = json.loads(form.snapshot)
        problems = _unprintable(form)
        if problems:
            raise FormError(str(source), problems)
        return document, form

    def install(self, source: str | os.PathLike[str]) -> Form:
        """Check a YAML form or a workbook and install it in the data folder's forms folder.

        Raises ``FormError`` naming every problem; nothing is installed unless all is well.
        """
        source = Path(source)
        document, form = self.check_file(source)
        known = [e.form for e in self.library.entries if e.form is not None] + self.stored()
        problems = version_conflicts(form, known)
        if problems:
            raise FormError(str(source), problems)
        target = self._install_target(form)
        try:
            write_form_yaml(document, target)
        except OSError as exc:
            from tuoyu_desktop.oserrors import describe

            raise FormError(str(source), [Message("forms.cannot_install", folder=target.parent, detail=describe(exc))]) from exc
        self._store.record_event("form", form.id, "installed", None,
                                 {"version": form.version, "hash": form.content_hash, "file": target.name})
        self.library.rescan()
        return form

    def _install_target(self, form: Form) -> Path:
        """Where an installed form's file goes: named by id and version, which must be plain
        names (a version such as ``1/../../x`` would write outside the data folder)."""
        for place, value in (("id", form.id), ("version", form.version)):
            if not SAFE_NAME.fullmatch(value) or ".." in value:
                raise FormError(form.id, [Message("forms.bad_file_name", place=place, value=value)])
        target = self._install_folder / f"{form.id}-{form.version}.yaml"
        if target.resolve().parent != self._install_folder.resolve():
            raise FormError(form.id, [Message("forms.outside", target=target)])
        return target


def _form_texts(form: Form):
    """Every (place, text) of a form that a report prints."""
    yield "title", form.title
    yield "standard", form.standard
    yield "notice", form.notice
    for scale in form.scales:
        for option in scale.options:
            yield f"scales.{scale.id}", option.label
    for cutoff in form.grading.cutoffs:
        yield f"grading.{cutoff.grade}", cutoff.label
    for dimension in form.dimensions:
        yield f"维度 {dimension.id}", dimension.title + dimension.description
        for indicator in dimension.indicators:
            yield f"指标 {indicator.id}", indicator.title
            for item in indicator.items:
                yield f"条目 {item.id}", "".join((item.text, item.guidance, item.explain, item.unit, item.source, *item.methods))


def _unprintable(form: Form) -> list[str]:
    """One problem per text with characters the report font lacks."""
    from tuoyu_desktop.report import fonts

    charset = fonts.charset()
    problems = []
    for place, text in _form_texts(form):
        missing = sorted({char for char in text if ord(char) not in charset and not char.isspace()})
        if missing:
            shown = "、".join(f"“{c}”（U+{ord(c):04X}）" if c.isprintable() else f"U+{ord(c):04X}" for c in missing[:5])
            problems.append(f"{place}: 报告字库无法显示 {shown}，导出报告会失败；请改用常用字或去掉特殊符号")
    return problems
