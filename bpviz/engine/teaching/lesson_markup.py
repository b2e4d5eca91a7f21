"""Lesson markup: the few tags a lesson's text may use, and symbols written as z_{1}^{(1)}.

What a lesson file says is shown as Qt rich text, so only the tags in TAGS reach Qt, each
without its attributes (a style or a src could make Qt read any file); anything else that
looks like markup is shown as written.
"""

from __future__ import annotations

import html
import re

TAGS = {"b", "i", "u", "em", "strong", "sub", "sup", "br", "p", "ul", "ol", "li", "code", "tt", "small", "big"}

_SYMBOL = re.compile(r"([_^])\{([^{}]*)\}")
_TAG = re.compile(r"</?\s*([A-Za-z][A-Za-z0-9]*)[^<>]*>|<")


def rich_text(text: str) -> str:
    """Return lesson text as Qt rich text: z_{1}^{(1)} gets real sub- and superscripts, a
    blank line starts a new paragraph, and a paragraph indented by four spaces or more is a
    display equation, centred. Tags in TAGS pass through without their attributes."""
    text = rich_inline(text)
    out = []
    for paragraph in re.split(r"\n[ \t]*\n", text.strip("\n")):
        lines = [line for line in paragraph.split("\n") if line.strip()]
        if not lines:
            continue
        words = " ".join(" ".join(lines).split())
        display = all(line.startswith("    ") or line.startswith("\t") for line in lines)
        out.append(f'<p align="center">{words}</p>' if display else f"<p>{words}</p>")
    return "".join(out)


_TAGNAME = {"_": "sub", "^": "sup"}
# A tag, an entity (&lt; &#8722;), or a character that HTML would read as markup.
_MARKUP = re.compile(r"<(/?)\s*([A-Za-z][A-Za-z0-9]*)[^<>]*>|&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);|[<>&]")


def rich_inline(text: str) -> str:
    """Return one line of lesson text (a step's title) as rich text, with symbols and only
    the tags in TAGS, each stripped of its attributes (a style or src could load a file);
    anything else that looks like markup is shown as written."""
    return _SYMBOL.sub(lambda m: f"<{_TAGNAME[m.group(1)]}>{m.group(2)}</{_TAGNAME[m.group(1)]}>",
                       _MARKUP.sub(_allowed_markup, text))


def _allowed_markup(m: re.Match) -> str:
    name = (m.group(2) or "").lower()
    if name in TAGS:
        return f"<{m.group(1)}{name}>"
    if m.group(0).startswith("&") and len(m.group(0)) > 1:
        return m.group(0)  # an entity the author wrote, such as &lt;
    return html.escape(m.group(0), quote=False)


def markup_problem(text: str) -> str | None:
    """Return what Qt could not show in `text` (an unknown tag, a lone "<"), or None."""
    for m in _TAG.finditer(text):
        if m.group(1) is None:
            return 'a "<" that starts no tag: write &lt; for a less-than sign'
        if m.group(1).lower() not in TAGS:
            return f"unknown tag <{m.group(1)}>; allowed: {', '.join(sorted(TAGS))}"
    if text.count("{") != text.count("}"):
        return "unbalanced braces: write a symbol as z_{1}^{(1)}"
    return None
