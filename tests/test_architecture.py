"""The house's rules, checked on the source (issue #7): layers, the store's privacy, no cycles.

- Qt is imported only by ``ui/`` and ``app.py``: the core runs and is tested headless.
- Only ``store/`` writes SQL and touches the store's private members.
- The GUI and the CLI go through the services: no ``workspace.store``, no imports of
  ``store``, ``signing`` or ``report`` from ``ui/`` or ``cli/``.
- No import cycle among the package's modules (imports under ``TYPE_CHECKING`` do not count:
  they never run).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from support import ROOT

PACKAGE = ROOT / "tuoyu_desktop"
SQL = re.compile(r"\b(SELECT [^\n]*\bFROM|INSERT (OR \w+ )?INTO|UPDATE \w+ SET|DELETE FROM|CREATE TABLE)\b")


def modules() -> dict[str, Path]:
    found = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found[name] = path
    return found


def _type_checking_lines(tree: ast.AST) -> set[int]:
    lines: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for child in node.body:
                lines.update(range(child.lineno, (child.end_lineno or child.lineno) + 1))
    return lines


def runtime_imports(name: str, path: Path) -> set[str]:
    """Every module of the package that ``name`` imports when it runs (top level or in a function)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = _type_checking_lines(tree)
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    known = modules()
    out: set[str] = set()
    for node in ast.walk(tree):
        if getattr(node, "lineno", None) in skip:
            continue
        targets: list[str] = []
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            targets = [base] + [f"{base}.{alias.name}" for alias in node.names]
        for target in targets:
            if target in known and target != name:
                out.add(target)
    return out


def import_graph() -> dict[str, set[str]]:
    return {name: runtime_imports(name, path) for name, path in modules().items()}


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle, or None; a package importing its own submodule is not a cycle by
    itself (the package's ``__init__`` is what ``from package import sub`` runs first)."""
    def edges(node: str) -> set[str]:
        return {t for t in graph[node] if not t.startswith(node + ".")}

    state: dict[str, int] = {}
    for start in sorted(graph):
        if state.get(start):
            continue
        stack = [(start, iter(sorted(edges(start))))]
        path = [start]
        state[start] = 1
        while stack:
            node, children = stack[-1]
            child = next(children, None)
            if child is None:
                stack.pop()
                path.pop()
                state[node] = 2
                continue
            if state.get(child) == 1:
                return path[path.index(child):] + [child]
            if not state.get(child):
                state[child] = 1
                path.append(child)
                stack.append((child, iter(sorted(edges(child)))))
    return None


def source_files(*folders: str) -> list[Path]:
    return [p for folder in folders for p in sorted((PACKAGE / folder).rglob("*.py"))]


def test_qt_only_in_the_gui():
    offenders = [f"{name} imports {target}" for name, path in modules().items()
                 if not (name.startswith("tuoyu_desktop.ui") or name == "tuoyu_desktop.app")
                 for target in _all_imports(path) if target.split(".")[0] in ("PySide6", "shiboken6")]
    assert offenders == []


def _all_imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module)
    return names


def test_only_the_store_writes_sql_or_touches_its_private_members():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE).as_posix()
        if relative.startswith("store/"):
            continue
        text = path.read_text(encoding="utf-8")
        if re.search(r"\bstore\._[a-z]", text):
            offenders.append(f"{relative}: private store member")
        if re.search(r"\.execute\(", text) or SQL.search(text):
            offenders.append(f"{relative}: SQL")
    assert offenders == []


def test_gui_and_cli_use_the_services_only():
    offenders = []
    for path in source_files("ui", "cli") + [PACKAGE / "app.py"]:
        text = path.read_text(encoding="utf-8")
        relative = path.relative_to(PACKAGE).as_posix()
        if re.search(r"workspace\)?\.store\b", text):
            offenders.append(f"{relative}: workspace.store")
        for target in _all_imports(path):
            if re.match(r"tuoyu_desktop\.(store|signing|report)\b", target):
                offenders.append(f"{relative}: imports {target}")
        if re.search(r"from tuoyu_desktop import [^\n]*\b(store|signing|report)\b", text):
            offenders.append(f"{relative}: imports store, signing or report")
    assert offenders == []


def test_no_import_cycle():
    assert find_cycle(import_graph()) is None


def test_the_cycle_finder_finds_a_cycle():
    """The check above can fail: a made-up graph with a cycle is caught, one without is not."""
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert find_cycle(graph) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set(), "a.x": {"a"}}) is None
