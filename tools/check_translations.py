"""Check the translations: every text translated, with the English text's placeholders and markup.

    .venv/bin/python tools/check_translations.py [bpviz_de.ts ...]

Without arguments, checks every bpviz_<locale>.ts beside the template. For each message it
asks what a translation must keep for the window to work and to say the same thing:
- a translation, finished (no type="unfinished"), for every text of the template;
- the same {placeholders}, each spelled as in the English ({n:,} stays {n:,});
- the same HTML tags and entities (<b>, <sub>, &nbsp;), as many of each;
- one "&" mnemonic where the English has one (menus: "&File"), none where it has none;
- the same number of line breaks;
- the seed's notation as the English writes it (z, x, δ, ∂L/∂w, α ... are never translated:
  every run of such symbols in the English appears in the translation).
And for each lesson (bpviz/resources/lessons/*.toml) its translation in
lessons/translations/<locale>/ of the same name: the title, the summary, and for every step,
in the same order, its title, its text, and the prompt and hint of its task where the English
has them, keeping the English text's markup and its notation in braces (z_{j}^{(l)}).
Prints one line per problem and exits 1 if there is any. tests/test_translations.py runs it.
"""

from __future__ import annotations

import re
import sys
import tomllib
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "bpviz" / "resources" / "translations"
TEMPLATE = FOLDER / "bpviz_template.ts"
LOCALES = ("de", "es", "fr", "pt_BR", "zh_CN")
LESSONS = ROOT / "bpviz" / "resources" / "lessons"
BRACED = re.compile(r"[_^]\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}")  # _{ji}, ^{(l)}, ^{(l−1)}

PLACEHOLDER = re.compile(r"\{[^{}]*\}")
TAG = re.compile(r"</?([a-zA-Z]+)[^>]*>")
ENTITY = re.compile(r"&(?:[a-zA-Z]+|#\d+);")
# The seed's symbols: Greek letters, ∂, Σ, ⊙, sub- and superscripts, primes. A run of them
# (with the letters they qualify: ∂L/∂w, w₁₁⁽¹⁾, f′(z)) is notation, the same in every language.
NOTATION = re.compile(r"[A-Za-z]?(?:[∂ΣσδαεΔλ⊙←′ᵀ₀-₉ₙ⁰-⁹⁽⁾ⁱʲˡᴸ⁺⁻]+[A-Za-z]?)+(?:/∂[A-Za-z][₀-₉ₙ⁽⁾⁰-⁹ⁱʲˡᴸ]*)?")


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    """Return the <message> elements of a .ts file by (context, source)."""
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            out[name, message.findtext("source")] = message
    return out


def mnemonics(text: str) -> int:
    """Return how many "&" mnemonics a text has (not "&&", not an entity like &nbsp;)."""
    return len(re.findall(r"&(?!&|[a-zA-Z]+;|#\d+;)(?<!&&)", ENTITY.sub("", text.replace("&&", ""))))


def problems(source: str, translation: str) -> list[str]:
    """Return what a translation of `source` lacks that the window or the reader needs."""
    found = []
    if Counter(PLACEHOLDER.findall(source)) != Counter(PLACEHOLDER.findall(translation)):
        found.append(f"placeholders {sorted(PLACEHOLDER.findall(source))} became "
                     f"{sorted(PLACEHOLDER.findall(translation))}")
    if Counter(TAG.findall(source)) != Counter(TAG.findall(translation)):
        found.append("the markup differs")
    if Counter(ENTITY.findall(source)) != Counter(ENTITY.findall(translation)):
        found.append("the entities differ")
    if mnemonics(source) != mnemonics(translation):
        found.append(f"{mnemonics(source)} '&' mnemonic(s) in the English, {mnemonics(translation)} here")
    if source.count("\n") != translation.count("\n"):
        found.append(f"{source.count(chr(10))} line breaks in the English, {translation.count(chr(10))} here")
    bare = PLACEHOLDER.sub(" ", TAG.sub(" ", source))
    for symbol in set(NOTATION.findall(bare)):
        if len(symbol) > 1 and symbol not in translation:
            found.append(f"the notation {symbol!r} is missing")
    return found


def check(path: Path, template: Path = TEMPLATE) -> list[str]:
    """Return every problem of the translation at `path`, one line each."""
    wanted, have = messages(template), messages(path)
    out = []
    for (context, source), _ in wanted.items():
        where = f"{path.name}: [{context}] {source[:60]!r}"
        message = have.get((context, source))
        element = None if message is None else message.find("translation")
        if element is None or not (element.text or "").strip():
            out.append(f"{where}: not translated")
            continue
        if element.get("type") in ("unfinished", "vanished", "obsolete"):
            out.append(f"{where}: marked {element.get('type')}")
        out += [f"{where}: {p}" for p in problems(source, element.text)]
    return out


def lesson_texts(english: dict) -> list[tuple[str, str]]:
    """Return (where, text) of every text of an English lesson that a translation gives."""
    out = [("title", english["title"])] + ([("summary", english["summary"])] if "summary" in english else [])
    for n, step in enumerate(english["steps"], 1):
        out += [(f"step {n} {key}", step[key]) for key in ("title", "text") if key in step]
        out += [(f"step {n} {key}", step["task"][key]) for key in ("prompt", "hint") if key in step.get("task", {})]
    return out


def translated_texts(overlay: dict) -> dict[str, str]:
    """Return the texts of a lesson's translation by where they stand (as lesson_texts names them)."""
    out = {key: overlay[key] for key in ("title", "summary") if key in overlay}
    for n, step in enumerate(overlay.get("steps", []), 1):
        out.update({f"step {n} {key}": value for key, value in step.items()})
    return out


def check_lesson(english_path: Path, locale: str) -> list[str]:
    """Return every problem of the translation of one lesson into `locale`."""
    path = LESSONS / "translations" / locale / english_path.name
    where = f"lessons/translations/{locale}/{english_path.name}"
    if not path.exists():
        return [f"{where}: missing"]
    try:
        overlay = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as e:
        return [f"{where}: not TOML: {e}"]
    english = tomllib.loads(english_path.read_text(encoding="utf-8"))
    if len(overlay.get("steps", [])) != len(english["steps"]):
        return [f"{where}: {len(overlay.get('steps', []))} steps, the English has {len(english['steps'])}"]
    have, out = translated_texts(overlay), []
    wanted = lesson_texts(english)
    for key in sorted(set(have) - {k for k, _ in wanted}):
        out.append(f"{where}: {key} has no English text to translate")
    for key, source in wanted:
        text = have.get(key)
        if not isinstance(text, str) or not text.strip():
            out.append(f"{where}: {key} not translated")
            continue
        if Counter(TAG.findall(source)) != Counter(TAG.findall(text)):
            out.append(f"{where}: {key}: the markup differs")
        # A number in braces (e^{−0.3775}) takes the language's decimal separator, as the prose does.
        braced = lambda t: Counter(re.sub(r"(?<=\d),(?=\d)", ".", b) for b in BRACED.findall(t))
        if braced(source) != braced(text):
            missing = braced(source) - braced(text)
            out.append(f"{where}: {key}: the notation differs (missing {sorted(missing)})")
    return out


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv] or [FOLDER / f"bpviz_{locale}.ts" for locale in LOCALES]
    found = [line for path in paths for line in check(path)]
    locales = [p.stem.removeprefix("bpviz_") for p in paths]
    found += [line for locale in locales for lesson in sorted(LESSONS.glob("*.toml"))
              for line in check_lesson(lesson, locale)]
    print("\n".join(found) if found else f"{len(paths)} translations complete, with their lessons")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
