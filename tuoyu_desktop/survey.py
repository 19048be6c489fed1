"""The 家长满意度调查 index as the report and the CLI show it (no individual answers)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any


@dataclass(frozen=True)
class DimensionIndex:
    id: str
    title: str
    index: Decimal | None  # 0–100, None when no one rated any of its items
    ratings: int  # answered item ratings that went into it


MIN_SURVEY_RESPONDENTS = 5  # below this a report shows no index: it would be one family's answers


@dataclass(frozen=True)
class SurveyIndex:
    survey_id: str
    title: str
    period: str
    respondents: int
    first: str  # when the first and the last response were given ("" when none)
    last: str
    dimensions: tuple[DimensionIndex, ...]
    overall: Decimal | None

    def to_dict(self) -> dict[str, Any]:
        def number(value: Decimal | None) -> float | None:
            return None if value is None else float(value)

        return {"survey": self.survey_id, "title": self.title, "period": self.period,
                "respondents": self.respondents, "first": self.first, "last": self.last,
                "overall": number(self.overall),
                "dimensions": [{"id": d.id, "title": d.title, "index": number(d.index), "ratings": d.ratings}
                               for d in self.dimensions]}
