"""``tuoyu finalise``, ``reopen``, ``sign``, ``verify``, ``import``, ``trust``: reports as signed files."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from tuoyu_desktop.cli.common import CommandFailed, open_workspace, print_json, read_passphrase


def cmd_finalise(args: argparse.Namespace) -> int:
    from tuoyu_desktop.services import NotReady

    workspace = open_workspace(args, writer=True)
    try:
        workspace.assessments.finalise(args.id)
    except NotReady as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        raise CommandFailed(f"还有 {len(exc.problems)} 处未完成，不能定稿") from exc
    print(f"已定稿：{workspace.assessments.row(args.id).period}（此后内容不能再改；更正请用 tuoyu reopen）")
    return 0


def cmd_reopen(args: argparse.Namespace) -> int:
    revision = open_workspace(args, writer=True).assessments.reopen(args.id, args.reason)
    print(f"已开始第 {revision} 次修订：{args.reason}")
    return 0


def signer_from(identity: Path, passphrase_file: Path | None):
    from tuoyu_desktop.services import Signer

    return Signer(identity, read_passphrase(passphrase_file, f"{identity.name} 的口令："))


def signers_from(identities: list[Path], passphrase_files: list[Path]) -> list:
    """One signer per ``--sign``; ``--passphrase-file`` given once serves them all, else one each."""
    if passphrase_files and len(passphrase_files) not in (1, len(identities)):
        raise CommandFailed("--passphrase-file 的个数应为 1，或与 --sign 的个数相同")
    files = passphrase_files * len(identities) if len(passphrase_files) == 1 else passphrase_files or [None] * len(identities)
    return [signer_from(identity, file) for identity, file in zip(identities, files, strict=True)]


def cmd_sign(args: argparse.Namespace) -> int:
    signer = signer_from(args.identity, args.passphrase_file)
    open_workspace(args).reports.sign(args.pdf, signer)
    print(f"已签名：{args.pdf}")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from tuoyu_desktop.services import SigningError

    workspace = open_workspace(args)
    try:
        workspace.trust.check_extra(args.trust)
    except SigningError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 2
    check = workspace.trust.verify(args.pdf, args.trust)
    if args.json:
        print_json(check.to_dict())
    else:
        print("\n".join(check.lines()))
    return check.exit_code


def cmd_import(args: argparse.Namespace) -> int:
    from tuoyu_desktop.services import ImportRefused
    from tuoyu_desktop.services.preferences import MODE_DISTRICT

    workspace = open_workspace(args, writer=True)
    if workspace.preferences.mode == MODE_DISTRICT:
        return _district_intake(workspace, args)
    files = workspace.desk.expand(args.pdfs)
    if files:
        workspace.backups.take("import")  # one backup for the batch
    failed = 0
    for pdf in files:
        try:
            outcome = workspace.received.import_file(pdf, accept_untrusted=args.accept_untrusted, backup=False)
        except ImportRefused as exc:
            failed += 1
            print(f"{pdf}: {exc}", file=sys.stderr)
            continue
        record = outcome.record
        print(f"{pdf}: {outcome.message}（{outcome.state_label}）— {record['facility_name']} {record['period']}，"
              f"等级 {record['grade']}（{outcome.report_id}）")
    return 1 if failed else 0


def _district_intake(workspace, args: argparse.Namespace) -> int:
    """The district desk's batch: every file verified, one result line each, then a summary."""
    def shown(done: int, total: int, item) -> None:
        if item is not None:
            good = item.good and not args.json
            print(f"[{done}/{total}] {item.file}: {item.label}——{item.message}", file=sys.stdout if good else sys.stderr)

    # the desk keeps every intact report it cannot count yet aside (待核实身份, 暂存), never mixed in
    result = workspace.desk.intake(args.pdfs, accept_untrusted=True, progress=shown)
    if args.json:
        print_json({"backup": result.backup, "counts": result.counts(),
                          "files": [r.to_dict() for r in result.results]})
    print(result.summary(), file=sys.stderr if args.json else sys.stdout)
    return 0 if all(r.good for r in result.results) else 1


def cmd_received_list(args: argparse.Namespace) -> int:
    rows = open_workspace(args).received.list(args.state or ())
    if args.json:
        print_json([received_json(row) for row in rows])
        return 0
    if not rows:
        print("还没有收到的报告。")
    for row in rows:
        print(f"{row['report_id']}\t{row['state_label']}\t{row['facility_name']}\t{row['period']}\t{row['grade']}\t"
              f"{row['percent']}%\t{row['received_at']}")
    return 0


def received_json(row: dict) -> dict:
    signatures = json.loads(row["signers"] or "{}").get("signatures", [])
    return {
        "report_id": row["report_id"], "state": row["state"], "state_label": row["state_label"],
        "kind": row["kind"], "facility": row["facility_name"], "credit_code": row["credit_code"],
        "form_id": row["form_id"], "form_version": row["form_version"], "period": row["period"],
        "total": row["earned"], "percent": row["percent"], "grade": row["grade"],
        "veto_failed": json.loads(row["veto_failed"] or "[]"),
        "signers": [{"name": s["signer"]["name"], "role": s["signer"]["role"], "fingerprint": s["signer"]["fingerprint"],
                     "trusted": s["trusted"], "trust_note": s["trust_note"], "signed_at": s["signing_time"]}
                    for s in signatures if s.get("kind") == "signature"],
        "file": row["file_name"], "imported_at": row["received_at"],
    }


