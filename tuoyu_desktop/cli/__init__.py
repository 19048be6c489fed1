"""``tuoyu``: the command-line face of the same services the GUI uses.

Exit codes: 0 success, 1 the command failed (message on stderr; a defect too, with its trace in
the crash log), 2 wrong usage; ``tuoyu verify`` adds 3 for an intact file whose signer is not
trusted and 4 for an intact, trusted report that still lacks a declared signature.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from tuoyu_desktop import __version__, crashlog, paths
from tuoyu_desktop.cli import (
    assessments,
    audit,
    backups,
    desk,
    forms,
    identities,
    inspections,
    rectifications,
    reports,
    streams,
    surveys,
)
from tuoyu_desktop.cli.common import OnlyOne, close_workspaces

COMMAND_GROUPS = (forms, assessments, reports, identities, audit, backups, inspections, rectifications, desk, surveys)


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The whole parser; with ``only``, every command is listed but only that one gets its options.

    ``tuoyu --help`` (``only=""``) and ``tuoyu list`` need the arguments of one command at most:
    building all ~80 subcommand parsers costs more than the listing itself (issue 15).
    """
    _cache_argparse_messages()
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        default=argparse.SUPPRESS,
        help="数据文件夹（默认取环境变量 TUOYU_DATA_DIR，否则为用户数据目录）",
    )
    parser = argparse.ArgumentParser(prog="tuoyu", description="托育机构质量自评与督导（命令行）", parents=[common])
    parser.add_argument("--version", action="version", version=f"tuoyu {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="命令")
    target = commands if only is None else OnlyOne(commands, only)
    for group in COMMAND_GROUPS:
        group.register(target, common)
    return parser


def command_named(argv: Sequence[str]) -> str:
    """The command the arguments name ("" for none: ``tuoyu --help``, ``tuoyu --version``)."""
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg == "--data-dir":
            skip = True
        elif arg == "--":
            continue
        elif not arg.startswith("-"):
            return arg
    return ""


_MESSAGES_CACHED = False


def _cache_argparse_messages() -> None:
    """argparse looks its message catalogue up on disk for each of its strings (~250 look-ups, ~40 ms
    for the whole parser): the same look-up, once per string."""
    global _MESSAGES_CACHED
    if not _MESSAGES_CACHED:
        import functools
        import gettext

        argparse._ = functools.lru_cache(maxsize=None)(gettext.gettext)  # type: ignore[attr-defined]
        _MESSAGES_CACHED = True


def main(argv: Sequence[str] | None = None) -> int:
    from tuoyu_desktop.errors import TuoyuError

    streams.configure()  # UTF-8 into pipes and files whatever the code page (cp1252, cp936 …)
    try:
        arguments = list(sys.argv[1:] if argv is None else argv)
        args = build_parser(only=command_named(arguments)).parse_args(arguments)
        if not hasattr(args, "data_dir"):
            args.data_dir = None
        crashlog.enable(paths.resolve_data_dir(args.data_dir), "tuoyu")
        try:
            code = args.handler(args)
        except TuoyuError as exc:
            print(f"错误：{exc}", file=sys.stderr)
            code = exc.exit_code
        except KeyboardInterrupt:
            print("已取消", file=sys.stderr)
            code = 1
        except BrokenPipeError:
            raise
        except Exception as exc:  # noqa: BLE001 - a defect: a message and a log, never a traceback
            log = crashlog.record_exception(exc)
            where = f"详细信息已写入 {log}，请将该文件发给技术支持" if log else "请将上面的命令和这条信息发给技术支持"
            print(f"内部错误（{type(exc).__name__}：{exc}）。{where}。", file=sys.stderr)
            code = 1
        finally:
            close_workspaces()
        sys.stdout.flush()
        return code
    except BrokenPipeError:  # the reader stopped early (tuoyu list | head -1): nothing to say
        streams.quiet_broken_pipe()
        return 0
    except SystemExit:  # --help, --version or wrong usage: argparse has written its text
        streams.quiet_broken_pipe()
        raise
