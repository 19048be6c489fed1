"""reportlab's optional text shaper, not imported by reportlab: no report of ours shapes text.

``reportlab.pdfbase.ttfonts`` imports ``uharfbuzz`` at import when it is installed (pyHanko's
``opentype`` extra installs it, for its signature stamps): some 12 ms of every export in a fresh
process. reportlab shapes only a paragraph whose style sets ``shaping``; no style of ours does
(:mod:`.cells` hands such a style to reportlab's own ``Paragraph``, and none exists), and Chinese
text needs no shaping. :func:`install` adds an import finder that answers that one import
statement, run by the body of ``ttfonts``, as if the shaper were absent; every other importer
(pyHanko) gets it as usual. A ``ttfonts`` imported before is left as it is.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
from types import FrameType, ModuleType

SHAPER = "uharfbuzz"
IMPORTER = "reportlab.pdfbase.ttfonts"


class _Finder:
    """Refuses :data:`SHAPER` to the body of :data:`IMPORTER`; finds nothing for anyone else."""

    def find_spec(self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
                  ) -> ModuleSpec | None:
        if fullname == SHAPER and _imported_by_reportlab():
            raise ModuleNotFoundError(f"{SHAPER} is not offered to reportlab", name=SHAPER)
        return None


def _imported_by_reportlab() -> bool:
    frame: FrameType | None = sys._getframe(2)  # past find_spec: the import machinery's frames, then the importer
    while frame is not None:
        if frame.f_code.co_name == "<module>" and frame.f_globals.get("__name__") == IMPORTER:
            return True
        frame = frame.f_back
    return False


def install() -> None:
    """Keep the shaper from reportlab, if its fonts module is still to be imported (added once)."""
    if IMPORTER not in sys.modules and not any(isinstance(finder, _Finder) for finder in sys.meta_path):
        sys.meta_path.insert(0, _Finder())
