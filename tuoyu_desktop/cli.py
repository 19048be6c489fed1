"""``tuoyu``: the command-line face of the same services the GUI uses.

Exit codes: 0 success, 1 the command failed (message on stderr), 2 wrong usage.
"""

from __future__ import annotations

import argparse
import json
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any, Sequence

from tuoyu_desktop import __version__


class CommandFailed(Exception):
    """Stops a command with a message for the user and exit code 1."""


def _number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


def _workspace(args: argparse.Namespace):
    from tuoyu_desktop.services import Workspace

    return Workspace.open(args.data_dir)


# -- forms -----------------------------------------------------------------------------
def cmd_forms_validate(args: argparse.Namespace) -> int:
    from tuoyu_desktop.forms import FormError, load_form

    failed = 0
    for path in args.paths:
        try:
            form = load_form(path)
        except FormError as exc:
            failed += 1
            for problem in exc.problems:
                print(f"{path}: {problem}", file=sys.stderr)
            continue
        print(f"{path}: 有效 — {form.id} {form.version}《{form.title}》，{form.item_count} 个条目，总分 {_number(form.total_points)}")
    return 1 if failed else 0


def cmd_forms_compile(args: argparse.Namespace) -> int:
    from tuoyu_desktop.forms import FormError
    from tuoyu_desktop.forms.loader import write_form_yaml
    from tuoyu_desktop.forms.workbook import compile_workbook

    try:
        document, form = compile_workbook(args.workbook)
    except FormError as exc:
        for problem in exc.problems:
            print(f"{args.workbook}: {problem}", file=sys.stderr)
        return 1
    _write_or_fail(lambda: write_form_yaml(document, args.output), args.output)
    print(f"已生成 {args.output}：{form.id} {form.version}《{form.title}》，{form.item_count} 个条目，总分 {_number(form.total_points)}")
    return 0


def cmd_forms_export(args: argparse.Namespace) -> int:
    from tuoyu_desktop.forms import FormError, load_form
    from tuoyu_desktop.forms.workbook import export_workbook

    try:
        form = load_form(args.form)
    except FormError as exc:
        raise CommandFailed(str(exc)) from exc
    _write_or_fail(lambda: export_workbook(form, args.output), args.output)
    print(f"已导出 {args.output}")
    return 0


def cmd_forms_template(args: argparse.Namespace) -> int:
    from tuoyu_desktop.forms import load_form
    from tuoyu_desktop.forms.workbook import export_workbook
    from tuoyu_desktop.paths import resources_dir

    _write_or_fail(lambda: export_workbook(load_form(resources_dir() / "form-example.yaml"), args.output), args.output)
    print(f"已生成模板 {args.output}：按模板填写后用 tuoyu forms compile 或 tuoyu forms import 导入")
    return 0


def cmd_forms_import(args: argparse.Namespace) -> int:
    from tuoyu_desktop.forms import FormError

    try:
        form = _workspace(args).import_form(args.file)
    except FormError as exc:
        for problem in exc.problems:
            print(f"{args.file}: {problem}", file=sys.stderr)
        return 1
    print(f"已安装评估表 {form.id} {form.version}《{form.title}》")
    return 0


def _write_or_fail(write, target: Path) -> None:
    try:
        write()
    except OSError as exc:
        raise CommandFailed(f"无法写入 {target}：{exc.strerror or exc}") from exc


def form_entry_json(entry) -> dict[str, Any]:
    form = entry.form
    data: dict[str, Any] = {"path": str(entry.path), "usable": entry.usable, "problems": list(entry.problems)}
    if form is not None:
        data.update(
            id=form.id,
            version=form.version,
            title=form.title,
            kind=form.kind,
            hash=form.content_hash,
            items=form.item_count,
            total_points=_number(form.total_points),
            dimensions=[{"id": d.id, "title": d.title, "points": _number(d.points)} for d in form.dimensions],
        )
    return data


def cmd_forms_list(args: argparse.Namespace) -> int:
    entries = _workspace(args).form_entries()
    if args.json:
        print(json.dumps([form_entry_json(e) for e in entries], ensure_ascii=False, indent=2))
        return 0
    for entry in entries:
        if entry.form is not None:
            form = entry.form
            print(f"{form.id}\t{form.version}\t{form.kind}\t{form.title}\t{entry.path}")
        else:
            print(f"（无法使用）\t{entry.path}\t{entry.problems[0] if entry.problems else ''}")
    return 0


