"""Self-assessments (and the assessment side of inspections): create, answer, finalise, revise.

An assessment of another kind (an inspection) adds its own finalising checks and its own part
of the embedded data through a :class:`KindDetails` registered for its form kind.
"""

from __future__ import annotations

import builtins
import hashlib
import json
import random
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any, Protocol

from tuoyu_desktop.errors import InvalidInput
from tuoyu_desktop.forms import Form, Item
from tuoyu_desktop.messages import Message
from tuoyu_desktop.records import FINALISED, Answer, AssessmentRow, now
from tuoyu_desktop.scoring import PeriodChange, compare
from tuoyu_desktop.services.backups import Backups
from tuoyu_desktop.services.briefs import AssessmentBrief, BriefCache
from tuoyu_desktop.services.demo import demo_answer, demo_home_profile, demo_profile
from tuoyu_desktop.services.errors import NotReady, ProfileInvalid
from tuoyu_desktop.services.evidence import Evidence
from tuoyu_desktop.services.facilities import Facilities
from tuoyu_desktop.services.forms import DEFAULT_FORM_ID, Forms
from tuoyu_desktop.services.session import CARRIED_KEY, AssessmentEntry, AssessmentSession, AssessmentSummary, _carried
from tuoyu_desktop.store import Store


def _carries(item: Item, old_form: Form, item_id: str, answer: Answer) -> bool:
    """May last period's answer stand in for this period's (to be confirmed)?"""
    if not old_form.has_item(item_id) or old_form.item(item_id).kind != item.kind or item.kind == "computed":
        return False
    if answer.na:
        return item.na_allowed and bool(answer.na_reason.strip())
    if item.kind == "choice":
        return answer.value is not None and item.scale.option(answer.value) is not None
    return answer.value is not None


class KindDetails(Protocol):
    """What an assessment kind adds to the common life cycle."""

    def finalise_problems(self, assessment_id: str) -> builtins.list[str]:
        """What must still be done beyond answered items, one line each."""

    def payload_extras(self, assessment_id: str) -> dict[str, Any]:
        """What the kind adds to ``assessment.json``."""


