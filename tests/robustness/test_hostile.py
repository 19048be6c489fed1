"""Hostile and odd conditions: each gives a clear message and loses nothing.

Disk full and a read-only file are produced inside SQLite itself (``PRAGMA max_page_count``,
``PRAGMA query_only``): the tests run as any user, root included, for whom file permissions
would not bite.
"""

from __future__ import annotations

import io
import json
import logging
import os
import random
import sqlite3
import stat
import zipfile
from pathlib import Path

import pytest
from support.files import read_only

from tuoyu_desktop import exchange, signing
from tuoyu_desktop.forms import FormError
from tuoyu_desktop.records import Answer
from tuoyu_desktop.services import (
    DataDirBusy,
    DeclaredSigner,
    ExportError,
    ImportRefused,
    Signer,
    StoreError,
    Workspace,
)

PASS = "ZhangSan-口令-never-stored 9731"


def fill_mini(ws, period="2026年上半年"):
    assessment_id = ws.assessments.create("mini-test", period)
    session = ws.assessments.open(assessment_id)
    for item in session.form.iter_items():
        session.set_answer(item.id, Answer(item.scale.options[0].value, comment="初始"))
    return session


def db_answers(ws, assessment_id) -> dict:
    """Read the file afresh, as another program would."""
    conn = sqlite3.connect(f"file:{ws.store.path}?mode=ro", uri=True)
    try:
        return {row[0]: row[1:] for row in conn.execute(
            "SELECT item_id, value, comment FROM answers WHERE assessment_id = ?", [assessment_id])}
    finally:
        conn.close()


# -- saving fails ---------------------------------------------------------------------------
def test_disk_full_at_the_moment_of_saving(mini_workspace):
    session = fill_mini(mini_workspace)
    conn = mini_workspace.store.db.conn
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages + 3}")
    before_memory, failed = dict(session.answers), None
    try:
        for n in range(200):
            before_memory, before_file = dict(session.answers), db_answers(mini_workspace, session.id)
            try:
                session.set_answer("2.1.1", Answer("partial", comment=f"第 {n} 次：" + "长备注" * 4000))
            except StoreError as exc:
                failed = exc
                break
        assert failed is not None, "the page limit never bit"
        assert "磁盘空间已满" in str(failed) and "保存失败" in str(failed)
        assert "Traceback" not in str(failed) and "sqlite" not in str(failed).lower()
        assert session.answers == before_memory  # what the screen shows was not changed
        assert db_answers(mini_workspace, session.id) == before_file  # nor the file
    finally:
        conn.execute("PRAGMA max_page_count = 1073741823")
    session.set_answer("2.1.1", Answer("unmet", comment="空间释放后"))
    assert db_answers(mini_workspace, session.id)["2.1.1"] == ("unmet", "空间释放后")
    assert mini_workspace.store.verify_audit().ok
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_disk_full_during_a_backup(mini_workspace, monkeypatch):
    import types

    from tuoyu_desktop.store import backup as backup_module

    def small_disk(path, *args, **kwargs):
        conn = sqlite3.connect(path, *args, **kwargs)
        conn.execute("PRAGMA max_page_count = 2")  # the backup's copy runs out of room
        return conn

    session = fill_mini(mini_workspace)
    shim = types.SimpleNamespace(connect=small_disk, DatabaseError=sqlite3.DatabaseError,
                                 OperationalError=sqlite3.OperationalError, Connection=sqlite3.Connection)
    monkeypatch.setattr(backup_module, "sqlite3", shim)
    with pytest.raises(StoreError, match="备份失败：磁盘空间已满"):
        mini_workspace.backups.take()
    assert mini_workspace.backups.list() == []
    assert list((mini_workspace.data_dir / "backups").glob(".*partial")) == []
    monkeypatch.undo()
    assert mini_workspace.backups.take().path.exists()
    assert len(db_answers(mini_workspace, session.id)) == 4


