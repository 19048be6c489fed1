"""``tuoyu survey``: the anonymous 家长满意度调查 — new, answer, import, index."""

from __future__ import annotations

import argparse
from pathlib import Path

from tuoyu_desktop.cli.common import open_workspace, print_json
from tuoyu_desktop.errors import InvalidInput


def cmd_new(args: argparse.Namespace) -> int:
    workspace = open_workspace(args, writer=True)
    survey_id = workspace.surveys.create(args.period, args.form)
    print(f"已新建满意度调查：{survey_id}（{args.period.strip()}）")
    return 0


def cmd_answer(args: argparse.Namespace) -> int:
    answers: dict[str, str | None] = {}
    for pair in args.answers:
        item_id, sep, value = pair.partition("=")
        if not sep or not item_id.strip() or not value.strip():
            raise InvalidInput(f"“{pair}”应写成 条目编号=回答，如 1.1.1=5 或 1.1.1=非常满意（不适用写 1.1.1=na）")
        value = value.strip()
        answers[item_id.strip()] = None if value.lower() in ("na", "不适用") else value
    workspace = open_workspace(args, writer=True)
    workspace.surveys.answer(answers, args.survey)
    print(f"已记录一份匿名答卷（{len(answers)} 题）")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    workspace = open_workspace(args, writer=True)
    added = workspace.surveys.import_xlsx(args.file, args.survey)
    print(f"已导入 {added} 份答卷")
    return 0


def _number(value) -> str:
    return "—" if value is None else f"{value}"


def cmd_index(args: argparse.Namespace) -> int:
    index = open_workspace(args).surveys.index(args.survey)
    if args.json:
        print_json(index.to_dict())
        return 0
    print(f"{index.title}（{index.period}）：{index.respondents} 位家长参与")
    for dimension in index.dimensions:
        print(f"{dimension.id}\t{dimension.title}\t{_number(dimension.index)}")
    print(f"总体\t{_number(index.overall)}")
    return 0


def register(commands, common: argparse.ArgumentParser) -> None:
    choose = argparse.ArgumentParser(add_help=False)
    choose.add_argument("--survey", help="调查编号（默认最近一次）")
    group = commands.add_parser("survey", help="家长满意度调查：新建、录入答卷、导入、指数", parents=[common])
    sub = group.add_subparsers(dest="survey_command", required=True, metavar="子命令")
    new = sub.add_parser("new", help="新建一次满意度调查", parents=[common])
    new.add_argument("--period", required=True, help="调查周期，如 2026年下半年")
    new.add_argument("--form", default="parent-survey", help="问卷（默认 parent-survey）")
    new.set_defaults(handler=cmd_new)
    answer = sub.add_parser("answer", help="录入一位家长的匿名答卷", parents=[common, choose])
    answer.add_argument("answers", nargs="+", metavar="条目=回答", help="如 1.1.1=5 或 1.1.1=非常满意，不适用写 na")
    answer.set_defaults(handler=cmd_answer)
    imported = sub.add_parser("import", help="导入问卷平台导出的答卷（.xlsx）", parents=[common, choose])
    imported.add_argument("file", type=Path, help="每行一位家长、每列一个条目的 .xlsx")
    imported.set_defaults(handler=cmd_import)
    index = sub.add_parser("index", help="各维度和总体满意度指数（0–100）与参与人数", parents=[common, choose])
    index.add_argument("--json", action="store_true", help="以 JSON 输出")
    index.set_defaults(handler=cmd_index)
