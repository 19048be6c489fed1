"""The use cases, one function or method each, shared by the GUI and the CLI.

Nothing here imports Qt. Report rendering (reportlab) is imported only when exporting so
that starting the app stays fast.
"""

from __future__ import annotations

import json
import os
import random
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Callable

from tuoyu_desktop import paths
from tuoyu_desktop.facility import ClassGroup, FacilityProfile, credit_code_check_char
from tuoyu_desktop.forms import Form, FormEntry, FormError, FormLibrary, Item, form_from_snapshot, load_form
from tuoyu_desktop.forms.loader import write_form_yaml
from tuoyu_desktop.forms.rules import encode_selection
from tuoyu_desktop.forms.versions import version_conflicts
from tuoyu_desktop.scoring import Answer, Scores, score
from tuoyu_desktop.store import AssessmentRow, Store, StoreError
from tuoyu_desktop.store.db import DB_FILENAME
from tuoyu_desktop.oserrors import describe as describe_os_error

DEFAULT_FORM_ID = "wst821-2023"
ProgressCallback = Callable[[int, int], None]

__all__ = [
    "AssessmentSession",
    "AssessmentSummary",
    "ExportError",
    "ProfileInvalid",
    "StoreError",
    "Workspace",
]


class ProfileInvalid(ValueError):
    """The profile has wrong fields; ``problems`` maps field name → message."""

    def __init__(self, problems: dict[str, str]):
        self.problems = problems
        super().__init__("；".join(problems.values()))


class ExportError(Exception):
    """The report could not be written; the message is for the user."""


@dataclass(frozen=True)
class AssessmentSummary:
    """A line of the home screen's list."""

    row: AssessmentRow
    form_title: str
    scores: Scores


class AssessmentSession:
    """An open assessment: its pinned form, its answers and live scores."""

    def __init__(self, store: Store, row: AssessmentRow, form: Form):
        self._store = store
        self.row = row
        self.form = form
        self.answers: dict[str, Answer] = store.answers(row.id)
        self.profile: FacilityProfile = store.facility(row.facility_id)
        self.scores: Scores = score(self.form, self.answers, self.profile)

    @property
    def id(self) -> str:
        return self.row.id

    def answer(self, item_id: str) -> Answer:
        return self.answers.get(item_id, Answer())

    def set_answer(self, item_id: str, answer: Answer) -> str:
        """Save one answer at once and rescore; returns the time it was saved."""
        item = self.form.item(item_id)
        if item.kind == "computed":
            raise ValueError(f"条目 {item_id} 由机构信息自动计算，不能直接作答")
        if item.kind == "choice" and answer.value is not None and item.scale.option(answer.value) is None:
            raise ValueError(f"条目 {item_id} 没有选项 {answer.value!r}")
        saved_at = self._store.set_answer(self.row.id, item_id, answer)
        self.answers[item_id] = answer
        self.scores = score(self.form, self.answers, self.profile)
        return saved_at

    def reload_profile(self) -> None:
        """Rescore after the facility profile changed (computed items read it)."""
        self.profile = self._store.facility(self.row.facility_id)
        self.scores = score(self.form, self.answers, self.profile)


