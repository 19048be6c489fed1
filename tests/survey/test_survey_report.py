"""The survey index (never an individual answer) in the self-assessment PDF, only when a survey exists."""

from __future__ import annotations

import json

from support.report_parts import embedded, pdf_text


def test_report_has_satisfaction_index_when_a_survey_exists(demo_workspace, tmp_path):
    ws, assessment_id = demo_workspace
    plain = pdf_text(ws.reports.export_pdf(assessment_id, tmp_path / "before.pdf"))
    assert "满意度指数" not in plain and "家长匿名参与" not in plain

    ws.surveys.create("2026年下半年")
    items = list(ws.surveys.form().iter_items())
    ws.surveys.answer({item.id: "5" for item in items})
    ws.surveys.answer({item.id: "3" for item in items})
    ws.surveys.answer({items[0].id: "1"})
    few = pdf_text(ws.reports.export_pdf(assessment_id, tmp_path / "few.pdf"))
    assert "3位家长匿名参与" in few and "参与家长少于5位，为保护匿名，不显示满意度指数" in few
    assert f"总体{ws.surveys.index().overall:.1f}" not in few  # three parents: no index at all
    ws.surveys.answer({item.id: "4" for item in items})
    ws.surveys.answer({item.id: "2" for item in items[:5]})
    index = ws.surveys.index()
    path = ws.reports.export_pdf(assessment_id, tmp_path / "after.pdf")
    text = pdf_text(path)
    assert "家长满意度" in text and "满意度指数" in text and "5位家长匿名参与" in text and "2026年下半年" in text
    for dimension in index.dimensions:
        assert f"{dimension.title}{dimension.index:.1f}{dimension.ratings}" in text
    assert f"总体{index.overall:.1f}" in text
    # the index only: the embedded data carries no response
    data = json.loads(next(iter(embedded(path).values())))
    assert "survey" not in json.dumps(data, ensure_ascii=False)


def test_survey_of_the_same_period_is_preferred(demo_workspace):
    ws, assessment_id = demo_workspace
    row = ws.assessments.row(assessment_id)
    ws.surveys.create(row.period)
    ws.surveys.answer({"1.1.1": "5"})
    ws.surveys.create("下一期")
    assert ws.surveys.for_report(row.facility_id, row.period).period == row.period
    assert ws.surveys.for_report(row.facility_id, "别的周期").period == "下一期"
    assert ws.surveys.for_report(row.facility_id + 99, row.period) is None
