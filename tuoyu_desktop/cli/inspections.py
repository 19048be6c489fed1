"""``tuoyu inspections``, ``tuoyu mode`` and ``tuoyu demo --kind inspection``: inspector mode."""

from __future__ import annotations

import argparse

from tuoyu_desktop.cli.common import open_workspace, print_json


def cmd_demo_inspection(args: argparse.Namespace) -> int:
    workspace = open_workspace(args, writer=True)
    inspection_id = workspace.inspections.create_demo()
    view = workspace.inspections.view(inspection_id)
    print(f"已创建演示巡查：{view.facility.name}，{view.visit.visited_at}，发现问题 {len(view.findings)} 项")
    print(inspection_id)
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    items = open_workspace(args).inspections.list()
    if args.json:
        print_json([{
            "id": i.id, "facility_id": i.facility_id, "facility_name": i.facility_name, "credit_code": i.credit_code,
            "visited_at": i.visited_at, "inspectors": list(i.inspectors), "status": i.status, "checked": i.done,
            "items": i.total, "failed": i.failed, "open_rectifications": i.open_items} for i in items])
        return 0
    if not items:
        print("还没有巡查记录。")
    for i in items:
        print(f"{i.id}\t{i.visited_at}\t{i.facility_name}\t{i.done}/{i.total}\t不符合 {i.failed}\t未完成整改 {i.open_items}\t{i.status}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from tuoyu_desktop.services.inspections import NA

    workspace = open_workspace(args, writer=True)
    result = NA if args.na is not None else args.result
    if result is None:
        from tuoyu_desktop.cli.common import CommandFailed

        raise CommandFailed("请给出巡查结果（符合 / 不符合），或用 --na 说明不适用的理由")
    workspace.inspections.record_check(args.id, args.item, result, observation=args.observation or "",
                                       na_reason=args.na or "")
    session = workspace.assessments.open(args.id)
    print(f"已记录 {args.item}：{result}；已完成 {session.scores.total.done}/{session.scores.total.total} 项")
    return 0


def cmd_count(args: argparse.Namespace) -> int:
    workspace = open_workspace(args, writer=True)
    workspace.inspections.record_count(args.id, args.item, args.value)
    session = workspace.assessments.open(args.id)
    fed = [r for r in session.scores.items.values()
           if r.item.kind == "computed" and r.relevant and r.item.calculation is not None
           and f'"{args.item}"' in r.item.calculation.source]
    print(f"已记录 {args.item}：{args.value}")
    for result in fed:
        verdict = {True: "符合", False: "不符合", None: "无法计算"}[result.computed]
        print(f"  {result.item.id} {verdict}：{result.explanation}")
    return 0


def cmd_mode(args: argparse.Namespace) -> int:
    workspace = open_workspace(args, writer=args.mode is not None)
    if args.mode is not None:
        workspace.preferences.set_mode(args.mode)
    from tuoyu_desktop.services.preferences import MODES

    print(MODES[workspace.preferences.mode])
    return 0


def register(commands, common: argparse.ArgumentParser) -> None:
    inspections = commands.add_parser("inspections", help="督导巡查记录", parents=[common])
    sub = inspections.add_subparsers(dest="inspections_command", required=True, metavar="子命令")
    listing = sub.add_parser("list", help="列出巡查记录（走访的机构和巡查）", parents=[common])
    listing.add_argument("--json", action="store_true", help="以 JSON 输出")
    listing.set_defaults(handler=cmd_list)
    check = sub.add_parser("check", help="记录一个巡查条目：符合 / 不符合 / 不适用（严重问题项目不能记不适用，退出码 2）",
                           parents=[common])
    check.add_argument("id", help="巡查编号（见 tuoyu inspections list）")
    check.add_argument("item", metavar="ITEM_ID", help="条目编号，如 1.1.1")
    check.add_argument("result", nargs="?", choices=("符合", "不符合"), help="巡查结果")
    check.add_argument("--observation", help="现场所见")
    check.add_argument("--na", metavar="REASON", help="记为不适用，并写明原因")
    check.set_defaults(handler=cmd_check)
    count = sub.add_parser("count", help="记录现场清点的人数（如某班在班幼儿数、在岗保育人员数），并显示由它判定的师幼比条目",
                           parents=[common])
    count.add_argument("id", help="巡查编号")
    count.add_argument("item", metavar="ITEM_ID", help="清点条目编号，如 1.2.4（托小班在班幼儿数）")
    count.add_argument("value", help="清点到的人数")
    count.set_defaults(handler=cmd_count)
    mode = commands.add_parser("mode", help="查看或设置使用方式：facility 机构 / inspector 督导员 / district 区县",
                                 parents=[common])
    mode.add_argument("mode", nargs="?", choices=("facility", "inspector", "district"))
    mode.set_defaults(handler=cmd_mode)
