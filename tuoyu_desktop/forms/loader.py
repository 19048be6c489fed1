"""Load a form file, validate every part of it, and build the immutable model.

Errors name the file and the place, e.g.
``forms/wst821.yaml: dimensions[2].indicators[0].items[4].points: 必须是不小于 0 的数``,
and all of a file's problems are reported at once so an author can fix them in one pass.
"""

from __future__ import annotations

import hashlib
import json
import re
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from tuoyu_desktop.atomic import write_atomically
from tuoyu_desktop.errors import TuoyuError
from tuoyu_desktop.forms.expr import BOOL, ExprError, item_references
from tuoyu_desktop.forms.expr import parse as parse_expression
from tuoyu_desktop.forms.model import (
    ITEM_KINDS,
    KINDS,
    METHODS,
    OWN_CHOICE,
    PROVIDER_TYPES,
    SCORED_KINDS,
    Dimension,
    Form,
    GradeCutoff,
    Grading,
    Indicator,
    Item,
    Rule,
    Scale,
    ScaleOption,
)
from tuoyu_desktop.forms.rules import KIND_TYPES, SIGNATURES, check_rule
from tuoyu_desktop.forms.template import places as template_places
from tuoyu_desktop.messages import Joined, Message
from tuoyu_desktop.oserrors import describe as describe_os_error
from tuoyu_desktop.plainfiles import regular_size
from tuoyu_desktop.switches import collector_paused

FORMAT_VERSION = 2
# Format 1 files still load (old assessments pin them); format 2 asks for a source on every
# scored item and scores an N/A on a decisive item that may not be N/A as unanswered.
FORMAT_VERSIONS = (1, 2)
MAX_SOURCE_CHARS = 200
STANDARD_CODE = re.compile(r"\b(?:GB|WS|DB|T)(?:\s*\d*\s*/\s*T)?\s*\d+", re.IGNORECASE)
MAX_FORM_BYTES = 32 * 1024 * 1024  # large is not hostile: a 20,000-item form is about 7 MB of YAML
MAX_NAME_LENGTH = 64  # form ids and versions: they become file names
_CONTROL_CHARACTER = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")  # all but tab, line feed, return


class FormError(TuoyuError):
    """A form that cannot be used; ``problems`` lists every place that is wrong."""

    def __init__(self, source: str, problems: list[str]):
        self.source = source
        self.problems = problems
        super().__init__("\n".join(f"{source}: {p}" for p in problems))


class _Checker:
    """Collects problems while walking the document, so one pass reports them all."""

    def __init__(self) -> None:
        self.problems: list[str] = []

    def fail(self, where: str, message: str) -> None:
        self.problems.append(Message("form.at", where=where, problem=message) if where else message)

    def text(self, node: dict, key: str, where: str, required: bool = True) -> str:
        value = node.get(key)
        if value is None:
            if required:
                self.fail(_join(where, key), Message("form.missing"))
            return ""
        if not isinstance(value, str):
            self.fail(_join(where, key), Message("form.not_text"))
            return str(value)
        if required and not value.strip():
            self.fail(_join(where, key), Message("form.empty"))
        if _CONTROL_CHARACTER.search(value):
            self.fail(_join(where, key), Message("form.control_chars"))
        return value.strip()

    def number(self, node: dict, key: str, where: str, low: Decimal, high: Decimal | None = None) -> Decimal:
        value = node.get(key)
        place = _join(where, key)
        if isinstance(value, bool) or not isinstance(value, (int, float, str)):
            self.fail(place, Message("form.missing_number") if value is None else Message("form.not_number"))
            return Decimal(0)
        try:
            number = Decimal(str(value))
        except InvalidOperation:
            self.fail(place, Message("form.not_number"))
            return Decimal(0)
        if not number.is_finite():
            self.fail(place, Message("form.not_finite"))
            return Decimal(0)
        if number < low:
            self.fail(place, Message("form.below", low=low))
        if high is not None and number > high:
            self.fail(place, Message("form.above", high=high))
        return number

    def mapping_list(self, node: dict, key: str, where: str) -> list[dict]:
        value = node.get(key)
        place = _join(where, key)
        if not isinstance(value, list) or not value:
            self.fail(place, Message("form.not_list"))
            return []
        good = []
        for index, entry in enumerate(value):
            if isinstance(entry, dict):
                good.append(entry)
            else:
                self.fail(f"{place}[{index}]", Message("form.not_mapping"))
        return good

    def unique_id(self, seen: set[str], value: str, where: str) -> None:
        if value in seen:
            self.fail(_join(where, "id"), Message("form.duplicate_id", value=repr(value)))
        seen.add(value)


