"""``tuoyu inspections``, ``tuoyu mode`` and ``tuoyu demo --kind inspection``: inspector mode."""

from __future__ import annotations

import argparse
import json

from tuoyu_desktop.cli.common import open_workspace


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
        print(json.dumps([{
            "id": i.id, "facility_id": i.facility_id, "facility_name": i.facility_name, "credit_code": i.credit_code,
            "visited_at": i.visited_at, "inspectors": list(i.inspectors), "status": i.status, "checked": i.done,
            "items": i.total, "failed": i.failed, "open_rectifications": i.open_items} for i in items],
            ensure_ascii=False, indent=2))
        return 0
    if not items:
        print("还没有巡查记录。")
    for i in items:
        print(f"{i.id}\t{i.visited_at}\t{i.facility_name}\t{i.done}/{i.total}\t不符合 {i.failed}\t未完成整改 {i.open_items}\t{i.status}")
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
    mode = commands.add_parser("mode", help="查看或设置使用方式：facility 机构 / inspector 督导员 / district 区县",
                                 parents=[common])
    mode.add_argument("mode", nargs="?", choices=("facility", "inspector", "district"))
    mode.set_defaults(handler=cmd_mode)
