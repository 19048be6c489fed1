"""Self-assessments (and the assessment side of inspections): create, answer, finalise, revise.

An assessment of another kind (an inspection) adds its own finalising checks and its own part
of the embedded data through a :class:`KindDetails` registered for its form kind.
"""

from __future__ import annotations

import builtins
import random
from dataclasses import replace
from typing import Any, Protocol

from tuoyu_desktop.errors import InvalidInput
from tuoyu_desktop.records import FINALISED, AssessmentRow, now
from tuoyu_desktop.services.backups import Backups
from tuoyu_desktop.services.demo import demo_answer, demo_profile
from tuoyu_desktop.services.errors import NotReady, ProfileInvalid
from tuoyu_desktop.services.evidence import Evidence
from tuoyu_desktop.services.facilities import Facilities
from tuoyu_desktop.services.forms import DEFAULT_FORM_ID, Forms
from tuoyu_desktop.services.session import AssessmentSession, AssessmentSummary
from tuoyu_desktop.store import Store


class KindDetails(Protocol):
    """What an assessment kind adds to the common life cycle."""

    def finalise_problems(self, assessment_id: str) -> builtins.list[str]:
        """What must still be done beyond answered items, one line each."""

    def payload_extras(self, assessment_id: str) -> dict[str, Any]:
        """What the kind adds to ``assessment.json``."""


class Assessments:
    """``workspace.assessments``: every assessment of this data folder."""

    def __init__(self, store: Store, forms: Forms, facilities: Facilities, backups: Backups, evidence: Evidence):
        self._store = store
        self._evidence = evidence
        self._forms = forms
        self._facilities = facilities
        self._backups = backups
        self._kinds: dict[str, KindDetails] = {}

    def add_kind(self, form_kind: str, details: KindDetails) -> None:
        self._kinds[form_kind] = details

    def row(self, assessment_id: str) -> AssessmentRow:
        return self._store.assessment(assessment_id)

    def kind(self, assessment_id: str) -> str:
        """The form kind of an assessment: ``self_assessment``, ``inspection`` …"""
        return self._forms.pinned(self.row(assessment_id)).kind

    def create(self, form_id: str, period: str) -> str:
        own = self._facilities.own()
        if own is None:
            raise ProfileInvalid({"name": "请先填写机构信息"})
        if not period.strip():
            raise InvalidInput("请填写评估周期，例如 2026年下半年")
        return self._store.create_assessment(own[0], self._forms.get(form_id), period)

    def open(self, assessment_id: str) -> AssessmentSession:
        row = self.row(assessment_id)
        return AssessmentSession(self._store, row, self._forms.pinned(row))

    def list(self) -> builtins.list[AssessmentSummary]:
        """Our own facility's assessments, newest first, with their live scores."""
        own = self._facilities.own()
        if own is None:
            return []
        summaries = []
        for row in self._store.assessments(own[0]):
            session = AssessmentSession(self._store, row, self._forms.pinned(row))
            summaries.append(AssessmentSummary(row=row, form_title=session.form.title, scores=session.scores))
        return summaries

    def delete(self, assessment_id: str) -> None:
        self._store.delete_assessment(assessment_id)

    def payload(self, session: AssessmentSession, generated_at: str) -> dict[str, Any]:
        """``assessment.json`` as it stands now (a finalised assessment keeps its frozen copy)."""
        from tuoyu_desktop.exchange import build_payload

        payload = build_payload(session.profile, session.row, session.scores, session.answers, generated_at,
                                audit_head=self._store.audit_head())
        payload["evidence"] = [
            {"item": item_id, "name": link.original_name, "sha256": link.sha256, "kind": link.kind,
             "caption": link.caption}
            for item_id, links in sorted(self._evidence.for_assessment(session.id).items()) for link in links]
        details = self._kinds.get(session.form.kind)
        if details is not None:
            payload.update(details.payload_extras(session.id))
        return payload

    def data(self, assessment_id: str) -> bytes:
        """The exact bytes a report embeds: frozen at finalising, else made now (a draft)."""
        from tuoyu_desktop.exchange import encode

        session = self.open(assessment_id)
        if session.row.frozen:
            return session.row.frozen.encode("utf-8")
        return encode(self.payload(session, now()))

    def finalise(self, assessment_id: str) -> None:
        """Check that nothing is missing, then freeze the assessment (read-only from now on).

        Raises ``NotReady`` listing every unanswered item and every N/A without a reason.
        """
        from tuoyu_desktop.exchange import encode

        session = self.open(assessment_id)
        if session.finalised:
            return
        problems = self._problems(session)
        if problems:
            raise NotReady(problems)
        self._backups.take("finalise")
        finalised_at = now()
        session.row = replace(session.row, status=FINALISED, finalised_at=finalised_at)
        frozen = encode(self.payload(session, finalised_at)).decode("utf-8")
        self._store.finalise_assessment(assessment_id, frozen, finalised_at)

    def problems(self, assessment_id: str) -> builtins.list[str]:
        """What must be completed before ``finalise`` accepts the assessment ([] when it would)."""
        session = self.open(assessment_id)
        return [] if session.finalised else self._problems(session)

    def _problems(self, session: AssessmentSession) -> builtins.list[str]:
        details = self._kinds.get(session.form.kind)
        return session.missing() + (details.finalise_problems(session.id) if details else [])

    def reopen(self, assessment_id: str, reason: str) -> int:
        """Start a new revision of a finalised assessment, recording why; returns its number."""
        if not reason.strip():
            raise InvalidInput("请说明修订原因")
        row = self.row(assessment_id)
        if not row.finalised:
            raise InvalidInput(f"“{row.period}”尚未定稿，可以直接修改")
        return self._store.reopen_assessment(assessment_id, reason.strip())

    def item_history(self, assessment_id: str, item_id: str) -> builtins.list[dict]:
        """Every change of one answer, oldest first."""
        return self._store.history("answer", f"{assessment_id}/{item_id}")

    def create_demo(self, seed: int = 2026, form_id: str = DEFAULT_FORM_ID) -> str:
        """A demo facility (unless one exists) and a fully answered assessment; returns its id."""
        if self._facilities.own() is None:
            self._facilities.save_own(demo_profile())
        assessment_id = self.create(form_id, "2026年下半年（演示）")
        session = self.open(assessment_id)
        rng = random.Random(seed)
        for item in session.form.iter_items():
            answer = demo_answer(item, rng)
            if answer is not None:
                session.set_answer(item.id, answer)
        return assessment_id
