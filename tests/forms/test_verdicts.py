"""Decisive means decisive: N/A refused on veto items everywhere; missing inputs are 无法计算;
no grade before answers; sources on items; bad form files refused with their place."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml

from tuoyu_desktop.cli import main
from tuoyu_desktop.facility import ClassGroup, FacilityProfile
from tuoyu_desktop.forms import FormError, load_form
from tuoyu_desktop.records import Answer
from tuoyu_desktop.scoring import score
from tuoyu_desktop.services import NotReady, Workspace, demo_profile
from tuoyu_desktop.services.errors import NaNotAllowed


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def mini_v2_document(mini_form_path: Path) -> dict:
    document = yaml.safe_load(mini_form_path.read_text(encoding="utf-8"))
    document["schema"] = 2
    document["id"] = "mini-v2"
    for dimension in document["dimensions"]:
        for indicator in dimension["indicators"]:
            for item in indicator["items"]:
                item["source"] = "测试用规定 第一条"
    return document


def write(tmp_path: Path, document: dict, name: str = "variant.yaml") -> Path:
    target = tmp_path / name
    target.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    return target


def problems(path: Path) -> list[str]:
    with pytest.raises(FormError) as caught:
        load_form(path)
    return caught.value.problems


def veto_item(document: dict) -> dict:
    return document["dimensions"][0]["indicators"][0]["items"][0]  # 1.1.1, veto


@pytest.fixture
def mini_v2(tmp_path, mini_form_path):
    return load_form(write(tmp_path, mini_v2_document(mini_form_path), "mini-v2.yaml"))


@pytest.fixture
def v2_workspace(data_dir, tmp_path, mini_form_path):
    (data_dir / "forms").mkdir(parents=True)
    write(data_dir / "forms", mini_v2_document(mini_form_path), "mini-v2.yaml")
    ws = Workspace.open(data_dir)
    ws.facilities.save_own(demo_profile())
    yield ws
    ws.close()


# -- the form format -----------------------------------------------------------------------------

def test_veto_items_default_to_no_na_and_others_allow_it(mini_v2):
    assert mini_v2.schema == 2
    assert not mini_v2.item("1.1.1").na_allowed
    assert mini_v2.item("1.1.2").na_allowed
    assert mini_v2.item("1.1.1").source == "测试用规定 第一条"


@pytest.mark.parametrize(
    "change, place, words",
    [
        (lambda i: i.update(na_allowed=True), "items[0].na_allowed", "na_allowed_reason"),
        (lambda i: i.update(na_allowed=True, na_allowed_reason=""), "items[0].na_allowed", "写明理由"),
        (lambda i: i.update(na_allowed="yes"), "items[0].na_allowed", "true 或 false"),
        (lambda i: i.update(na_allowed_reason="无"), "items[0].na_allowed_reason", "只有允许不适用"),
        (lambda i: i.update(source="abc"), "items[0].source", "格式无法识别"),
        (lambda i: i.update(source="第一行\n第二行"), "items[0].source", "一行"),
        (lambda i: i.update(source="https://example.org/规定"), "items[0].source", "网址"),
        (lambda i: i.update(source="规" * 201), "items[0].source", "200"),
        (lambda i: i.update(source=5), "items[0].source", "文本"),
        (lambda i: i.pop("source"), "items[0].source", "缺少出处"),
    ],
)
def test_bad_item_rules_are_refused_with_their_place(tmp_path, mini_form_path, change, place, words):
    document = mini_v2_document(mini_form_path)
    change(veto_item(document))
    found = problems(write(tmp_path, document))
    assert any(place in p and words in p for p in found), found


def test_veto_na_allowed_with_a_reason_loads(tmp_path, mini_form_path):
    document = mini_v2_document(mini_form_path)
    veto_item(document).update(na_allowed=True, na_allowed_reason="仅适用于自行加工膳食的机构")
    form = load_form(write(tmp_path, document))
    assert form.item("1.1.1").na_allowed and "膳食" in form.item("1.1.1").na_allowed_reason


@pytest.mark.parametrize("source", ["WS/T 821—2023 5.1.5", "GB 36246", "托育机构设置标准（试行）第十条",
                                    "本表自定：混龄班按托小班 1:5", ["76号令 §12", "卫生评价基本标准"]])
def test_good_sources_load(tmp_path, mini_form_path, source):
    document = mini_v2_document(mini_form_path)
    veto_item(document)["source"] = source
    form = load_form(write(tmp_path, document))
    assert form.item("1.1.1").source
    assert form.item("1.1.1").own_choice == (isinstance(source, str) and source.startswith("本表自定"))


def test_format_1_files_still_load_without_sources(mini_form):
    assert mini_form.schema == 1 and mini_form.item("1.1.1").source == ""
    assert not mini_form.item("1.1.1").na_allowed  # refused for new answers all the same


def test_forms_validate_names_file_and_place(capsys, tmp_path, mini_form_path):
    document = mini_v2_document(mini_form_path)
    veto_item(document)["na_allowed"] = True
    bad = write(tmp_path, document, "bad.yaml")
    code, _out, err = run(capsys, "forms", "validate", str(bad))
    assert code == 1
    assert f"{bad}: dimensions[0].indicators[0].items[0].na_allowed:" in err


# -- scoring -------------------------------------------------------------------------------------

def full(form) -> dict[str, Answer]:
    return {"1.1.1": Answer("yes"), "1.1.2": Answer("met"), "1.2.1": Answer("met"), "2.1.1": Answer("met")}


def test_veto_na_does_not_escape_the_veto(mini_v2):
    answers = {**full(mini_v2), "1.1.1": Answer(na=True, na_reason="abc")}
    scores = score(mini_v2, answers)
    result = scores.items["1.1.1"]
    assert result.na_refused and not result.done and result.applicable
    assert "一票否决项不能标为不适用" in result.problem
    assert scores.total.applicable_max == 30 and scores.total.earned == 20  # not 20/20 = 100 %
    assert scores.grade.grade != "A" and not scores.complete


def test_format_1_keeps_the_old_arithmetic_for_old_reports(mini_form):
    answers = {**full(mini_form), "1.1.1": Answer(na=True, na_reason="abc")}
    scores = score(mini_form, answers)
    assert scores.total.applicable_max == 20  # as signed under 0.1
    assert not scores.items["1.1.1"].done  # but it cannot be finalised again


def test_no_grade_before_any_answer(mini_v2):
    assert not score(mini_v2, {}).graded
    assert score(mini_v2, {"1.1.2": Answer("met")}).graded
    assert score(mini_v2, {"1.1.2": Answer(na=True, na_reason="无")}).graded


# -- services, CLI -------------------------------------------------------------------------------

def test_session_refuses_veto_na_and_saves_nothing(v2_workspace):
    assessment_id = v2_workspace.assessments.create("mini-v2", "2026年上半年")
    session = v2_workspace.assessments.open(assessment_id)
    with pytest.raises(NaNotAllowed, match="1.1.1.*一票否决项不能标为不适用"):
        session.set_answer("1.1.1", Answer(na=True, na_reason="abc"))
    assert v2_workspace.assessments.open(assessment_id).answer("1.1.1") == Answer()
    session.set_answer("1.1.2", Answer(na=True, na_reason="无此项"))  # others may be N/A
    assert v2_workspace.assessments.open(assessment_id).answer("1.1.2").na


def test_an_old_na_on_a_veto_item_blocks_finalising(v2_workspace):
    assessment_id = v2_workspace.assessments.create("mini-v2", "2026年上半年")
    session = v2_workspace.assessments.open(assessment_id)
    for item_id, answer in full(session.form).items():
        session.set_answer(item_id, answer)
    v2_workspace.store.set_answer(assessment_id, "1.1.1", Answer(na=True, na_reason="abc"))  # as an old version saved it
    with pytest.raises(NotReady) as caught:
        v2_workspace.assessments.finalise(assessment_id)
    assert any("1.1.1" in p and "不能标为不适用" in p for p in caught.value.problems)


def test_cli_answer_na_on_a_veto_item_exits_2(capsys, v2_workspace, data_dir):
    assessment_id = v2_workspace.assessments.create("mini-v2", "2026年上半年")
    v2_workspace.close()
    code, _out, err = run(capsys, "--data-dir", str(data_dir), "answer", assessment_id, "1.1.1", "--na", "abc")
    assert code == 2 and "一票否决项不能标为不适用" in err and "Traceback" not in err
    code, _out, _err = run(capsys, "--data-dir", str(data_dir), "answer", assessment_id, "1.1.2", "--na", "无此项")
    assert code == 0


def test_inspection_record_refuses_na_on_a_decisive_item(tmp_path):
    from tuoyu_desktop.services.demo import demo_visited_profile

    ws = Workspace.open(tmp_path / "inspector-data")
    try:
        ws.preferences.set_mode("inspector")
        profile = demo_visited_profile()
        facility_id = ws.facilities.add_visited(profile.name, profile.credit_code)
        inspection_id = ws.inspections.create(facility_id, "2026-11-20 09:30", "王建国", "张晓燕")
        form = ws.assessments.open(inspection_id).form
        veto = next(i for i in form.iter_items() if i.veto and i.kind == "choice")
        with pytest.raises(NaNotAllowed):
            ws.inspections.record_check(inspection_id, veto.id, "不适用", na_reason="看不到")
        assert ws.assessments.open(inspection_id).answer(veto.id).na is False
    finally:
        ws.close()


# -- computed items with missing inputs ------------------------------------------------------------

def new_profile(**fields) -> FacilityProfile:
    return FacilityProfile(name="新机构", **fields)


def test_a_new_profile_gives_cannot_compute_not_met_or_met(workspace):
    form = workspace.forms.get("wst821-2023")
    scores = score(form, {}, new_profile())
    computed = [r for r in scores.items.values() if r.item.kind == "computed" and r.relevant]
    assert computed
    for result in computed:
        assert result.computed is None, result.item.id
        assert result.earned == 0 and not result.gap and not result.veto_failed and not result.done
        assert result.missing, result.item.id
    assert not scores.vetoed and not scores.graded


def test_no_classes_means_ratios_cannot_be_computed():
    from tuoyu_desktop.forms.model import Form  # noqa: F401 (type only)

    profile = new_profile(staff_total=10, caregivers_total=6, caregivers_certified=6, health_staff=1)
    form = load_form(Path(__file__).parents[2] / "forms" / "wst821.yaml")
    ratio = next(i for i in form.iter_items() if i.kind == "computed" and "most_children_per_caregiver" in (
        i.calculation.source if i.calculation else ""))
    result = score(form, {}, profile).items[ratio.id]
    assert result.computed is None and "班级（班型、在托人数、保育人员）" in result.missing
    profile.classes = [ClassGroup("托小班", "一班", 10, 2)]
    assert score(form, {}, profile).items[ratio.id].computed is True


def test_finalising_names_the_missing_profile_fields(workspace):
    workspace.facilities.save_own(new_profile())
    assessment_id = workspace.assessments.create("wst821-2023", "2026年上半年")
    with pytest.raises(NotReady) as caught:
        workspace.assessments.finalise(assessment_id)
    lines = [p for p in caught.value.problems if "无法计算" in p]
    assert lines and any("班级" in p for p in lines) and any("工作人员总数" in p for p in lines)


def test_cli_list_shows_no_grade_for_a_new_assessment(capsys, workspace, data_dir):
    workspace.facilities.save_own(new_profile())
    workspace.assessments.create("wst821-2023", "2026年上半年")
    workspace.close()
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "list")
    assert code == 0 and "未评定" in out and "\tD\t" not in out
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "list", "--json")
    assert json.loads(out)[0]["grade"] is None


def test_old_format_form_copied_in_still_opens(data_dir, mini_form_path):
    (data_dir / "forms").mkdir(parents=True)
    shutil.copy(mini_form_path, data_dir / "forms" / mini_form_path.name)
    ws = Workspace.open(data_dir)
    try:
        ws.facilities.save_own(demo_profile())
        assessment_id = ws.assessments.create("mini-test", "2026年上半年")
        assert ws.assessments.open(assessment_id).form.schema == 1
    finally:
        ws.close()
