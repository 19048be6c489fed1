"""Assessments.embedded: the bytes a report embeds and what they say, for a draft and a finalised assessment."""

from __future__ import annotations

from tuoyu_desktop import exchange, signing


def test_a_drafts_data_says_what_its_payload_says_and_is_what_the_report_embeds(demo_workspace, tmp_path) -> None:
    workspace, assessment_id = demo_workspace
    data, payload = workspace.assessments.embedded(assessment_id)
    assert exchange.decode(data) == payload
    assert payload["assessment"]["status"] != "finalised" and len(payload["answers"]) > 100
    target = workspace.reports.export_pdf(assessment_id, tmp_path / "draft.pdf")
    embedded = exchange.decode(signing.read_embedded_file(target, exchange.ATTACHMENT_NAME))
    generated = embedded.pop("generated_at")  # made anew for each export of a draft
    assert generated >= payload.pop("generated_at")
    assert embedded == payload


def test_a_finalised_assessments_data_is_its_frozen_copy(demo_workspace, tmp_path) -> None:
    workspace, assessment_id = demo_workspace
    workspace.assessments.finalise(assessment_id)
    first, payload = workspace.assessments.embedded(assessment_id)
    again, _ = workspace.assessments.embedded(assessment_id)
    assert first == again and exchange.decode(first) == payload
    assert payload["assessment"]["status"] == "finalised"
    target = workspace.reports.export_pdf(assessment_id, tmp_path / "final.pdf")
    assert signing.read_embedded_file(target, exchange.ATTACHMENT_NAME) == first