def cmd_trust_add(args: argparse.Namespace) -> int:
    entry = open_workspace(args, writer=True).trust.add_file(args.certificate, args.name or "")
    kind = "区级根证书（信任其签发的所有身份）" if entry["kind"] == "root" else "签名人证书"
    print(f"已登记{kind}：{entry['name']}，指纹 {entry['fingerprint']}")
    return 0


def cmd_trust_list(args: argparse.Namespace) -> int:
    entries = open_workspace(args).trust.list()
    if args.json:
        print_json([{k: e[k] for k in ("fingerprint", "name", "kind", "added_at")} for e in entries])
        return 0
    if not entries:
        print("信任列表为空：核验时不判断签名人身份。用 tuoyu trust add CERT.pem 登记。")
    for e in entries:
        print(f"{e['kind']}\t{e['name']}\t{e['fingerprint']}\t{e['added_at']}")
    return 0


def cmd_trust_remove(args: argparse.Namespace) -> int:
    open_workspace(args, writer=True).trust.remove(args.fingerprint)
    print(f"已从信任列表移除 {args.fingerprint}")
    return 0


def register(commands, common: argparse.ArgumentParser) -> None:
    finalise = commands.add_parser("finalise", help="定稿：检查全部条目已完成，之后内容只读", parents=[common])
    finalise.add_argument("id")
    finalise.set_defaults(handler=cmd_finalise)
    reopen = commands.add_parser("reopen", help="开始已定稿自评的新修订（须说明原因）", parents=[common])
    reopen.add_argument("id")
    reopen.add_argument("--reason", required=True, help="修订原因")
    reopen.set_defaults(handler=cmd_reopen)

    sign = commands.add_parser("sign", help="为已导出的报告再加一个数字签名", parents=[common])
    sign.add_argument("pdf", type=Path, metavar="FILE.pdf")
    sign.add_argument("--identity", required=True, type=Path, metavar="IDENTITY.p12")
    sign.add_argument("--passphrase-file", type=Path, help="从文件第一行读取口令（供脚本使用）")
    sign.set_defaults(handler=cmd_sign)

    verify = commands.add_parser(
        "verify", parents=[common],
        help="核验报告：签名完好且覆盖整个文件、签名人可信、内嵌数据与封面一致",
        description="退出码：0 全部通过；1 文件被改动或签名无效；2 不是可读取的报告；3 完好但签名人不受信任"
                    "（或没有任何信任依据）；4 完好可信，但报告声明的签署人尚未全部签名",
    )
    verify.add_argument("pdf", type=Path, metavar="FILE.pdf")
    verify.add_argument("--trust", action="append", default=[], metavar="CERT_OR_SHA256",
                        help="信任的证书文件或 SHA-256 指纹（可多次使用；另加信任列表中的证书）")
    verify.add_argument("--json", action="store_true", help="以 JSON 输出")
    verify.set_defaults(handler=cmd_verify)

    imported = commands.add_parser("import", help="核验并导入收到的报告（文件或文件夹；按报告编号和内容去重）",
                                   parents=[common])
    imported.add_argument("pdfs", nargs="+", type=Path, metavar="DIR_OR_FILES")
    imported.add_argument("--accept-untrusted", action="store_true",
                          help="签名完好但签名人未登记的报告，另存为“待核实身份”（不计入已接收的数据）")
    imported.add_argument("--json", action="store_true", help="区县模式：以 JSON 输出每个文件的结果")
    imported.set_defaults(handler=cmd_import)

    received = commands.add_parser("received", help="收到的报告", parents=[common])
    received_sub = received.add_subparsers(dest="received_command", required=True, metavar="子命令")
    received_list = received_sub.add_parser("list", help="列出收到的报告及其状态（已接收 / 待核实身份 / 冲突）",
                                            parents=[common])
    received_list.add_argument("--state", action="append", choices=("accepted", "untrusted", "conflict"),
                               help="按状态筛选（可多次使用）")
    received_list.add_argument("--json", action="store_true", help="以 JSON 输出")
    received_list.set_defaults(handler=cmd_received_list)

    trust = commands.add_parser("trust", help="信任列表：登记的签名人证书和区级根证书", parents=[common])
    trust_sub = trust.add_subparsers(dest="trust_command", required=True, metavar="子命令")
    add = trust_sub.add_parser("add", help="登记证书（PEM 或 DER）", parents=[common])
    add.add_argument("certificate", type=Path, metavar="CERT.pem")
    add.add_argument("--name", help="显示的名称（默认取证书中的姓名或单位）")
    add.set_defaults(handler=cmd_trust_add)
    listing = trust_sub.add_parser("list", help="列出登记的证书", parents=[common])
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=cmd_trust_list)
    remove = trust_sub.add_parser("remove", help="移除证书", parents=[common])
    remove.add_argument("fingerprint", metavar="SHA256")
    remove.set_defaults(handler=cmd_trust_remove)
