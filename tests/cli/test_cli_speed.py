"""Issue 15: ``tuoyu --help`` and ``tuoyu list`` stay fast: only the named command's parser is
built, and a listing is printed from the last one while the data file's audit head is unchanged."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from contextlib import redirect_stdout

from tuoyu_desktop.cli import build_parser, command_named, main
from tuoyu_desktop.records import Answer
from tuoyu_desktop.services import Workspace
from tuoyu_desktop.services.listing import CACHE_FILE


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def help_text(parser) -> str:
    out = io.StringIO()
    with redirect_stdout(out):
        parser.print_help()
    return out.getvalue()


def test_the_named_command_is_found_past_the_global_options():
    assert command_named(["--help"]) == ""
    assert command_named(["--data-dir", "list", "export", "x"]) == "export"  # a folder named "list"
    assert command_named(["list", "--json"]) == "list"
    assert command_named(["--version"]) == ""


def test_a_lazily_built_parser_lists_every_command_and_parses_the_named_one_fully():
    full, lazy = build_parser(), build_parser(only="")
    assert help_text(lazy) == help_text(full)  # tuoyu --help: complete
    args = build_parser(only="rectifications").parse_args(["rectifications", "list", "--status", "待整改", "--json"])
    assert args.status == ["待整改"] and args.json and args.handler.__name__ == "cmd_list"
    args = build_parser(only="list").parse_args(["list", "--json", "--data-dir", "/x"])
    assert args.json and args.data_dir == "/x"


def test_listing_printed_again_is_the_same_and_follows_every_change(capsys, data_dir):
    assert run(capsys, "demo")[0] == 0
    code, first, _ = run(capsys, "list", "--json")
    assert code == 0 and (data_dir / CACHE_FILE).is_file()
    assert run(capsys, "list", "--json")[1] == first  # from the kept view
    text = run(capsys, "list")[1]
    assert run(capsys, "list")[1] == text and "\t" in text

    [listed] = json.loads(first)
    workspace = Workspace.open(data_dir)
    session = workspace.assessments.open(listed["id"])
    item = next(i for i in session.form.iter_items() if i.kind == "choice" and i.id in session.answers)
    current = session.answers[item.id].value
    other = next(o.value for o in item.scale.options if o.value != current)
    session.set_answer(item.id, Answer(other))
    workspace.close()
    code, second, _ = run(capsys, "list", "--json")
    assert second != first  # the audit head moved: listed afresh
    assert json.loads(second)[0]["earned"] != listed["earned"] or json.loads(second)[0]["updated_at"] != listed["updated_at"]


def test_a_damaged_or_foreign_view_file_is_ignored_and_rewritten(capsys, data_dir):
    assert run(capsys, "demo")[0] == 0
    expected = run(capsys, "list", "--json")[1]
    path = data_dir / CACHE_FILE
    document = json.loads(path.read_text(encoding="utf-8"))
    for damage in ("{not json", "[]", '{"code": 1}', json.dumps({**document, "code": "another version"})):
        path.write_text(damage, encoding="utf-8")
        assert run(capsys, "list", "--json")[1] == expected
        assert json.loads(path.read_text(encoding="utf-8"))["code"] == document["code"]  # rewritten
    forged = json.loads(path.read_text(encoding="utf-8"))
    view = forged["views"]["list --json"]
    forged["views"]["list --json"] = {**view, "head": [view["head"][0], "f" * 64]}  # another history
    path.write_text(json.dumps(forged), encoding="utf-8")
    assert run(capsys, "list", "--json")[1] == expected


def test_a_listing_from_the_kept_view_imports_no_service(data_dir):
    code = ("import sys, io, contextlib; from tuoyu_desktop.cli import main\n"
            "out = io.StringIO()\n"
            "with contextlib.redirect_stdout(out): main(['--data-dir', sys.argv[1], 'list', '--json'])\n"
            "print(sorted(m for m in sys.modules if m.startswith(('tuoyu_desktop.services.', 'tuoyu_desktop.forms',"
            " 'tuoyu_desktop.store.db', 'PySide6', 'reportlab', 'pyhanko', 'yaml'))))")
    subprocess.run([sys.executable, "-m", "tuoyu_desktop.cli", "--data-dir", str(data_dir), "demo"], check=True,
                   capture_output=True, timeout=120)
    first = subprocess.run([sys.executable, "-c", code, str(data_dir)], capture_output=True, text=True, timeout=120)
    assert "tuoyu_desktop.services.workspace" in first.stdout, first.stdout + first.stderr  # made the view
    again = subprocess.run([sys.executable, "-c", code, str(data_dir)], capture_output=True, text=True, timeout=120)
    assert again.stdout.strip() == "['tuoyu_desktop.services.listing']", again.stdout + again.stderr


def test_the_glance_reads_the_stores_own_file_and_table(data_dir):
    from tuoyu_desktop.store import audit, peek
    from tuoyu_desktop.store.db import DB_FILENAME

    assert (peek.DB_FILENAME, peek._AUDIT_TABLE) == (DB_FILENAME, audit.TABLE)
    assert peek.audit_head(data_dir) is None  # no data file yet
    workspace = Workspace.open(data_dir)
    workspace.assessments.create_demo()
    position = workspace.store.audit_position()
    workspace.close()
    assert peek.audit_head(data_dir) == position
    (data_dir / DB_FILENAME).write_bytes(b"not a database" * 100)
    assert peek.audit_head(data_dir) is None
