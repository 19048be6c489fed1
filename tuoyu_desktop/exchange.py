"""``assessment.json``: the machine-readable copy of a report, embedded in its PDF.

Whoever receives the signed PDF verifies it and imports this data from the one file. The
report prints its id and the SHA-256 of these exact bytes on the cover (and in its QR code), so
the page a person reads and the data a program reads can be checked against each other.

Versioning: ``schema_version`` is "MAJOR.MINOR". A reader accepts any minor version of the
majors it knows (new fields are ignored) and refuses a newer major with a clear message.
"""

from __future__ import annotations

import hashlib
import json
from decimal import Decimal
from typing import Any

from tuoyu_desktop import __version__
from tuoyu_desktop.errors import InvalidInput
from tuoyu_desktop.facility import FacilityProfile
from tuoyu_desktop.jsontext import dumps_indented
from tuoyu_desktop.messages import Message, text_of
from tuoyu_desktop.records import Answer, AssessmentRow
from tuoyu_desktop.scoring import Scores, Tally

SCHEMA_VERSION = "1.0"
SUPPORTED_MAJOR = 1
ATTACHMENT_NAME = "assessment.json"
QR_PREFIX = "tuoyu-report"


class ExchangeError(InvalidInput):
    """Embedded data that cannot be read; the message is for the user."""


def report_id(row: AssessmentRow) -> str:
    """One id per revision: a corrected, re-finalised report is a new report."""
    return f"{row.id}-r{row.revision}"


def _number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


def _tally(tally: Tally) -> dict[str, Any]:
    return {
        "earned": _number(tally.earned),
        "applicable_max": _number(tally.applicable_max),
        "percent": _number(tally.percent),
        "done": tally.done,
        "items": tally.total,
        "not_applicable": tally.na,
    }


def _answer(answer: Answer) -> dict[str, Any]:
    data: dict[str, Any] = {"value": answer.value}
    if answer.na:
        data.update(na=True, na_reason=answer.na_reason)
    if answer.comment:
        data["comment"] = answer.comment
    return data


def build_payload(
    profile: FacilityProfile,
    row: AssessmentRow,
    scores: Scores,
    answers: dict[str, Answer],
    generated_at: str,
    audit_head: str | None = None,
) -> dict[str, Any]:
    """Everything a receiver needs to check and import the assessment, and to re-render it."""
    form = scores.form
    return {
        "schema_version": SCHEMA_VERSION,
        "report_id": report_id(row),
        "kind": form.kind,
        "generated_at": generated_at,
        "generator": f"tuoyu-desktop {__version__}",
        "facility": profile.to_dict(),
        "assessment": {
            "id": row.id,
            "revision": row.revision,
            "period": row.period,
            "status": row.status,
            "created_at": row.created_at,
            "finalised_at": row.finalised_at,
        },
        "form": {"id": form.id, "version": form.version, "title": form.title, "hash": form.content_hash},
        "answers": {item_id: _answer(answer) for item_id, answer in sorted(answers.items())},
        "scores": {
            "total": _tally(scores.total),
            "grade": scores.grade.grade,
            "grade_label": scores.grade.label,
            "complete": scores.complete,
            "dimensions": [{"id": d.dimension.id, "title": d.dimension.title, **_tally(d.tally)} for d in scores.dimensions],
            "veto_failed": [r.item.id for r in scores.veto_failures],
            "gaps": [r.item.id for r in scores.gaps],
        },
        "form_snapshot": json.loads(form.snapshot),
        "audit_head": audit_head,
    }


def encode(payload: dict[str, Any]) -> bytes:
    """The exact bytes embedded and hashed: indented, keys sorted (``json.dumps``'s text)."""
    return dumps_indented(payload, indent=1, sort_keys=True).encode("utf-8")


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def qr_text(payload_id: str, sha256: str) -> str:
    return f"{QR_PREFIX}:{payload_id}:sha256:{sha256}"


def frozen_profile(frozen: str) -> FacilityProfile:
    """The facility as it was when the assessment was finalised."""
    return FacilityProfile.from_dict(json.loads(frozen)["facility"])


MAX_DATA_BYTES = 50 * 1024 * 1024


