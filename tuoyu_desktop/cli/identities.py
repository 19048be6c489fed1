"""``tuoyu identity …`` and ``tuoyu ca …``: signing identities and district roots."""

from __future__ import annotations

import argparse
from pathlib import Path

from tuoyu_desktop.cli.common import read_passphrase


def _identities():
    from tuoyu_desktop.services.identities import Identities

    return Identities()


def cmd_identity_new(args: argparse.Namespace) -> int:
    passphrase = read_passphrase(args.passphrase_file, "为新的数字身份设置口令：", confirm=True)
    info = _identities().create(
        args.path, name=args.name, role=args.role, organisation=args.organisation, passphrase=passphrase, key=args.key
    )
    print(f"已创建数字身份 {args.path}\n")
    print(info.registration_text())
    return 0


def cmd_identity_show(args: argparse.Namespace) -> int:
    passphrase = read_passphrase(args.passphrase_file, "数字身份的口令：")
    print(_identities().open(args.path, passphrase).info.registration_text())
    return 0


def cmd_identity_slip(args: argparse.Namespace) -> int:
    passphrase = read_passphrase(args.passphrase_file, "数字身份的口令：")
    print(f"已写入登记单 {_identities().registration_slip(args.path, passphrase, args.output)}：打印后签名，交区里登记")
    return 0


def cmd_identity_export_certificate(args: argparse.Namespace) -> int:
    passphrase = read_passphrase(args.passphrase_file, "数字身份的口令：")
    info = _identities().export_certificate(args.path, args.output, passphrase)
    print(f"已导出证书 {args.output}（指纹 {info.fingerprint}）")
    return 0


def cmd_identity_import(args: argparse.Namespace) -> int:
    passphrase = read_passphrase(args.passphrase_file, "要导入的 PKCS#12 文件的口令：")
    info = _identities().import_file(args.source, args.path, passphrase)
    print(f"已导入数字身份 {args.path}\n")
    print(info.registration_text())
    return 0


def cmd_ca_init(args: argparse.Namespace) -> int:
    passphrase = read_passphrase(args.passphrase_file, "为区级根证书设置口令：", confirm=True)
    info = _identities().init_authority(args.path, district=args.district, passphrase=passphrase)
    if args.certificate:
        _identities().export_authority_certificate(args.path, passphrase, args.certificate)
        print(f"根证书已导出到 {args.certificate}：核验报告时用 --trust {args.certificate}")
    print(info.registration_text())
    return 0


def cmd_ca_issue(args: argparse.Namespace) -> int:
    authority_passphrase = read_passphrase(args.authority_passphrase_file, "区级根证书的口令：")
    passphrase = read_passphrase(args.passphrase_file, "为新的数字身份设置口令：", confirm=True)
    info = _identities().issue(
        args.authority, authority_passphrase, args.path,
        name=args.name, role=args.role, organisation=args.organisation, passphrase=passphrase,
    )
    print(f"已签发数字身份 {args.path}\n")
    print(info.registration_text())
    return 0


def _person(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--name", required=True, help="姓名")
    parser.add_argument("--role", required=True, help="身份，如 机构负责人、督导员、家长代表")
    parser.add_argument("--organisation", "--org", required=True, help="单位：机构或区名称")
    parser.add_argument("--passphrase-file", type=Path, help="从文件第一行读取新口令（供脚本使用）")


def register(commands, common: argparse.ArgumentParser) -> None:
    identity = commands.add_parser("identity", help="数字身份：创建、查看、导出证书、导入", parents=[common])
    sub = identity.add_subparsers(dest="identity_command", required=True, metavar="子命令")
    new = sub.add_parser("new", help="创建数字身份（自签名证书，存为加密的 PKCS#12 文件）", parents=[common])
    new.add_argument("path", type=Path, metavar="IDENTITY.p12")
    new.add_argument("--key", choices=("ec", "rsa"), default="ec", help="密钥类型：ec（ECDSA P-256，默认）或 rsa（RSA-3072）")
    _person(new)
    new.set_defaults(handler=cmd_identity_new)
    show = sub.add_parser("show", help="显示数字身份的登记信息和证书指纹", parents=[common])
    show.add_argument("path", type=Path, metavar="IDENTITY.p12")
    show.add_argument("--passphrase-file", type=Path)
    show.set_defaults(handler=cmd_identity_show)
    slip = sub.add_parser("slip", help="登记单 PDF（姓名、身份、单位、指纹及二维码、签名栏），打印后交区里登记",
                          parents=[common])
    slip.add_argument("path", type=Path, metavar="IDENTITY.p12")
    slip.add_argument("-o", "--output", required=True, type=Path, metavar="SLIP.pdf")
    slip.add_argument("--passphrase-file", type=Path)
    slip.set_defaults(handler=cmd_identity_slip)
    export = sub.add_parser("export-cert", help="导出证书（PEM），交区里登记", parents=[common])
    export.add_argument("path", type=Path, metavar="IDENTITY.p12")
    export.add_argument("-o", "--output", required=True, type=Path, metavar="CERT.pem")
    export.add_argument("--passphrase-file", type=Path)
    export.set_defaults(handler=cmd_identity_export_certificate)
    imported = sub.add_parser("import", help="导入已有的 PKCS#12 数字身份", parents=[common])
    imported.add_argument("source", type=Path, metavar="SOURCE.p12")
    imported.add_argument("path", type=Path, metavar="IDENTITY.p12")
    imported.add_argument("--passphrase-file", type=Path)
    imported.set_defaults(handler=cmd_identity_import)

    ca = commands.add_parser("ca", help="区级根证书：创建、签发数字身份", parents=[common])
    ca_sub = ca.add_subparsers(dest="ca_command", required=True, metavar="子命令")
    init = ca_sub.add_parser("init", help="创建区级根证书", parents=[common])
    init.add_argument("path", type=Path, metavar="ROOT.p12")
    init.add_argument("--district", required=True, help="区名称，如 北京市朝阳区卫生健康委员会")
    init.add_argument("--certificate", type=Path, metavar="ROOT.pem", help="同时导出根证书，供核验时 --trust 使用")
    init.add_argument("--passphrase-file", type=Path)
    init.set_defaults(handler=cmd_ca_init)
    issue = ca_sub.add_parser("issue", help="用区级根证书为机构或督导员签发数字身份", parents=[common])
    issue.add_argument("authority", type=Path, metavar="ROOT.p12")
    issue.add_argument("path", type=Path, metavar="IDENTITY.p12")
    issue.add_argument("--authority-passphrase-file", type=Path, help="从文件读取根证书口令")
    _person(issue)
    issue.set_defaults(handler=cmd_ca_issue)
