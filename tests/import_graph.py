"""Every import of bpviz's modules, read from their source (inside functions too), and the
rules the layers keep: the engine imports no Qt and nothing of bpviz outside it, the state
imports no widgets, and no two modules import each other, however long the way round.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

QT = ("PySide6", "shiboken6", "pyqtgraph")
WIDGETS = ("PySide6.QtWidgets", "pyqtgraph", "bpviz.ui")


@dataclass(frozen=True)
class Import:
    module: str  # the importer
    name: str  # what it imports: a module, or a package whose name it takes
    line: int
    for_types_only: bool  # under `if TYPE_CHECKING:`, never run


def module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def read_imports(root: Path, package: str = "bpviz") -> tuple[set[str], list[Import]]:
    """Return the modules under ``root / package`` and every import they make."""
    paths = {module_name(p, root): p for p in (root / package).rglob("*.py")}
    found = []
    for name, path in paths.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        types_only = {id(n) for node in ast.walk(tree) if isinstance(node, ast.If)
                      and "TYPE_CHECKING" in ast.unparse(node.test)
                      for statement in node.body for n in ast.walk(statement)}
        here = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    base = ".".join(here[:len(here) - node.level + 1] + ([base] if base else []))
                # `from package import module` imports the module; anything else, the package
                targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in paths else base for a in node.names]
            else:
                continue
            found += [Import(name, t, node.lineno, id(node) in types_only) for t in targets]
    return set(paths), found


def _within(name: str, prefixes) -> bool:
    return any(name == p or name.startswith(p + ".") for p in prefixes)


def layer_breaches(imports: list[Import]) -> list[str]:
    """Say each import that crosses a layer the wrong way."""
    breaches = []
    for i in imports:
        where = f"{i.module} (line {i.line}) imports {i.name}"
        if _within(i.module, ["bpviz.engine"]):
            if _within(i.name, QT):
                breaches.append(f"{where}: Qt in the engine")
            elif _within(i.name, ["bpviz"]) and not _within(i.name, ["bpviz.engine"]):
                breaches.append(f"{where}: the engine imports nothing of bpviz above it")
        if _within(i.module, ["bpviz.state"]) and _within(i.name, WIDGETS):
            breaches.append(f"{where}: widgets in the state")
    return breaches


def cycles(modules: set[str], imports: list[Import]) -> list[list[str]]:
    """Return each set of modules that import one another round a loop (Tarjan's algorithm)."""
    graph = {m: sorted({i.name for i in imports if i.module == m and i.name in modules
                        and not i.for_types_only}) for m in modules}
    index, low, stack, on_stack, found = {}, {}, [], set(), []

    def visit(v):
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while not group or group[-1] != v:
                group.append(stack.pop())
                on_stack.discard(group[-1])
            if len(group) > 1 or v in graph[v]:
                found.append(sorted(group))

    for m in sorted(modules):
        if m not in index:
            visit(m)
    return found
