"""User text in the workbooks the app writes stays text.

openpyxl stores a string that starts with ``=`` as a formula; text from a report, a form or a
facility (``=WEBSERVICE(…)``, ``=HYPERLINK(…)``) would then run when the officer opens the file.
No workbook we write has formulas of its own, so every string cell is made a string again.
"""

from __future__ import annotations

from typing import Any


def keep_text(book: Any) -> None:
    """Make every formula-looking string cell of ``book`` (an openpyxl Workbook) plain text."""
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.data_type == "f" and isinstance(cell.value, str):
                    cell.data_type = "s"
