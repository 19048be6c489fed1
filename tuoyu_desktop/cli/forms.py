"""``tuoyu forms …``: validate, list, compile, export, template, import."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from tuoyu_desktop.cli.common import CommandFailed, number, open_workspace, print_json, write_or_fail


def cmd_forms_validate(args: argparse.Namespace) -> int:
    from tuoyu_desktop.forms import FormError
    from tuoyu_desktop.services.forms import Forms

    failed = 0
    for path in args.paths:
        try:
            form = Forms.check_file(path)[1]
        except FormError as exc:
            failed += 1
            for problem in exc.problems:
                print(f"{path}: {problem}", file=sys.stderr)
            continue
        print(f"{path}: 有效 — {form.id} {form.version}《{form.title}》，{form.item_count} 个条目，总分 {number(form.total_points)}")
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
    write_or_fail(lambda: write_form_yaml(document, args.output), args.output)
    print(f"已生成 {args.output}：{form.id} {form.version}《{form.title}》，{form.item_count} 个条目，总分 {number(form.total_points)}")
    return 0


def cmd_forms_export(args: argparse.Namespace) -> int:
    from tuoyu_desktop.forms import FormError, load_form
    from tuoyu_desktop.forms.workbook import export_workbook

    try:
        form = load_form(args.form)
    except FormError as exc:
        raise CommandFailed(str(exc)) from exc
    write_or_fail(lambda: export_workbook(form, args.output), args.output)
    print(f"已导出 {args.output}")
    return 0


def cmd_forms_template(args: argparse.Namespace) -> int:
    from tuoyu_desktop.forms import load_form
    from tuoyu_desktop.forms.workbook import export_workbook
    from tuoyu_desktop.paths import resources_dir

    write_or_fail(lambda: export_workbook(load_form(resources_dir() / "form-example.yaml"), args.output), args.output)
    print(f"已生成模板 {args.output}：按模板填写后用 tuoyu forms compile 或 tuoyu forms import 导入")
    return 0


def cmd_forms_import(args: argparse.Namespace) -> int:
    from tuoyu_desktop.forms import FormError

    try:
        form = open_workspace(args, writer=True).forms.install(args.file)
    except FormError as exc:
        for problem in exc.problems:
            print(f"{args.file}: {problem}", file=sys.stderr)
        return 1
    print(f"已安装评估表 {form.id} {form.version}《{form.title}》")
    return 0


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
            total_points=number(form.total_points),
            dimensions=[{"id": d.id, "title": d.title, "points": number(d.points)} for d in form.dimensions],
        )
    return data


def cmd_forms_list(args: argparse.Namespace) -> int:
    entries = open_workspace(args).forms.entries()
    if args.json:
        print_json([form_entry_json(e) for e in entries])
        return 0
    for entry in entries:
        if entry.form is not None:
            form = entry.form
            print(f"{form.id}\t{form.version}\t{form.kind}\t{form.title}\t{entry.path}")
        else:
            print(f"（无法使用）\t{entry.path}\t{entry.problems[0] if entry.problems else ''}")
    return 0


def register(commands, common: argparse.ArgumentParser) -> None:
    forms = commands.add_parser("forms", help="评估表：校验、列出、与 Excel 互转、导入", parents=[common])
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
