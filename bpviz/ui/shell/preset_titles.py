"""The shipped presets' titles, for the translator: File ▸ Open preset shows each in the person's language.

The titles live in the preset files (bpviz/resources/presets/*.json); the translation template
takes its texts from the code, so they are listed here too, and tests/test_translations.py
holds this list to the files.
"""

from __future__ import annotations

from bpviz.ui.shell.i18n import tr, tr_noop

CONTEXT = "presets"
TITLES = (
    tr_noop("Hand-worked 2-2-2 example", "presets"),
    tr_noop("XOR: a problem no straight line can solve", "presets"),
    tr_noop("Circles: a ring around a disc", "presets"),
    tr_noop("Two interleaved spirals", "presets"),
    tr_noop("Regression: fitting a curve", "presets"),
)


def preset_title(title: str) -> str:
    """Return a preset's title in the person's language (a title not shipped stays as written)."""
    return tr(title, "presets")
