"""Incremental rescoring: after one answer changes, rescore only what it can change.

``scoring.score`` scores a whole form; an open assessment calls it once and then, for each
changed answer, :meth:`LiveScores.rescore` recomputes the item itself, every item whose rules
read it (relevance, calculation, constraint, explanation; followed transitively), and the
tallies of their indicators, dimensions and the total, the grade, the veto failures and the
gaps. The result equals ``score(form, answers, profile)`` (a property test checks it on random
answer sequences); it costs a few dozen item results instead of thousands.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import MutableMapping
from decimal import Decimal

from tuoyu_desktop.facility import FacilityProfile
from tuoyu_desktop.forms.expr import ExprError, item_references
from tuoyu_desktop.forms.model import Form
from tuoyu_desktop.forms.rules import SIGNATURES, RuleContext
from tuoyu_desktop.forms.template import places as template_places
from tuoyu_desktop.records import Answer
from tuoyu_desktop.scoring import (
    DimensionScore,
    ItemResult,
    Scores,
    Tally,
    grading_counts,
    is_graded,
    score,
    score_item,
)

_EMPTY = Answer()
_DEPENDENTS: dict[str, dict[str, tuple[str, ...]]] = {}  # form hash → item → items reading it


def dependents(form: Form) -> dict[str, tuple[str, ...]]:
    """For each item, the items whose rules read it, directly or through other items."""
    cached = _DEPENDENTS.get(form.content_hash)
    if cached is not None:
        return cached
    # What another item's value depends on (relevance, calculation) spreads further; what only
    # judges or explains an item's own answer (constraint, explanation) stops at that item.
    spreading: dict[str, set[str]] = {}
    ending: dict[str, set[str]] = {}
    for item in form.iter_items():
        for readers, nodes in ((spreading, [r.node for r in (item.relevant, item.calculation) if r is not None]),
                               (ending, _judging_nodes(item))):
            for node in nodes:
                for source in item_references(node, SIGNATURES):
                    if source != item.id:
                        readers.setdefault(source, set()).add(item.id)
    closure: dict[str, tuple[str, ...]] = {}
    for source in spreading.keys() | ending.keys():
        reached: set[str] = set()
        pending = [source]
        while pending:
            for target in spreading.get(pending.pop(), ()):
                if target not in reached:
                    reached.add(target)
                    pending.append(target)
        found = set(reached)
        for changed in (source, *reached):
            found |= ending.get(changed, set())
        found.discard(source)
        closure[source] = tuple(sorted(found))
    _DEPENDENTS[form.content_hash] = closure
    return closure


def _judging_nodes(item) -> list:
    nodes = [item.constraint.node] if item.constraint is not None else []
    if item.explain:
        try:
            nodes.extend(template_places(item.explain))
        except ExprError:  # a form that loaded has valid templates
            pass
    return nodes


class _Sum:
    """A tally being kept up to date: contributions added and taken away."""

    __slots__ = ("earned", "applicable_max", "done", "total", "na")

    def __init__(self, tally: Tally):
        self.earned = tally.earned
        self.applicable_max = tally.applicable_max
        self.done = tally.done
        self.total = tally.total
        self.na = tally.na

    def add(self, result: ItemResult, sign: int) -> None:
        if not result.relevant:
            return  # hidden items count nowhere
        applicable = result.applicable
        self.earned += result.earned if sign > 0 else -result.earned
        if applicable:
            self.applicable_max += result.item.points if sign > 0 else -result.item.points
        else:
            self.na += sign
        self.done += sign if result.done else 0
        self.total += sign

    def tally(self) -> Tally:
        # Sums that went back to nothing read as the full scorer's Decimal(0).
        return Tally(earned=self.earned or Decimal(0), applicable_max=self.applicable_max or Decimal(0),
                     done=self.done, total=self.total, na=self.na)


class LiveScores:
    """The scores of one assessment, kept current as its answers change one at a time.

    ``answers`` is the session's own dictionary: change it, then call :meth:`rescore` with the
    item that changed. ``scores``: the full scores of ``answers``, when already computed.
    """

    def __init__(self, form: Form, answers: MutableMapping[str, Answer], profile: FacilityProfile | None,
                 scores: Scores | None = None):
        self.form = form
        self.answers = answers
        self.profile = profile
        self._dependents = dependents(form)
        self._order = {item.id: n for n, item in enumerate(form.iter_items())}
        self._dimension_index = {d.id: n for n, d in enumerate(form.dimensions)}
        self.scores = scores if scores is not None else score(form, answers, profile)
        self._dimensions = [_Sum(d.tally) for d in self.scores.dimensions]
        self._total = _Sum(self.scores.total)
        shown = [r for r in self.scores.items.values() if r.relevant]
        self._gaps = _Ordered(self._order[r.item.id] for r in shown if r.gap)
        self._vetoes = _Ordered(self._order[r.item.id] for r in shown if r.veto_failed)
        self._grading = list(grading_counts(self.scores.items.values()))
        self._gaps.fill(self.scores.gaps)
        self._vetoes.fill(self.scores.veto_failures)
        self._rules = _LiveRules(form, answers, profile)
        self.touched: tuple[str, ...] = ()  # the items the last rescore recomputed

    def rescore(self, item_id: str) -> Scores:
        """The scores after ``item_id``'s answer changed in ``answers``."""
        old = self.scores
        rules = self._rules
        items = dict(old.items)
        touched = (item_id, *self._dependents.get(item_id, ()))
        self.touched = touched
        rules.forget(touched)
        for changed in touched:
            before = old.items[changed]
            after = score_item(before.item, self.answers.get(changed, _EMPTY), rules)
            items[changed] = after
            dimension = self._dimensions[self._dimension_index[before.item.dimension_id]]
            for result, sign in ((before, -1), (after, 1)):
                dimension.add(result, sign)
                self._total.add(result, sign)
                for n, count in enumerate(result.grading_counts):
                    self._grading[n] += sign * count
            key = self._order[changed]
            self._gaps.put(key, after if after.relevant and after.gap else None)
            self._vetoes.put(key, after if after.relevant and after.veto_failed else None)
        total = self._total.tally()
        veto_failures = self._vetoes.results()
        grading = self.form.grading
        grade = grading.grade_for(total.percent)
        if veto_failures:
            grade = max(grade, grading.cutoff(grading.veto_grade), key=grading.cutoffs.index)
        self.scores = Scores(
            form=self.form,
            items=items,
            dimensions=tuple(DimensionScore(dimension=d.dimension, tally=s.tally())
                             for d, s in zip(old.dimensions, self._dimensions, strict=True)),
            total=total,
            grade=grade,
            veto_failures=veto_failures,
            graded=is_graded(self._grading),
            gaps=self._gaps.results(),
        )
        return self.scores



class _Ordered:
    """Item results in form order (the gaps, the veto failures), changed one item at a time."""

    def __init__(self, keys):
        self.keys: list[int] = sorted(keys)
        self.values: list[ItemResult] = []

    def fill(self, results: tuple[ItemResult, ...]) -> None:
        self.values = list(results)

    def put(self, key: int, result: ItemResult | None) -> None:
        """The result at ``key`` is now ``result`` (None: it no longer belongs here)."""
        at = bisect_left(self.keys, key)
        present = at < len(self.keys) and self.keys[at] == key
        if result is None:
            if present:
                del self.keys[at]
                del self.values[at]
        elif present:
            self.values[at] = result
        else:
            self.keys.insert(at, key)
            self.values.insert(at, result)

    def results(self) -> tuple[ItemResult, ...]:
        return tuple(self.values)


class _LiveRules(RuleContext):
    """A rule context kept for the whole session: results of changed items are forgotten."""

    def forget(self, item_ids) -> None:
        for item_id in item_ids:
            self._relevant.pop(item_id, None)
            self._computed.pop(item_id, None)
