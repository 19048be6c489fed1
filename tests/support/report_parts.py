"""Inputs of the report writers built directly (no workspace, no services), and PDF read-back helpers."""

from __future__ import annotations

import dataclasses
import io
import re
from pathlib import Path
from typing import Any

from PIL import Image
from pypdf import PdfReader

from tuoyu_desktop.facility import FacilityProfile
from tuoyu_desktop.forms import load_form
from tuoyu_desktop.paths import bundled_forms_dir
from tuoyu_desktop.records import Answer, AssessmentRow
from tuoyu_desktop.scoring import score

MINI_FORM = Path(__file__).resolve().parent.parent / "data" / "mini_form.yaml"


def jpeg(size: tuple[int, int] = (320, 240), colour: str = "teal") -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, "JPEG", quality=70)
    return out.getvalue()


def profile(**changes: Any) -> FacilityProfile:
    return dataclasses.replace(FacilityProfile(name="阳光宝贝托育中心", director="李红梅", district="北京市朝阳区"),
                               **changes)


def row(form, status: str = "finalised", **changes: Any) -> AssessmentRow:
    values: dict[str, Any] = dict(id="a1", facility_id=1, form_id=form.id, form_version=form.version,
                                  form_hash="ab" * 32, period="2026年下半年", status=status,
                                  created_at="2026-11-20T09:30:00", updated_at="2026-11-20T11:00:00",
                                  finalised_at="2026-11-20T11:00:00" if status == "finalised" else None)
    values.update(changes)
    return AssessmentRow(**values)


def mini_parts(answers: dict[str, Answer] | None = None, status: str = "finalised"):
    """(profile, row, scores) of the small test form; by default 1.1.2 and 2.1.1 are gaps."""
    form = load_form(MINI_FORM)
    given = {"1.1.1": Answer("yes"), "1.1.2": Answer("partial", comment="备案回执待补"), "1.2.1": Answer("met"),
             "2.1.1": Answer("unmet")}
    given.update(answers or {})
    facility = profile()
    return facility, row(form, status), score(form, given, facility)


def inspection_parts(status: str = "finalised", **visit: Any):
    """(profile, row, scores, data, photos) of an inspection on the bundled checklist."""
    form = load_form(bundled_forms_dir() / "inspection.yaml")
    facility = profile(name="七彩童年托育园", director="张晓燕")
    data = {"inspection": {"visited_at": "2026-11-20T09:30", "inspectors": ["王建国"], "facility_rep": "张晓燕",
                           **visit},
            "findings": [{"key": "finding:1", "area": "其他发现", "description": "门厅消毒液无标签", "severity": "较重",
                          "opinion": "贴好标签", "deadline": "2026-12-01",
                          "photos": [{"sha256": "p1", "caption": "门厅"}]}]}
    return facility, row(form, status, period="2026-11-20 巡查"), score(form, {}, facility), data, {"p1": jpeg()}


def page_texts(path: Path) -> list[str]:
    """Each page's text with all white space removed (extraction splits lines and cells)."""
    return [re.sub(r"\s+", "", page.extract_text() or "") for page in PdfReader(str(path)).pages]


def pdf_text(path: Path) -> str:
    return "".join(page_texts(path))


def embedded(path: Path) -> dict[str, bytes]:
    """The PDF's embedded files by name."""
    return {name: contents[0] for name, contents in PdfReader(str(path)).attachments.items()}