def decode(data: bytes) -> dict[str, Any]:
    """Parse embedded data, refusing what this version cannot read (damaged, deeply nested,
    huge numbers, wrong types) with a message, never a traceback."""
    if len(data) > MAX_DATA_BYTES:
        raise ExchangeError(Message("data.too_large"))
    try:
        payload = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:  # ValueError: also a number too long
        raise ExchangeError(Message("data.damaged")) from exc
    if not isinstance(payload, dict) or "schema_version" not in payload or "report_id" not in payload:
        raise ExchangeError(Message("data.not_ours"))
    _check_shape(payload)
    version = str(payload["schema_version"])
    try:
        major = int(version.split(".")[0])
    except ValueError:
        raise ExchangeError(Message("data.bad_version", version=version)) from None
    if major > SUPPORTED_MAJOR:
        raise ExchangeError(Message("data.newer", version=version, major=SUPPORTED_MAJOR))
    return payload


# What import and verification read, and the type each must have (a forged file must not make
# them fail with a traceback or read a list where a dictionary was meant).
_SHAPE: dict[str, type | tuple[type, ...]] = {
    "report_id": str, "kind": str, "facility": dict, "assessment": dict, "form": dict, "answers": dict,
    "scores": dict, "form_snapshot": dict,
}


def _check_shape(payload: dict[str, Any]) -> None:
    for key, wanted in _SHAPE.items():
        if key in payload and not isinstance(payload[key], wanted):
            raise ExchangeError(Message("data.bad_key", key=key))
    for item_id, answer in (payload.get("answers") or {}).items():
        if not isinstance(answer, dict):
            raise ExchangeError(Message("data.bad_answer", item=item_id))
    scores = payload.get("scores") or {}
    if "total" in scores and not isinstance(scores["total"], dict):
        raise ExchangeError(Message("data.bad_total"))


def answers_of(payload: dict[str, Any]) -> dict[str, Answer]:
    """The answers a payload carries, as the program stores them."""
    out = {}
    for item_id, raw in (payload.get("answers") or {}).items():
        value = raw.get("value")
        out[str(item_id)] = Answer(
            value=None if value is None else str(value), na=bool(raw.get("na", False)),
            na_reason=str(raw.get("na_reason", "") or ""), comment=str(raw.get("comment", "") or ""))
    return out


_FORMS: dict[str, Any] = {}  # snapshot SHA-256 → its Form: a batch's reports mostly share a few forms
_FORMS_KEPT = 16


def _form_of(snapshot: str, source: str) -> Any:
    """The form a snapshot builds, built once per distinct snapshot (by its content, so a report
    claiming another form's hash never gets that form); ``FormError`` as ``form_from_snapshot``."""
    import hashlib

    from tuoyu_desktop.forms import form_from_snapshot

    key = hashlib.sha256(snapshot.encode("utf-8")).hexdigest()
    form = _FORMS.pop(key, None)
    if form is None:
        form = form_from_snapshot(snapshot, source)
    _FORMS[key] = form  # newest last
    while len(_FORMS) > _FORMS_KEPT:
        del _FORMS[next(iter(_FORMS))]
    return form


def recomputation_problems(payload: dict[str, Any]) -> list[str]:
    """Score the payload's own answers against its own form snapshot and facility, and name
    every figure that differs from what it claims: a report is imported for what its answers
    say, not for what its score box says."""
    from tuoyu_desktop.forms import FormError
    from tuoyu_desktop.scoring import score

    snapshot = payload.get("form_snapshot")
    form_info = payload.get("form") or {}
    if not isinstance(snapshot, dict):
        return [Message("recompute.no_snapshot")]
    try:
        form = _form_of(json.dumps(snapshot, ensure_ascii=False), str(form_info.get("id", "")))
    except FormError as exc:
        return [Message("recompute.bad_snapshot", problem=exc.problems[0] if exc.problems else text_of(exc))]
    if form_info.get("hash") and form.content_hash != form_info.get("hash"):
        return [Message("recompute.snapshot_hash")]
    try:
        scores = score(form, answers_of(payload), FacilityProfile.from_dict(payload.get("facility") or {}))
    except (TypeError, ValueError, KeyError, AttributeError):
        return [Message("recompute.bad_data")]
    claimed = payload.get("scores") or {}
    total = claimed.get("total") or {}
    figures = {
        "recompute.grade": (claimed.get("grade"), scores.grade.grade if scores.grade else None),
        "recompute.earned": (total.get("earned"), _number(scores.total.earned)),
        "recompute.percent": (total.get("percent"), _number(scores.total.percent)),
        "recompute.veto_failed": (sorted(map(str, claimed.get("veto_failed") or [])),
                                   sorted(r.item.id for r in scores.veto_failures)),
    }
    return [Message("recompute.differs", name=Message(name), said=said, computed=computed)
            for name, (said, computed) in figures.items() if said != computed]
