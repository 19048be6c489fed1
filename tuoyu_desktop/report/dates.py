"""Times as the reports print them: ``2026年11月28日 10:53``."""

from __future__ import annotations

from datetime import datetime


def when(moment: datetime) -> str:
    """``moment`` in Chinese date format, to the minute."""
    return f"{moment.year}年{moment.month}月{moment.day}日 {moment:%H:%M}"


def when_text(value: str) -> str:
    """A stored ISO time in Chinese date format; text that is not a time is printed as it is."""
    try:
        return when(datetime.fromisoformat(value))
    except (TypeError, ValueError):
        return str(value or "")
