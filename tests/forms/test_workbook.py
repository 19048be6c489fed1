"""Spreadsheet authoring: compile ∘ export is the identity; broken workbooks say where."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from tuoyu_desktop.cli import main
from tuoyu_desktop.forms import FormError, load_form
from tuoyu_desktop.forms import workbook as wb
from tuoyu_desktop.forms.workbook import WorkbookError, compile_workbook, export_workbook
from tuoyu_desktop.paths import bundled_forms_dir, resources_dir

EXAMPLE = resources_dir() / "form-example.yaml"


@pytest.mark.parametrize("path", sorted(bundled_forms_dir().glob("*.yaml")) + [EXAMPLE], ids=lambda p: p.name)
def test_compile_of_export_is_the_same_form(tmp_path, path):
    form = load_form(path)
    sheet = export_workbook(form, tmp_path / "form.xlsx")
    _, again = compile_workbook(sheet)
    assert again.content_hash == form.content_hash
    assert [i.id for i in again.iter_items()] == [i.id for i in form.iter_items()]


def test_shipped_template_matches_the_example():
    _, form = compile_workbook(resources_dir() / "form-template.xlsx")
    assert form.content_hash == load_form(EXAMPLE).content_hash
    assert {i.kind for i in form.iter_items()} == {"choice", "computed", "number", "text", "date", "multi"}


@pytest.fixture
def example_sheet(tmp_path):
    return export_workbook(load_form(EXAMPLE), tmp_path / "example.xlsx")


def edit(path, change):
    book = load_workbook(path)
    change(book)
    book.save(path)
    return path


def column_of(sheet, header):
    return next(c.column_letter for c in sheet[1] if c.value == header)


def problems_for(path):
    with pytest.raises(WorkbookError) as caught:
        compile_workbook(path)
    return caught.value.problems


def set_cell(sheet_name, header, row, value):
    def change(book):
        sheet = book[sheet_name]
        sheet[f"{column_of(sheet, header)}{row}"] = value
    return change


@pytest.mark.parametrize(
    "change, expected",
    [
        (set_cell("条目", "分值", 2, "十分"), "工作表“条目”第 2 行 M 列（分值）: “十分”不是数"),
        (set_cell("条目", "分值", 4, -5), "工作表“条目”第 4 行 M 列（分值）: 必须是不小于 0 的数"),
        (set_cell("条目", "条目编号", 3, "1.1.1"), "工作表“条目”第 3 行 G 列（条目编号）: 编号 '1.1.1' 重复"),
        (set_cell("条目", "评分方式", 2, "stars"), "工作表“条目”第 2 行 L 列（评分方式）: 未定义的评分方式 'stars'"),
        (set_cell("条目", "计算规则", 3, "largest_class(\"托小班\" <= 15"), "工作表“条目”第 3 行 Q 列（计算规则）: 表达式有误"),
        (set_cell("条目", "适用条件", 5, "value(\"2.1.2\") = true"), "循环引用"),
        (set_cell("条目", "一票否决", 4, "也许"), "工作表“条目”第 4 行 N 列（一票否决）: “也许”应填 是 或 否"),
        (set_cell("条目", "维度名称", 3, "别的名字"), "工作表“条目”第 3 行 B 列（维度名称）: 与前面同一维度/指标所填的“办托条件”不一致"),
        (set_cell("条目", "分值", 2, "=5+5"), "工作表“条目”第 2 行 M 列（分值）: 是公式"),
        (set_cell("评分方式", "得分比例", 3, 2), "工作表“评分方式”第 3 行 E 列（得分比例）: 不能大于 1"),
        (set_cell("设置", "用途", 2, "quiz"), "工作表“设置”第 2 行 C 列（用途）: 必须是 self_assessment / inspection / survey 之一"),
        (set_cell("等级", "最低得分率", 5, 10), "最后一个等级的分数线必须是 0"),
        (lambda book: book.remove(book["评分方式"]), "缺少工作表“评分方式”"),
        (lambda book: book["条目"].delete_cols(8), "缺少列：条目内容"),
        (lambda book: book["条目"].merge_cells("A2:A4"), "工作表“条目”有合并单元格（A2:A4）"),
        (lambda book: setattr(book["等级"], "sheet_state", "hidden"), "工作表“等级”被隐藏了"),
        (set_cell("条目", "条目内容", 1, "内容？"), "无法识别的列名“内容？”"),
    ],
)
def test_broken_workbooks_name_sheet_row_and_column(tmp_path, example_sheet, change, expected):
    problems = problems_for(edit(example_sheet, change))
    assert any(expected in p for p in problems), problems


@pytest.mark.parametrize(
    "name, content, expected",
    [
        ("not-a-workbook.xlsx", b"hello, I am text", "不是有效的 Excel 工作簿"),
        ("empty.xlsx", b"", "不是有效的 Excel 工作簿"),
        ("old.xls", b"\xd0\xcf\x11\xe0", "另存为 .xlsx"),
    ],
)
def test_files_that_are_not_workbooks(tmp_path, name, content, expected):
    path = tmp_path / name
    path.write_bytes(content)
    assert any(expected in p for p in problems_for(path))


def test_very_large_files_are_refused_unread(tmp_path, example_sheet, monkeypatch):
    monkeypatch.setattr(wb, "MAX_WORKBOOK_BYTES", 1000)
    assert any("文件过大" in p for p in problems_for(example_sheet))


def test_cli_compile_writes_nothing_on_error(tmp_path, example_sheet, capsys):
    target = tmp_path / "out.yaml"
    edit(example_sheet, set_cell("条目", "分值", 2, "十分"))
    assert main(["forms", "compile", str(example_sheet), "-o", str(target)]) == 1
    assert "第 2 行 M 列" in capsys.readouterr().err
    assert not target.exists()


def test_cli_export_then_compile(tmp_path, capsys):
    sheet, target = tmp_path / "wst.xlsx", tmp_path / "wst.yaml"
    assert main(["forms", "export", str(bundled_forms_dir() / "wst821.yaml"), "-o", str(sheet)]) == 0
    assert main(["forms", "compile", str(sheet), "-o", str(target)]) == 0
    assert load_form(target).content_hash == load_form(bundled_forms_dir() / "wst821.yaml").content_hash


def test_import_installs_a_workbook_form(workspace, example_sheet):
    form = workspace.forms.install(example_sheet)
    assert form.id == "example"
    assert "example" in {f.id for f in workspace.forms.self_assessment_forms()}
    assert (workspace.data_dir / "forms" / "example-1.0.yaml").exists()


def test_import_refuses_changed_item_kind_and_installs_nothing(workspace, example_sheet, tmp_path):
    workspace.forms.install(example_sheet)
    changed = tmp_path / "changed.xlsx"
    changed.write_bytes(example_sheet.read_bytes())

    def new_version_with_other_kind(book):
        set_cell("设置", "版本", 2, "2.0")(book)
        items = book["条目"]
        items[f"{column_of(items, '类型')}2"] = "number"
        items[f"{column_of(items, '评分方式')}2"] = None
        items[f"{column_of(items, '分值')}2"] = None
        items[f"{column_of(items, '一票否决')}2"] = None
        items[f"{column_of(items, '分值')}3"] = 30  # keep the dimension's points adding up

    edit(changed, new_version_with_other_kind)
    with pytest.raises(FormError) as caught:
        workspace.forms.install(changed)
    assert any("条目 1.1.1" in p and "不能改变类型" in p for p in caught.value.problems)
    assert not (workspace.data_dir / "forms" / "example-2.0.yaml").exists()


def test_same_version_with_other_content_is_refused(workspace, example_sheet):
    workspace.forms.install(example_sheet)
    edit(example_sheet, set_cell("条目", "条目内容", 2, "改过的内容。"))
    with pytest.raises(FormError, match="请提高版本号"):
        workspace.forms.install(example_sheet)


def test_every_column_is_documented():
    docs = (resources_dir().parent / "docs" / "forms.md").read_text(encoding="utf-8")
    for sheet, columns in wb.SHEETS.items():
        assert f"工作表“{sheet}”" in docs
        for column in columns:
            assert f"| {column.header} | `{column.key}` |" in docs, column.header
