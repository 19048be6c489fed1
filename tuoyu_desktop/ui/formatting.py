"""How numbers, grades, dates and periods are written on screen."""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from tuoyu_desktop.records import format_points
from tuoyu_desktop.scoring import ItemResult, Scores, Tally


def percent(value: Decimal) -> str:
    return f"{value:.1f}%"


def score_text(tally: Tally) -> str:
    """``812.5 / 1000 (81.3%)``: earned over applicable points."""
    return QCoreApplication.translate("Formatting", "{earned} / {max} ({percent})").format(
        earned=format_points(tally.earned), max=format_points(tally.applicable_max), percent=percent(tally.percent))


def grade_text(scores: Scores) -> str:
    """``B 良好`` plus a provisional note while items remain open; none before any answer."""
    from tuoyu_desktop.ui import i18n
    from tuoyu_desktop.ui.terms import term

    if not scores.graded:
        return QCoreApplication.translate("Formatting", "No grade yet")
    label = scores.grade.label
    if i18n.current_language() == "en":
        # The form's grade words are Chinese data: show the known ones in English, drop the others.
        label = term(label) if term(label) != label else ""
    text = f"{scores.grade.grade} {label}".strip()
    if not scores.complete:
        text += QCoreApplication.translate("Formatting", " (provisional)")
    return text


def answer_label(result: ItemResult) -> str:
    """What was answered, as the user chose it (or what the rule found for computed items)."""
    if result.option is not None:
        return result.option.label
    if result.item.kind == "computed":
        if result.computed is True:
            return QCoreApplication.translate("Formatting", "Met (computed)")
        if result.computed is False:
            return QCoreApplication.translate("Formatting", "Not met (computed)")
        return QCoreApplication.translate("Formatting", "Unknown (computed)")
    if result.answer.na:
        return QCoreApplication.translate("Formatting", "N/A")
    return result.answer.value or ""


def status_text(status: str) -> str:
    names = {
        "draft": QCoreApplication.translate("Formatting", "In progress"),
        "final": QCoreApplication.translate("Formatting", "Finalised"),
        "finalised": QCoreApplication.translate("Formatting", "Finalised"),
        "signed": QCoreApplication.translate("Formatting", "Signed"),
    }
    return names.get(status, status)


def when(stamp: str) -> str:
    """An ISO time stamp as ``2026-05-01 14:03``."""
    try:
        return datetime.fromisoformat(stamp).strftime("%Y-%m-%d %H:%M")
    except (TypeError, ValueError):
        return stamp or ""


def clock(stamp: str) -> str:
    """The time of day of an ISO stamp: ``14:03:22``."""
    try:
        return datetime.fromisoformat(stamp).strftime("%H:%M:%S")
    except (TypeError, ValueError):
        return datetime.now().strftime("%H:%M:%S")


def current_period(today: date | None = None) -> str:
    """The half-year an assessment is usually named after: ``2026年下半年``."""
    today = today or date.today()
    return f"{today.year}年{'上' if today.month <= 6 else '下'}半年"


_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def safe_filename(text: str) -> str:
    cleaned = _UNSAFE.sub("_", text).strip(" ._")
    return cleaned or "report"
