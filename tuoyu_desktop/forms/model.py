"""Immutable, validated form objects (built only by ``forms.loader``)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal

from tuoyu_desktop.facility import FACILITY_TYPES as PROVIDER_TYPES  # noqa: F401  (re-exported)
from tuoyu_desktop.forms.expr import Node

METHODS = ("查阅资料", "现场查看", "访谈", "实地测量")
KINDS = ("self_assessment", "inspection", "survey")
# choice: one option of a scale (scored) · computed: met or not from a rule (scored) ·
# number, text, date, multi (several options of a scale): recorded facts, not scored.
ITEM_KINDS = ("choice", "computed", "number", "text", "date", "multi")
SCORED_KINDS = ("choice", "computed")
# Written in an item's ``source`` when a cut-off or reading is the form's own choice.
OWN_CHOICE = "本表自定"


@dataclass(frozen=True)
class Rule:
    """An expression from the form file, kept as written and as checked tree."""

    source: str
    node: Node = field(compare=False)


@dataclass(frozen=True)
class ScaleOption:
    value: str
    label: str
    ratio: Decimal  # share of the item's points this answer earns, 0..1

    @property
    def full_marks(self) -> bool:
        return self.ratio == 1


@dataclass(frozen=True)
class Scale:
    id: str
    label: str
    options: tuple[ScaleOption, ...]

    def option(self, value: str) -> ScaleOption | None:
        return next((o for o in self.options if o.value == value), None)


@dataclass(frozen=True)
class Item:
    id: str
    text: str
    guidance: str
    methods: tuple[str, ...]
    points: Decimal
    scale: Scale
    veto: bool
    dimension_id: str
    indicator_id: str
    kind: str = "choice"
    required: bool = True
    relevant: Rule | None = None  # shown and counted only when true
    calculation: Rule | None = None  # computed items: true = met
    explain: str = ""  # computed items: text with {expression} places showing the figures
    constraint: Rule | None = None  # must hold for the answer (``this``) to be accepted
    constraint_message: str = ""
    unit: str = ""  # number items
    # May the item be marked 不适用? Decisive items may not unless the form says so and why.
    na_allowed: bool = True
    na_allowed_reason: str = ""  # why a decisive item may be N/A (required for that)
    source: str = ""  # the clause or document the item comes from, e.g. "WS/T 821—2023 5.1.5"

    @property
    def scored(self) -> bool:
        return self.kind in SCORED_KINDS

    @property
    def own_choice_note(self) -> str:
        """The part of the source that says what the form chose (from 本表自定 to the next ；)."""
        start = self.source.find(OWN_CHOICE)
        if start < 0:
            return ""
        note = self.source[start:].split("；", 1)[0]
        return note.removeprefix(OWN_CHOICE).lstrip("：: ") or note

    @property
    def own_choice(self) -> bool:
        """The form's own cut-off or reading, not a figure from the rules (its source says so)."""
        return OWN_CHOICE in self.source


@dataclass(frozen=True)
class Indicator:
    id: str
    title: str
    items: tuple[Item, ...]


@dataclass(frozen=True)
class Dimension:
    id: str
    title: str
    points: Decimal
    description: str
    indicators: tuple[Indicator, ...]

    @property
    def items(self) -> tuple[Item, ...]:
        return tuple(item for ind in self.indicators for item in ind.items)


@dataclass(frozen=True)
class GradeCutoff:
    grade: str
    min_percent: Decimal
    label: str


@dataclass(frozen=True)
class Grading:
    cutoffs: tuple[GradeCutoff, ...]  # highest first, the last one at 0 %
    veto_grade: str

    def grade_for(self, percent: Decimal) -> GradeCutoff:
        for cutoff in self.cutoffs:
            if percent >= cutoff.min_percent:
                return cutoff
        return self.cutoffs[-1]

    def cutoff(self, grade: str) -> GradeCutoff:
        return next(c for c in self.cutoffs if c.grade == grade)


@dataclass(frozen=True)
class Form:
    id: str
    version: str
    kind: str
    title: str
    standard: str
    notice: str
    total_points: Decimal
    scales: tuple[Scale, ...]
    grading: Grading
    dimensions: tuple[Dimension, ...]
    content_hash: str  # sha256 of the canonical JSON in ``snapshot``
    snapshot: str = field(repr=False)  # canonical JSON of the source document
    schema: int = 1  # format version of the file; 1: N/A on a decisive item still scores as N/A
    provider_types: tuple[str, ...] = ()  # facility types the form is meant for; () = any
    _items: dict[str, Item] = field(default_factory=dict, repr=False, compare=False)
    _indicators: dict[str, Indicator] = field(default_factory=dict, repr=False, compare=False)
    _vetoes: list[Item] = field(default_factory=list, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._items.update({item.id: item for item in self.iter_items()})
        self._indicators.update({i.id: i for d in self.dimensions for i in d.indicators})
        self._vetoes.extend(item for item in self._items.values() if item.veto)

    @property
    def veto_items(self) -> tuple[Item, ...]:
        """The decisive (一票否决) items, in form order: kept, as the live views ask at every answer."""
        return tuple(self._vetoes)

    def iter_items(self) -> Iterator[Item]:
        for dim in self.dimensions:
            for ind in dim.indicators:
                yield from ind.items

    def item(self, item_id: str) -> Item:
        return self._items[item_id]

    def has_item(self, item_id: str) -> bool:
        return item_id in self._items

    @property
    def own_choices(self) -> list[Item]:
        """Items whose cut-off is the form's own choice: the cover says so."""
        return [item for item in self.iter_items() if item.own_choice]

    def suits(self, facility_type: str) -> bool:
        return not self.provider_types or facility_type in self.provider_types

    @property
    def item_count(self) -> int:
        return len(self._items)

    def dimension(self, dimension_id: str) -> Dimension:
        return next(d for d in self.dimensions if d.id == dimension_id)

    def indicator(self, indicator_id: str) -> Indicator:
        try:
            return self._indicators[indicator_id]
        except KeyError:
            raise StopIteration(indicator_id) from None  # as the linear search it replaces
