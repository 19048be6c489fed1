"""reportlab's modules that compile costly regular expressions at import, compiling them when first used.

``reportlab.platypus.paragraph`` compiles at import a case-insensitive pattern for web addresses
whose letters span the whole Basic Multilingual Plane: some 35 ms, a tenth of a small report's
export in a fresh process. It serves only to break long web addresses (``uriWasteReduce``), which
no report of ours asks for. ``reportlab.lib.textsplit`` (5 ms, for a recipe nothing calls) and
``reportlab.lib.PyFontify`` (1.5 ms, for Python listings) are the same. :func:`install` adds an
import finder that runs these modules with ``re.compile`` answering the calls written in the
module itself with a :class:`DeferredPattern`, compiled the first time one of its attributes is
read; every other caller, in any module or thread, gets ``re.compile`` itself. A module imported
before is left as it is.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
from types import ModuleType
from typing import Any

MODULES = frozenset({"reportlab.platypus.paragraph", "reportlab.lib.textsplit", "reportlab.lib.PyFontify"})
_compile = re.compile


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


def _compile_deferred(pattern: Any, flags: int = 0) -> Any:
    """``re.compile``, deferred for the calls made by the code of one of :data:`MODULES`."""
    if sys._getframe(1).f_globals.get("__name__") in MODULES:
        return DeferredPattern(pattern, flags)
    return _compile(pattern, flags)


class _DeferringLoader:
    """A module's own loader, running it with :func:`_compile_deferred` as ``re.compile``."""

    def __init__(self, loader: Any) -> None:
        self._loader = loader

    def create_module(self, spec: ModuleSpec) -> ModuleType | None:
        return self._loader.create_module(spec)

    def exec_module(self, module: ModuleType) -> None:
        outer = re.compile  # another of the modules may be importing this one
        re.compile = _compile_deferred
        try:
            self._loader.exec_module(module)
        finally:
            re.compile = outer

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
    """Defer the modules' patterns if one is still to be imported (the finder is added once)."""
    if not MODULES.issubset(sys.modules) and not any(isinstance(finder, _Finder) for finder in sys.meta_path):
        sys.meta_path.insert(0, _Finder())
