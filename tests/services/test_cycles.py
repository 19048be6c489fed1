"""Each cycle builds on the last: 新一期自评 carries the previous answers marked 待确认 until
confirmed; the change per dimension and in total against the previous period."""

from __future__ import annotations

import pytest

from tuoyu_desktop.cli import main
from tuoyu_desktop.records import Answer
from tuoyu_desktop.services import NotReady
from tuoyu_desktop.services.errors import AssessmentLocked


@pytest.fixture
def two_periods(demo_workspace):
    workspace, first = demo_workspace
    second = workspace.assessments.create("wst821-2023", "2027年上半年", carry_from=first)
    return workspace, first, second


def test_new_period_starts_from_the_previous_answers_pending(two_periods):
    workspace, first, second = two_periods
    old, new = workspace.assessments.open(first), workspace.assessments.open(second)
    choice_answers = {i: a for i, a in old.answers.items() if new.form.item(i).kind == "choice"}
    assert choice_answers and all(new.answers[i] == a for i, a in choice_answers.items())
    assert new.pending == set(new.answers) and new.pending
    assert new.scores.total.earned == old.scores.total.earned
    with pytest.raises(NotReady) as caught:
        workspace.assessments.finalise(second)
    assert any("沿用上期答案，待确认" in p for p in caught.value.problems)


def test_changing_or_confirming_clears_pending_and_survives_reopening(two_periods):
    workspace, _first, second = two_periods
    session = workspace.assessments.open(second)
    one, two, *rest = sorted(session.pending)
    session.set_answer(one, session.answers[one])  # answered again as it was: confirmed
    assert session.confirm([two]) == 1
    again = workspace.assessments.open(second)
    assert one not in again.pending and two not in again.pending and set(rest) == again.pending
    assert again.confirm() == len(rest) and not workspace.assessments.open(second).pending
    workspace.assessments.finalise(second)
    with pytest.raises(AssessmentLocked):
        workspace.assessments.open(second).confirm()


def test_veto_na_is_not_carried(demo_workspace):
    workspace, first = demo_workspace
    veto = next(i.id for i in workspace.assessments.open(first).form.iter_items() if i.veto and i.kind == "choice")
    workspace.store.set_answer(first, veto, Answer(na=True, na_reason="abc"))  # as an old version could save
    second = workspace.assessments.create("wst821-2023", "2027年上半年", carry_from=first)
    assert veto not in workspace.assessments.open(second).answers


def test_change_per_dimension_and_in_total(two_periods):
    workspace, first, second = two_periods
    session = workspace.assessments.open(second)
    session.confirm()
    dimension = session.form.dimensions[0]
    target = next(i for i in dimension.items if i.kind == "choice" and session.answers.get(i.id) and
                  session.answers[i.id].value == i.scale.options[0].value)
    session.set_answer(target.id, Answer(target.scale.options[-1].value))  # worse now
    change = workspace.assessments.change(second)
    assert change.previous_period == "2026年下半年（演示）" and change.same_form
    first_row = change.dimensions[0]
    assert first_row.delta < 0 and first_row.now == workspace.assessments.open(second).scores.dimensions[0].tally.percent
    assert all(d.delta == 0 for d in change.dimensions[1:])
    assert change.total.delta < 0
    assert workspace.assessments.change(first) is None  # the first period has nothing to compare with


def test_without_carrying_the_latest_earlier_period_is_compared(demo_workspace):
    workspace, first = demo_workspace
    second = workspace.assessments.create("wst821-2023", "2027年上半年")
    assert workspace.assessments.previous_id(second) == first
    change = workspace.assessments.change(second)
    assert change.total.now < change.total.before and change.total.delta < 0  # only computed items so far


def test_cli_new_from_confirm_compare(capsys, demo_workspace, data_dir):
    workspace, first = demo_workspace
    workspace.close()
    base = ["--data-dir", str(data_dir)]
    assert main([*base, "new", "--period", "2027年上半年", "--from", first]) == 0
    out, _ = capsys.readouterr()
    second = out.strip().splitlines()[-1]
    assert "均标为待确认" in out
    assert main([*base, "confirm", second]) == 1
    capsys.readouterr()
    assert main([*base, "confirm", second, "--all"]) == 0
    out, _ = capsys.readouterr()
    assert "还有 0 项" in out
    assert main([*base, "compare", second]) == 0
    out, _ = capsys.readouterr()
    assert "与上期（2026年下半年（演示））比较" in out and "合计" in out
    assert main([*base, "compare", second, "--json"]) == 0
    import json

    data = json.loads(capsys.readouterr()[0])
    assert data["total"]["delta"] == 0 and len(data["dimensions"]) == 7


def test_report_shows_the_change(tmp_path, two_periods):
    from support.report_parts import page_texts

    workspace, _first, second = two_periods
    target = workspace.reports.export_pdf(second, tmp_path / "second.pdf")
    text = "".join(page_texts(target))
    assert "与上期（2026年下半年（演示））比较" in text and "上期得分率" in text


def test_a_trend_over_every_graded_period_in_the_report(demo_workspace, tmp_path):
    from support.report_parts import pdf_text

    workspace, first = demo_workspace
    second = workspace.assessments.create("wst821-2023", "2027年上半年", carry_from=first)
    two = workspace.reports.export_pdf(second, tmp_path / "two.pdf")
    assert "历次自评得分率" not in pdf_text(two)  # two periods: the table against the previous says it all
    third = workspace.assessments.create("wst821-2023", "2027年下半年", carry_from=second)
    empty = workspace.assessments.create("wst821-2023", "2028年上半年")  # nothing answered: not in the trend
    trend = workspace.assessments.trend(third)
    assert [period for period, _ in trend] == ["2026年下半年（演示）", "2027年上半年", "2027年下半年"]
    assert trend[0][1] == workspace.assessments.open(first).scores.total.percent
    assert [p for p, _ in workspace.assessments.trend(empty)] == [p for p, _ in trend]  # it adds nothing ungraded
    text = pdf_text(workspace.reports.export_pdf(third, tmp_path / "three.pdf"))
    assert "历次自评得分率" in text and "2027年下半年" in text


def test_a_long_history_shows_the_latest_twelve_periods(demo_workspace, tmp_path):
    from support.report_parts import pdf_text

    workspace, first = demo_workspace
    latest = first
    for year in range(2027, 2035):
        for half in ("上半年", "下半年"):
            latest = workspace.assessments.create("wst821-2023", f"{year}年{half}", carry_from=latest)
    assert len(workspace.assessments.trend(latest)) == 17
    text = pdf_text(workspace.reports.export_pdf(latest, tmp_path / "long.pdf"))
    assert "历次自评得分率（最近12期）" in text and "2034年下半年" in text
