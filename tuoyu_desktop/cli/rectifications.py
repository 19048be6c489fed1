"""``tuoyu rectifications``: the rectification ledger (整改台账)."""

from __future__ import annotations

import argparse
from pathlib import Path

from tuoyu_desktop.cli.common import built, open_workspace, print_json


def cmd_list(args: argparse.Namespace) -> int:
    workspace = open_workspace(args)
    items = workspace.rectifications.list(args.status, args.source, args.overdue)
    if args.json:
        names = {}
        data = []
        for item in items:
            if item.facility_id not in names:
                names[item.facility_id] = workspace.facilities.profile(item.facility_id).name
            data.append({**workspace.rectifications.get(item.id).to_dict(), "facility_name": names[item.facility_id]})
        print_json(data)
        return 0
    if not items:
        print("没有符合条件的整改事项。")
    for item in items:
        flag = "【逾期】" if item.overdue else ""
        print(f"{item.id}\t{flag}{item.status}\t{item.severity}\t{item.deadline or '—'}\t{item.source_label}\t"
              f"{item.description.splitlines()[0][:40]}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:

    path = open_workspace(args).reports.export_ledger(args.output, args.status, args.source, args.overdue)
    print(f"已导出整改台账：{path}")
    return 0


def cmd_from_assessment(args: argparse.Namespace) -> int:

    workspace = open_workspace(args, writer=True)
    items = workspace.rectifications.from_assessment(args.id)
    print(f"该自评共有 {len(items)} 个整改事项（重复执行不会重复添加）")
    return 0


def cmd_status(args: argparse.Namespace) -> int:

    workspace = open_workspace(args, writer=True)
    item = workspace.rectifications.set_status(args.id, args.status, args.reason or "")
    print(f"已更新：{item.description.splitlines()[0][:40]} → {item.status}")
    return 0


def register(commands, common: argparse.ArgumentParser) -> None:
    group = commands.add_parser("rectifications", help="整改台账：列出、导出、生成、更新状态", parents=[common])
    if not built(group):  # another command was asked for: skip importing the statuses
        return
    from tuoyu_desktop.rectification import SOURCES, STATUSES

    filters = argparse.ArgumentParser(add_help=False)
    filters.add_argument("--status", action="append", choices=STATUSES, help="按状态筛选（可多次使用）")
    filters.add_argument("--source", choices=tuple(SOURCES), help="按来源筛选")
    filters.add_argument("--overdue", action="store_true", help="只列逾期事项")
    sub = group.add_subparsers(dest="rectifications_command", required=True, metavar="子命令")
    listing = sub.add_parser("list", help="列出整改事项（逾期的在前）", parents=[common, filters])
    listing.add_argument("--json", action="store_true", help="以 JSON 输出")
    listing.set_defaults(handler=cmd_list)
    export = sub.add_parser("export", help="导出整改台账（.pdf 或 .xlsx）", parents=[common, filters])
    export.add_argument("-o", "--output", required=True, type=Path, help="目标文件（.pdf 或 .xlsx）")
    export.set_defaults(handler=cmd_export)
    generate = sub.add_parser("from-assessment", help="由自评未达标条目生成整改事项", parents=[common])
    generate.add_argument("id", help="自评编号")
    generate.set_defaults(handler=cmd_from_assessment)
    status = sub.add_parser("status", help="更新整改状态", parents=[common])
    status.add_argument("id", help="整改事项编号")
    status.add_argument("status", choices=STATUSES)
    status.add_argument("--reason", help="说明（“无法整改”时必填）")
    status.set_defaults(handler=cmd_status)
