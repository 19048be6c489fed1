"""Assessment forms: data files describing dimensions, indicators, items, points and grades."""

from tuoyu_desktop.forms.library import FormEntry, FormLibrary
from tuoyu_desktop.forms.loader import FormError, form_from_snapshot, load_form
from tuoyu_desktop.forms.model import (
    Dimension,
    Form,
    GradeCutoff,
    Grading,
    Indicator,
    Item,
    Scale,
    ScaleOption,
)

__all__ = [
    "Dimension",
    "Form",
    "FormEntry",
    "FormError",
    "FormLibrary",
    "GradeCutoff",
    "Grading",
    "Indicator",
    "Item",
    "Scale",
    "ScaleOption",
    "form_from_snapshot",
    "load_form",
]
