"""Form loading and validation: good forms load, broken ones name file and place."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
import yaml

from tuoyu_desktop.forms import FormError, FormLibrary, form_from_snapshot, load_form
from tuoyu_desktop.paths import bundled_forms_dir


def write_variant(tmp_path: Path, source: Path, change) -> Path:
    document = yaml.safe_load(source.read_text(encoding="utf-8"))
    change(document)
    target = tmp_path / "variant.yaml"
    target.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    return target


def problems_of(path: Path) -> list[str]:
    with pytest.raises(FormError) as caught:
        load_form(path)
    assert all(str(path) in line for line in str(caught.value).splitlines())
    return caught.value.problems


def test_mini_form_loads_with_structure(mini_form):
    assert mini_form.id == "mini-test"
    assert [d.title for d in mini_form.dimensions] == ["办托条件", "安全保障"]
    assert mini_form.total_points == Decimal(30)
    item = mini_form.item("1.1.1")
    assert item.veto and item.scale.id == "yesno" and item.points == 10
    assert item.dimension_id == "1" and item.indicator_id == "1.1"
    assert [o.label for o in mini_form.item("1.1.2").scale.options] == ["达到", "部分达到", "未达到"]
    assert len(mini_form.content_hash) == 64


def test_hash_ignores_layout_but_not_content(tmp_path, mini_form_path, mini_form):
    same = write_variant(tmp_path, mini_form_path, lambda d: None)
    assert load_form(same).content_hash == mini_form.content_hash

    def retitle(doc):
        doc["dimensions"][0]["title"] = "办托条件（修订）"

    assert load_form(write_variant(tmp_path, mini_form_path, retitle)).content_hash != mini_form.content_hash


def test_snapshot_rebuilds_the_same_form(mini_form):
    again = form_from_snapshot(mini_form.snapshot)
    assert again.content_hash == mini_form.content_hash
    assert [i.id for i in again.iter_items()] == [i.id for i in mini_form.iter_items()]


@pytest.mark.parametrize(
    "change, place, words",
    [
        (lambda d: d["dimensions"][0]["indicators"][0]["items"][1].update(points=-3), "dimensions[0].indicators[0].items[1].points", "不小于 0"),
        (lambda d: d["dimensions"][0]["indicators"][0]["items"][1].update(points="十"), "dimensions[0].indicators[0].items[1].points", "必须是数"),
        (lambda d: d["dimensions"][1].update(points=15), "dimensions[1].points", "合计为 10"),
        (lambda d: d["dimensions"][1]["indicators"][0]["items"][0].update(id="1.1.1"), "dimensions[1].indicators[0].items[0].id", "重复"),
        (lambda d: d["dimensions"][0]["indicators"][0]["items"][1].update(scale="stars"), "items[1].scale", "stars"),
        (lambda d: d["dimensions"][0]["indicators"][0]["items"][1].update(methods=["猜测"]), "items[1].methods", "猜测"),
        (lambda d: d["dimensions"][0]["indicators"][0]["items"][1].update(veto=True), "items[1].veto", "两档"),
        (lambda d: d["dimensions"][0]["indicators"][0]["items"][0].update(id=1.1), "items[0].id", "加引号"),
        (lambda d: d.update(total_points=999), "total_points", "30"),
        (lambda d: d["grading"].update(veto_grade="F"), "grading.veto_grade", "F"),
        (lambda d: d["grading"]["cutoffs"].reverse(), "grading.cutoffs", "从高到低"),
        (lambda d: d["scales"][0]["options"][0].update(ratio=1.5), "scales[0].options[0].ratio", "不能大于 1"),
        (lambda d: d.update(kind="quiz"), "kind", "self_assessment"),
        (lambda d: d.pop("dimensions"), "dimensions", "非空列表"),
        (lambda d: d.update(schema=3), "schema", "1 或 2"),
    ],
)
def test_broken_forms_name_the_place(tmp_path, mini_form_path, change, place, words):
    problems = problems_of(write_variant(tmp_path, mini_form_path, change))
    assert any(place in p and words in p for p in problems), problems


def test_all_problems_reported_at_once(tmp_path, mini_form_path):
    def break_two(doc):
        doc["dimensions"][0]["indicators"][0]["items"][0]["points"] = -1
        doc["dimensions"][1]["title"] = ""

    problems = problems_of(write_variant(tmp_path, mini_form_path, break_two))
    assert any("items[0].points" in p for p in problems)
    assert any("dimensions[1].title" in p for p in problems)


@pytest.mark.parametrize(
    "content, words",
    [
        (b"dimensions: [unclosed", "YAML"),
        (b"\xff\xfe\x00garbage", "UTF-8"),
        (b"- just\n- a list\n", "顶层"),
        (b"", "顶层"),
    ],
)
def test_unreadable_files_get_a_clear_message(tmp_path, content, words):
    path = tmp_path / "broken.yaml"
    path.write_bytes(content)
    assert any(words in p for p in problems_of(path))


def test_library_lists_broken_forms_as_unusable(tmp_path, mini_form_path):
    (tmp_path / "good.yaml").write_bytes(mini_form_path.read_bytes())
    (tmp_path / "bad.yaml").write_text("schema: 1\nid: broken\n", encoding="utf-8")
    library = FormLibrary([tmp_path])
    by_name = {e.path.name: e for e in library.entries}
    assert by_name["good.yaml"].usable
    assert not by_name["bad.yaml"].usable and by_name["bad.yaml"].problems
    assert library.get("mini-test").id == "mini-test"
    with pytest.raises(KeyError):
        library.get("broken")


def test_library_prefers_newest_version(tmp_path, mini_form_path):
    for version in ("1.2", "1.10", "1.9"):
        doc = yaml.safe_load(mini_form_path.read_text(encoding="utf-8"))
        doc["version"] = version
        (tmp_path / f"v{version}.yaml").write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    assert FormLibrary([tmp_path]).get("mini-test").version == "1.10"


def test_bundled_wst821_form_is_complete():
    form = load_form(bundled_forms_dir() / "wst821.yaml")
    assert form.kind == "self_assessment"
    points = {d.title: d.points for d in form.dimensions}
    assert points == {
        "办托条件": 100, "托育队伍": 140, "保育照护": 200, "卫生保健": 210,
        "养育支持": 80, "安全保障": 200, "机构管理": 70,
    }
    assert form.total_points == 1000
    assert "不是" in form.notice and "官方" in form.notice
    assert [c.grade for c in form.grading.cutoffs] == ["A", "B", "C", "D"]
    veto = [i for i in form.iter_items() if i.veto]
    assert len(veto) >= 10
    assert all(i.guidance and i.methods for i in form.iter_items())