class Assessments:
    """``workspace.assessments``: every assessment of this data folder."""

    def __init__(self, store: Store, forms: Forms, facilities: Facilities, backups: Backups, evidence: Evidence,
                 data_dir: Path | None = None):
        self._store = store
        self._data_dir = data_dir
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

    def create(self, form_id: str, period: str, carry_from: str | None = None) -> str:
        """A new self-assessment; with ``carry_from`` (新一期自评) it starts from that assessment's
        answers, each marked 待确认 until confirmed or changed."""
        own = self._facilities.own()
        if own is None:
            raise ProfileInvalid({"name": Message("facility.profile_first")})
        if not period.strip():
            raise InvalidInput(Message("period.empty"))
        form = self._forms.get(form_id)
        if form.kind == "survey":
            raise InvalidInput(Message("assessment.survey_form", title=form.title))
        previous = None
        if carry_from is not None:
            previous = self.open(carry_from)
            if previous.row.facility_id != own[0]:
                raise InvalidInput(Message("assessment.carry_own"))
        assessment_id = self._store.create_assessment(own[0], form, period)
        if previous is not None:
            carried = []
            for item_id, answer in previous.answers.items():
                if not form.has_item(item_id) or not _carries(form.item(item_id), previous.form, item_id, answer):
                    continue
                self._store.set_answer(assessment_id, item_id, answer)
                carried.append(item_id)
            self._store.set_setting(CARRIED_KEY + assessment_id,
                                    json.dumps({"from": previous.id, "pending": carried}, ensure_ascii=False))
        return assessment_id

    def previous_id(self, assessment_id: str) -> str | None:
        """The period this one is compared with: the one it was carried from, else the latest
        earlier self-assessment of the same facility."""
        carried = _carried(self._store, assessment_id)
        rows = self._store.assessments(self.row(assessment_id).facility_id)  # newest first, in creation order
        if carried.get("from") in {row.id for row in rows}:
            return str(carried["from"])
        position = next(index for index, row in enumerate(rows) if row.id == assessment_id)
        # Creation order, not the time stamps: two periods made in the same second are still ordered.
        earlier = [r for r in rows[position + 1:] if self._forms.pinned(r).kind == "self_assessment"]
        return earlier[0].id if earlier else None

    def trend(self, assessment_id: str, session: AssessmentSession | None = None) -> builtins.list[tuple[str, Decimal]]:
        """(period, total percent) of every graded self-assessment of the facility up to and
        including this one, oldest first (for the report's trend chart); ``session``: this one,
        already open (its scores are not made again)."""
        rows = self._store.assessments(self.row(assessment_id).facility_id)  # newest first, in creation order
        position = next(index for index, row in enumerate(rows) if row.id == assessment_id)
        points = []
        for row in reversed(rows[position:]):
            if self._forms.pinned(row).kind != "self_assessment":
                continue
            scores = session.scores if session is not None and row.id == assessment_id else self.summary(row).scores
            if scores.graded:
                points.append((row.period, scores.total.percent))
        return points

    def change(self, assessment_id: str, session: AssessmentSession | None = None) -> PeriodChange | None:
        """Per dimension and in total, this period against the previous one (None: the first);
        ``session``: this one, already open."""
        previous = self.previous_id(assessment_id)
        if previous is None:
            return None
        before = self.open(previous)
        return compare((session or self.open(assessment_id)).scores, before.scores, before.row.period)

    def default_form_id(self) -> str:
        """The self-assessment form our facility's type starts with."""
        own = self._facilities.own()
        return self._forms.default_form_id(own[1].facility_type if own else None)

    def form_mismatch(self, form_id: str) -> str | None:
        """Why ``form_id`` is not meant for our kind of provider, or None when it is (or cannot tell)."""
        own = self._facilities.own()
        form = self._forms.get(form_id)
        if own is None or form.suits(own[1].facility_type):
            return None
        meant = "、".join(form.provider_types)
        suggestion = self._forms.default_form_id(own[1].facility_type)
        hint = f"；适合的评估表：{self._forms.get(suggestion).title}" if suggestion != form_id else ""
        return (f"“{form.title}”适用于{meant}，而机构信息中的机构类型是{own[1].facility_type}："
                f"用它自评，结论可能不符合对本类机构的规定{hint}")

    def open(self, assessment_id: str) -> AssessmentSession:
        row = self.row(assessment_id)
        return AssessmentSession(self._store, row, self._forms.pinned(row),
                                 pending=_carried(self._store, assessment_id).get("pending", []))

    def list(self) -> builtins.list[AssessmentSummary]:
        """Our own facility's assessments, newest first, with their live scores."""
        own = self._facilities.own()
        if own is None:
            return []
        return [self.summary(row) for row in self._store.assessments(own[0])]

    def entries(self) -> builtins.list[AssessmentEntry]:
        """Our own facility's assessments, newest first, without scoring them (fast at any size:
        the home screen shows these at once and fills in each one's :meth:`summary` after)."""
        own = self._facilities.own()
        if own is None:
            return []
        titles = self._store.form_titles()
        return [AssessmentEntry(row=row, form_title=titles.get(row.form_hash, row.form_id))
                for row in self._store.assessments(own[0])]

    def summary(self, row: AssessmentRow) -> AssessmentSummary:
        """One assessment's live scores (parses its pinned form the first time it is needed)."""
        session = AssessmentSession(self._store, row, self._forms.pinned(row),
                                    pending=_carried(self._store, row.id).get("pending", []))
        return AssessmentSummary(row=row, form_title=session.form.title, scores=session.scores)

    def briefs(self) -> builtins.list[AssessmentBrief]:
        """Our own facility's assessments, newest first, with their points, percentage and grade:
        kept between runs (services/briefs.py), so that only changed ones are scored again."""
        own = self._facilities.own()
        if own is None:
            return []
        rows = self._store.assessments(own[0])
        if self._data_dir is None:
            return [AssessmentBrief.of(s.row, s.form_title, s.scores) for s in map(self.summary, rows)]
        cache = BriefCache(self._data_dir, self._store.audit_position(), self._store.audit_hash_at)
        profile = hashlib.sha256(json.dumps(own[1].to_dict(), sort_keys=True, ensure_ascii=False, default=str)
                                 .encode("utf-8")).hexdigest()
        briefs = []
        for row in rows:
            key = f"{self._store.last_change(row.id)} {row.status} {row.revision} {row.form_hash} {profile}"
            brief = cache.get(row, key)
            if brief is None:
                summary = self.summary(row)
                brief = AssessmentBrief.of(row, summary.form_title, summary.scores)
                cache.put(brief, key)
            briefs.append(brief)
        cache.save({row.id for row in rows})
        return briefs

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

    def embedded(self, assessment_id: str, session: AssessmentSession | None = None) -> tuple[bytes, dict[str, Any]]:
        """The exact bytes a report embeds (frozen at finalising, else made now: a draft) and what
        they say, as ``exchange.decode`` reads them; ``session``: this one, already open. A draft's
        is the payload the bytes were made from, not read back (at 5,000 items, 40 ms)."""
        from tuoyu_desktop.exchange import decode, encode

        session = session or self.open(assessment_id)
        if session.row.frozen:
            data = session.row.frozen.encode("utf-8")
            return data, decode(data)
        payload = self.payload(session, now())
        return encode(payload), payload

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
            raise InvalidInput(Message("revision.no_reason"))
        row = self.row(assessment_id)
        if not row.finalised:
            raise InvalidInput(Message("revision.not_finalised", period=row.period))
        return self._store.reopen_assessment(assessment_id, reason.strip())

    def item_history(self, assessment_id: str, item_id: str) -> builtins.list[dict]:
        """Every change of one answer, oldest first."""
        return self._store.history("answer", f"{assessment_id}/{item_id}")

    def create_demo(self, seed: int = 2026, form_id: str = DEFAULT_FORM_ID) -> str:
        """A demo facility (unless one exists) and a fully answered assessment; returns its id.

        The demo facility is of a type the form is meant for (a 家庭托育点 for its form).
        """
        if self._facilities.own() is None:
            form = self._forms.get(form_id)
            profile = demo_profile()
            if not form.suits(profile.facility_type):
                profile = demo_home_profile()
            self._facilities.save_own(profile)
        assessment_id = self.create(form_id, "2026年下半年（演示）")
        session = self.open(assessment_id)
        rng = random.Random(seed)
        for item in session.form.iter_items():
            answer = demo_answer(item, rng)
            if answer is not None:
                session.set_answer(item.id, answer)
        return assessment_id