# -- assessments -----------------------------------------------------------------------
def summary_json(summary) -> dict[str, Any]:
    row, scores = summary.row, summary.scores
    return {
        "id": row.id,
        "period": row.period,
        "status": row.status,
        "form_id": row.form_id,
        "form_version": row.form_version,
        "form_title": summary.form_title,
        "created_at": row.created_at,
        "updated_at": row.updated_at,
        "earned": _number(scores.total.earned),
        "applicable_max": _number(scores.total.applicable_max),
        "percent": _number(scores.total.percent),
        "grade": scores.grade.grade,
        "answered": scores.total.done,
        "items": scores.total.total,
        "veto_failed": [r.item.id for r in scores.veto_failures],
    }


def cmd_list(args: argparse.Namespace) -> int:
    summaries = _workspace(args).list_assessments()
    if args.json:
        print(json.dumps([summary_json(s) for s in summaries], ensure_ascii=False, indent=2))
        return 0
    if not summaries:
        print("还没有自评记录。")
    for s in summaries:
        total = s.scores.total
        print(f"{s.row.id}\t{s.row.period}\t{total.done}/{total.total}\t{total.percent}%\t{s.scores.grade.grade}\t{s.form_title}")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    workspace = _workspace(args)
    assessment_id = workspace.create_demo()
    summary = next(s for s in workspace.list_assessments() if s.row.id == assessment_id)
    total = summary.scores.total
    print(f"已创建演示自评：{summary.row.period}，得分率 {total.percent}%，等级 {summary.scores.grade.grade}")
    print(assessment_id)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from tuoyu_desktop.services import ExportError

    workspace = _workspace(args)
    try:
        workspace.store.assessment(args.id)
    except KeyError:
        raise CommandFailed(f"找不到编号为 {args.id} 的自评（用 tuoyu list 查看）") from None
    try:
        path = workspace.export_pdf(args.id, args.output)
    except ExportError as exc:
        raise CommandFailed(str(exc)) from exc
    print(f"已导出：{path}")
    return 0


# -- parser ----------------------------------------------------------------------------
def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        default=argparse.SUPPRESS,
        help="数据文件夹（默认取环境变量 TUOYU_DATA_DIR，否则为用户数据目录）",
    )
    parser = argparse.ArgumentParser(prog="tuoyu", description="托育机构质量自评（命令行）", parents=[common])
    parser.add_argument("--version", action="version", version=f"tuoyu {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="命令")

    forms = commands.add_parser("forms", help="评估表：校验、列出", parents=[common])
    form_commands = forms.add_subparsers(dest="forms_command", required=True, metavar="子命令")
    validate = form_commands.add_parser("validate", help="校验评估表文件", parents=[common])
    validate.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    validate.set_defaults(handler=cmd_forms_validate)
    compile_ = form_commands.add_parser("compile", help="把 Excel 工作簿编译为评估表 YAML", parents=[common])
    compile_.add_argument("workbook", type=Path, metavar="SHEET.xlsx")
    compile_.add_argument("-o", "--output", required=True, type=Path, metavar="FORM.yaml")
    compile_.set_defaults(handler=cmd_forms_compile)
    export_form = form_commands.add_parser("export", help="把评估表导出为 Excel 工作簿", parents=[common])
    export_form.add_argument("form", type=Path, metavar="FORM.yaml")
    export_form.add_argument("-o", "--output", required=True, type=Path, metavar="SHEET.xlsx")
    export_form.set_defaults(handler=cmd_forms_export)
    template = form_commands.add_parser("template", help="生成评估表 Excel 模板（含各类条目示例）", parents=[common])
    template.add_argument("-o", "--output", required=True, type=Path, metavar="SHEET.xlsx")
    template.set_defaults(handler=cmd_forms_template)
    install = form_commands.add_parser("import", help="校验并安装评估表（YAML 或 Excel）到数据文件夹", parents=[common])
    install.add_argument("file", type=Path, metavar="FILE")
    install.set_defaults(handler=cmd_forms_import)
    form_list = form_commands.add_parser("list", help="列出可用的评估表", parents=[common])
    form_list.add_argument("--json", action="store_true", help="以 JSON 输出")
    form_list.set_defaults(handler=cmd_forms_list)

    demo = commands.add_parser("demo", help="创建演示机构和一份已填完的自评（最后一行输出自评编号）", parents=[common])
    demo.set_defaults(handler=cmd_demo)

    listing = commands.add_parser("list", help="列出本机构的自评", parents=[common])
    listing.add_argument("--json", action="store_true", help="以 JSON 输出")
    listing.set_defaults(handler=cmd_list)

    export = commands.add_parser("export", help="导出自评报告 PDF", parents=[common])
    export.add_argument("id", help="自评编号（见 tuoyu list）")
    export.add_argument("-o", "--output", required=True, type=Path, help="目标 PDF 文件")
    export.set_defaults(handler=cmd_export)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from tuoyu_desktop.services import StoreError

    args = build_parser().parse_args(argv)
    if not hasattr(args, "data_dir"):
        args.data_dir = None
    try:
        return args.handler(args)
    except (CommandFailed, StoreError) as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
