"""QR codes drawn straight on the canvas: reportlab's encoder, a filled rectangle per run of modules.

reportlab's ``QrCodeWidget`` encodes the text twice (once to measure itself) and draws every run
of dark modules as a shape of its own through ``renderPDF`` (some 600 nodes, a tenth of a
second for the report's code). :func:`draw_qr` encodes once and fills the same rectangles, in
the same coordinates, straight on the canvas: the same code, the same pixels. (One path of all
the rectangles would be as quick, but rasterisers then leave out the faint seams between
touching rectangles: not quite the same pixels.)
"""

from __future__ import annotations

import functools
import importlib
import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

from reportlab.lib.colors import black
from reportlab.platypus import Flowable

LEVEL = "M"  # error correction: a printed page may be creased or stamped on
BORDER = 4  # the quiet zone, in modules (the widget's barBorder)
BOX = 32 * 72 / 25.4  # the widget's default size (32 mm), in whose units the modules are placed


ENCODER = "reportlab.graphics.barcode.qrencoder"


@functools.cache  # two threads at once may both load it: the same module, one is kept
def encoder() -> ModuleType:
    """reportlab's QR encoder module, loaded without the barcode package around it.

    Importing ``reportlab.graphics.barcode.qrencoder`` runs the package's ``__init__``, which
    imports every barcode widget reportlab has (some 14 ms, a tenth of a small report's layout);
    the encoder is one module that needs none of them. It is found by the finders Python itself
    uses (a frozen program's archive as well as the package's folder) and kept here, under no
    name of reportlab's; if none finds it, the usual import.
    """
    module = sys.modules.get(ENCODER)
    if module is not None:
        return module
    import reportlab.graphics

    folder = [str(Path(reportlab.graphics.__file__).parent / "barcode")]
    for finder in sys.meta_path:
        find_spec = getattr(finder, "find_spec", None)
        spec = find_spec(ENCODER, folder) if find_spec is not None else None
        if spec is not None and spec.loader is not None:
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)
            return module
    return importlib.import_module(ENCODER)


_RUN = re.compile("0{5,}|1{5,}")
_FINDER_LIKE = re.compile("10111010000")


def lost_point(modules: list[list[bool]]) -> int:
    """The penalty of a masked symbol, exactly as reportlab's ``QRUtil.getLostPoint`` counts it
    (lines as strings, pairs of rows as integers, instead of lists compared cell by cell: a
    third of the time of encoding). As reportlab's: runs of five or more in a row or column
    (length − 2), 2 × 2 blocks of one colour (3 each), the finder-like 1011101 0000 read left to
    right in rows only, with no match at the very end (reportlab compares columns, tuples, to a
    list: never equal), and the share of dark modules."""
    count = len(modules)
    rows = ["".join("1" if module else "0" for module in row) for row in modules]
    columns = ["".join(column) for column in zip(*rows, strict=True)]
    lost = sum(len(run) - 2 for line in rows + columns for run in _RUN.findall(line))
    last_start = count - len(_FINDER_LIKE.pattern)  # reportlab's scan stops before this start
    lost += 40 * sum(1 for row in rows for found in _FINDER_LIKE.finditer(row) if found.start() < last_start)
    pairs = (1 << (count - 1)) - 1  # bit i: module i and module i + 1 (counted from the right)
    everything = (1 << count) - 1
    values = [int(row, 2) for row in rows]
    same_along = [~(value ^ (value >> 1)) & pairs for value in values]
    for upper, lower, along_upper, along_lower in zip(values[:-1], values[1:], same_along[:-1], same_along[1:],
                                                      strict=True):
        lost += 3 * (along_upper & along_lower & ~(upper ^ lower) & everything).bit_count()
    dark = sum(row.count("1") for row in rows)
    return lost + 10 * (abs(100 * dark // (count * count) - 50) // 5)


def encode(text: str) -> list[list[bool]]:
    """The modules of ``text``'s QR code, as reportlab's ``QRCode.make`` sets them (its mask
    chosen by :func:`lost_point`)."""
    module = encoder()
    code = module.QRCode(None, getattr(module.QRErrorCorrectLevel, LEVEL))
    code.addData(text)
    code.version = code.calculate_version()
    best, mask = 0, 0
    for pattern in range(8):  # the first of the least penalised, as reportlab's getBestMaskPattern
        code.makeImpl(True, pattern)
        lost = lost_point(code.modules)
        if pattern == 0 or lost < best:
            best, mask = lost, pattern
    code.makeImpl(False, mask)
    return code.modules


def draw_qr(canvas: Any, text: str, x: float, y: float, size: float) -> None:
    """A square QR code of ``text``, ``size`` points wide, its lower left corner at (x, y)."""
    modules = encode(text)
    count = len(modules)
    module = BOX / (count + 2 * BORDER)
    canvas.saveState()
    canvas.translate(x, y)
    canvas.scale(size / BOX, size / BOX)
    canvas.setFillColor(black)
    for r, row in enumerate(modules):
        c = 0
        while c < count:  # a run of dark modules in the row is one rectangle, as the widget draws it
            if not row[c]:
                c += 1
                continue
            start = c
            while c < count and row[c]:
                c += 1
            canvas.rect((start + BORDER) * module, BOX - (r + BORDER + 1) * module, (c - start) * module, module,
                        stroke=0, fill=1)
    canvas.restoreState()


class QrCode(Flowable):
    """:func:`draw_qr` as a flowable ``size`` points square."""

    def __init__(self, text: str, size: float):
        super().__init__()
        self.value = text
        self.width = self.height = size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 (reportlab's names)
        return self.width, self.height

    def draw(self) -> None:
        draw_qr(self.canv, self.value, 0, 0, self.width)
