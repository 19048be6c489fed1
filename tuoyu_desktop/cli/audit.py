"""``tuoyu audit …``: check the hash-chained audit trail, show the history of one thing."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tuoyu_desktop.cli.common import open_workspace, print_json


def cmd_audit_verify(args: argparse.Namespace) -> int:
    check = open_workspace(args).audit.verify(args.report)
    for problem in check.problems:
        print(problem, file=sys.stderr)
    if check.ok:
        print(f"审计记录完好：共 {check.entries} 条，链头 {check.head}")
        return 0
    print(f"审计记录有 {len(check.problems)} 处问题（共 {check.entries} 条）", file=sys.stderr)
    return 1


def cmd_audit_history(args: argparse.Namespace) -> int:
    entries = open_workspace(args).audit.history(args.entity, args.entity_id)
    if args.json:
        print_json(entries)
        return 0
    if not entries:
        print("没有记录。")
    for e in entries:
        print(f"{e['seq']}\t{e['at']}\t{e['actor']}\t{e['field']}\t{e['old'] or ''} → {e['new'] or ''}")
    return 0


def register(commands, common: argparse.ArgumentParser) -> None:
    audit = commands.add_parser("audit", help="审计记录：核验、查看某项的修改历史", parents=[common])
    sub = audit.add_subparsers(dest="audit_command", required=True, metavar="子命令")
    verify = sub.add_parser("verify", help="核验审计链：找出被改动或删除的记录，并与已发出报告所载的链头对照", parents=[common])
    verify.add_argument("--report", action="append", default=[], type=Path, metavar="FILE.pdf",
                        help="再对照这份已发出的报告所载的审计链头（可多次使用）")
    verify.set_defaults(handler=cmd_audit_verify)
    history = sub.add_parser("history", help="某项的修改历史", parents=[common])
    history.add_argument("entity", help="facility / assessment / answer / trust / setting / form / received_report")
    history.add_argument("entity_id", help="编号；答案为 自评编号/条目编号")
    history.add_argument("--json", action="store_true")
    history.set_defaults(handler=cmd_audit_history)
