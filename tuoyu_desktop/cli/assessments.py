"""``tuoyu demo``, ``tuoyu list``, ``tuoyu export``: the facility's assessments."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from tuoyu_desktop.cli.common import CommandFailed, number, open_workspace, print_json
from tuoyu_desktop.cli.reports import signers_from


def summary_json(brief) -> dict[str, Any]:
    row = brief.row
    return {
        "id": row.id,
        "period": row.period,
        "status": row.status,
        "form_id": row.form_id,
        "form_version": row.form_version,
        "form_title": brief.form_title,
        "created_at": row.created_at,
        "updated_at": row.updated_at,
        "earned": number(brief.earned),
        "applicable_max": number(brief.applicable_max),
        "percent": number(brief.percent),
        "grade": brief.grade,
        "answered": brief.done,
        "items": brief.total,
        "veto_failed": list(brief.veto_failed),
    }


def cmd_list(args: argparse.Namespace) -> int:
    """Printed from the last listing while the data file's audit head is unchanged (services/listing.py):
    then nothing but sqlite3 is imported and no service is opened."""
    from tuoyu_desktop import paths
    from tuoyu_desktop.services import listing

    data_dir = paths.resolve_data_dir(args.data_dir)
    view = "list --json" if args.json else "list"
    at = listing.head(data_dir)
    text = listing.cached_view(data_dir, view, at)
    if text is None:
        text = listing_text(args)
        listing.keep_view(data_dir, view, at, text)
    sys.stdout.write(text)
    return 0


def listing_text(args: argparse.Namespace) -> str:
    briefs = open_workspace(args).assessments.briefs()  # scored once, kept until they change
    if args.json:
        # One assessment per line: json's indenting encoder is pure Python (0.1 s for 1,000).
        lines = ",\n".join("  " + json.dumps(summary_json(b), ensure_ascii=False) for b in briefs)
        return f"[\n{lines}\n]\n" if briefs else "[]\n"
    if not briefs:
        return "还没有自评记录。\n"
    out = []
    for b in briefs:
        grade = b.grade or "未评定"
        out.append(f"{b.row.id}\t{b.row.period}\t{b.done}/{b.total}\t{b.percent}%\t{grade}\t{b.form_title}\n")
    return "".join(out)


def cmd_demo(args: argparse.Namespace) -> int:
    if getattr(args, "kind", "self_assessment") == "inspection":
        from tuoyu_desktop.cli.inspections import cmd_demo_inspection

        return cmd_demo_inspection(args)
    workspace = open_workspace(args, writer=True)
    assessment_id = workspace.assessments.create_demo(form_id=args.form)
    summary = next(s for s in workspace.assessments.list() if s.row.id == assessment_id)
    total = summary.scores.total
    print(f"已创建演示自评：{summary.row.period}，得分率 {total.percent}%，等级 {summary.scores.grade.grade}")
    print(assessment_id)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from tuoyu_desktop.services import DeclaredSigner

    workspace = open_workspace(args, writer=None)
    workspace.assessments.row(args.id)  # NotFound names the id and where to look
    signers = signers_from(args.sign or [], args.passphrase_file or [])
    declared = None
    if args.declare:
        declared = [DeclaredSigner(*(part.strip() for part in entry.split("=", 1))) for entry in args.declare]
    path = workspace.reports.export_pdf(args.id, args.output, signers=signers, declared=declared)
    print(f"已导出：{path}")
    return 0


def cmd_new(args: argparse.Namespace) -> int:
    workspace = open_workspace(args, writer=True)
    form_id = args.form or workspace.assessments.default_form_id()
    mismatch = workspace.assessments.form_mismatch(form_id)
    if mismatch:
        print(f"提示：{mismatch}", file=sys.stderr)
    assessment_id = workspace.assessments.create(form_id, args.period, carry_from=args.carry_from)
    session = workspace.assessments.open(assessment_id)
    form = session.form
    print(f"已新建：{args.period}，{form.title}（{form.version}），共 {form.item_count} 个条目")
    if args.carry_from:
        print(f"沿用上期答案 {len(session.pending)} 项，均标为待确认（tuoyu confirm 确认，或逐项修改）")
    print(assessment_id)
    return 0


def cmd_answer(args: argparse.Namespace) -> int:
    from tuoyu_desktop.records import Answer

    session = open_workspace(args, writer=True).assessments.open(args.id)
    if args.na is not None:
        answer = Answer(na=True, na_reason=args.na, comment=args.comment or "")
    elif args.value is None:
        raise CommandFailed("请给出答案（选项的值，如 met / yes），或用 --na 说明不适用的理由")
    else:
        item = session.item(args.item)
        value = args.value
        if item.kind == "choice" and item.scale.option(value) is None:
            by_label = {o.label: o.value for o in item.scale.options}
            if value not in by_label:
                options = "、".join(f"{o.value}（{o.label}）" for o in item.scale.options)
                raise CommandFailed(f"条目 {args.item} 没有选项“{value}”；可选：{options}")
            value = by_label[value]
        answer = Answer(value=value, comment=args.comment or "")
    saved_at = session.set_answer(args.item, answer)
    done = session.scores.total
    print(f"已保存 {args.item}（{saved_at}）；已完成 {done.done}/{done.total} 项")
    return 0


def cmd_confirm(args: argparse.Namespace) -> int:
    session = open_workspace(args, writer=True).assessments.open(args.id)
    if not args.all and not args.items:
        raise CommandFailed("请给出要确认的条目编号，或用 --all 确认全部沿用的答案")
    count = session.confirm(None if args.all else args.items)
    print(f"已确认 {count} 项；还有 {len(session.pending)} 项沿用上期的答案待确认")
    return 0


def cmd_compare(args: argparse.Namespace) -> int:
    change = open_workspace(args).assessments.change(args.id)
    if args.json:
        def row(d):
            return {"id": d.dimension_id, "title": d.title, "before": None if d.before is None else number(d.before),
                    "now": number(d.now), "delta": None if d.delta is None else number(d.delta)}

        print_json(None if change is None else {
            "previous_period": change.previous_period, "same_form": change.same_form,
            "dimensions": [row(d) for d in change.dimensions], "total": row(change.total)})
        return 0
    if change is None:
        print("这是第一期自评，没有可比较的上期。")
        return 0
    print(f"与上期（{change.previous_period}）比较：" + ("" if change.same_form else "（两期评估表不同，仅供参考）"))
    for d in (*change.dimensions, change.total):
        before = "—" if d.before is None else f"{d.before}%"
        delta = "—" if d.delta is None else f"{d.delta:+}"
        print(f"{d.dimension_id}\t{d.title}\t{before}\t{d.now}%\t{delta}")
    return 0


def register(commands, common: argparse.ArgumentParser) -> None:
    demo = commands.add_parser("demo", help="创建演示机构和一份已填完的自评（最后一行输出自评编号）", parents=[common])
    demo.add_argument("--kind", choices=("self_assessment", "inspection"), default="self_assessment",
                      help="inspection：一家走访机构和一份完整的巡查记录（含照片和问题），最后一行输出巡查编号")
    demo.add_argument("--form", default="wst821-2023", metavar="FORM_ID",
                      help="用这份评估表做演示自评（见 tuoyu forms list；默认 wst821-2023）")
    demo.set_defaults(handler=cmd_demo)
    new = commands.add_parser("new", help="新建一份自评（最后一行输出自评编号）", parents=[common])
    new.add_argument("--form", metavar="FORM_ID",
                     help="评估表编号（见 tuoyu forms list）；默认按机构信息中的机构类型选择（家庭托育点用家庭托育点自评表，其他用 wst821-2023）；"
                          "所选评估表不适用于本机构类型时给出提示")
    new.add_argument("--period", required=True, help="评估周期，如 2026年下半年")
    new.add_argument("--from", dest="carry_from", metavar="PREVIOUS_ID",
                     help="新一期自评：沿用这份自评的答案，每项标为待确认，确认或修改后才能定稿")
    new.set_defaults(handler=cmd_new)
    confirm = commands.add_parser("confirm", help="确认沿用上期的答案仍然属实", parents=[common])
    confirm.add_argument("id", help="自评编号")
    confirm.add_argument("items", nargs="*", metavar="ITEM_ID", help="条目编号")
    confirm.add_argument("--all", action="store_true", help="确认全部沿用的答案")
    confirm.set_defaults(handler=cmd_confirm)
    compare = commands.add_parser("compare", help="与上一期自评比较：各维度和总得分率的变化", parents=[common])
    compare.add_argument("id", help="自评编号")
    compare.add_argument("--json", action="store_true", help="以 JSON 输出")
    compare.set_defaults(handler=cmd_compare)
    answer = commands.add_parser("answer", help="回答一个条目（与界面中作答的检查相同）", parents=[common])
    answer.add_argument("id", help="自评编号")
    answer.add_argument("item", metavar="ITEM_ID", help="条目编号，如 1.1.1")
    answer.add_argument("value", nargs="?", metavar="VALUE", help="选项的值或名称（如 met 或 达到）、数字、文字")
    answer.add_argument("--comment", help="备注")
    answer.add_argument("--na", metavar="REASON", help="标为不适用，并写明理由")
    answer.set_defaults(handler=cmd_answer)
    listing = commands.add_parser("list", help="列出本机构的自评", parents=[common])
    listing.add_argument("--json", action="store_true", help="以 JSON 输出")
    listing.set_defaults(handler=cmd_list)
    export = commands.add_parser("export", help="导出自评报告或巡查报告 PDF", parents=[common])
    export.add_argument("id", help="自评编号（见 tuoyu list）或巡查编号（见 tuoyu inspections list）")
    export.add_argument("-o", "--output", required=True, type=Path, help="目标 PDF 文件")
    export.add_argument("--sign", type=Path, action="append", metavar="IDENTITY.p12",
                        help="导出并用此数字身份签名（须先定稿；可多次使用，按顺序签名）")
    export.add_argument("--passphrase-file", type=Path, action="append",
                        help="从文件第一行读取口令（供脚本使用；给一个则所有身份共用，或每个 --sign 一个）")
    export.add_argument("--declare", action="append", metavar="ROLE[=NAME]",
                        help="声明报告的签署人（可多次使用，按签名顺序），如 机构负责人=李红梅、机构代表；"
                             "默认：自评为机构负责人，巡查为各督导员和机构代表")
    export.set_defaults(handler=cmd_export)