def test_read_only_file_at_the_moment_of_saving(mini_workspace):
    session = fill_mini(mini_workspace)
    before = db_answers(mini_workspace, session.id)
    conn = mini_workspace.store.db.conn
    conn.execute("PRAGMA query_only = ON")
    try:
        with pytest.raises(StoreError, match="只读"):
            session.set_answer("1.1.2", Answer("unmet"))
        with pytest.raises(StoreError, match="只读"):
            mini_workspace.assessments.finalise(session.id)
    finally:
        conn.execute("PRAGMA query_only = OFF")
    assert session.answer("1.1.2").value == "met"
    assert db_answers(mini_workspace, session.id) == before
    assert not mini_workspace.store.assessment(session.id).finalised
    session.set_answer("1.1.2", Answer("unmet"))
    assert db_answers(mini_workspace, session.id)["1.1.2"][0] == "unmet"




def test_read_only_data_dir_at_open_export_and_backup(mini_workspace, tmp_path):
    session = fill_mini(mini_workspace)
    data_dir = mini_workspace.data_dir
    mini_workspace.backups.take()
    before = db_answers(mini_workspace, session.id)
    # exporting into, and backing up into, a read-only folder
    out = tmp_path / "只读 导出"
    out.mkdir()
    with read_only(out, data_dir / "backups"):
        with pytest.raises(ExportError, match="无法写入") as caught:
            mini_workspace.reports.export_pdf(session.id, out / "报告.pdf")
        assert "Traceback" not in str(caught.value)
        with pytest.raises(StoreError, match="备份失败"):
            mini_workspace.backups.take()
    assert list(out.iterdir()) == []
    assert len(mini_workspace.backups.list()) == 1
    mini_workspace.close()
    # the whole data directory read-only when the app starts
    files = [data_dir / name for name in ("tuoyu.db", "tuoyu.db-wal", "tuoyu.db-shm", ".writer.lock")
             if (data_dir / name).exists()]
    snapshot = {f: f.read_bytes() for f in files}
    with read_only(data_dir, *files):
        with pytest.raises(StoreError) as caught:
            Workspace.open(data_dir)
        assert any(word in str(caught.value) for word in ("只读", "权限", "不可写入")), str(caught.value)
        assert "Traceback" not in str(caught.value)
    assert {f: f.read_bytes() for f in files} == snapshot
    with read_only(data_dir / ".writer.lock"):  # only the lock file: still a message
        with pytest.raises(StoreError, match="无法在数据文件夹"):
            Workspace.open(data_dir)
    again = Workspace.open(data_dir)
    try:
        assert {k: (a.value, a.comment) for k, a in again.store.answers(session.id).items()} == before
    finally:
        again.close()


