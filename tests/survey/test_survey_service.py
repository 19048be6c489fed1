"""Survey responses: anonymous answers, the XLSX import (all rows or none, places named), the index."""

from __future__ import annotations

import json
from decimal import ROUND_HALF_UP, Decimal

import pytest
from openpyxl import Workbook

from tuoyu_desktop.cli import main
from tuoyu_desktop.errors import InvalidInput, NotFound
from tuoyu_desktop.services import demo_profile
from tuoyu_desktop.services.surveys import SurveyImportError


@pytest.fixture
def survey(workspace):
    workspace.facilities.save_own(demo_profile())
    survey_id = workspace.surveys.create("2026年下半年")
    return workspace, survey_id


def all_items(workspace):
    return list(workspace.surveys.form().iter_items())


def test_index_from_answers(survey):
    ws, survey_id = survey
    items = all_items(ws)
    ws.surveys.answer({item.id: "5" for item in items})  # 非常满意 everywhere
    ws.surveys.answer({item.id: "非常不满意" for item in items})  # by label
    answers: dict[str, str | None] = {item.id: "4" for item in items}
    answers[items[0].id] = None  # 不适用 does not count
    ws.surveys.answer(answers)
    index = ws.surveys.index()
    assert index.respondents == 3 and index.period == "2026年下半年" and index.survey_id == survey_id
    first = index.dimensions[0]
    n = len(ws.surveys.form().dimensions[0].items)
    # dimension 1: n ratings of 100, n of 0, n-1 of 75
    assert first.ratings == 3 * n - 1
    assert first.index == (Decimal(100 * n + 75 * (n - 1)) / (3 * n - 1)).quantize(Decimal("0.1"), ROUND_HALF_UP)
    assert index.dimensions[1].index == Decimal("58.3")  # (100 + 0 + 75) / 3
    assert index.overall is not None and 0 < index.overall < 100
    assert index.first and index.last >= index.first


def test_no_respondents_no_index(survey):
    ws, _ = survey
    index = ws.surveys.index()
    assert index.respondents == 0 and index.overall is None and all(d.index is None for d in index.dimensions)


def test_answers_stored_without_names(survey):
    ws, survey_id = survey
    ws.surveys.answer({"1.1.1": "5"})
    columns = {row[1] for row in ws.store.conn.execute("PRAGMA table_info(survey_responses)")}
    assert columns == {"id", "survey_id", "answers", "source", "answered_at"}
    stored = ws.store.conn.execute("SELECT answers FROM survey_responses").fetchone()[0]
    assert json.loads(stored) == {"1.1.1": "5"}


@pytest.mark.parametrize("answers, words", [
    ({"9.9.9": "5"}, "没有条目 9.9.9"),
    ({"1.1.1": "7"}, "不在选项中"),
    ({}, "一题也没有回答"),
])
def test_bad_answers_refused_and_nothing_stored(survey, answers, words):
    ws, _ = survey
    with pytest.raises(InvalidInput, match=words):
        ws.surveys.answer(answers)
    assert ws.surveys.index().respondents == 0


def test_no_survey_yet(workspace):
    workspace.facilities.save_own(demo_profile())
    with pytest.raises(NotFound, match="还没有满意度调查"):
        workspace.surveys.index()


def test_survey_form_is_not_a_self_assessment(workspace):
    workspace.facilities.save_own(demo_profile())
    with pytest.raises(InvalidInput, match="满意度调查"):
        workspace.assessments.create("parent-survey", "2026")
    with pytest.raises(InvalidInput, match="不是满意度调查"):
        workspace.surveys.create("2026", "wst821-2023")


def export(tmp_path, header, rows, name="export.xlsx"):
    book = Workbook()
    sheet = book.active
    sheet.title = "答卷"
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    path = tmp_path / name
    book.save(path)
    return path


def test_import_by_id_and_by_text(survey, tmp_path):
    ws, _ = survey
    items = all_items(ws)
    header = ["序号", "提交答卷时间", items[0].id, f"2.{items[1].text}", f"Q3 {items[2].text.rstrip('。')}"]
    rows = [[1, "2026-11-02 10:00", 5, "满意", "不适用"], [2, "2026-11-02 10:05", "4", 3, 1], [None] * 5]
    assert ws.surveys.import_xlsx(export(tmp_path, header, rows)) == 2
    stored = ws.store.surveys.responses(ws.surveys.survey_id())
    assert stored == [{items[0].id: "5", items[1].id: "4", items[2].id: None},
                      {items[0].id: "4", items[1].id: "3", items[2].id: "1"}]
    assert all("2026-11-02" not in json.dumps(r) for r in stored)  # export metadata never stored


def test_import_wrong_columns_and_cells_named(survey, tmp_path):
    ws, _ = survey
    items = all_items(ws)
    header = [items[0].id, "姓名", items[1].id, items[0].id]
    rows = [[5, "张三", 5, 5], [5, "李四", "很好", 4]]
    with pytest.raises(SurveyImportError) as caught:
        ws.surveys.import_xlsx(export(tmp_path, header, rows))
    message = str(caught.value)
    assert "工作表“答卷”第 1 行 B 列" in message and "姓名" in message
    assert "工作表“答卷”第 1 行 D 列" in message and "重复" in message
    assert f"工作表“答卷”第 3 行 C 列（{items[1].id}）" in message and "很好" in message
    assert ws.surveys.index().respondents == 0  # all or none


@pytest.mark.parametrize("content, words", [
    (b"not a workbook", "不是有效的 Excel"),
    (b"", "不是有效的 Excel"),
])
def test_import_hostile_files(survey, tmp_path, content, words):
    ws, _ = survey
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(content)
    with pytest.raises(SurveyImportError, match=words):
        ws.surveys.import_xlsx(bad)


def test_import_formula_and_empty(survey, tmp_path):
    ws, _ = survey
    item = all_items(ws)[0]
    with pytest.raises(SurveyImportError, match="公式"):
        ws.surveys.import_xlsx(export(tmp_path, [item.id], [["=2+3"]], "f.xlsx"))
    with pytest.raises(SurveyImportError, match="没有任何答卷"):
        ws.surveys.import_xlsx(export(tmp_path, [item.id], [], "e.xlsx"))


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_new_answer_import_index(capsys, data_dir, tmp_path):
    assert run(capsys, "demo")[0] == 0
    code, out, err = run(capsys, "survey", "new", "--period", "2026年下半年")
    assert code == 0 and "已新建满意度调查" in out
    code, out, err = run(capsys, "survey", "answer", "1.1.1=5", "1.1.2=满意", "2.1.1=na")
    assert code == 0 and "已记录" in out, err
    code, out, err = run(capsys, "survey", "answer", "1.1.1")
    assert code != 0 and "条目编号=回答" in err and "Traceback" not in err
    assert run(capsys, "survey", "import", str(export(tmp_path, ["1.1.1"], [[3], [1]])))[0] == 0
    code, out, _ = run(capsys, "survey", "index", "--json")
    index = json.loads(out)
    assert code == 0 and index["respondents"] == 3 and index["dimensions"][0]["index"] == pytest.approx(56.3)  # (100 + 75 + 50 + 0) / 4
    code, out, _ = run(capsys, "survey", "index")
    assert code == 0 and "3 位家长参与" in out and "照护与保育\t56.3" in out
    code, _, err = run(capsys, "survey", "import", str(export(tmp_path, ["电话"], [[1]], "x.xlsx")))
    assert code == 1 and "第 1 行 A 列" in err and "Traceback" not in err
