"""``tuoyu desk …`` (the district desk) and ``tuoyu receipt …`` (a facility's receipts)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tuoyu_desktop.cli.common import CommandFailed, open_workspace, print_json, print_rows, read_passphrase
from tuoyu_desktop.plainfiles import read_plain


# -- roster --------------------------------------------------------------------------------------
def cmd_roster_template(args: argparse.Namespace) -> int:
    from tuoyu_desktop.services.desk import Desk

    try:
        path = Desk.write_roster_template(args.output)
    except OSError as exc:
        raise CommandFailed(f"无法写入 {args.output}：{exc}") from exc
    print(f"已生成名册模板：{path}")
    return 0


def cmd_roster_import(args: argparse.Namespace) -> int:
    from tuoyu_desktop.desk_roster import RosterInvalid

    workspace = open_workspace(args, writer=True)
    try:
        added, changed = workspace.desk.import_roster(args.workbook)
    except RosterInvalid as exc:
        print(f"错误：名册有 {len(exc.problems)} 处问题，未导入：", file=sys.stderr)
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
        return 1
    print(f"名册已导入：新增 {added} 家，更新 {changed} 家；共 {len(workspace.desk.roster())} 家")
    return 0


def cmd_roster_list(args: argparse.Namespace) -> int:
    workspace = open_workspace(args)
    rows = workspace.desk.roster()
    certificates: dict[str, int] = {}
    for cert in workspace.desk.certificates():
        certificates[cert["credit_code"]] = certificates.get(cert["credit_code"], 0) + 1
    return print_rows(
        rows, args.json, "名册是空的：用 tuoyu desk roster import 导入，或 tuoyu desk roster add 添加。",
        lambda r: (f"{r['credit_code']}\t{r['name']}\t{r['facility_type']}\t{'普惠' if r['is_puhui'] else ''}\t"
                   f"托位 {r['places']}\t已登记证书 {certificates.get(r['credit_code'], 0)}"),
        json_rows=[{**r, "certificates": certificates.get(r["credit_code"], 0)} for r in rows])


def cmd_roster_add(args: argparse.Namespace) -> int:
    workspace = open_workspace(args, writer=True)
    values = {"name": args.name, "credit_code": args.credit_code}
    try:
        values = {**workspace.desk.facility(args.credit_code), **{k: v for k, v in values.items() if v}}
    except KeyError:
        pass
    for key in ("filing_number", "address", "facility_type", "contact", "district", "places"):
        if getattr(args, key) is not None:
            values[key] = getattr(args, key)
    if args.puhui is not None:
        values["is_puhui"] = args.puhui == "yes"
    code = workspace.desk.save_facility(values)
    print(f"已保存：{values['name']}（{code}）")
    return 0


def cmd_roster_cert(args: argparse.Namespace) -> int:
    fingerprint = open_workspace(args, writer=True).desk.register_certificate(args.credit_code, args.certificate,
                                                                              args.label or "")
    print(f"已登记证书指纹 {fingerprint}")
    return 0


# -- officers and cycles ---------------------------------------------------------------------------
def cmd_officer_add(args: argparse.Namespace) -> int:
    try:
        data = read_plain(args.certificate)
    except OSError as exc:
        raise CommandFailed(f"无法读取证书文件 {args.certificate}：{exc}") from exc
    officer = open_workspace(args, writer=True).desk.register_officer(data)
    print(f"已登记审核人员：{officer['name']}（{officer['role']}），指纹 {officer['fingerprint']}")
    return 0


def cmd_officer_list(args: argparse.Namespace) -> int:
    rows = [{k: v for k, v in r.items() if k != "pem"} for r in open_workspace(args).desk.officers()]
    return print_rows(rows, args.json, "还没有登记审核人员。", lambda r: f"{r['name']}\t{r['role']}\t{r['fingerprint']}")


def cmd_cycle_add(args: argparse.Namespace) -> int:
    cycle_id = open_workspace(args, writer=True).desk.add_cycle(args.title or "", args.kind, args.period, args.due,
                                                                args.form or "")
    print(cycle_id)
    return 0


def cmd_cycle_list(args: argparse.Namespace) -> int:
    rows = open_workspace(args).desk.cycles()
    return print_rows(rows, args.json, "还没有报送周期：用 tuoyu desk cycle add 新建。",
                      lambda r: f"{r['id']}\t{r['title']}\t{r['period']}\t截止 {r['due_date']}")


def cmd_cycle_show(args: argparse.Namespace) -> int:
    workspace = open_workspace(args, writer=None)
    rows = [s.to_dict() for s in workspace.desk.submissions(args.cycle_id)]
    if args.json:
        print_json(rows)
        return 0
    for r in rows:
        late = f"，逾期 {r['days_late']} 天" if r["days_late"] else ""
        figures = f"\t{r['grade']} {r['percent']}%" if r["report_id"] else ""
        print(f"{r['credit_code']}\t{r['facility']}\t{r['status_label']}{late}{figures}")
    return 0


# -- intake and review ---------------------------------------------------------------------------------
def cmd_held(args: argparse.Namespace) -> int:
    rows = open_workspace(args).desk.held()
    fields = ("id", "report_id", "state", "state_label", "facility_name", "credit_code", "period", "file_name",
              "received_at")
    return print_rows(
        rows, args.json, "没有暂存的报告。",
        lambda r: f"{r['report_id']}\t{r['state_label']}\t{r['facility_name']}\t{r['credit_code']}\t{r['file_name']}",
        json_rows=[{k: r[k] for k in fields} for r in rows])


def cmd_queue(args: argparse.Namespace) -> int:
    rows = open_workspace(args, writer=None).desk.review_queue(args.cycle)
    return print_rows(
        rows, args.json, "没有待审核的报告。",
        lambda r: f"{r['received_id']}\t{r['report_id']}\t{r['facility_name']}\t{r['period']}\t{r['grade']} {r['percent']}%")


def cmd_show(args: argparse.Namespace) -> int:
    workspace = open_workspace(args, writer=None)
    detail = workspace.desk.report(workspace.desk.find_report(args.report))
    if args.json:
        detail = {k: v for k, v in detail.items() if k != "payload"}
        print_json(detail)
        return 0
    row = detail["row"]
    print(f"{row['facility_name']}（{row['credit_code']}）{row['period']} {row['form_title']}")
    print(f"报告编号 {row['report_id']}：得分 {row['earned']}，得分率 {row['percent']}%，等级 {row['grade']}")
    for signer in detail["signers"]:
        who = signer.get("signer") or {}
        print(f"签名：{who.get('name')}（{who.get('role')}）{'可信' if signer.get('trusted') else '未核实'}")
    for answer in detail["answers"]:
        flag = "【否决未达标】" if answer["veto_failed"] else ("【未达标】" if answer["gap"] else "")
        print(f"  {answer['item']}\t{answer['value']}{flag}\t{answer['text']}")
    for review in detail["reviews"]:
        print(f"审核：{review['decision']} {review['officer_name']} {review['decided_at']}")
    return 0


def _comments(values: list[str]) -> dict[str, str]:
    comments: dict[str, str] = {}
    for value in values:
        item, sep, text = value.partition("=")
        if not sep:
            raise CommandFailed(f"--comment 应写作 条目=意见，例如 1.2.1=请补充照片：{value}")
        comments[item.strip()] = text.strip()
    return comments


def cmd_review(args: argparse.Namespace) -> int:
    workspace = open_workspace(args, writer=True)
    received_id = workspace.desk.find_report(args.report)
    passphrase = read_passphrase(args.passphrase_file, "审核人数字身份的口令：")
    identity = workspace.identities.open(args.identity, passphrase)
    review = workspace.desk.review(received_id, args.decision, identity, _comments(args.comment), args.reason or "")
    print(f"已记录审核结论（编号 {review['id']}）：{ {'approved': '通过', 'returned': '退回', 'rejected': '不予认可'}[args.decision] }")
    if args.receipt is not None:
        workspace.desk.write_receipt(review["id"], args.receipt, identity, args.district or "")
        print(f"已生成签名回执：{args.receipt}")
    return 0


def cmd_receipt_write(args: argparse.Namespace) -> int:
    workspace = open_workspace(args, writer=None)
    passphrase = read_passphrase(args.passphrase_file, "审核人数字身份的口令：")
    identity = workspace.identities.open(args.identity, passphrase)
    workspace.desk.write_receipt(args.review_id, args.output, identity, args.district or "")
    print(f"已生成签名回执：{args.output}")
    return 0


# -- figures, board, export ---------------------------------------------------------------------------
def cmd_dashboard(args: argparse.Namespace) -> int:
    figures = open_workspace(args, writer=None).desk.dashboard(args.cycle)
    if args.json:
        print_json(figures)
        return 0
    dims = figures["dimensions"]
    print(f"{figures['cycle']['title']}：已提交 {figures['submitted']}/{figures['roster']}，"
          f"平均得分率 {figures['average_percent']}%")
    print("等级分布：" + "，".join(f"{g} {n}" for g, n in figures["grades"].items()))
    print("排名\t机构\t得分率\t等级\t" + "\t".join(d["title"] for d in dims) + "\t较上期")
    for row in figures["rows"]:
        change = "" if row["change"] is None else f"{row['change']:+}"
        print(f"{row['rank']}\t{row['facility']}\t{row['percent']}\t{row['grade']}\t"
              + "\t".join(str(row["dimensions"].get(d["id"], "")) for d in dims) + f"\t{change}")
    for veto in figures["veto_failures"]:
        print(f"一票否决未达标 {veto['item']}：{veto['count']} 家\t{veto['text']}")
    return 0


def cmd_board(args: argparse.Namespace) -> int:
    items = open_workspace(args, writer=None).desk.board(args.facility or "", args.dimension or "", args.status or "",
                                                         args.source or "")

    def line(i: dict) -> str:
        late = f"逾期 {i['days_overdue']} 天" if i["state"] == "overdue" else i["state_label"]
        return (f"{i['id']}\t{late}\t{i['facility_name']}\t{i['source_label']}\t{i['item_key']}\t期限 {i['deadline']}\t"
                f"{i['description'][:40]}")

    return print_rows(items, args.json, "没有符合条件的整改事项。", line)


def cmd_board_close(args: argparse.Namespace) -> int:
    open_workspace(args, writer=True).desk.close_item(args.item_id, args.evidence, args.note or "")
    print(f"整改事项 {args.item_id} 已销号")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    workspace = open_workspace(args, writer=None)
    if args.pdf is not None and args.identity is None:
        raise CommandFailed("签名的汇总 PDF 需要审核人的数字身份：请加 --identity")
    path = workspace.desk.export_workbook(args.cycle, args.output)
    print(f"已导出：{path}")
    if args.pdf is not None:
        passphrase = read_passphrase(args.passphrase_file, "审核人数字身份的口令：")
        identity = workspace.identities.open(args.identity, passphrase)
        workspace.desk.export_summary_pdf(args.cycle, args.pdf, identity, args.district or "")
        print(f"已导出签名的汇总 PDF：{args.pdf}")
    return 0


def cmd_package(args: argparse.Namespace) -> int:
    workspace = open_workspace(args, writer=None)
    passphrase = read_passphrase(args.passphrase_file, "审核人数字身份的口令：")
    identity = workspace.identities.open(args.identity, passphrase)
    workspace.desk.write_package(args.cycle, args.output, identity, args.district)
    print(f"已生成签名的区县汇总包：{args.output}")
    return 0


# -- a city desk: the districts' packages ----------------------------------------------------------
def cmd_city_district_add(args: argparse.Namespace) -> int:
    added = open_workspace(args, writer=True).city.register_district(args.name, args.certificate, args.code or "")
    print(f"已登记 {added['district']} 的审核人员 {added['name']}（{added['role']}），指纹 {added['fingerprint']}")
    return 0


def cmd_city_districts(args: argparse.Namespace) -> int:
    rows = open_workspace(args).city.districts()
    return print_rows(rows, args.json, "还没有登记区县。", lambda d: f"{d['name']}\t{d['code'] or ''}\t审核人员 {d['officers']} 名")


def cmd_city_import(args: argparse.Namespace) -> int:
    workspace = open_workspace(args, writer=True)
    results = workspace.city.import_packages(args.paths)
    if args.json:
        print_json([r.to_dict() for r in results])
    else:
        for r in results:
            print(f"{r.file}\t{r.label}\t{r.message}")
    if not results:
        raise CommandFailed("没有找到 PDF 文件")
    return 0 if all(r.good for r in results) else 1


def cmd_city_list(args: argparse.Namespace) -> int:
    rows = open_workspace(args).city.packages()
    return print_rows(rows, args.json, "还没有导入区县汇总包。",
                      lambda p: f"{p['district']}\t{p['cycle_title']}\t已提交 {p['submitted']}/{p['facilities']}\t"
                                f"生成于 {p['made_at'][:19]}\t{p['officer_name']}")


def _city_cycle(workspace, given: str | None) -> str:
    if given:
        return str(workspace.city.resolve(given))
    cycles = workspace.city.cycles()
    if not cycles:
        raise CommandFailed("还没有导入区县汇总包")
    return str(cycles[0]["key"])


def cmd_city_dashboard(args: argparse.Namespace) -> int:
    workspace = open_workspace(args)
    figures = workspace.city.dashboard(_city_cycle(workspace, args.cycle))
    if args.json:
        print_json(figures)
        return 0
    dims = figures["dimensions"]
    print(f"{figures['cycle']['title']}：{len(figures['districts'])} 个区县，已提交 {figures['submitted']}/"
          f"{figures['roster']}，平均得分率 {figures['average_percent']}%")
    print("等级分布：" + "，".join(f"{g} {n}" for g, n in figures["grades"].items()))
    print("排名\t区县\t机构\t得分率\t等级\t" + "\t".join(d["title"] for d in dims))
    for row in figures["rows"]:
        print(f"{row['rank']}\t{row['district']}\t{row['facility']}\t{row['percent']}\t{row['grade']}\t"
              + "\t".join(str(row["dimensions"].get(d["id"], "")) for d in dims))
    return 0


def cmd_city_export(args: argparse.Namespace) -> int:
    workspace = open_workspace(args)
    path = workspace.city.export_workbook(_city_cycle(workspace, args.cycle), args.output)
    print(f"已导出：{path}")
    return 0


# -- a facility's receipts -----------------------------------------------------------------------------
def cmd_receipt_import(args: argparse.Namespace) -> int:
    from tuoyu_desktop.services import ImportRefused

    workspace = open_workspace(args, writer=True)
    try:
        outcome = workspace.receipts.import_file(args.pdf, args.trust)
    except ImportRefused as exc:
        print(f"{args.pdf}: {exc}", file=sys.stderr)
        return 1
    print(f"{args.pdf}: {outcome.message}（报告 {outcome.report_id}）")
    return 0


def cmd_receipt_list(args: argparse.Namespace) -> int:
    rows = open_workspace(args).receipts.list()
    return print_rows(rows, args.json, "还没有导入回执。",
                      lambda r: f"{r['report_id']}\t{r['decision_label']}\t{r['officer_name']}\t{r['decided_at']}")


def register(commands, common: argparse.ArgumentParser) -> None:
    desk = commands.add_parser("desk", help="区县工作台：名册、报送周期、审核、看板、整改、上报", parents=[common])
    sub = desk.add_subparsers(dest="desk_command", required=True, metavar="子命令")

    template = sub.add_parser("roster-template", help="生成备案机构名册模板（XLSX）", parents=[common])
    template.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.xlsx")
    template.set_defaults(handler=cmd_roster_template)

    roster = sub.add_parser("roster", help="备案机构名册", parents=[common])
    roster_sub = roster.add_subparsers(dest="roster_command", required=True, metavar="子命令")
    imported = roster_sub.add_parser("import", help="从名册工作簿导入（全部无误才导入）", parents=[common])
    imported.add_argument("workbook", type=Path, metavar="FILE.xlsx")
    imported.set_defaults(handler=cmd_roster_import)
    listed = roster_sub.add_parser("list", help="列出名册", parents=[common])
    listed.add_argument("--json", action="store_true", help="以 JSON 输出")
    listed.set_defaults(handler=cmd_roster_list)
    add = roster_sub.add_parser("add", help="添加或修改一家机构（按信用代码）", parents=[common])
    add.add_argument("--credit-code", required=True, help="统一社会信用代码")
    add.add_argument("--name", help="机构名称（新增时必填）")
    add.add_argument("--filing-number", help="备案号")
    add.add_argument("--address", help="地址")
    add.add_argument("--type", dest="facility_type", help="机构类型")
    add.add_argument("--puhui", choices=("yes", "no"), help="是否普惠")
    add.add_argument("--places", type=int, help="托位数")
    add.add_argument("--contact", help="联系方式")
    add.add_argument("--district", help="所在区县")
    add.set_defaults(handler=cmd_roster_add)
    cert = roster_sub.add_parser("cert", help="登记机构的签名证书（证书文件或登记单上的指纹）", parents=[common])
    cert.add_argument("credit_code", metavar="CREDIT_CODE")
    cert.add_argument("certificate", metavar="CERT_OR_SHA256")
    cert.add_argument("--label", help="备注（如 园长 李红梅）")
    cert.set_defaults(handler=cmd_roster_cert)

    officer = sub.add_parser("officer", help="本区县的审核人员（其数字身份可签署审核结论）", parents=[common])
    officer_sub = officer.add_subparsers(dest="officer_command", required=True, metavar="子命令")
    officer_add = officer_sub.add_parser("add", help="登记审核人员的证书", parents=[common])
    officer_add.add_argument("certificate", type=Path, metavar="CERT.pem")
    officer_add.set_defaults(handler=cmd_officer_add)
    officer_list = officer_sub.add_parser("list", help="列出审核人员", parents=[common])
    officer_list.add_argument("--json", action="store_true", help="以 JSON 输出")
    officer_list.set_defaults(handler=cmd_officer_list)

    cycle = sub.add_parser("cycle", help="报送周期", parents=[common])
    cycle_sub = cycle.add_subparsers(dest="cycle_command", required=True, metavar="子命令")
    cycle_add = cycle_sub.add_parser("add", help="新建报送周期（打印其编号）", parents=[common])
    cycle_add.add_argument("--kind", choices=("self_assessment", "inspection"), default="self_assessment",
                           help="报告类型：机构自评或督导巡查")
    cycle_add.add_argument("--period", required=True, help="评估周期，与报告中的一致，如 2026年下半年")
    cycle_add.add_argument("--due", required=True, metavar="YYYY-MM-DD", help="截止日期")
    cycle_add.add_argument("--title", help="名称（默认：周期＋类型）")
    cycle_add.add_argument("--form", metavar="FORM_ID", help="只收这一评估表的报告")
    cycle_add.set_defaults(handler=cmd_cycle_add)
    cycle_list = cycle_sub.add_parser("list", help="列出报送周期", parents=[common])
    cycle_list.add_argument("--json", action="store_true", help="以 JSON 输出")
    cycle_list.set_defaults(handler=cmd_cycle_list)
    cycle_show = cycle_sub.add_parser("show", help="各机构的报送状态（已提交 / 未提交 / 逾期 / 已退回 / 已通过）",
                                      parents=[common])
    cycle_show.add_argument("cycle_id", type=int, metavar="ID")
    cycle_show.add_argument("--json", action="store_true", help="以 JSON 输出")
    cycle_show.set_defaults(handler=cmd_cycle_show)

    held = sub.add_parser("held", help="暂存的报告：不在名册、待核实身份、冲突", parents=[common])
    held.add_argument("--json", action="store_true", help="以 JSON 输出")
    held.set_defaults(handler=cmd_held)
    queue = sub.add_parser("queue", help="待审核的报告", parents=[common])
    queue.add_argument("--cycle", type=int, metavar="ID", help="只列这一报送周期的")
    queue.add_argument("--json", action="store_true", help="以 JSON 输出")
    queue.set_defaults(handler=cmd_queue)
    show = sub.add_parser("show", help="查看一份已接收报告的数据（得分、条目、签名人、审核）", parents=[common])
    show.add_argument("report", metavar="REPORT", help="报告编号或工作台中的序号")
    show.add_argument("--json", action="store_true", help="以 JSON 输出")
    show.set_defaults(handler=cmd_show)

    review = sub.add_parser("review", help="审核一份报告：通过 / 退回 / 不予认可（由审核人数字签名）", parents=[common])
    review.add_argument("report", metavar="REPORT", help="报告编号或工作台中的序号")
    review.add_argument("--decision", required=True, choices=("approved", "returned", "rejected"),
                        help="approved 通过 / returned 退回 / rejected 不予认可")
    review.add_argument("--comment", action="append", default=[], metavar="ITEM=TEXT",
                        help="对条目的意见（可多次使用；退回时至少一条）")
    review.add_argument("--reason", help="不予认可的理由")
    review.add_argument("--identity", type=Path, required=True, metavar="ID.p12", help="审核人的数字身份")
    review.add_argument("--passphrase-file", type=Path, help="口令文件（第一行）")
    review.add_argument("--receipt", type=Path, metavar="OUT.pdf", help="同时生成签名回执")
    review.add_argument("--district", help="回执抬头的单位名称")
    review.set_defaults(handler=cmd_review)
    receipt = sub.add_parser("receipt", help="为一条审核记录生成签名回执 PDF", parents=[common])
    receipt.add_argument("review_id", type=int, metavar="REVIEW_ID")
    receipt.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.pdf")
    receipt.add_argument("--identity", type=Path, required=True, metavar="ID.p12", help="作出审核结论的审核人的数字身份")
    receipt.add_argument("--passphrase-file", type=Path, help="口令文件（第一行）")
    receipt.add_argument("--district", help="回执抬头的单位名称")
    receipt.set_defaults(handler=cmd_receipt_write)

    dashboard = sub.add_parser("dashboard", help="看板：各维度得分率、等级分布、否决项、排名、较上期变化",
                               parents=[common])
    dashboard.add_argument("--cycle", type=int, required=True, metavar="ID")
    dashboard.add_argument("--json", action="store_true", help="以 JSON 输出")
    dashboard.set_defaults(handler=cmd_dashboard)
    board = sub.add_parser("board", help="全区整改看板（逾期在前）", parents=[common])
    board.add_argument("--facility", help="按机构名称或信用代码筛选")
    board.add_argument("--dimension", help="按维度编号筛选")
    board.add_argument("--status", choices=("overdue", "open", "closed"), help="按状态筛选")
    board.add_argument("--source", choices=("inspection", "self_assessment"), help="按来源筛选")
    board.add_argument("--json", action="store_true", help="以 JSON 输出")
    board.set_defaults(handler=cmd_board)
    close = sub.add_parser("board-close", help="依据后续报告为整改事项销号", parents=[common])
    close.add_argument("item_id", type=int, metavar="ITEM_ID")
    close.add_argument("--evidence", required=True, metavar="REPORT", help="依据的报告（该机构之后的自评或复查）")
    close.add_argument("--note", help="备注")
    close.set_defaults(handler=cmd_board_close)
    export = sub.add_parser("export", help="导出报送周期的上报工作簿（XLSX）", parents=[common])
    export.add_argument("--cycle", type=int, required=True, metavar="ID")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.xlsx")
    export.add_argument("--pdf", type=Path, metavar="SUMMARY.pdf", help="同时导出签名的汇总 PDF")
    export.add_argument("--identity", type=Path, metavar="ID.p12", help="签署汇总 PDF 的审核人数字身份")
    export.add_argument("--passphrase-file", type=Path, help="口令文件（第一行）")
    export.add_argument("--district", help="汇总 PDF 抬头的单位名称")
    export.set_defaults(handler=cmd_export)

    package = sub.add_parser("package", help="生成报送周期的签名区县汇总包（报市级，不含照片）", parents=[common])
    package.add_argument("--cycle", type=int, required=True, metavar="ID")
    package.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    package.add_argument("--identity", type=Path, required=True, metavar="ID.p12", help="签署汇总包的审核人数字身份")
    package.add_argument("--passphrase-file", type=Path, help="口令文件（第一行）")
    package.add_argument("--district", required=True, help="本区县的名称（市级按此区分），如 北京市朝阳区")
    package.set_defaults(handler=cmd_package)

    city = sub.add_parser("city", help="市级汇总：导入各区县的签名汇总包", parents=[common])
    city_sub = city.add_subparsers(dest="city_command", required=True, metavar="子命令")
    district_add = city_sub.add_parser("district-add", help="登记区县及其审核人员的证书", parents=[common])
    district_add.add_argument("name", metavar="NAME", help="区县名称（与汇总包中的一致）")
    district_add.add_argument("certificate", type=Path, metavar="CERT.pem", help="该区县审核人员的证书")
    district_add.add_argument("--code", help="区划代码")
    district_add.set_defaults(handler=cmd_city_district_add)
    districts = city_sub.add_parser("districts", help="列出登记的区县", parents=[common])
    districts.add_argument("--json", action="store_true", help="以 JSON 输出")
    districts.set_defaults(handler=cmd_city_districts)
    city_import = city_sub.add_parser("import", help="核验并导入区县汇总包（文件或文件夹）", parents=[common])
    city_import.add_argument("paths", nargs="+", type=Path, metavar="FILE_OR_DIR")
    city_import.add_argument("--json", action="store_true", help="以 JSON 输出")
    city_import.set_defaults(handler=cmd_city_import)
    city_list = city_sub.add_parser("list", help="列出已导入的区县汇总包", parents=[common])
    city_list.add_argument("--json", action="store_true", help="以 JSON 输出")
    city_list.set_defaults(handler=cmd_city_list)
    city_dashboard = city_sub.add_parser("dashboard", help="全市看板（含区县列）", parents=[common])
    city_dashboard.add_argument("--cycle", metavar="PERIOD", help="评估周期（默认最近的）")
    city_dashboard.add_argument("--json", action="store_true", help="以 JSON 输出")
    city_dashboard.set_defaults(handler=cmd_city_dashboard)
    city_export = city_sub.add_parser("export", help="导出全市上报工作簿（含区县列）", parents=[common])
    city_export.add_argument("--cycle", metavar="PERIOD", help="评估周期（默认最近的）")
    city_export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.xlsx")
    city_export.set_defaults(handler=cmd_city_export)

    receipts = commands.add_parser("receipt", help="区县的审核回执（机构端）", parents=[common])
    receipts_sub = receipts.add_subparsers(dest="receipt_command", required=True, metavar="子命令")
    receipt_import = receipts_sub.add_parser("import", help="核验并导入回执；退回的回执开始新的修订", parents=[common])
    receipt_import.add_argument("pdf", type=Path, metavar="FILE.pdf")
    receipt_import.add_argument("--trust", action="append", default=[], metavar="CERT_OR_SHA256",
                                help="信任的审核人证书或指纹（另加信任列表）")
    receipt_import.set_defaults(handler=cmd_receipt_import)
    receipt_list = receipts_sub.add_parser("list", help="列出已导入的回执", parents=[common])
    receipt_list.add_argument("--json", action="store_true", help="以 JSON 输出")
    receipt_list.set_defaults(handler=cmd_receipt_list)
