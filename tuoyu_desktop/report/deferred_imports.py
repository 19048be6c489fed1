"""What reportlab's modules do at import that no report needs yet: done when first needed, or never.

A cold export imports reportlab, and some of its modules do costly work at import for features
a report uses late or not at all:

- ``reportlab.platypus.paragraph`` compiles a case-insensitive pattern for web addresses whose
  letters span the whole Basic Multilingual Plane: some 35 ms, a tenth of a small report's
  export. It only breaks long web addresses (``uriWasteReduce``), which no report asks for.
  ``reportlab.lib.textsplit`` (5 ms, for a recipe nothing calls) and ``reportlab.lib.PyFontify``
  (1.5 ms, for Python listings) are the same. Their own patterns become :class:`DeferredPattern`,
  compiled the first time one of its attributes is read.
- ``reportlab.lib.utils`` imports Pillow's ``PIL.Image`` (some 15 ms, with its tables of EXIF
  tags) to read pictures, which only a report with photos does. Its ``Image`` becomes a
  :class:`DeferredModule`, imported the first time one of its attributes is read.
- ``reportlab.pdfbase.ttfonts`` imports the text shaper ``uharfbuzz`` when it is installed
  (pyHanko's ``opentype`` extra installs it, for its signature stamps): 8–12 ms. reportlab shapes
  only a paragraph whose style sets ``shaping``; no style of ours does, and Chinese needs no
  shaping. That import fails for it, as if the shaper were absent.

:func:`install` adds an import finder that runs these modules with ``re.compile`` and
``__import__`` answering the calls written in the module itself as above; every other caller,
in any module or thread, gets the real ones (pyHanko gets the shaper, the GUI Pillow). A module
imported before is left as it is.
"""

from __future__ import annotations

import builtins
import importlib
import re
import sys
from collections.abc import Mapping, Sequence
from importlib.machinery import ModuleSpec
from types import ModuleType, SimpleNamespace
from typing import Any

PATTERNS_DEFERRED = frozenset({"reportlab.platypus.paragraph", "reportlab.lib.textsplit", "reportlab.lib.PyFontify"})
PILLOW_DEFERRED = "reportlab.lib.utils"  # its ``from PIL import Image``
SHAPER_REFUSED = "reportlab.pdfbase.ttfonts"  # its ``import uharfbuzz``
SHAPER = "uharfbuzz"
MODULES = PATTERNS_DEFERRED | {PILLOW_DEFERRED, SHAPER_REFUSED}
_compile = re.compile
_import = builtins.__import__


class DeferredPattern:
    """A compiled regular expression that is compiled the first time it is used."""

    __slots__ = ("_source", "_flags", "_compiled")

    def __init__(self, source: Any, flags: int) -> None:
        self._source = source
        self._flags = flags
        self._compiled: re.Pattern[Any] | None = None

    @property
    def compiled(self) -> bool:
        """Whether the pattern has been compiled yet."""
        return self._compiled is not None

    def __getattr__(self, name: str) -> Any:  # only names the slots lack: the pattern's own
        compiled = self._compiled
        if compiled is None:  # two threads at once may both compile it: the same pattern
            compiled = self._compiled = _compile(self._source, self._flags)
        return getattr(compiled, name)


class DeferredModule:
    """A module that is imported the first time one of its attributes is read."""

    __slots__ = ("_name",)

    def __init__(self, name: str) -> None:
        self._name = name

    @property
    def imported(self) -> bool:
        """Whether the module has been imported yet (by anyone)."""
        return self._name in sys.modules

    def __getattr__(self, name: str) -> Any:  # the import lock makes two threads at once wait for one
        return getattr(importlib.import_module(self._name), name)


def _compile_deferred(pattern: Any, flags: int = 0) -> Any:
    """``re.compile``, deferred for the calls made by the code of one of :data:`PATTERNS_DEFERRED`."""
    if sys._getframe(1).f_globals.get("__name__") in PATTERNS_DEFERRED:
        return DeferredPattern(pattern, flags)
    return _compile(pattern, flags)


def _import_deferred(name: str, globals: Mapping[str, object] | None = None,  # named as __import__ names them
                     locals: Mapping[str, object] | None = None, fromlist: Sequence[str] | None = (),
                     level: int = 0) -> Any:
    """``__import__``, as the module doc says for the statements of :data:`PILLOW_DEFERRED` and
    :data:`SHAPER_REFUSED` (an import statement passes its module's globals)."""
    importer = globals.get("__name__") if globals is not None and level == 0 else None
    if importer == SHAPER_REFUSED and name == SHAPER:
        raise ModuleNotFoundError(f"{SHAPER} is not offered to reportlab", name=SHAPER)
    if importer == PILLOW_DEFERRED and name == "PIL" and tuple(fromlist or ()) == ("Image",):
        return SimpleNamespace(Image=DeferredModule("PIL.Image"))  # what ``from PIL import Image`` reads
    return _import(name, globals, locals, fromlist, level)


class _DeferringLoader:
    """A module's own loader, running it with :func:`_compile_deferred` and :func:`_import_deferred`."""

    def __init__(self, loader: Any) -> None:
        self._loader = loader

    def create_module(self, spec: ModuleSpec) -> ModuleType | None:
        return self._loader.create_module(spec)

    def exec_module(self, module: ModuleType) -> None:
        outer = re.compile, builtins.__import__  # another of the modules may be importing this one
        re.compile, builtins.__import__ = _compile_deferred, _import_deferred
        try:
            self._loader.exec_module(module)
        finally:
            re.compile, builtins.__import__ = outer

    def __getattr__(self, name: str) -> Any:  # get_source, get_data …: the module's own loader
        return getattr(self._loader, name)


class _Finder:
    """Finds one of :data:`MODULES` with the finders after it, and wraps the loader they give."""

    def find_spec(self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
                  ) -> ModuleSpec | None:
        if fullname not in MODULES:
            return None
        for finder in sys.meta_path:
            find_spec = getattr(finder, "find_spec", None)
            if isinstance(finder, _Finder) or find_spec is None:
                continue
            spec = find_spec(fullname, path, target)
            if spec is not None:
                if spec.loader is not None and hasattr(spec.loader, "exec_module"):
                    spec.loader = _DeferringLoader(spec.loader)
                return spec
        return None


def install() -> None:
    """Defer what the modules do if one is still to be imported (the finder is added once)."""
    if not MODULES.issubset(sys.modules) and not any(isinstance(finder, _Finder) for finder in sys.meta_path):
        sys.meta_path.insert(0, _Finder())
