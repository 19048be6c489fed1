"""An open assessment and the home screen's summary of one."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from tuoyu_desktop.errors import InvalidInput, NotFound
from tuoyu_desktop.facility import FacilityProfile
from tuoyu_desktop.forms import Form, Item
from tuoyu_desktop.messages import Joined, Message
from tuoyu_desktop.records import Answer, AssessmentRow
from tuoyu_desktop.rescoring import LiveScores
from tuoyu_desktop.scoring import Scores, na_refusal, score
from tuoyu_desktop.services.errors import AssessmentLocked, NaNotAllowed
from tuoyu_desktop.store import Store

CARRIED_KEY = "carried/"  # settings key + assessment id → {"from": id, "pending": [item ids]}


def _carried(store: Store, assessment_id: str) -> dict[str, Any]:
    try:
        value = json.loads(store.setting(CARRIED_KEY + assessment_id, "{}"))
    except json.JSONDecodeError:
        return {}
    return value if isinstance(value, dict) else {}


@dataclass(frozen=True)
class AssessmentSummary:
    """A line of the home screen's list."""

    row: AssessmentRow
    form_title: str
    scores: Scores


@dataclass(frozen=True)
class AssessmentEntry:
    """A line of the home screen's list before its scores are known (nothing form-sized read)."""

    row: AssessmentRow
    form_title: str


class AssessmentSession:
    """An open assessment: its pinned form, its answers and live scores.

    A finalised assessment shows the profile and answers it was finalised with, and refuses
    changes until a new revision is started.
    """

    def __init__(self, store: Store, row: AssessmentRow, form: Form, pending: list[str] | None = None):
        self._store = store
        self.row = row
        self.form = form
        # Answers carried over from the previous period, not yet confirmed (待确认).
        self.pending: set[str] = set(pending or ()) if not row.finalised else set()
        self.answers: dict[str, Answer] = store.answers(row.id)
        self.profile: FacilityProfile = self._profile()
        self.scores: Scores = score(self.form, self.answers, self.profile)
        self._live: LiveScores | None = None  # made at the first change (a listing never needs it)
        self.changed_items: tuple[str, ...] = ()  # the items the last change rescored

    def _profile(self) -> FacilityProfile:
        if self.row.finalised and self.row.frozen:
            from tuoyu_desktop.exchange import frozen_profile

            return frozen_profile(self.row.frozen)
        return self._store.facility(self.row.facility_id)

    @property
    def id(self) -> str:
        return self.row.id

    @property
    def finalised(self) -> bool:
        return self.row.finalised

    def item(self, item_id: str) -> Item:
        if not self.form.has_item(item_id):
            raise NotFound(Message("item.not_in_form", form=self.form.title, item=item_id))
        return self.form.item(item_id)

    def prepare_changes(self) -> LiveScores:
        """The live scores the changes are rescored with, made now if not yet: a window calls this
        while the user reads, so that the first answer does not pay for it (20 ms at 5,000 items)."""
        if self._live is None:
            self._live = LiveScores(self.form, self.answers, self.profile, self.scores)
        return self._live

    def answer(self, item_id: str) -> Answer:
        return self.answers.get(item_id, Answer())

    def set_answer(self, item_id: str, answer: Answer) -> str:
        """Save one answer at once and rescore; returns the time it was saved."""
        if self.row.finalised:
            raise AssessmentLocked(Message("locked", period=self.row.period))
        item = self.item(item_id)
        if item.kind == "computed":
            raise InvalidInput(Message("item.computed", item=item_id))
        if answer.na and not item.na_allowed:
            raise NaNotAllowed(Message("item.problem", item=item_id, problem=na_refusal(item)))
        if item.kind == "choice" and answer.value is not None and item.scale.option(answer.value) is None:
            raise InvalidInput(Message("item.no_option", item=item_id, value=repr(answer.value)))
        saved_at = self._store.set_answer(self.row.id, item_id, answer)
        self.answers[item_id] = answer
        live = self.prepare_changes()
        self.scores = live.rescore(item_id)  # only the item and what depends on it
        self.changed_items = live.touched
        if item_id in self.pending:
            self._confirm({item_id})
        return saved_at

    def confirm(self, item_ids: list[str] | None = None) -> int:
        """Confirm carried-over answers as still true (all when ``item_ids`` is None); returns how many."""
        if self.row.finalised:
            raise AssessmentLocked(Message("locked", period=self.row.period))
        chosen = set(self.pending) if item_ids is None else {self.item(i).id for i in item_ids} & self.pending
        self._confirm(chosen)
        return len(chosen)

    def _confirm(self, item_ids: set[str]) -> None:
        if not item_ids:
            return
        self.pending -= item_ids
        carried = _carried(self._store, self.row.id)
        carried["pending"] = sorted(self.pending)
        self._store.set_setting(CARRIED_KEY + self.row.id, json.dumps(carried, ensure_ascii=False))

    def missing(self) -> list[str]:
        """What must still be done before finalising, one line per item."""
        problems: list[str] = [Message("item.pending", item=item_id) for item_id in sorted(self.pending)
                    if self.form.has_item(item_id) and self.scores.items[item_id].relevant]
        for result in self.scores.items.values():
            if result.done or not result.relevant:
                continue
            item = result.item
            if result.na_refused:
                problems.append(Message("item.problem", item=item.id, problem=result.problem))
            elif result.answer.na:
                problems.append(Message("item.na_without_reason", item=item.id))
            elif result.problem:
                problems.append(Message("item.problem", item=item.id, problem=result.problem))
            elif item.kind == "computed":
                needed = Joined(result.missing, "、") if result.missing else Message("item.inputs")
                problems.append(Message("item.cannot_compute", item=item.id, needed=needed))
            else:
                problems.append(Message("item.unanswered", item=item.id))
        return problems
