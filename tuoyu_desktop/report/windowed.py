"""Long tables handed to reportlab a window of rows at a time, so that laying them out stays linear.

reportlab splits a table at a page end into the rows that fit and a new table of all the rest,
and lays that one out again from scratch (its spans, keep-together ranges and row positions):
a table of 5,000 item rows costs the square of its length. :class:`WindowedTable` gives
reportlab a table of the header and the next rows only, enough to overfill the page, lets it
split that as it would have split the whole table (the same rows on each page, the header
repeated), and keeps the rest of its rows for the next page.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from reportlab.platypus import Flowable, Table

WINDOW = 48  # rows in the first window (a page holds 10 to 40); then half as many again as the last
# page took, doubled while the window does not fill the page
MIN_ROWS = 2 * WINDOW  # shorter tables are left to reportlab as they are
TALL_ROW = 300.0  # points: a row this tall may have to break across pages

Command = tuple[Any, ...]
MakeTable = Callable[[list[list[Any]], list[Command], list[float | None]], Table]


def _rows_of(command: Command, count: int) -> tuple[int, int]:
    (_c0, r0), (_c1, r1) = command[1], command[2]
    return (r0 + count if r0 < 0 else r0), (r1 + count if r1 < 0 else r1)


def windowable(rows: Sequence[Sequence[Any]], commands: Sequence[Command]) -> bool:
    """Long enough to need windows, and no command spans rows (a window may cut between any two)."""
    if len(rows) < MIN_ROWS:
        return False
    for command in commands:
        if command[0] == "SPAN":
            r0, r1 = _rows_of(command, len(rows))
            if r0 != r1:
                return False
    return True


class WindowedTable(Flowable):
    """``rows`` (the first ``header_rows`` repeated on every page) laid out a window at a time.

    ``make(rows, commands, heights)`` builds the reportlab table of some rows with the commands for
    them and the row heights measured so far (``None``: not yet; reportlab measures it);
    ``everywhere``: commands for every table (whole-table ranges and the header rows'), ``per_row``:
    commands addressing rows of ``rows`` (negative indices count from its end).
    """

    def __init__(self, make: MakeTable, rows: list[list[Any]], header_rows: int, everywhere: list[Command],
                 per_row: list[Command], start: int | None = None, heights: list[float | None] | None = None,
                 window: int = WINDOW):
        super().__init__()
        self._make = make
        self._rows = rows
        self._header = header_rows
        self._everywhere = everywhere
        count = len(rows)
        self._per_row = [(command, *_rows_of(command, count)) for command in per_row]
        self._start = header_rows if start is None else start
        self._window = window
        self._table: Table | None = None
        self._end = 0
        self._asked: tuple[float, float] | None = None
        self._measured: list[int] = []
        self.width = self.height = 0.0
        # each row's height once measured, shared with the tables that follow: measured once
        self._heights: list[float | None] = [None] * count if heights is None else heights

    def _build(self, end: int) -> Table:
        start, header = self._start, self._header
        shown = self._rows[:header] + self._rows[start:end]
        commands = list(self._everywhere)
        for command, r0, r1 in self._per_row:
            if r1 < header or r0 >= header and r1 < start:
                if r1 < header and r0 < header:
                    commands.append(command)  # the header's own
                continue
            if r0 >= end:
                continue
            low = max(r0, start) if r0 >= header else r0
            high = min(r1, end - 1)
            if low > high:
                continue

            def where(row: int) -> int:
                return row if row < header else header + row - start

            (c0, _), (c1, _) = command[1], command[2]
            commands.append((command[0], (c0, where(low)), (c1, where(high)), *command[3:]))
        self._end = end
        known = self._heights
        rows = [*range(header), *range(start, end)]
        # a row given a height is never split inside: a tall one is measured again instead
        heights = [None if (h := known[row]) is None or h > TALL_ROW else h for row in rows]
        table = self._make(shown, commands, heights)
        self._measured = rows
        return table

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        if self._table is not None and self._asked == (availWidth, availHeight):
            return self.width, self.height
        count = len(self._rows)
        while True:
            end = min(count, self._start + self._window)
            table = self._build(end)
            width, height = table.wrap(availWidth, availHeight)
            for row, measured in zip(self._measured, table._rowHeights, strict=True):
                self._heights[row] = measured
            if end == count or height > availHeight:
                break
            self._window *= 2  # the window fits the page with room to spare: more rows
        self._table = table
        self._asked = (availWidth, availHeight)
        self.width, self.height = width, height
        return width, height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        self.wrap(availWidth, availHeight)
        table = self._table
        assert table is not None
        parts = table.split(availWidth, availHeight)
        if self._end == len(self._rows) or len(parts) != 2:
            return parts
        first, rest = parts
        taken = first._nrows - self._header
        follows = self._start + taken
        if taken <= 0 or follows >= self._end or rest._nrows - self._header != self._end - follows:
            # a row was split inside (taller than a page: it is in both parts): reportlab splits the rest
            return self._make_rest().split(availWidth, availHeight)
        return [first, WindowedTable(self._make, self._rows, self._header, self._everywhere,
                                     [command for command, _r0, _r1 in self._per_row], start=follows,
                                     heights=self._heights, window=taken + taken // 2 + 2)]

    def _make_rest(self) -> Table:
        return self._build(len(self._rows))  # heights measured so far kept: reportlab does the same

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802
        assert self._table is not None
        self._table.drawOn(canvas, x, y, _sW)

    def draw(self) -> None:  # drawOn draws the window's table
        raise AssertionError("WindowedTable is drawn by drawOn")
