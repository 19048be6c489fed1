"""The GUI's own command line: the usual forms are read without argparse (issue 15: nothing
before the window's first frame that a bare window does not do), with argparse's results."""

from __future__ import annotations

import pytest

from tuoyu_desktop.app import _parse_args_fully, _quick_args, parse_args


@pytest.mark.parametrize("argv", [
    [], ["--data-dir", "/d"], ["--data-dir=/d"], ["--lang", "en"], ["--lang=zh_CN", "--data-dir", "数据 目录"],
    ["--data-dir", "/a", "--data-dir", "/b"],
])
def test_quick_reading_gives_what_argparse_gives(argv):
    quick = _quick_args(argv)
    assert quick is not None
    full, rest = _parse_args_fully(argv)
    assert (quick.data_dir, quick.lang, []) == (full.data_dir, full.lang, rest)


@pytest.mark.parametrize("argv", [
    ["--data", "/d"], ["-style", "Fusion"], ["--lang", "fr"], ["--data-dir"], ["--data-dir", "--lang", "en"], ["-h"],
    ["extra"],
])
def test_anything_else_goes_through_argparse(argv):
    assert _quick_args(argv) is None


def test_qt_options_and_abbreviations_still_work():
    args, rest = parse_args(["--data", "/d", "-style", "Fusion"])
    assert args.data_dir == "/d" and rest == ["-style", "Fusion"]
    with pytest.raises(SystemExit):
        parse_args(["--lang", "fr"])
