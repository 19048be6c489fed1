"""Every ``tuoyu`` command has a section in docs/cli.md naming each of its options, as
sqlite-utils checks its own CLI reference: a new verb or option without docs fails here."""

from __future__ import annotations

import argparse
import re
import sys

from support import ROOT

from tuoyu_desktop.cli import build_parser


def commands(parser: argparse.ArgumentParser, prefix: str = "tuoyu") -> dict[str, list[str]]:
    """Command path → its option strings (long forms), for every leaf command."""
    found: dict[str, list[str]] = {}
    subparsers = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subparsers:
        found[prefix] = sorted({s for a in parser._actions for s in a.option_strings
                                if s.startswith("--") and s not in ("--help", "--data-dir")})
        return found
    for name, sub in subparsers[0].choices.items():
        found.update(commands(sub, f"{prefix} {name}"))
    return found


def sections() -> dict[str, str]:
    """``### tuoyu …`` heading → the text under it, from docs/cli.md."""
    text = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    parts = re.split(r"^### (tuoyu[^\n]*)\n", text, flags=re.M)
    return {parts[i].strip(): parts[i + 1] for i in range(1, len(parts), 2)}


def undocumented() -> list[str]:
    documented = sections()
    missing = []
    for command, options in commands(build_parser()).items():
        if command not in documented:
            missing.append(command)
            continue
        missing += [f"{command} {option}" for option in options if option not in documented[command]]
    return missing


def test_every_command_and_option_is_documented():
    assert undocumented() == [], "document these in docs/cli.md"


def test_the_check_sees_a_missing_command_or_option(monkeypatch):
    parser = build_parser()
    assert "--json" in commands(parser)["tuoyu list"]
    real = sections()
    monkeypatch.setattr(sys.modules[__name__], "sections", lambda: {k: v for k, v in real.items() if k != "tuoyu list"})
    assert "tuoyu list" in undocumented()
    monkeypatch.setattr(sys.modules[__name__], "sections", lambda: {**real, "tuoyu list": "lists"})
    assert "tuoyu list --json" in undocumented()
