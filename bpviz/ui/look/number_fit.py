"""Fitting a number into the room it has: smaller, then shorter, never dropped in silence.

The rule every number on the canvas follows: it is written with the chosen digits at its
preferred size; too wide, it is drawn smaller, down to a legibility floor; still too wide, in
a shorter form (fewer digits, then 8.77e-3). Only a number whose shortest form does not fit
at the floor is left out, and the canvas counts it and says how to see it.
"""

from __future__ import annotations

from typing import Iterable

from PySide6.QtGui import QFont, QFontMetricsF

from bpviz.state.document.parsing import in_locale

FLOOR_PT = 9.0        # no canvas number is drawn smaller (× the font scale)
SHORTEST_DIGITS = 3   # fewer significant digits than this would change what a number says


def scientific(value: float, digits: int) -> str:
    """Return `value` as 8.77e-3: `digits` significant digits, the exponent without padding."""
    mantissa, _, exponent = f"{value:.{max(1, digits - 1)}e}".partition("e")
    return f"{mantissa}e{int(exponent)}" if exponent else mantissa  # inf and nan have no exponent


def shorter_forms(value: float, digits: int) -> list[str]:
    """Return `value` written ever shorter: `digits` significant digits, fewer down to three,
    then in scientific notation with three; each form differs from the one before and is no
    longer. (Fewer than three digits would change what a number says: none is offered.)"""
    forms: list[str] = []
    shortest = min(digits, SHORTEST_DIGITS)
    candidates = [f"{value:.{d}g}" for d in range(digits, shortest - 1, -1)] + [scientific(value, shortest)]
    for text in candidates:
        if text not in forms and (not forms or len(text) <= len(forms[-1])):
            forms.append(text)
    return [in_locale(text) for text in forms or [f"{value:.{digits}g}"]]


def sizes_down_to_floor(points: float) -> list[float]:
    """Return the point sizes to try for text preferred at `points`: itself, then one point
    smaller at a time, down to the floor (before the font scale)."""
    sizes, p = [], points
    while p > FLOOR_PT + 1e-9:
        sizes.append(p)
        p -= 1.0
    sizes.append(FLOOR_PT)
    return sizes


def with_metrics(fonts: Iterable[QFont]) -> list[tuple[QFont, QFontMetricsF]]:
    """Return each font with its metrics, measured once for many fits."""
    return [(f, QFontMetricsF(f)) for f in fonts]


def first_fit(forms: Iterable[str], fonts: list[tuple[QFont, QFontMetricsF]], fits) -> tuple[QFont, str] | None:
    """Return the first (font, text) for which `fits(metrics, text)` holds: each form at every
    size of `fonts` (with_metrics, largest first) before a shorter form is tried; None when
    none fits. `forms` may be lazy: shorter forms are made only when needed. A text that does
    not fit at the smallest size fits at no larger one, so that size is tried first."""
    floor_font, floor_metrics = fonts[-1]
    for text in forms:
        if not fits(floor_metrics, text):
            continue
        for font, metrics in fonts[:-1]:
            if fits(metrics, text):
                return font, text
        return floor_font, text
    return None