def _join(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key


# Item keys whose default needs no writing: a file that spells them out is the same form.
ITEM_DEFAULTS = {"kind": "choice", "veto": False, "required": True}


def canonical_json(document: Any) -> str:
    """The form's canonical text: what is hashed and stored as the snapshot."""
    return json.dumps(normalize(document), ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)


def normalize(document: Any) -> Any:
    """The same form written one way: whole numbers as integers, no empty or default item keys.

    YAML, a spreadsheet and a snapshot then give the same canonical text and hash.
    """
    if isinstance(document, dict):
        is_item = "text" in document and "id" in document
        if is_item and isinstance(document.get("source"), list):  # one way to write several sources
            document = {**document, "source": "；".join(str(s).strip() for s in document["source"])}
        return {
            key: normalize(value)
            for key, value in document.items()
            if value not in ("", None, []) and not (is_item and ITEM_DEFAULTS.get(key, ...) == value)
        }
    if isinstance(document, list):
        return [normalize(value) for value in document]
    if isinstance(document, float) and document.is_integer():
        return int(document)
    return document


@collector_paused()  # a big form is a few hundred thousand objects that all live on: nothing to collect
def load_form(path: str | Path, cache: Path | None = None) -> Form:
    """Read and validate a YAML form file; raise ``FormError`` naming every problem.

    With a ``cache`` folder, a file read before (the same bytes, by SHA-256) is rebuilt from the
    snapshot kept there instead of parsing its YAML again (about 20 ms per 1,000 items, read from
    libyaml's events; the snapshot's JSON a tenth of that). See :func:`cached_form`.
    """
    path = Path(path)
    source = str(path)
    try:
        if regular_size(path) > MAX_FORM_BYTES:
            raise FormError(source, [Message("form.too_large", mb=MAX_FORM_BYTES // (1024 * 1024))])
        raw = path.read_bytes()
    except OSError as exc:
        raise FormError(source, [Message("form.unreadable", detail=describe_os_error(exc))]) from exc
    if cache is None:
        return _parse_form(raw, source)
    file_hash = hashlib.sha256(raw).hexdigest()
    form = cached_form(cache, file_hash, source)
    if form is None:
        form = _parse_form(raw, source)
        keep_form(cache, file_hash, form)
    return form


# -- the snapshot cache ---------------------------------------------------------------------
# One JSON file per form file content, named by the SHA-256 of the file's bytes:
#   {"file_sha256": …, "loader": …, "content_hash": …, "snapshot": "<canonical JSON>"}
# An entry is used only when its recorded file hash is the file's, it was written by this very
# loader (a digest of the forms code and the program version), and its snapshot hashes to its
# content hash; the snapshot is then validated and built exactly as a pinned form is. Anything
# else (damaged, foreign, stale, unreadable) is ignored and the entry rewritten. Only forms that
# validated are kept: a broken file is parsed (and its problems reported) every time.
CACHE_ENTRIES = 64  # the newest are kept; older ones (edited forms) are removed
_LOADER_SOURCES = ("loader.py", "yaml_events.py", "model.py", "rules.py", "expr.py", "template.py")
_loader_digest: str | None = None


def loader_digest() -> str:
    global _loader_digest
    if _loader_digest is None:
        from tuoyu_desktop import __version__

        digest = hashlib.sha256(__version__.encode())
        folder = Path(__file__).resolve().parent
        for name in _LOADER_SOURCES:
            try:
                digest.update((folder / name).read_bytes())
            except OSError:
                pass
        _loader_digest = digest.hexdigest()
    return _loader_digest


def cached_form(cache: Path, file_hash: str, source: str) -> Form | None:
    """The form kept for a file whose bytes hash to ``file_hash``, or None."""
    try:
        entry = json.loads((cache / f"{file_hash}.json").read_text(encoding="utf-8"))
        snapshot = entry["snapshot"]
        if (entry["file_sha256"] != file_hash or entry["loader"] != loader_digest() or not isinstance(snapshot, str)
                or hashlib.sha256(snapshot.encode("utf-8")).hexdigest() != entry["content_hash"]):
            return None
        form = build_form(json.loads(snapshot), source, snapshot=snapshot)
    except (OSError, ValueError, TypeError, KeyError, AttributeError, RecursionError, FormError):
        return None
    return form if form.content_hash == entry["content_hash"] else None


def keep_form(cache: Path, file_hash: str, form: Form) -> None:
    """Keep a validated form's snapshot (best effort: a read-only folder costs the next load its parse)."""
    entry = {"file_sha256": file_hash, "loader": loader_digest(), "content_hash": form.content_hash,
             "snapshot": form.snapshot}
    try:
        write_atomically(cache / f"{file_hash}.json", json.dumps(entry, ensure_ascii=False).encode("utf-8"),
                         make_parents=True)
        kept = sorted(cache.glob("*.json"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in kept[CACHE_ENTRIES:]:
            old.unlink()
    except OSError:
        pass


def _parse_form(raw: bytes, source: str) -> Form:
    import yaml  # only form files need it: pinned forms are JSON snapshots

    from tuoyu_desktop.forms import yaml_events

    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FormError(source, [Message("form.not_utf8")]) from exc
    try:
        document = yaml_events.load(text, _yaml_loader())
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        place = Message("form.line_column", line=mark.line + 1, column=mark.column + 1) if mark else "YAML"
        raise FormError(source, [Message("form.yaml_error", place=place, problem=getattr(exc, "problem", None) or exc)]) from exc
    except (ValueError, OverflowError) as exc:  # e.g. an integer of thousands of digits
        raise FormError(source, [Message("form.yaml_number", detail=str(exc)[:80])]) from exc
    except RecursionError as exc:  # PyYAML constructs recursively; libyaml allows 1,000 levels
        raise FormError(source, [Message("form.too_deep")]) from exc
    return build_form(document, source)


_LOADER: Any = None


def _yaml_loader():
    """libyaml's loader where available (about six times faster than the pure-Python one),
    refusing a key given twice in one mapping instead of silently keeping the last."""
    global _LOADER
    if _LOADER is None:
        import yaml

        class FormLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
            pass

        FormLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_without_duplicates)
        _LOADER = FormLoader
    return _LOADER


def _mapping_without_duplicates(loader: Any, node: Any) -> dict:
    import yaml

    loader.flatten_mapping(node)
    seen: dict[Any, int] = {}
    for key_node, _value in node.value:
        key = loader.construct_object(key_node, deep=True)
        try:
            first = seen.setdefault(key, key_node.start_mark.line + 1)
        except TypeError:  # an unhashable key: the mapping constructor says so
            break
        if first != key_node.start_mark.line + 1:
            raise yaml.constructor.ConstructorError(
                None, None, Message("form.duplicate_key", key=key, first=first), key_node.start_mark)
    return loader.construct_mapping(node, deep=True)


def write_form_yaml(document: dict, target: Path) -> None:
    """Write a form document as YAML, all or nothing (a temporary file moved into place)."""
    import yaml

    text = yaml.safe_dump(normalize(document), allow_unicode=True, sort_keys=False, width=1000)
    write_atomically(target, text.encode("utf-8"), make_parents=True)


@collector_paused()
def form_from_snapshot(snapshot: str, source: str = "snapshot", content_hash: str | None = None) -> Form:
    """Rebuild a form from the canonical JSON an assessment pinned.

    ``content_hash``: the hash the snapshot was stored under. When the text still has it, it is
    the canonical text the hash was made from, and is not made again (a sixth of the time at
    5,000 items); any other text is made canonical as usual.
    """
    try:
        document = json.loads(snapshot)
    except json.JSONDecodeError as exc:
        raise FormError(source, [Message("form.bad_snapshot", detail=exc)]) from exc
    canonical = None
    if content_hash is not None and hashlib.sha256(snapshot.encode("utf-8")).hexdigest() == content_hash:
        canonical = snapshot
    return build_form(document, source, snapshot=canonical)


def build_form(document: Any, source: str, snapshot: str | None = None) -> Form:
    """Validate a parsed document and build the form, or raise ``FormError``.

    ``snapshot``: the document's canonical text when the caller has it already (a cached form
    whose text was checked against its hash), saving its making.
    """
    check = _Checker()
    if not isinstance(document, dict):
        raise FormError(source, [Message("form.top_not_mapping")])

    fmt = document.get("schema")
    if isinstance(fmt, bool) or fmt not in FORMAT_VERSIONS:
        check.fail("schema", Message("form.schema", choices=Joined(map(str, FORMAT_VERSIONS), " 或 "), current=FORMAT_VERSION))
        fmt = FORMAT_VERSION
    form_id = check.text(document, "id", "")
    if form_id and not all(c.isascii() and (c.isalnum() or c in "-_.") for c in form_id):
        check.fail("id", Message("form.bad_id"))
    version = check.text(document, "version", "")
    for key, value in (("id", form_id), ("version", version)):
        if len(value) > MAX_NAME_LENGTH:  # both become file names
            check.fail(key, Message("form.too_long", length=len(value), limit=MAX_NAME_LENGTH))
    kind = check.text(document, "kind", "")
    if kind and kind not in KINDS:
        check.fail("kind", Message("form.bad_kind", choices=" / ".join(KINDS)))
    title = check.text(document, "title", "")
    standard = check.text(document, "standard", "", required=False)
    notice = check.text(document, "notice", "", required=False)

    provider_types = _provider_types(check, document)
    scales = _scales(check, document)
    survey = kind == "survey"
    if survey and "grading" not in document:  # a survey gives an index, not a grade
        grading = Grading(cutoffs=(GradeCutoff("—", Decimal(0), ""),), veto_grade="—")
    else:
        grading = _grading(check, document)
    dimensions = _dimensions(check, document, {s.id: s for s in scales}, fmt, survey)

    total = sum((d.points for d in dimensions), Decimal(0))
    if "total_points" in document:
        declared = check.number(document, "total_points", "", Decimal(0))
        if declared != total:
            check.fail("total_points", Message("form.total_points", declared=declared, total=total))
    if check.problems:
        raise FormError(source, check.problems)

    if snapshot is None:
        snapshot = canonical_json(document)
    return Form(
        id=form_id,
        version=version,
        kind=kind,
        title=title,
        standard=standard,
        notice=notice,
        total_points=total,
        scales=tuple(scales),
        grading=grading,
        dimensions=tuple(dimensions),
        content_hash=hashlib.sha256(snapshot.encode("utf-8")).hexdigest(),
        snapshot=snapshot,
        schema=fmt,
        provider_types=provider_types,
    )


def _provider_types(check: _Checker, document: dict) -> tuple[str, ...]:
    """``provider_types``: the facility types (机构类型) the form is meant for; absent = any."""
    value = document.get("provider_types")
    if value is None:
        return ()
    if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
        check.fail("provider_types", Message("form.provider_types", example="家庭托育点"))
        return ()
    unknown = [v for v in value if v not in PROVIDER_TYPES]
    if unknown:
        check.fail("provider_types", Message("form.unknown_provider", unknown="、".join(unknown), choices="、".join(PROVIDER_TYPES)))
    return tuple(v for v in value if v in PROVIDER_TYPES)


def source_problem(source: str) -> str:
    """Why ``source`` is not a clause or document the app can show, or "" when it is."""
    if "\n" in source or "\r" in source:
        return Message("form.source_one_line")
    if len(source) > MAX_SOURCE_CHARS:
        return Message("form.source_too_long", limit=MAX_SOURCE_CHARS)
    if "://" in source or source.lower().startswith("www."):
        return Message("form.source_url")
    has_cjk = any("\u4e00" <= c <= "\u9fff" for c in source)
    if not has_cjk and not STANDARD_CODE.search(source):
        return Message("form.source_unknown", standard="WS/T 821—2023 5.1.5", document="托育机构设置标准（试行）第十条",
                       own=OWN_CHOICE)
    return ""


def _scales(check: _Checker, document: dict) -> list[Scale]:
    scales = []
    seen: set[str] = set()
    for s_index, node in enumerate(check.mapping_list(document, "scales", "")):
        where = f"scales[{s_index}]"
        scale_id = check.text(node, "id", where)
        check.unique_id(seen, scale_id, where)
        options = []
        values: set[str] = set()
        for o_index, opt in enumerate(check.mapping_list(node, "options", where)):
            o_where = f"{where}.options[{o_index}]"
            value = check.text(opt, "value", o_where)
            if value in values:
                check.fail(_join(o_where, "value"), Message("form.duplicate_value", value=repr(value)))
            values.add(value)
            options.append(
                ScaleOption(
                    value=value,
                    label=check.text(opt, "label", o_where),
                    ratio=check.number(opt, "ratio", o_where, Decimal(0), Decimal(1)),
                )
            )
        if options and not any(o.full_marks for o in options):
            check.fail(_join(where, "options"), Message("form.no_full_option"))
        scales.append(Scale(id=scale_id, label=check.text(node, "label", where, required=False), options=tuple(options)))
    return scales


def _grading(check: _Checker, document: dict) -> Grading:
    node = document.get("grading")
    if not isinstance(node, dict):
        check.fail("grading", Message("form.no_grading"))
        return Grading(cutoffs=(GradeCutoff("D", Decimal(0), ""),), veto_grade="D")
    cutoffs = []
    for index, entry in enumerate(check.mapping_list(node, "cutoffs", "grading")):
        where = f"grading.cutoffs[{index}]"
        cutoffs.append(
            GradeCutoff(
                grade=check.text(entry, "grade", where),
                min_percent=check.number(entry, "min_percent", where, Decimal(0), Decimal(100)),
                label=check.text(entry, "label", where, required=False),
            )
        )
    grades = [c.grade for c in cutoffs]
    if len(set(grades)) != len(grades):
        check.fail("grading.cutoffs", Message("form.duplicate_grades"))
    if any(a.min_percent <= b.min_percent for a, b in zip(cutoffs, cutoffs[1:], strict=False)):
        check.fail("grading.cutoffs", Message("form.cutoff_order"))
    if cutoffs and cutoffs[-1].min_percent != 0:
        check.fail("grading.cutoffs", Message("form.last_cutoff"))
    veto_grade = check.text(node, "veto_grade", "grading")
    if veto_grade and grades and veto_grade not in grades:
        check.fail("grading.veto_grade", Message("form.unknown_grade", grade=repr(veto_grade), grades=", ".join(grades)))
    return Grading(cutoffs=tuple(cutoffs), veto_grade=veto_grade)


def _dimensions(check: _Checker, document: dict, scales: dict[str, Scale], fmt: int,
                survey: bool = False) -> list[Dimension]:
    dimensions = []
    ids: set[str] = set()
    places: dict[str, str] = {}
    for d_index, d_node in enumerate(check.mapping_list(document, "dimensions", "")):
        d_where = f"dimensions[{d_index}]"
        d_id = check.text(d_node, "id", d_where)
        check.unique_id(ids, d_id, d_where)
        points = check.number(d_node, "points", d_where, Decimal(0)) if "points" in d_node or not survey else None
        indicators = []
        for i_index, i_node in enumerate(check.mapping_list(d_node, "indicators", d_where)):
            i_where = f"{d_where}.indicators[{i_index}]"
            i_id = check.text(i_node, "id", i_where)
            check.unique_id(ids, i_id, i_where)
            items = []
            for t_index, it_node in enumerate(check.mapping_list(i_node, "items", i_where)):
                item = _item(check, it_node, f"{i_where}.items[{t_index}]", ids, scales, d_id, i_id, fmt, survey)
                places.setdefault(item.id, f"{i_where}.items[{t_index}]")
                items.append(item)
            indicators.append(Indicator(id=i_id, title=check.text(i_node, "title", i_where), items=tuple(items)))
        if points is None:  # a survey dimension weighs its items equally
            points = sum((item.points for i in indicators for item in i.items), Decimal(0))
        dimension = Dimension(
            id=d_id,
            title=check.text(d_node, "title", d_where),
            points=points,
            description=check.text(d_node, "description", d_where, required=False),
            indicators=tuple(indicators),
        )
        item_total = sum((item.points for item in dimension.items), Decimal(0))
        if indicators and item_total != points:
            check.fail(_join(d_where, "points"), Message("form.dimension_points", points=points, total=item_total))
        dimensions.append(dimension)
    _check_rules(check, dimensions, places)
    return dimensions


def _item(
    check: _Checker,
    node: dict,
    where: str,
    ids: set[str],
    scales: dict[str, Scale],
    dimension_id: str,
    indicator_id: str,
    fmt: int = FORMAT_VERSION,
    survey: bool = False,
) -> Item:
    item_id = check.text(node, "id", where)
    check.unique_id(ids, item_id, where)
    kind = node.get("kind", "choice")
    if kind not in ITEM_KINDS:
        check.fail(_join(where, "kind"), Message("form.bad_item_kind", kind=repr(kind), choices=" / ".join(ITEM_KINDS)))
        kind = "choice"
    scale = _item_scale(check, node, where, kind, scales)
    methods = node.get("methods", [])
    if not isinstance(methods, list) or not all(isinstance(m, str) for m in methods):
        check.fail(_join(where, "methods"), Message("form.methods"))
        methods = []
    for method in methods:
        if method not in METHODS:
            check.fail(_join(where, "methods"), Message("form.bad_method", method=repr(method), choices=" / ".join(METHODS)))
    if survey:
        _survey_item(check, node, where, kind, scale)
    if survey and "points" not in node:
        points = Decimal(1)  # a survey's items count equally unless weighted
    else:
        points = check.number(node, "points", where, Decimal(0)) if "points" in node or kind in SCORED_KINDS else Decimal(0)
    if points and kind not in SCORED_KINDS:
        check.fail(_join(where, "points"), Message("form.points_not_scored", kind=kind))
    veto = _flag(check, node, "veto", where, False)
    if veto and kind not in SCORED_KINDS:
        check.fail(_join(where, "veto"), Message("form.veto_scored_only"))
    if veto and not all(o.ratio in (0, 1) for o in scale.options):
        check.fail(_join(where, "veto"), Message("form.veto_two_levels"))
    calculation = _rule(check, node, "calculation", where)
    if kind == "computed" and calculation is None and "calculation" not in node:
        check.fail(_join(where, "calculation"), Message("form.no_calculation"))
    if kind != "computed" and "calculation" in node:
        check.fail(_join(where, "calculation"), Message("form.calculation_computed_only"))
    constraint = _rule(check, node, "constraint", where)
    if constraint is not None and kind in ("computed", "multi"):
        check.fail(_join(where, "constraint"), Message("form.no_constraint", kind=kind))
    na_allowed, na_allowed_reason = _na_allowed(check, node, where, kind, veto)
    source = _source(check, node, where, required=fmt >= 2 and kind in SCORED_KINDS)
    explain = check.text(node, "explain", where, required=False)
    try:
        template_places(explain)
    except ExprError as exc:
        check.fail(_join(where, "explain"), Message("form.explain_expression", detail=exc))
    return Item(
        id=item_id,
        text=check.text(node, "text", where),
        guidance=check.text(node, "guidance", where, required=False),
        methods=tuple(methods),
        points=points,
        scale=scale,
        veto=veto,
        dimension_id=dimension_id,
        indicator_id=indicator_id,
        kind=kind,
        required=_flag(check, node, "required", where, True),
        relevant=_rule(check, node, "relevant", where),
        calculation=calculation,
        explain=explain,
        constraint=constraint,
        constraint_message=check.text(node, "constraint_message", where, required=False),
        unit=check.text(node, "unit", where, required=False),
        na_allowed=na_allowed,
        na_allowed_reason=na_allowed_reason,
        source=source,
    )


def _survey_item(check: _Checker, node: dict, where: str, kind: str, scale: Scale) -> None:
    """A survey item is a rating on a scale: anonymous, never decisive."""
    if kind != "choice":
        check.fail(_join(where, "kind"),
                   Message("form.survey_choice_only", kind=kind))
    if node.get("veto") is True:
        check.fail(_join(where, "veto"), Message("form.survey_no_veto"))
    if kind == "choice" and scale.options and len({o.ratio for o in scale.options}) < 3:
        check.fail(_join(where, "scale"), Message("form.survey_scale", example="非常满意 … 非常不满意"))


def _na_allowed(check: _Checker, node: dict, where: str, kind: str, veto: bool) -> tuple[bool, str]:
    """May the item be 不适用: by default every item but a decisive one.

    A decisive item that may be N/A must say why in ``na_allowed_reason``; a computed item is
    worked out, never N/A.
    """
    allowed = _flag(check, node, "na_allowed", where, not veto)
    reason = check.text(node, "na_allowed_reason", where, required=False)
    if kind == "computed" and "na_allowed" in node:
        check.fail(_join(where, "na_allowed"), Message("form.computed_na"))
        return False, ""
    if veto and allowed and not reason:
        check.fail(_join(where, "na_allowed"),
                   Message("form.veto_na"))
    if reason and not allowed:
        check.fail(_join(where, "na_allowed_reason"), Message("form.na_reason_only"))
    return allowed and kind != "computed", reason


def _source(check: _Checker, node: dict, where: str, required: bool) -> str:
    """``source``: the clause or document, one text or a list of them."""
    value = node.get("source")
    place = _join(where, "source")
    if value is None:
        if required:
            check.fail(place, Message("form.no_source", standard="WS/T 821—2023 5.1.5", own="本表自定"))
        return ""
    parts = value if isinstance(value, list) else [value]
    if not parts or not all(isinstance(p, str) and p.strip() for p in parts):
        check.fail(place, Message("form.source_text"))
        return ""
    for part in parts:
        problem = source_problem(part.strip())
        if problem:
            check.fail(place, problem)
    return "；".join(p.strip() for p in parts)


def _item_scale(check: _Checker, node: dict, where: str, kind: str, scales: dict[str, Scale]) -> Scale:
    """The item's answer scale; choice and multi items need one, other kinds take none."""
    scale_id = node.get("scale")
    if kind not in ("choice", "multi"):
        if scale_id is not None:
            check.fail(_join(where, "scale"), Message("form.no_scale", kind=kind))
        return Scale(id="", label="", options=())
    scale_id = check.text(node, "scale", where)
    scale = scales.get(scale_id)
    if scale is None:
        if scale_id:
            check.fail(_join(where, "scale"), Message("form.unknown_scale", scale=repr(scale_id), scales=", ".join(scales) or Message("form.none")))
        return Scale(id=scale_id, label="", options=())
    return scale


def _flag(check: _Checker, node: dict, key: str, where: str, default: bool) -> bool:
    value = node.get(key, default)
    if not isinstance(value, bool):
        check.fail(_join(where, key), Message("form.not_bool"))
        return default
    return value


def _rule(check: _Checker, node: dict, key: str, where: str) -> Rule | None:
    """Parse a rule; its types are checked once every item of the form is known."""
    if key not in node:
        return None
    source = node[key]
    if isinstance(source, bool):
        source = "true" if source else "false"
    if not isinstance(source, str):
        check.fail(_join(where, key), Message("form.not_expression"))
        return None
    try:
        return Rule(source=source.strip(), node=parse_expression(source))
    except ExprError as exc:
        check.fail(_join(where, key), Message("form.expression", detail=exc))
        return None


def _check_rules(check: _Checker, dimensions: list[Dimension], places: dict[str, str]) -> None:
    """Type-check every rule against the whole form and refuse cyclic dependencies."""
    items = [item for d in dimensions for item in d.items]
    kinds = {item.id: item.kind for item in items}
    for item in items:
        where = places[item.id]
        for key, rule, this_type in (
            ("relevant", item.relevant, None),
            ("calculation", item.calculation, None),
            ("constraint", item.constraint, KIND_TYPES[item.kind]),
        ):
            if rule is None:
                continue
            try:
                result = check_rule(rule.node, kinds, this_type)
            except ExprError as exc:
                check.fail(_join(where, key), Message("form.expression", detail=exc))
                continue
            if result != BOOL:
                check.fail(_join(where, key), Message("form.not_boolean", example='children_in("托小班") > 0'))
        for node in _template_nodes(item.explain):
            try:
                check_rule(node, kinds)
            except ExprError as exc:
                check.fail(_join(where, "explain"), Message("form.explain_expression", detail=exc))
    cycle = _find_cycle(items)
    if cycle:
        shown = cycle if len(cycle) <= 8 else [*cycle[:4], Message("form.cycle_more", count=len(cycle) - 1), *cycle[-3:]]
        check.fail(places[cycle[0]], Message("form.cycle", items=Joined(shown, " → ")))


def _template_nodes(template: str) -> list:
    try:
        return template_places(template)
    except ExprError:
        return []  # already reported where the item was read


def _find_cycle(items: list[Item]) -> list[str] | None:
    """A dependency cycle through relevance and calculation rules, as a path of ids."""
    edges = {}
    known = {i.id for i in items}  # once, not per item: a 5,000-item form took seconds
    for item in items:
        refs: set[str] = set()
        for rule in (item.relevant, item.calculation):
            if rule is not None:
                refs |= item_references(rule.node, SIGNATURES)
        edges[item.id] = sorted(refs & known)
    # Depth-first search with an explicit stack: a long chain of rules must not exhaust
    # Python's recursion limit.
    done: set[str] = set()
    for start in (item.id for item in items):
        if start in done:
            continue
        path: list[str] = [start]
        on_path = {start}
        pending = [iter(edges[start])]
        while pending:
            target = next(pending[-1], None)
            if target is None:
                finished = path.pop()
                on_path.discard(finished)
                done.add(finished)
                pending.pop()
                continue
            if target in on_path:
                return path[path.index(target):] + [target]
            if target not in done:
                path.append(target)
                on_path.add(target)
                pending.append(iter(edges[target]))
    return None
