"""Pure scoring: a form and its answers in, scores, grade, veto failures and gaps out.

Rules (the form supplies every number):
- an answered item earns ``points × ratio`` of the chosen option;
- 不适用 (N/A) items leave the denominator; unanswered items stay in it and earn nothing;
- the percentage is earned ÷ applicable points, rounded half-up to one decimal, and the grade
  is read from the form's cut-offs on that rounded figure (the one the user sees);
- a veto (一票否决) item answered with anything but full marks caps the grade at the form's
  ``veto_grade``;
- every applicable item answered with less than full marks is a gap (差距) to rectify;
- computed items earn their points when their rule holds, from the facility profile and other
  answers; one whose inputs are missing is 无法计算: unanswered, neither met nor not met;
- items whose ``relevant`` rule is false are hidden and count nowhere;
- an item that may not be N/A (a decisive item, unless its form says otherwise) marked N/A is
  not done and earns nothing (forms of format 1 still take it out of the denominator, so old
  reports recompute as they were signed);
- there is no grade until some scored item has been answered.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from tuoyu_desktop.facility import FacilityProfile
from tuoyu_desktop.forms.model import Dimension, Form, GradeCutoff, Item, ScaleOption
from tuoyu_desktop.forms.rules import RuleContext, decode_selection, typed_value
from tuoyu_desktop.messages import Message
from tuoyu_desktop.records import Answer

ONE_DECIMAL = Decimal("0.1")




@dataclass(frozen=True)
class ItemResult:
    item: Item
    answer: Answer
    option: ScaleOption | None  # the chosen option of a choice item, else None
    earned: Decimal
    relevant: bool = True  # False: hidden by its relevance rule, counted nowhere
    computed: Any = None  # computed items: True met, False not met, None cannot tell yet
    explanation: str = ""  # computed items: the figures behind the result
    problem: str = ""  # why the answer cannot be accepted (constraint, not a number)
    missing: tuple[str, ...] = ()  # computed items that cannot be worked out: what to fill in
    legacy_na: bool = False  # format-1 form: any N/A leaves the denominator

    @property
    def na_refused(self) -> bool:
        """Marked N/A on an item that may not be N/A."""
        return self.answer.na and not self.item.na_allowed

    @property
    def applicable(self) -> bool:
        if not self.relevant:
            return False
        if self.item.kind == "computed" or not self.answer.na:
            return True
        return not (self.legacy_na or self.item.na_allowed)  # a refused N/A stays in the denominator

    @property
    def done(self) -> bool:
        """Nothing more is asked of the user for this item."""
        if self.item.kind == "computed":
            return self.computed is not None
        if self.na_refused:
            return False
        if self.answer.na:
            return self.answer.done
        if self.problem:
            return False
        if self.item.kind == "choice":
            return self.option is not None
        return self.answer.value not in (None, "", "[]") or not self.item.required

    @property
    def gap(self) -> bool:
        if not self.applicable:
            return False
        if self.item.kind == "computed":
            return self.computed is False
        return self.option is not None and not self.option.full_marks

    @property
    def veto_failed(self) -> bool:
        return self.item.veto and self.gap

    @property
    def grading_counts(self) -> tuple[int, int, int]:
        """What this result adds to (answerable, answered, computed known) over the shown scored
        items: the counts that say whether the scores mean a grade yet (:func:`is_graded`)."""
        if not (self.relevant and self.item.scored):
            return (0, 0, 0)
        if self.item.kind == "computed":
            return (0, 0, int(self.computed is not None))
        return (1, int(self.answer.value is not None or self.answer.na), 0)


def is_graded(counts: Sequence[int]) -> bool:
    """A grade means something only once answers exist (a new assessment has none); a form
    whose scored items are all computed is graded once one of them can be worked out."""
    answerable, answered, computed_known = counts
    return answered > 0 if answerable else computed_known > 0


def grading_counts(results) -> tuple[int, int, int]:
    """The sum of :attr:`ItemResult.grading_counts` over ``results``."""
    answerable = answered = computed_known = 0
    for result in results:
        a, b, c = result.grading_counts
        answerable, answered, computed_known = answerable + a, answered + b, computed_known + c
    return (answerable, answered, computed_known)


@dataclass(frozen=True)
class Tally:
    """Points and progress over a set of items (a dimension, an indicator, the whole form)."""

    earned: Decimal
    applicable_max: Decimal
    done: int
    total: int
    na: int

    @property
    def percent(self) -> Decimal:
        return percent_of(self.earned, self.applicable_max)

    @classmethod
    def of(cls, results: list[ItemResult]) -> Tally:
        return cls(
            earned=sum((r.earned for r in results), Decimal(0)),
            applicable_max=sum((r.item.points for r in results if r.applicable), Decimal(0)),
            done=sum(1 for r in results if r.done),
            total=len(results),
            na=sum(1 for r in results if not r.applicable),
        )


@dataclass(frozen=True)
class DimensionScore:
    dimension: Dimension
    tally: Tally


@dataclass(frozen=True)
class Scores:
    form: Form
    items: dict[str, ItemResult]
    dimensions: tuple[DimensionScore, ...]
    total: Tally
    grade: GradeCutoff
    veto_failures: tuple[ItemResult, ...]
    graded: bool  # some scored item answered: see is_graded
    gaps: tuple[ItemResult, ...] = field(default=())

    @property
    def complete(self) -> bool:
        return self.total.done == self.total.total

    @property
    def vetoed(self) -> bool:
        return bool(self.veto_failures)

    def indicator_tally(self, indicator_id: str) -> Tally:
        indicator = self.form.indicator(indicator_id)
        return Tally.of([self.items[item.id] for item in indicator.items if self.items[item.id].relevant])


def percent_of(earned: Decimal, maximum: Decimal) -> Decimal:
    if maximum <= 0:
        return Decimal(0)
    return (earned * 100 / maximum).quantize(ONE_DECIMAL, rounding=ROUND_HALF_UP)


def score_item(item: Item, answer: Answer, rules: RuleContext) -> ItemResult:
    if not rules.relevant(item.id):
        return ItemResult(item=item, answer=answer, option=None, earned=Decimal(0), relevant=False)
    if item.kind == "computed":
        met = rules.computed(item.id)
        return ItemResult(
            item=item,
            answer=Answer(),
            option=None,
            earned=item.points if met is True else Decimal(0),
            computed=met,
            explanation=rules.explain(item.explain) if item.explain else "",
            missing=rules.missing_inputs(item.id) if met is None else (),
        )
    option = None if answer.na or answer.value is None else item.scale.option(answer.value)
    earned = item.points * option.ratio if option is not None else Decimal(0)
    if answer.na:
        problem = na_refusal(item) if not item.na_allowed else ""
    else:
        problem = answer_problem(item, answer.value, rules)
    return ItemResult(item=item, answer=answer, option=option, earned=earned, problem=problem,
                      legacy_na=rules.form.schema < 2)


def na_refusal(item: Item) -> str:
    """Why ``item`` cannot be marked 不适用."""
    if item.veto:
        return Message("answer.veto_na")
    return Message("answer.na_refused")


def answer_problem(item: Item, stored: str | None, rules: RuleContext) -> str:
    """Why a value cannot be accepted for ``item``, or "" when it can (or is still empty)."""
    if stored in (None, ""):
        return ""
    if item.kind == "number" and typed_value("number", stored) is None:
        return Message("answer.not_number")
    if item.kind == "multi":
        known = {o.value for o in item.scale.options}
        if any(v not in known for v in decode_selection(stored)):
            return Message("answer.unknown_option")
    if item.constraint is not None:
        this = typed_value(item.kind, stored)
        if rules.evaluate(item.constraint.node, this=this) is False:
            return item.constraint_message or Message("answer.constraint", rule=item.constraint.source)
    return ""


def score(form: Form, answers: Mapping[str, Answer], profile: FacilityProfile | None = None) -> Scores:
    """Score every item of ``form``; answers to items the form lacks are ignored.

    ``profile`` feeds computed items and relevance rules; without it those rules are unknown.
    """
    rules = RuleContext(form, answers, profile)
    empty = Answer()
    items = {item.id: score_item(item, answers.get(item.id, empty), rules) for item in form.iter_items()}
    shown = [r for r in items.values() if r.relevant]
    dimensions = tuple(
        DimensionScore(dimension=d, tally=Tally.of([items[i.id] for i in d.items if items[i.id].relevant]))
        for d in form.dimensions
    )
    total = Tally.of(shown)
    veto_failures = tuple(r for r in shown if r.veto_failed)
    grade = form.grading.grade_for(total.percent)
    if veto_failures:
        capped = form.grading.cutoff(form.grading.veto_grade)
        grade = max(grade, capped, key=form.grading.cutoffs.index)
    return Scores(
        form=form,
        items=items,
        dimensions=dimensions,
        total=total,
        grade=grade,
        veto_failures=veto_failures,
        graded=is_graded(grading_counts(shown)),
        gaps=tuple(r for r in shown if r.gap),
    )


@dataclass(frozen=True)
class DimensionChange:
    """One dimension now and in the previous period (matched by dimension id)."""

    dimension_id: str
    title: str
    before: Decimal | None  # the previous period's percentage; None when it had no such dimension
    now: Decimal

    @property
    def delta(self) -> Decimal | None:
        return None if self.before is None else self.now - self.before


@dataclass(frozen=True)
class PeriodChange:
    """How this period compares with the previous one, per dimension and in total."""

    previous_period: str
    dimensions: tuple[DimensionChange, ...]
    total: DimensionChange
    same_form: bool  # False: the forms differ, so the figures compare only roughly


def compare(now: Scores, before: Scores, previous_period: str) -> PeriodChange:
    """Percentages of ``now`` against ``before``; a dimension the old form lacked has no change."""
    old = {d.dimension.id: d.tally.percent for d in before.dimensions}
    rows = tuple(DimensionChange(d.dimension.id, d.dimension.title, old.get(d.dimension.id), d.tally.percent)
                 for d in now.dimensions)
    total = DimensionChange("", "合计", before.total.percent, now.total.percent)
    return PeriodChange(previous_period, rows, total, same_form=now.form.id == before.form.id)
