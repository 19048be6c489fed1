"""``tuoyu backup`` and ``tuoyu restore``: online backups of the data folder's database."""

from __future__ import annotations

import argparse
from pathlib import Path

from tuoyu_desktop.cli.common import CommandFailed, open_workspace


def cmd_backup(args: argparse.Namespace) -> int:
    workspace = open_workspace(args, writer=True)
    if args.keep is not None:
        workspace.backups.set_keep(args.keep)
    if args.list:
        for backup in workspace.backups.list():
            print(f"{backup.label}\t{backup.path.stat().st_size // 1024} KiB\t{backup.path}")
        return 0
    made = workspace.backups.take("manual")
    print(f"已备份：{made.path}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    workspace = open_workspace(args, writer=True)
    if args.latest:
        found = workspace.backups.list()
        if not found:
            raise CommandFailed("还没有备份")
        source = found[0].path
    elif args.file is not None:
        source = args.file
    else:
        raise CommandFailed("请指定备份文件，或用 --latest 恢复最近的备份")
    aside = workspace.backups.restore(source)
    print(f"已从 {source.name} 恢复。" + (f"原数据文件保留在 {aside}" if aside else ""))
    return 0


def register(commands, common: argparse.ArgumentParser) -> None:
    backup = commands.add_parser("backup", help="立即备份数据（自动保留最近若干个）", parents=[common])
    backup.add_argument("--list", action="store_true", help="列出已有备份，不新建")
    backup.add_argument("--keep", type=int, metavar="N", help="设置保留的备份个数")
    backup.set_defaults(handler=cmd_backup)
    restore = commands.add_parser("restore", help="用备份替换当前数据（当前数据另存，不会删除）", parents=[common])
    restore.add_argument("file", nargs="?", type=Path, metavar="BACKUP.db")
    restore.add_argument("--latest", action="store_true", help="恢复最近的备份")
    restore.set_defaults(handler=cmd_restore)
