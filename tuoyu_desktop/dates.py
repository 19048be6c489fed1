"""Times and dates as reports and signature stamps print them: China Standard Time, ``2026年11月28日 10:53``.

A report travels to a district in China whatever clock the exporting computer runs on, so every
time it prints is converted to China Standard Time. That is a fixed UTC+08:00 (China has had no
daylight saving time since 1991), so no time-zone database (tzdata) is needed.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

CHINA = timezone(timedelta(hours=8), "CST")


def china_time(moment: datetime) -> datetime:
    """``moment`` in China Standard Time. A naive ``moment`` is this computer's local time,
    which is how the program stores times (``records.now``)."""
    return moment.astimezone(CHINA)


def day(moment: date) -> str:
    """A calendar date in Chinese format: ``2026年12月1日``."""
    return f"{moment.year}年{moment.month}月{moment.day}日"


def when(moment: datetime) -> str:
    """``moment`` in China Standard Time, Chinese format, to the minute: ``2026年11月28日 10:53``."""
    local = china_time(moment)
    return f"{day(local)} {local:%H:%M}"


def when_text(value: str | None) -> str:
    """A stored ISO date or time as the reports print it; other text is printed as it is.

    A date alone (a deadline, ``2026-12-01``) is a calendar day, not a moment, and is not converted.
    """
    text = str(value or "").strip()
    try:
        if len(text) == 10:
            return day(date.fromisoformat(text))
        return when(datetime.fromisoformat(text))
    except ValueError:
        return str(value or "")
