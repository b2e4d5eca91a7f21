"""Write the translation template: every text bpviz passes to Qt's translator, as a .ts file.

    .venv/bin/python tools/update_translations.py [OUT_FILE]

reads every module under bpviz/ with Python's ast module (nothing is imported or run) and
writes OUT_FILE (default bpviz/resources/translations/bpviz_template.ts) in Qt Linguist's format.
A text is found where it is a constant string given to
- `self.tr("...")` (or `cls.tr`, `type(self).tr`): its context is the enclosing class's name,
  which is where PySide6's `tr` looks it up;
- `tr("...", "context")` and `tr_noop("...", "context")` from bpviz/ui/shell/i18n.py (without a
  context: the module's TRANSLATION_CONTEXT = "..." if it sets one, else "bpviz"; the engine's
  handout calls a translate function it is handed, as `tr`);
- `QCoreApplication.translate("context", "...")` and `QT_TRANSLATE_NOOP("context", "...")`
  (bpviz/state, which has no bpviz.ui.shell.i18n to import);
- a module's own one-line helper such as `def _tr(text): return tr(text, "Handout")`, whose
  calls take the helper's context.
Copy the template to bpviz_<locale>.ts (bpviz_de.ts, bpviz_pt_BR.ts), translate it in Qt
Linguist, and compile it with lrelease (see the README, "Translating bpviz"). Run again after
the code's texts change: every bpviz_<locale>.ts beside the template is brought up to date,
its translations kept, new texts added unfinished, texts the code dropped marked vanished.
"""

from __future__ import annotations

import ast
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "bpviz"
TEMPLATE = ROOT / "bpviz" / "resources" / "translations" / "bpviz_template.ts"
DEFAULT_CONTEXT = "bpviz"  # bpviz/ui/shell/i18n.py's tr without a context


@dataclass(frozen=True)
class Message:
    """One text to translate: its context, the English source, and where it first appears."""

    context: str
    source: str
    path: str   # relative to the repository, with forward slashes
    line: int


def _constant(node: ast.AST | None) -> str | None:
    """Return the string a node spells out literally, or None (a name, an f-string, a call)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _argument(call: ast.Call, position: int, keyword: str) -> ast.AST | None:
    """Return the argument given at `position` or by the name `keyword`, if any."""
    if len(call.args) > position:
        return call.args[position]
    return next((k.value for k in call.keywords if k.arg == keyword), None)


def _helper_context(func: ast.FunctionDef) -> str | None:
    """Return the context of a one-line translation helper, or None if `func` is not one.

    A helper takes the text as its one parameter and returns `tr(text, "context")` or
    `QCoreApplication.translate("context", text)`.
    """
    if len(func.args.args) != 1 or len(func.body) != 1 or not isinstance(func.body[0], ast.Return):
        return None
    parameter, call = func.args.args[0].arg, func.body[0].value
    if not isinstance(call, ast.Call):
        return None
    name = _called_name(call)
    if name == "tr":
        text, context = _argument(call, 0, "text"), _argument(call, 1, "context")
        context_text = DEFAULT_CONTEXT if context is None else _constant(context)
    elif name == "translate":
        text, context_text = _argument(call, 1, "sourceText"), _constant(_argument(call, 0, "context"))
    else:
        return None
    if isinstance(text, ast.Name) and text.id == parameter and context_text is not None:
        return context_text
    return None


def _called_name(call: ast.Call) -> str | None:
    """Return the name a call is made through: `tr` for `tr(...)`, `translate` for `X.translate(...)`."""
    if isinstance(call.func, ast.Name):
        return call.func.id
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return None


class _Collector(ast.NodeVisitor):
    """Walks one module and gathers its messages, tracking the class each call sits in."""

    def __init__(self, path: str, helpers: dict[str, str], default_context: str = DEFAULT_CONTEXT) -> None:
        self.path = path
        self.helpers = helpers
        self.default_context = default_context
        self.classes: list[str] = []
        self.messages: list[Message] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        found = self._message(node)
        if found is not None:
            context, source = found
            self.messages.append(Message(context, source, self.path, node.lineno))
        self.generic_visit(node)

    def _message(self, call: ast.Call) -> tuple[str, str] | None:
        func = call.func
        if isinstance(func, ast.Attribute) and func.attr == "tr" and self.classes:
            source = _constant(_argument(call, 0, "sourceText"))
            return (self.classes[-1], source) if source is not None else None
        if isinstance(func, ast.Name) and func.id in ("tr", "tr_noop"):
            source = _constant(_argument(call, 0, "text"))
            context_node = _argument(call, 1, "context")
            context = self.default_context if context_node is None else _constant(context_node)
            return (context, source) if source is not None and context is not None else None
        if (isinstance(func, ast.Attribute) and func.attr == "translate") or \
                (isinstance(func, ast.Name) and func.id == "QT_TRANSLATE_NOOP"):
            context, source = _constant(_argument(call, 0, "context")), _constant(_argument(call, 1, "sourceText"))
            return (context, source) if source is not None and context is not None else None
        if isinstance(func, ast.Name) and func.id in self.helpers:
            source = _constant(_argument(call, 0, "text"))
            return (self.helpers[func.id], source) if source is not None else None
        return None


def _module_context(tree: ast.Module) -> str:
    """Return the module's TRANSLATION_CONTEXT = "..." (the context of its bare tr calls), or "bpviz"."""
    for node in tree.body:
        if (isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name)
                and node.targets[0].id == "TRANSLATION_CONTEXT" and _constant(node.value) is not None):
            return _constant(node.value)
    return DEFAULT_CONTEXT