def test_database_locked_by_another_program(mini_workspace):
    session = fill_mini(mini_workspace)
    mini_workspace.store.db.execute("PRAGMA busy_timeout = 100")  # the app waits 5 s; keep the test fast
    other = sqlite3.connect(str(mini_workspace.store.path), isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        other.execute("INSERT INTO settings (key, value) VALUES ('other', 'program')")
        with pytest.raises(StoreError, match="正被另一个程序占用"):
            session.set_answer("1.2.1", Answer("partial", comment="被锁时"))
        assert session.answer("1.2.1").value == "met"
        other.execute("ROLLBACK")
    finally:
        other.close()
    session.set_answer("1.2.1", Answer("partial", comment="解锁后"))
    assert db_answers(mini_workspace, session.id)["1.2.1"] == ("partial", "解锁后")
    assert len(db_answers(mini_workspace, session.id)) == 4


def test_a_second_writer_is_refused_with_a_message(mini_workspace):
    with pytest.raises(DataDirBusy, match="另一个 tuoyu 程序正在使用"):
        Workspace.open(mini_workspace.data_dir)
    reader = Workspace.open(mini_workspace.data_dir, writer=False)
    reader.close()


# -- paths --------------------------------------------------------------------------------
def test_unicode_and_very_long_data_dir_end_to_end(tmp_path, mini_form_path):
    parts = ["托育机构 数据 (朝阳) ‘测试’ " + "a b " * 20, "Ünïcødé ñame — 第二层 " + "long folder name " * 4,
             "2026 年 上半年 自评 资料 " + "x y " * 12, "最终 目录 🧸"]
    data_dir = tmp_path.joinpath(*parts)
    assert len(str(data_dir.relative_to(tmp_path))) > 200
    ws = Workspace.open(data_dir)
    try:
        ws.forms.install(mini_form_path)
        from tuoyu_desktop.services import demo_profile

        ws.facilities.save_own(demo_profile())
        session = fill_mini(ws)
        session.set_answer("1.1.1", Answer("no", comment="路径很长 ✓ émoji"))
        target = ws.reports.export_pdf(session.id, data_dir / "导出 报告 （草稿）.pdf")
        assert target.read_bytes().startswith(b"%PDF")
        taken = ws.backups.take()
        assert taken.path.parent == data_dir / "backups" and taken.path.stat().st_size > 0
        ws.assessments.finalise(session.id)
    finally:
        ws.close()
    again = Workspace.open(data_dir)
    try:
        assert again.store.answers(session.id)["1.1.1"].comment == "路径很长 ✓ émoji"
        assert again.store.assessment(session.id).finalised
    finally:
        again.close()


def test_a_path_too_long_for_sqlite_says_so(tmp_path):
    data_dir = tmp_path.joinpath(*["托育机构自评数据文件夹" * 5] * 4)  # 660 bytes of Chinese
    with pytest.raises(StoreError, match="路径过长") as caught:
        Workspace.open(data_dir)
    assert "权限" not in str(caught.value)
    # nothing half-made that would get in the way: a shorter folder works at once
    Workspace.open(tmp_path / "短").close()


def test_backup_under_a_long_path_says_why_it_failed(tmp_path):
    from tuoyu_desktop.store.sqlite_errors import SQLITE_PATH_BYTES

    prefix = len(os.fsencode(str(tmp_path))) + 1
    length = SQLITE_PATH_BYTES - prefix - len("/tuoyu.db-journal") - 4  # the database just fits
    ws = Workspace.open(tmp_path / ("a" * 200) / ("b" * (length - 201)))
    try:
        with pytest.raises(StoreError, match="备份失败：文件名或路径过长"):
            ws.backups.take()
    finally:
        ws.close()


def test_new_data_dir_is_private_to_the_user(tmp_path):
    old = os.umask(0o022)
    try:
        ws = Workspace.open(tmp_path / "deep" / "new data")
        ws.close()
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "deep" / "new data").stat().st_mode) == 0o700


# -- malformed input ----------------------------------------------------------------------
def _forms_installed(ws) -> list[str]:
    folder = ws.data_dir / "forms"
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


@pytest.mark.parametrize("name, content", [
    ("empty.yaml", b""),
    ("binary.yaml", bytes(range(256)) * 4),
    ("gbk.yaml", "标题: 托育".encode("gbk")),
    ("list.yaml", b"- 1\n- 2\n"),
    ("broken.yaml", b"id: [unclosed\n"),
    ("anchors.yaml", b"a: &a [*a]\n"),
    ("deep.yaml", b"x: " + b"[" * 5000 + b"]" * 5000 + b"\n"),
    ("nested.yaml", b"x: " + b"[" * 400 + b"]" * 400 + b"\n"),  # within libyaml's limit, beyond Python's stack
    ("tag.yaml", b"!!python/object/apply:os.system ['echo hi']\n"),
])
def test_malformed_form_files_are_refused_with_a_message(workspace, tmp_path, name, content):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(FormError) as caught:
        workspace.forms.install(path)
    assert caught.value.problems and str(path) in str(caught.value)
    assert _forms_installed(workspace) == []


