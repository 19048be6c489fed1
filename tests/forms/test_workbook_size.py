"""Issue 15: workbook forms are not capped at 5,000 rows; the row guard stays, at 50,000."""

from __future__ import annotations

import pytest
from openpyxl import Workbook
from support.synthetic_form import write_synthetic_form

from tuoyu_desktop.forms import FormError, load_form
from tuoyu_desktop.forms import workbook as workbook_module
from tuoyu_desktop.forms.workbook import compile_workbook, export_workbook


@pytest.mark.slow  # about 20 s here
def test_a_form_of_6000_items_goes_through_a_workbook(tmp_path):
    form = load_form(write_synthetic_form(tmp_path / "forms", 6000, "big"))
    target = tmp_path / "big.xlsx"
    export_workbook(form, target)
    _document, again = compile_workbook(target)
    assert again.content_hash == form.content_hash and len(list(again.iter_items())) == 6000


def test_the_guard_is_far_above_a_20000_item_form():
    assert workbook_module.MAX_ROWS >= 40_000


def test_a_sheet_beyond_the_row_guard_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(workbook_module, "MAX_ROWS", 100)  # the guard itself, without a 50,000-row file
    book = Workbook()
    book.active.title = next(iter(workbook_module.SHEETS))
    for n in range(150):
        book.active.append([f"x{n}"])
    path = tmp_path / "rows.xlsx"
    book.save(path)
    with pytest.raises(FormError, match="超过上限 100 行"):
        compile_workbook(path)
