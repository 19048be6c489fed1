"""``tuoyu demo``, ``tuoyu list``, ``tuoyu export``: the facility's assessments."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from tuoyu_desktop.cli.common import number, open_workspace
from tuoyu_desktop.cli.reports import signer_from


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
        "earned": number(scores.total.earned),
        "applicable_max": number(scores.total.applicable_max),
        "percent": number(scores.total.percent),
        "grade": scores.grade.grade,
        "answered": scores.total.done,
        "items": scores.total.total,
        "veto_failed": [r.item.id for r in scores.veto_failures],
    }


def cmd_list(args: argparse.Namespace) -> int:
    summaries = open_workspace(args).assessments.list()
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
    if getattr(args, "kind", "self_assessment") == "inspection":
        from tuoyu_desktop.cli.inspections import cmd_demo_inspection

        return cmd_demo_inspection(args)
    workspace = open_workspace(args, writer=True)
    assessment_id = workspace.assessments.create_demo()
    summary = next(s for s in workspace.assessments.list() if s.row.id == assessment_id)
    total = summary.scores.total
    print(f"已创建演示自评：{summary.row.period}，得分率 {total.percent}%，等级 {summary.scores.grade.grade}")
    print(assessment_id)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    workspace = open_workspace(args)
    workspace.assessments.row(args.id)  # NotFound names the id and where to look
    signers = [signer_from(args.sign, args.passphrase_file)] if args.sign else []
    path = workspace.reports.export_pdf(args.id, args.output, signers=signers)
    print(f"已导出：{path}")
    return 0


def register(commands, common: argparse.ArgumentParser) -> None:
    demo = commands.add_parser("demo", help="创建演示机构和一份已填完的自评（最后一行输出自评编号）", parents=[common])
    demo.add_argument("--kind", choices=("self_assessment", "inspection"), default="self_assessment",
                      help="inspection：一家走访机构和一份完整的巡查记录（含照片和问题），最后一行输出巡查编号")
    demo.set_defaults(handler=cmd_demo)
    listing = commands.add_parser("list", help="列出本机构的自评", parents=[common])
    listing.add_argument("--json", action="store_true", help="以 JSON 输出")
    listing.set_defaults(handler=cmd_list)
    export = commands.add_parser("export", help="导出自评报告或巡查报告 PDF", parents=[common])
    export.add_argument("id", help="自评编号（见 tuoyu list）或巡查编号（见 tuoyu inspections list）")
    export.add_argument("-o", "--output", required=True, type=Path, help="目标 PDF 文件")
    export.add_argument("--sign", type=Path, metavar="IDENTITY.p12", help="导出并用此数字身份签名（须先定稿）")
    export.add_argument("--passphrase-file", type=Path, help="从文件第一行读取口令（供脚本使用）")
    export.set_defaults(handler=cmd_export)