def extract_file(path: Path, root: Path = ROOT) -> list[Message]:
    """Return the messages of one Python file, in the order they appear."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    helpers = {node.name: context for node in tree.body if isinstance(node, ast.FunctionDef)
               for context in [_helper_context(node)] if context is not None}
    collector = _Collector(path.relative_to(root).as_posix(), helpers, _module_context(tree))
    collector.visit(tree)
    return collector.messages


def extract(source: Path = SOURCE, root: Path = ROOT) -> dict[str, list[Message]]:
    """Return every message under `source` by context; each (context, text) once, at its first place."""
    contexts: dict[str, dict[str, Message]] = {}
    for path in sorted(source.rglob("*.py")):
        if "__pycache__" in path.parts:
            continue
        for message in extract_file(path, root):
            contexts.setdefault(message.context, {}).setdefault(message.source, message)
    return {context: list(contexts[context].values()) for context in sorted(contexts)}


@dataclass(frozen=True)
class Translation:
    """A translator's text for one message, and whether they marked it finished."""

    text: str
    finished: bool


def read_translations(path: Path) -> tuple[str | None, dict[tuple[str, str], Translation]]:
    """Return the language of the .ts file at `path` and its translations by (context, source)."""
    root = ET.parse(path).getroot()
    found = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            element = message.find("translation")
            if element is not None and element.text:
                found[name, message.findtext("source") or ""] = Translation(element.text, element.get("type") is None)
    return root.get("language"), found


def ts_text(contexts: dict[str, list[Message]], out: Path = TEMPLATE, root: Path = ROOT,
            language: str | None = None, translations: dict[tuple[str, str], Translation] | None = None) -> str:
    """Return the Qt Linguist .ts document for `contexts`; locations are relative to `out`.

    Texts found in `translations` keep their translation; translations of texts the code no
    longer has stay in the file marked "vanished", as Qt's lupdate keeps them.
    """
    translations = translations or {}
    prefix = Path(*[".."] * len(out.parent.relative_to(root).parts)).as_posix() if out.is_relative_to(root) else ""
    vanished: dict[str, list[tuple[str, Translation]]] = {}
    for (context, source), translation in translations.items():
        if source not in {m.source for m in contexts.get(context, [])}:
            vanished.setdefault(context, []).append((source, translation))
    head = f'<TS version="2.1" language="{escape(language)}" sourcelanguage="en">' if language else \
        '<TS version="2.1" sourcelanguage="en">'
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>", head]
    for context in sorted(set(contexts) | set(vanished)):
        lines += ["<context>", f"    <name>{escape(context)}</name>"]
        for m in contexts.get(context, []):
            location = f"{prefix}/{m.path}" if prefix else str(root / m.path)
            translation = translations.get((context, m.source))
            if translation is None:
                shown = '<translation type="unfinished"></translation>'
            else:
                kind = "" if translation.finished else ' type="unfinished"'
                shown = f"<translation{kind}>{escape(translation.text)}</translation>"
            lines += ["    <message>",
                      f'        <location filename="{escape(location, {chr(34): "&quot;"})}" line="{m.line}"/>',
                      f"        <source>{escape(m.source)}</source>",
                      f"        {shown}",
                      "    </message>"]
        for source, translation in vanished.get(context, []):
            lines += ["    <message>",
                      f"        <source>{escape(source)}</source>",
                      f'        <translation type="vanished">{escape(translation.text)}</translation>',
                      "    </message>"]
        lines.append("</context>")
    lines.append("</TS>")
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    """Write the template (to argv[0] if given), bring every bpviz_<locale>.ts beside it up to
    date with the code, and say how many texts each holds."""
    out = Path(argv[0]).resolve() if argv else TEMPLATE
    contexts = extract()
    count = sum(len(m) for m in contexts.values())
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(ts_text(contexts, out), encoding="utf-8")
    print(f"{count} texts in {len(contexts)} contexts written to {out}")
    for path in sorted(out.parent.glob("bpviz_*.ts")):
        if path == out:
            continue
        language, translations = read_translations(path)
        path.write_text(ts_text(contexts, path, language=language, translations=translations), encoding="utf-8")
        kept = sum(1 for (context, source) in translations
                   if source in {m.source for m in contexts.get(context, [])})
        print(f"{path.name}: {kept} of {count} texts translated, "
              f"{len(translations) - kept} translations of texts no longer used")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
