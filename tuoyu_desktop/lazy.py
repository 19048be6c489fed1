"""A package's names loaded on first use (PEP 562), so that importing the package is cheap.

``__getattr__ = lazy.exports(__name__, {"Name": ".module", …})`` in a package's ``__init__``:
the first access to ``package.Name`` imports the module (relative to the package when it starts
with a dot) and keeps the value in the package, so later accesses cost nothing.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Mapping
from typing import Any


def exports(package: str, where: Mapping[str, str]) -> Callable[[str], Any]:
    """The module ``__getattr__`` of ``package``, loading each name from its module in ``where``."""
    namespace = sys.modules[package].__dict__

    def load(name: str) -> Any:
        module = where.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module, package), name)
        namespace[name] = value
        return value

    return load