def _damaged_workbooks(tmp_path, mini_form):
    from openpyxl import load_workbook

    from tuoyu_desktop.forms.workbook import export_workbook

    good = export_workbook(mini_form, tmp_path / "good.xlsx")
    yield "not a zip", _write(tmp_path / "junk.xlsx", b"PK\x03\x04 not really a zip" * 10)
    yield "text", _write(tmp_path / "text.xlsx", "评估表".encode())
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "not a workbook")
    yield "zip without workbook", _write(tmp_path / "zip.xlsx", buffer.getvalue())
    yield "old xls", _write(tmp_path / "old.xls", b"\xd0\xcf\x11\xe0" + b"\0" * 100)
    yield "truncated", _write(tmp_path / "truncated.xlsx", good.read_bytes()[: good.stat().st_size // 2])
    book = load_workbook(good)
    sheet_names = book.sheetnames
    rng = random.Random(821)
    junk = [None, "", "abc", -5, 1e308, "=1/0", "NaN", "是", "否", "yes", 3.5, "1.1.1", "level3", "choice", "  "]
    for n in range(30):
        book = load_workbook(good)
        what = []
        for _ in range(rng.randint(1, 3)):
            sheet = book[rng.choice(sheet_names)]
            row, column = rng.randint(1, max(sheet.max_row, 1) + 1), rng.randint(1, max(sheet.max_column, 1))
            value = rng.choice(junk)
            sheet.cell(row=row, column=column, value=value)
            what.append(f"{sheet.title}!R{row}C{column}={value!r}")
        if n % 10 == 0:
            del book[rng.choice(sheet_names)]
            what.append("sheet deleted")
        if n % 10 == 1:
            book[sheet_names[-1]].merge_cells("A2:B3")
            what.append("merged")
        if n % 10 == 2:
            book[sheet_names[0]].sheet_state = "hidden"
            book.create_sheet("visible")
            what.append("hidden")
        path = tmp_path / f"damaged-{n}.xlsx"
        book.save(path)
        yield "; ".join(what), path


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_malformed_workbooks_give_form_errors_and_install_nothing(workspace, tmp_path, mini_form):
    refused = accepted = 0
    for what, path in _damaged_workbooks(tmp_path, mini_form):
        before = _forms_installed(workspace)
        try:
            form = workspace.forms.install(path)
        except FormError as exc:
            assert exc.problems, what
            assert _forms_installed(workspace) == before, what
            refused += 1
        except Exception as exc:  # noqa: BLE001
            pytest.fail(f"{what}: {type(exc).__name__}: {exc}")
        else:  # a change to a cell that does not matter (a blank description, …) may still load
            accepted += 1
            assert form.id == "mini-test"
            for installed in (workspace.data_dir / "forms").iterdir():
                installed.unlink()
            workspace.forms.library.rescan()
    assert refused >= 20, (refused, accepted)


@pytest.fixture(scope="module")
def signed(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile-signed")
    identity = folder / "director.p12"
    signing.create_identity(identity, name="李红梅", role="机构负责人", organisation="阳光宝贝托育中心", passphrase=PASS)
    ws = Workspace.open(folder / "facility")
    try:
        assessment_id = ws.assessments.create_demo()
        plain = ws.reports.export_pdf(assessment_id, folder / "plain.pdf")
        ws.assessments.finalise(assessment_id)
        report = ws.reports.export_pdf(assessment_id, folder / "signed.pdf", signers=[Signer(identity, PASS)])
    finally:
        ws.close()
    return {"folder": folder, "identity": identity, "plain": plain, "report": report}


def test_malformed_pdfs_at_verify_and_import(workspace, signed, tmp_path):
    good = signed["report"].read_bytes()
    cases = {
        "empty": b"",
        "text": "这不是 PDF".encode(),
        "header only": b"%PDF-1.7\n",
        "no eof": good[:-200],
        "html": b"<html><body>404</body></html>",
        "zeros": b"\0" * 4096,
        "pdf in pdf": good + good,
        "unsigned export": signed["plain"].read_bytes(),
        "fake signature dict": b"%PDF-1.7\n1 0 obj<</Type/Sig/ByteRange[0 10 20 5]/Contents<00>>>endobj\n"
                               b"trailer<</Root 1 0 R>>\nstartxref\n9\n%%EOF\n",
    }
    paths = {name: _write(tmp_path / f"{name}.pdf", data) for name, data in cases.items()}
    paths["missing"] = tmp_path / "does-not-exist.pdf"
    paths["a folder"] = tmp_path
    codes = {}
    for name, path in paths.items():
        check = workspace.trust.verify(path)
        codes[name] = check.exit_code
        assert check.exit_code in (1, 2), (name, check.verdict)
        assert check.verdict and "Traceback" not in check.verdict, name
        with pytest.raises(ImportRefused, match="未导入"):
            workspace.received.import_file(path)
    assert codes["empty"] == codes["text"] == codes["missing"] == 2
    assert workspace.store.received_reports() == []
    assert workspace.backups.list() == []


# -- private data -------------------------------------------------------------------------
def _files_containing(folder: Path, needle: bytes) -> list[str]:
    return [str(p) for p in folder.rglob("*") if p.is_file() and needle in p.read_bytes()]


def test_passphrase_never_reaches_disk_or_logs(tmp_path, caplog, capsys):
    from tuoyu_desktop.cli import main

    caplog.set_level(logging.DEBUG)
    folder = tmp_path / "people"
    folder.mkdir()
    secret_file = tmp_path / "secret" / "pass.txt"
    secret_file.parent.mkdir()
    secret_file.write_text(PASS + "\n", encoding="utf-8")
    identity = folder / "director.p12"
    signing.create_identity(identity, name="李红梅", role="机构负责人", organisation="阳光宝贝托育中心", passphrase=PASS)
    data_dir = tmp_path / "data"
    ws = Workspace.open(data_dir)
    try:
        assessment_id = ws.assessments.create_demo()
        ws.assessments.finalise(assessment_id)
        report = ws.reports.export_pdf(assessment_id, data_dir / "signed.pdf", signers=[Signer(identity, PASS)],
                                       declared=[DeclaredSigner("机构负责人"), DeclaredSigner("机构负责人")])
        with pytest.raises(signing.WrongPassphrase) as wrong:
            ws.reports.sign(report, Signer(identity, PASS + "x"))
        assert PASS not in str(wrong.value) and PASS not in repr(Signer(identity, PASS))
        ws.trust.add(signing.read_identity(identity, PASS).certificate_pem())
        assert ws.trust.verify(report).exit_code == 4  # the second declared signature is still missing
        ws.backups.take()
    finally:
        ws.close()
    assert main(["--data-dir", str(data_dir), "sign", str(report), "--identity", str(identity),
                 "--passphrase-file", str(secret_file)]) == 0
    assert main(["--data-dir", str(data_dir), "verify", str(report)]) == 0
    out, err = capsys.readouterr()
    needles = [PASS.encode(), PASS.encode("utf-16-le"), "口令-never".encode()]
    for needle in needles:
        assert _files_containing(data_dir, needle) == []
        assert _files_containing(folder, needle) == []  # the identity file holds the key encrypted, not the passphrase
    assert PASS not in out + err
    logged = "\n".join(f"{r.name} {r.getMessage()} {r.args!r}" for r in caplog.records)
    assert caplog.records, "nothing was logged at DEBUG: the check would be empty"
    assert PASS not in logged and "口令-never" not in logged


def test_report_carries_only_the_personal_data_it_needs(signed):
    data = signing.read_embedded_file(signed["report"], exchange.ATTACHMENT_NAME)
    text = data.decode("utf-8")
    payload = json.loads(text)
    assert PASS not in text
    whole_file = signed["report"].read_bytes()
    for private in {str(signed["folder"]), str(Path.home()), str(Path(signed["folder"]).parent), os.getcwd()}:
        assert private not in text, private
        assert private.encode("utf-8") not in whole_file, private
    assert PASS.encode("utf-8") not in whole_file
    # what is there is the facility and the assessment, not the computer's user
    assert payload["facility"]["name"]
    assert not any(key in json.dumps(payload, ensure_ascii=False) for key in ("passphrase", "口令", "password"))