class Workspace:
    """Everything in one data directory: the database, the installed forms, exports."""

    def __init__(self, data_dir: Path, store: Store, library: FormLibrary):
        self.data_dir = data_dir
        self.store = store
        self.library = library
        self._pinned_forms: dict[str, Form] = {}  # content hash → form, parsed once

    def pinned_form(self, row: AssessmentRow) -> Form:
        """The exact form an assessment was started with, from its snapshot."""
        if row.form_hash not in self._pinned_forms:
            snapshot = self.store.form_snapshot(row.form_hash)
            self._pinned_forms[row.form_hash] = form_from_snapshot(snapshot, f"{row.form_id} {row.form_version}")
        return self._pinned_forms[row.form_hash]

    @classmethod
    def open(cls, data_dir: str | os.PathLike[str] | None = None) -> "Workspace":
        """Open the data directory (``--data-dir``, ``TUOYU_DATA_DIR`` or the per-user one).

        Raises ``StoreError`` with a message for the user when it cannot be used.
        """
        directory = paths.resolve_data_dir(data_dir)
        try:
            directory.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"无法创建数据文件夹 {directory}：{describe_os_error(exc)}") from exc
        if not os.access(directory, os.W_OK):
            raise StoreError(f"数据文件夹 {directory} 不可写入，请检查权限或用 --data-dir 指定其他文件夹")
        store = Store.open(directory / DB_FILENAME)
        return cls(directory, store, FormLibrary([paths.bundled_forms_dir(), directory / "forms"]))

    def close(self) -> None:
        self.store.close()

    # -- facility -----------------------------------------------------------------------
    def facility(self) -> tuple[int, FacilityProfile] | None:
        """The facility this installation belongs to, or None before first setup."""
        return self.store.own_facility()

    def save_facility(self, profile: FacilityProfile) -> int:
        problems = profile.problems()
        if problems:
            raise ProfileInvalid(problems)
        profile.credit_code = profile.credit_code.strip().upper()
        current = self.facility()
        return self.store.save_facility(profile, current[0] if current else None)

    # -- forms --------------------------------------------------------------------------
    def form_entries(self) -> list[FormEntry]:
        """Every form file, usable or not; a version that breaks an earlier one is not usable."""
        stored = self.stored_forms()
        entries = []
        for entry in self.library.entries:
            problems = version_conflicts(entry.form, stored) if entry.form is not None else []
            entries.append(FormEntry(entry.path, None, tuple(problems)) if problems else entry)
        return entries

    def stored_forms(self) -> list[Form]:
        """Every form version assessments were started with."""
        forms = []
        for row in self.store.form_snapshot_rows():
            if row["hash"] not in self._pinned_forms:
                self._pinned_forms[row["hash"]] = form_from_snapshot(row["snapshot"], f"{row['form_id']} {row['version']}")
            forms.append(self._pinned_forms[row["hash"]])
        return forms

    def import_form(self, source: str | os.PathLike[str]) -> Form:
        """Check a YAML form or a workbook and install it in the data directory's forms folder.

        Raises ``FormError`` naming every problem; nothing is installed unless all is well.
        """
        source = Path(source)
        if source.suffix.lower() in (".xlsx", ".xlsm", ".xls"):
            from tuoyu_desktop.forms.workbook import compile_workbook

            document, form = compile_workbook(source)
        else:
            form = load_form(source)
            document = json.loads(form.snapshot)
        known = [e.form for e in self.library.entries if e.form is not None] + self.stored_forms()
        problems = version_conflicts(form, known)
        if problems:
            raise FormError(str(source), problems)
        target = self.data_dir / "forms" / f"{form.id}-{form.version}.yaml"
        write_form_yaml(document, target)
        self.library.rescan()
        return form

    def assessment_forms(self) -> list[Form]:
        """Usable self-assessment forms, the default first."""
        forms = [e.form for e in self.form_entries() if e.form is not None and e.form.kind == "self_assessment"]
        return sorted(forms, key=lambda f: (f.id != DEFAULT_FORM_ID, f.title))

    # -- assessments --------------------------------------------------------------------
    def create_assessment(self, form_id: str, period: str) -> str:
        own = self.facility()
        if own is None:
            raise ProfileInvalid({"name": "请先填写机构信息"})
        if not period.strip():
            raise ValueError("请填写评估周期，例如 2026年下半年")
        return self.store.create_assessment(own[0], self.library.get(form_id), period)

    def open_assessment(self, assessment_id: str) -> AssessmentSession:
        row = self.store.assessment(assessment_id)
        return AssessmentSession(self.store, row, self.pinned_form(row))

    def list_assessments(self) -> list[AssessmentSummary]:
        own = self.facility()
        if own is None:
            return []
        summaries = []
        for row in self.store.assessments(own[0]):
            session = AssessmentSession(self.store, row, self.pinned_form(row))
            summaries.append(AssessmentSummary(row=row, form_title=session.form.title, scores=session.scores))
        return summaries

    def delete_assessment(self, assessment_id: str) -> None:
        self.store.delete_assessment(assessment_id)

    # -- export -------------------------------------------------------------------------
    def export_pdf(self, assessment_id: str, target: str | os.PathLike[str], progress: ProgressCallback | None = None) -> Path:
        """Write the assessment's PDF report to ``target``; raises ``ExportError`` for the user."""
        from tuoyu_desktop import report  # reportlab is slow to import: only here

        session = self.open_assessment(assessment_id)
        profile = self.store.facility(session.row.facility_id)
        target = Path(target)
        try:
            report.write_assessment_report(target, profile, session.row, session.scores, progress=progress)
        except report.UnrenderableText as exc:
            raise ExportError(str(exc)) from exc
        except OSError as exc:
            raise ExportError(f"无法写入 {target}：{describe_os_error(exc)}") from exc
        return target

    # -- demo ---------------------------------------------------------------------------
    def create_demo(self, seed: int = 2026) -> str:
        """A demo facility (unless one exists) and a fully answered assessment; returns its id."""
        if self.facility() is None:
            self.save_facility(demo_profile())
        assessment_id = self.create_assessment(DEFAULT_FORM_ID, "2026年下半年（演示）")
        session = self.open_assessment(assessment_id)
        rng = random.Random(seed)
        for item in session.form.iter_items():
            answer = _demo_answer(item, rng)
            if answer is not None:
                session.set_answer(item.id, answer)
        return assessment_id


def _demo_answer(item: Item, rng: random.Random) -> Answer | None:
    """A plausible answer: veto items met, most others met, a few partial, unmet or N/A."""
    options = item.scale.options
    if item.kind == "computed":
        return None  # worked out from the profile
    if item.kind == "number":
        return Answer(value="3")
    if item.kind == "text":
        return Answer(value="见台账记录（演示）")
    if item.kind == "date":
        return Answer(value=date.today().isoformat())
    if item.kind == "multi":
        return Answer(value=encode_selection([o.value for o in options[:2]]))
    if item.veto:
        return Answer(value=options[0].value)
    if rng.random() < 0.04:
        return Answer(na=True, na_reason="本机构无此项业务（演示）")
    option = rng.choices(options, weights=[6, 2, 1][: len(options)])[0]
    return Answer(value=option.value, comment="" if option.full_marks else "已列入整改计划（演示）")


def demo_profile() -> FacilityProfile:
    code17 = "52110105MJ0123456"
    return FacilityProfile(
        name="阳光宝贝托育中心（演示）",
        credit_code=code17 + credit_code_check_char(code17),
        filing_number="京朝托备字〔2025〕第018号",
        district="北京市朝阳区",
        street="望京街道",
        facility_type="独立托育机构",
        is_puhui=True,
        places_total=80,
        places_puhui=60,
        director="李红梅",
        contact="010-6471 2345",
        staff_total=22,
        caregivers_total=14,
        caregivers_certified=13,
        health_staff=1,
        classes=[
            ClassGroup("乳儿班", "小星星班", 9, 3),
            ClassGroup("托小班", "小月亮班", 14, 3),
            ClassGroup("托大班", "小太阳班", 19, 3),
            ClassGroup("混龄班", "彩虹班", 15, 3),
        ],
    )
