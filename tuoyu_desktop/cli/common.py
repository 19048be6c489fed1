"""Pieces every command uses: failing with a message, opening the workspace, writing files."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from collections.abc import Callable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from tuoyu_desktop.errors import TuoyuError
from tuoyu_desktop.oserrors import describe as describe_os_error


class CommandFailed(TuoyuError):
    """Stops a command with a message for the user and exit code 1."""


def print_json(data: object) -> None:
    """JSON for scripts: Chinese as it is, indented, anything else (dates, decimals) as text."""
    print(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def print_rows(rows: Sequence[Any], as_json: bool, empty: str, line: Callable[[Any], str],
               json_rows: object = None) -> int:
    """A listing command's output: JSON (``json_rows``, else the rows), or one line per row, or
    ``empty`` when there is none. Returns the exit code."""
    if as_json:
        print_json(rows if json_rows is None else json_rows)
        return 0
    if not rows:
        print(empty)
    for row in rows:
        print(line(row))
    return 0


def number(value: Decimal) -> int | float:
    """A Decimal as JSON writes it: whole numbers without a point."""
    return int(value) if value == value.to_integral_value() else float(value)


_opened: list = []  # workspaces this command opened: closed (WAL checkpointed) when it ends


def open_workspace(args: argparse.Namespace, writer: bool | None = False):
    """The workspace; commands that change data take the writer lock (one writer at a time).

    ``writer=None``: write if the folder is free (an export then logs the audit head it
    carries), else read, so the command still works while the app is open.
    """
    from tuoyu_desktop.services import DataDirBusy, Workspace

    if writer is None:
        try:
            workspace = Workspace.open(args.data_dir, writer=True)
        except DataDirBusy:
            workspace = Workspace.open(args.data_dir, writer=False)
    else:
        workspace = Workspace.open(args.data_dir, writer=writer)
    _opened.append(workspace)
    warning = workspace.integrity_warning() if writer else None
    if warning:
        print(f"警告：{warning}", file=sys.stderr)
    return workspace


def write_or_fail(write: Callable[[], object], target: Path) -> None:
    try:
        write()
    except OSError as exc:
        raise CommandFailed(f"无法写入 {target}：{describe_os_error(exc)}") from exc


def read_passphrase(file: Path | None, prompt: str, confirm: bool = False) -> str:
    """From ``--passphrase-file`` (first line) for scripts, otherwise asked at the terminal."""
    if file is not None:
        try:
            lines = file.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise CommandFailed(f"无法读取口令文件 {file}：{describe_os_error(exc)}") from exc
        if not lines or not lines[0]:
            raise CommandFailed(f"口令文件 {file} 是空的")
        return lines[0]
    if not sys.stdin.isatty():
        raise CommandFailed("没有可输入口令的终端：请用 --passphrase-file 指定口令文件")
    passphrase = getpass.getpass(prompt)
    if confirm and getpass.getpass("再输入一次：") != passphrase:
        raise CommandFailed("两次输入的口令不一致")
    return passphrase


def close_workspaces() -> None:
    while _opened:
        _opened.pop().close()


class Unbuilt:
    """Stands in for the parser of a command that was not asked for: every call is ignored."""

    def __getattr__(self, name: str):
        return self._ignore

    def _ignore(self, *args, **kwargs) -> Unbuilt:
        return self


class OnlyOne:
    """The subcommands action, giving real parsers only to the command named ``only``."""

    def __init__(self, action, only: str):
        self.action = action
        self.only = only

    def add_parser(self, name: str, **kwargs):
        parser = self.action.add_parser(name, **kwargs)
        if name == self.only or self.only in kwargs.get("aliases", ()):
            return parser
        return Unbuilt()


def built(parser) -> bool:
    """False for a command that was not asked for (its options need not be added)."""
    return not isinstance(parser, Unbuilt)
