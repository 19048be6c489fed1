"""What form rules may name: the facility profile, its classes, and the form's own items.

``rule_environment()`` gives the type-checker's view when a form loads; ``RuleContext``
evaluates rules for one facility and one set of answers when scoring.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from tuoyu_desktop.facility import CLASS_TYPES, FacilityProfile
from tuoyu_desktop.forms.expr import BOOL, LIST, NUMBER, TEXT, Environment, ExprError, Function, Node, evaluate
from tuoyu_desktop.messages import Message
from tuoyu_desktop.records import format_points

if TYPE_CHECKING:
    from tuoyu_desktop.forms.model import Form
    from tuoyu_desktop.records import Answer

# Profile fields a rule may read, with their types (names as in FacilityProfile).
PROFILE_VARIABLES = {
    "places_total": NUMBER,
    "places_puhui": NUMBER,
    "staff_total": NUMBER,
    "caregivers_total": NUMBER,
    "caregivers_certified": NUMBER,
    "health_staff": NUMBER,
    "health_staff_fulltime": NUMBER,
    "health_staff_qualified": NUMBER,
    "cooks": NUMBER,
    "observation_room_m2": NUMBER,
    "observation_beds": NUMBER,
    "children_enrolled": NUMBER,
    "is_puhui": BOOL,
    "meals_on_site": BOOL,
    "facility_type": TEXT,
}

# The type of the value an item of each kind gives to rules.
KIND_TYPES = {"choice": TEXT, "number": NUMBER, "text": TEXT, "date": TEXT, "multi": LIST, "computed": BOOL}

SIGNATURES = {
    "class_count": Function((TEXT,), NUMBER),
    "children_in": Function((TEXT,), NUMBER),
    "caregivers_in": Function((TEXT,), NUMBER),
    "largest_class": Function((TEXT,), NUMBER),
    "most_children_per_caregiver": Function((TEXT,), NUMBER),
    "smallest_area": Function((TEXT,), NUMBER),
    "value": Function((TEXT,), "item", references_item=True),
    "answered": Function((TEXT,), BOOL, references_item=True),
    "selected": Function((TEXT, TEXT), BOOL, references_item=True),
    "count_selected": Function((TEXT,), NUMBER, references_item=True),
    "percent": Function((NUMBER, NUMBER), NUMBER),
    "min": Function((NUMBER, NUMBER), NUMBER),
    "max": Function((NUMBER, NUMBER), NUMBER),
    "ceil": Function((NUMBER,), NUMBER),
}
CLASS_FUNCTIONS = ("class_count", "children_in", "caregivers_in", "largest_class", "most_children_per_caregiver",
                   "smallest_area")

# What the user is asked to fill in when a rule cannot be worked out, by name the rule reads.
INPUT_LABELS = {
    "places_total": "总托位数",
    "places_puhui": "总托位数",
    "staff_total": "工作人员总数",
    "caregivers_total": "保育人员数",
    "caregivers_certified": "保育人员数",
    "health_staff": "工作人员总数",
    "health_staff_fulltime": "工作人员总数",
    "health_staff_qualified": "工作人员总数",
    "cooks": "工作人员总数",
    "observation_room_m2": "保健观察室面积",
    "observation_beds": "保健观察室面积",
    "children_enrolled": "班级（班型、在托人数、保育人员）",
    "classes": "班级（班型、在托人数、保育人员）",
    "class_area": "各班活动室面积",
}
# Profile numbers that are unknown (not entered) while another field is 0.
STAFF_FIELDS = ("staff_total", "caregivers_total", "caregivers_certified", "health_staff", "health_staff_fulltime",
                "health_staff_qualified", "cooks")
MULTI_FUNCTIONS = ("selected", "count_selected")

INFINITY = Decimal("Infinity")


def rule_environment(this_type: str | None = None) -> Environment:
    """Names a rule may use; ``this`` (the item's own value) only in constraints."""
    variables = dict(PROFILE_VARIABLES)
    if this_type is not None:
        variables["this"] = this_type
    return Environment(variables, SIGNATURES)


def check_rule(node: Node, item_kinds: Mapping[str, str], this_type: str | None = None) -> str:
    """Type-check a rule against the form's items; returns its type or raises ExprError."""
    result = rule_environment(this_type).check(node, {i: KIND_TYPES[k] for i, k in item_kinds.items()})
    _check_arguments(node, item_kinds)
    if result == LIST:
        raise ExprError(Message("expr.multi_value"))
    return result


def _check_arguments(node: Node, item_kinds: Mapping[str, str]) -> None:
    if node.op == "call" and node.args and node.args[0].op == "text":
        first = node.args[0].value
        if node.value in CLASS_FUNCTIONS and first not in CLASS_TYPES:
            raise ExprError(Message("expr.bad_class_type", name=node.value, value=repr(first), choices="、".join(CLASS_TYPES)))
        if node.value in MULTI_FUNCTIONS and item_kinds.get(first) != "multi":
            raise ExprError(Message("expr.multi_only", name=node.value, item=repr(first)))
        if node.value == "value" and item_kinds.get(first) == "multi":
            raise ExprError(Message("expr.use_selected", item=repr(first)))
    for arg in node.args:
        _check_arguments(arg, item_kinds)


def _none_safe(run: Callable[..., Any]) -> Callable[..., Any]:
    return lambda *args: None if None in args else run(*args)


class RuleContext:
    """Evaluates a form's rules against one facility profile and one set of answers."""

    def __init__(self, form: Form, answers: Mapping[str, Answer], profile: FacilityProfile | None):
        self.form = form
        self.answers = answers
        self.profile = profile
        self.variables = self._profile_variables(profile)
        runners = self._runners()
        self.functions = {name: Function(f.params, f.result, f.references_item, runners[name])
                          for name, f in SIGNATURES.items()}
        self._relevant: dict[str, bool] = {}
        self._computed: dict[str, Any] = {}

    @staticmethod
    def _profile_variables(profile: FacilityProfile | None) -> dict[str, Any]:
        """The profile as rules read it; a figure not entered yet is unknown (None), not 0.

        A new profile holds 0 everywhere: no classes means the class figures are unknown, no
        staff (工作人员总数 0) means every staff figure is, and so on, so a rule cannot pass
        or fail on numbers nobody gave.
        """
        if profile is None:
            return {}
        variables = {name: Decimal(str(getattr(profile, name))) if kind == NUMBER else getattr(profile, name)
                     for name, kind in PROFILE_VARIABLES.items()}
        unknown: list[str] = []
        if not profile.classes:
            unknown.append("children_enrolled")
        if profile.staff_total <= 0:
            unknown.extend(STAFF_FIELDS)
        elif profile.caregivers_total <= 0:
            unknown.extend(("caregivers_total", "caregivers_certified"))
        if profile.places_total <= 0:
            unknown.extend(("places_total", "places_puhui"))
        if profile.observation_room_m2 <= 0:
            unknown.extend(("observation_room_m2", "observation_beds"))
        for name in unknown:
            variables[name] = None
        return variables

    def _classes(self, class_type: str) -> list:
        return [] if self.profile is None else [c for c in self.profile.classes if c.class_type == class_type]

    def _per_caregiver(self, class_type: str) -> Decimal:
        ratios = [INFINITY if c.caregivers <= 0 else Decimal(c.children) / c.caregivers
                  for c in self._classes(class_type) if c.children > 0]
        return max(ratios, default=Decimal(0))

    def _smallest_area(self, class_type: str) -> Decimal | None:
        areas = [c.area_m2 for c in self._classes(class_type)]
        if not areas or any(a <= 0 for a in areas):
            return None  # no such class, or an area not entered
        return Decimal(str(min(areas)))

    def _needs_profile(self, rule: Callable[[str], Decimal | None]) -> Callable[[str], Decimal | None]:
        """Without a profile, or one with no classes yet, the class figures are unknown, not zero."""
        return lambda class_type: None if self.profile is None or not self.profile.classes else rule(class_type)

    def _runners(self) -> dict[str, Callable[..., Any]]:
        class_rules: dict[str, Callable[[str], Decimal | None]] = {
            "class_count": lambda t: Decimal(len(self._classes(t))),
            "children_in": lambda t: Decimal(sum(c.children for c in self._classes(t))),
            "caregivers_in": lambda t: Decimal(sum(c.caregivers for c in self._classes(t))),
            "largest_class": lambda t: Decimal(max((c.children for c in self._classes(t)), default=0)),
            "most_children_per_caregiver": self._per_caregiver,
            "smallest_area": self._smallest_area,
        }
        # Without a profile the class figures are unknown, not zero.
        runners: dict[str, Callable[..., Any]] = {
            name: self._needs_profile(rule) for name, rule in class_rules.items()}
        runners.update(
            value=self.value,
            answered=lambda item_id: self.value(item_id) is not None,
            selected=lambda item_id, option: option in self.selection(item_id),
            count_selected=lambda item_id: Decimal(len(self.selection(item_id))),
            percent=_none_safe(lambda a, b: None if b == 0 else a * 100 / b),
            min=_none_safe(min),
            max=_none_safe(max),
            ceil=_none_safe(lambda n: None if n in (INFINITY, -INFINITY) else Decimal(math.ceil(n))),
        )
        return runners

    def evaluate(self, node: Node | None, this: Any = None) -> Any:
        if node is None:
            return None
        variables = self.variables if this is None else {**self.variables, "this": this}
        return evaluate(node, variables, self.functions)

    def missing_inputs(self, item_id: str) -> tuple[str, ...]:
        """What the user must fill in for a computed item that cannot be worked out (labels)."""
        rule = self.form.item(item_id).calculation
        if rule is None or self.profile is None:
            return ("机构信息",) if rule is not None else ()
        found: list[str] = []
        stack = [rule.node]
        while stack:
            node = stack.pop()
            stack.extend(node.args)
            if node.op == "name" and node.value in PROFILE_VARIABLES and self.variables.get(node.value) is None:
                found.append(INPUT_LABELS.get(node.value, node.value))
            elif node.op == "call" and node.value in CLASS_FUNCTIONS:
                if not self.profile.classes:
                    found.append(INPUT_LABELS["classes"])
                elif node.value == "smallest_area" and node.args and node.args[0].op == "text" and any(
                        c.area_m2 <= 0 for c in self._classes(node.args[0].value)):
                    found.append(INPUT_LABELS["class_area"])
            elif node.op == "call" and node.value in ("value", "answered") and node.args:
                item = node.args[0].value if node.args[0].op == "text" else ""
                if item and self.form.has_item(item) and self.value(item) is None:
                    found.append(f"条目 {item}")
        return tuple(dict.fromkeys(reversed(found)))

    def relevant(self, item_id: str) -> bool:
        """Shown and counted; a rule whose inputs are unknown keeps the item shown."""
        if item_id not in self._relevant:
            rule = self.form.item(item_id).relevant
            self._relevant[item_id] = rule is None or self.evaluate(rule.node) is not False
        return self._relevant[item_id]

    def computed(self, item_id: str) -> Any:
        """A computed item's result: True (met), False (not met) or None (cannot tell yet)."""
        if item_id not in self._computed:
            rule = self.form.item(item_id).calculation
            self._computed[item_id] = self.evaluate(rule.node) if rule else None
        return self._computed[item_id]

    def value(self, item_id: str) -> Any:
        """An item's value as rules see it: None when hidden, N/A or unanswered."""
        item = self.form.item(item_id)
        if not self.relevant(item_id):
            return None
        if item.kind == "computed":
            return self.computed(item_id)
        answer = self.answers.get(item_id)
        if answer is None or answer.na or answer.value is None:
            return None
        return typed_value(item.kind, answer.value)

    def selection(self, item_id: str) -> list[str]:
        answer = self.answers.get(item_id)
        if answer is None or answer.na or not self.relevant(item_id):
            return []
        return decode_selection(answer.value)

    def explain(self, template: str) -> str:
        """Fill the ``{expression}`` places of an explanation with their values."""
        from tuoyu_desktop.forms.template import render

        return render(template, lambda node: display(self.evaluate(node)))


def typed_value(kind: str, stored: str) -> Any:
    if kind == "number":
        try:
            number = Decimal(stored)
        except ArithmeticError:
            return None
        return number if number.is_finite() else None  # "NaN", "Infinity" are not numbers people mean
    return stored


def decode_selection(stored: str | None) -> list[str]:
    if not stored:
        return []
    try:
        values = json.loads(stored)
    except json.JSONDecodeError:
        return []
    return [v for v in values if isinstance(v, str)] if isinstance(values, list) else []


def encode_selection(values: list[str]) -> str:
    return json.dumps(values, ensure_ascii=False)


def display(value: Any) -> str:
    """A rule value as people read it."""
    if value is None:
        return "—"
    if value is True:
        return "是"
    if value is False:
        return "否"
    if isinstance(value, Decimal):
        if value == INFINITY:
            return "∞"

        return format_points(value)
    return str(value)
