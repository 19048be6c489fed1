"""Grid tables drawn row by row, without reportlab's ``Table``.

The report's grid tables (the item details, the gap list, the unanswered items …) are a light
grid with a tinted header row repeated on every page, whole-row spans, backgrounds, keep-together
pairs of rows and top- or centre-aligned cells. reportlab's ``Table`` builds a style object per
cell, lays the table out again for every page it is split over and draws each cell inside a saved
and translated graphics state: for 37,000 cells that is most of an export.

:class:`GridTable` does the same layout for exactly those tables: each row is measured once
(row height = the tallest cell plus its padding, as reportlab computes it), the table breaks
between rows where reportlab would (the last row that fits, never inside a keep-together pair),
and draws the backgrounds, the cells and the grid lines (the same segments, widths, colours and
caps) in reportlab's order. Anything else (a row that does not fit on an empty part of a page,
which reportlab may break inside) is handed to the reportlab table of the remaining rows
(:class:`~.windowed.WindowedTable`); tables with other commands are left to reportlab from the
start (:func:`plan`).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.colors import Color
from reportlab.platypus import Flowable, Spacer

from tuoyu_desktop.report.cells import FastParagraph

PADDING_V = 3.0  # grid_table_style's top and bottom padding
PADDING_H = 4.0  # … left and right
GRID_WEIGHT = 0.5
HEADER_RULE = 0.8
EMPTY_CELL = 12.0  # an empty string cell (under a span): reportlab counts one line of its default 10 pt font
ROUND = 1  # reportlab's default cap and join for table lines
SPLIT_IN_ROW = 36  # the tables' splitInRow, a safety net: a row taller than a page may break inside rather than fail

Command = tuple[Any, ...]


@dataclass
class Plan:
    """What a table looks like, row by row (``rows`` the cells, the first ``header`` repeated)."""

    rows: list[list[Any]]
    widths: list[float]
    header: int
    grid: Color
    accent: Color
    header_fill: Color
    fills: list[Color | None]
    spans: list[bool]
    top: list[bool]
    glued: set[int]  # r: rows r and r + 1 stay on one page
    heights: list[float | None]
    cell_heights: list[list[float]]  # of each row's cells, once measured
    fallback: Callable[[int, int], Flowable]  # reportlab's table of the header and the rows start…end


def _row(command: Command, count: int) -> tuple[int, int] | None:
    """The rows of a command on whole rows (all columns), else None."""
    (c0, r0), (c1, r1) = command[1], command[2]
    if c0 != 0 or c1 != -1:
        return None
    return (r0 + count if r0 < 0 else r0), (r1 + count if r1 < 0 else r1)


def plan(rows: list[list[Any]], widths: list[float], header: int, per_row: Sequence[Command],
         colours: tuple[Color, Color, Color], fallback: Callable[[int, int], Flowable]) -> Plan | None:
    """The plan of a grid table (``styles.grid_table_style`` plus ``per_row``), or None when it has
    something :class:`GridTable` does not draw (then reportlab draws it)."""
    count = len(rows)
    if count <= header or any(len(r) != len(widths) for r in rows):
        return None
    grid, accent, header_fill = colours
    fills: list[Color | None] = [None] * count
    spans, top = [False] * count, [False] * count
    glued: set[int] = set()
    for command in per_row:
        where = _row(command, count)
        if where is None:
            return None
        r0, r1 = where
        op = command[0]
        if op == "NOSPLIT" and r1 == r0 + 1:
            glued.add(r0)
        elif r0 != r1 or r0 < header:
            return None
        elif op == "BACKGROUND" and isinstance(command[3], Color):
            fills[r0] = command[3]
        elif op == "SPAN":
            spans[r0] = True
        elif op == "VALIGN" and command[3] == "TOP":
            top[r0] = True
        else:
            return None
    for index, row in enumerate(rows):
        for column, cell in enumerate(row):
            if isinstance(cell, str):
                if cell and not (spans[index] and column > 0):
                    return None
            elif not isinstance(cell, Flowable) or (spans[index] and column > 0):
                return None
    return Plan(rows, widths, header, grid, accent, header_fill, fills, spans, top, glued, [None] * count,
                [[] for _ in rows], fallback)


def _cell_height(cell: Flowable, width: float) -> float:
    """reportlab's ``Table._listCellGeom`` for one flowable (wrapped once, at its one width: the
    flowable keeps that layout for drawing)."""
    if isinstance(cell, FastParagraph):  # needs no canvas
        return cell.wrap(width - 2 * PADDING_H, 72000 - 2 * PADDING_V)[1]
    return cell.wrapOn(None, width - 2 * PADDING_H, 72000 - 2 * PADDING_V)[1]


class GridTable(Flowable):
    """The rows ``start``…``end`` of a :class:`Plan` under its header rows (see the module)."""

    def __init__(self, table: Plan, start: int | None = None, end: int | None = None):
        super().__init__()
        self.hAlign = "CENTER"  # as a reportlab Table
        self._plan = table
        self._start = table.header if start is None else start
        self._end = len(table.rows) if end is None else end
        self._total = sum(table.widths)
        self.width, self.height = self._total, 0.0

    def _shown(self) -> Iterator[int]:
        """The rows this table shows, in order: the header's, then its own (a page's worth is
        read of the thousands a long table may still have, each time the frame asks)."""
        return itertools.chain(range(self._plan.header), range(self._start, self._end))

    def _row_at(self, position: int) -> int:
        """The row shown at ``position`` (0: the first row of the header)."""
        header = self._plan.header
        return position if position < header else self._start + position - header

    def _height_of(self, row: int) -> float:
        plan = self._plan
        known = plan.heights[row]
        if known is not None:
            return known
        cells = plan.rows[row]
        if plan.spans[row]:
            measured = [_cell_height(cells[0], self._total)]
            # the empty cells under the span count too
            best = max(measured[0] + 2 * PADDING_V, EMPTY_CELL + 2 * PADDING_V)
        else:
            measured = [_cell_height(cell, width) for cell, width in zip(cells, plan.widths, strict=True)]
            best = max(measured) + 2 * PADDING_V
        plan.cell_heights[row] = measured
        plan.heights[row] = best
        return best

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        height = 0.0
        for row in self._shown():
            height += self._height_of(row)
            if height > availHeight:
                break  # too tall for the room left: split decides
        self.width, self.height = self._total, height
        return self.width, height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        """reportlab's ``Table._getFirstPossibleSplitRowPosition`` and ``_splitRows`` by row."""
        plan = self._plan
        height, n, split_at = 0.0, 1, 0
        for row in self._shown():
            h = self._height_of(row)
            if height + h > availHeight:
                break
            # position n is between shown rows n - 1 and n: impossible inside a keep-together pair
            if not (n > plan.header and self._row_at(n - 1) in plan.glued):
                split_at = n
            height += h
            n += 1
        if split_at < plan.header or split_at == plan.header and self._start >= self._end:
            return []
        if split_at == plan.header:
            # not one row fits: reportlab tries to break the first row inside. It never does
            # where less than SPLIT_IN_ROW would be left under the header (Table._splitRows:
            # splitPoint + 1 < splitInRow), the usual end of a page. Else whether it can depends
            # on that row alone: ask reportlab with it, and if so, let reportlab split the rest
            # of the table as it would have
            header = sum(self._height_of(row) for row in range(plan.header))
            if availHeight - header + 1 < SPLIT_IN_ROW:
                return []
            if not plan.fallback(self._start, self._start + 1).split(availWidth, availHeight):
                return []
            return plan.fallback(self._start, self._end).split(availWidth, availHeight)
        if split_at == plan.header + self._end - self._start:  # every row fits
            return [self]
        cut = self._row_at(split_at - 1) + 1
        return [GridTable(plan, self._start, cut), GridTable(plan, cut, self._end)]

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802, N803
        """Drawn where it goes (no translation), as reportlab's ``Table.draw``: backgrounds, cells, lines."""
        x = self._hAlignAdjust(x, _sW)
        plan = self._plan
        shown = list(self._shown())
        heights = [self._height_of(row) for row in shown]
        tops = [y + sum(heights)]
        for h in heights:
            tops.append(tops[-1] - h)
        lefts = [x]
        for w in plan.widths:
            lefts.append(lefts[-1] + w)
        right = lefts[-1]
        canvas.saveState()
        # backgrounds: the header rows, then the rows' own (never overlapping)
        if plan.header:
            canvas.setFillColor(plan.header_fill)
            canvas.rect(x, tops[0], right - x, tops[plan.header] - tops[0], stroke=0, fill=1)
        for index, row in enumerate(shown):
            fill = plan.fills[row]
            if fill is not None:
                canvas.setFillColor(fill)
                canvas.rect(x, tops[index], right - x, tops[index + 1] - tops[index], stroke=0, fill=1)
        # cells
        for index, row in enumerate(shown):
            cells = plan.rows[row]
            bottom, height = tops[index + 1], heights[index]
            for column, h in enumerate(plan.cell_heights[row]):
                cell = cells[column]
                inner = (right - x if plan.spans[row] else plan.widths[column]) - 2 * PADDING_H
                if not isinstance(cell, Spacer) and cell.width != inner:  # wrapped since at another width
                    cell.wrapOn(canvas, inner, height - 2 * PADDING_V)
                if plan.top[row]:
                    at = bottom + height - PADDING_V - h
                else:
                    at = bottom + (height + PADDING_V - PADDING_V + h) / 2.0 - h
                cell.drawOn(canvas, lefts[column] + PADDING_H, at)
        # lines: GRID (box, then inner grid), then the header's rule, as reportlab draws them
        canvas.setLineCap(ROUND)
        canvas.setLineJoin(ROUND)
        canvas.setStrokeColor(plan.grid)
        canvas.setLineWidth(GRID_WEIGHT)
        line = canvas.line
        line(x, tops[0], right, tops[0])
        line(x, tops[-1], right, tops[-1])
        line(x, tops[-1], x, tops[0])
        line(right, tops[-1], right, tops[0])
        for top in tops[1:-1]:
            line(x, top, right, top)
        spanned = [index for index, row in enumerate(shown) if plan.spans[row]]
        for left in lefts[1:-1]:
            low = tops[-1]  # from the bottom up, around the spanned rows
            for index in reversed(spanned):
                if tops[index + 1] > low:
                    line(left, low, left, tops[index + 1])
                low = tops[index]
            if low < tops[0]:
                line(left, low, left, tops[0])
        if plan.header:
            canvas.setStrokeColor(plan.accent)
            canvas.setLineWidth(HEADER_RULE)
            line(x, tops[plan.header], right, tops[plan.header])
        canvas.restoreState()

    def draw(self) -> None:  # drawOn draws it in place
        raise AssertionError("GridTable is drawn by drawOn")
