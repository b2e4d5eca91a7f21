"""The seed's symbols as text for labels and tables, with Unicode sub- and superscripts.

Rich-text views (the inspector, handouts) use bpviz.engine.teaching.worked_example.html instead.
Indices given here are 0-based, as stored; the text shows them 1-based, as written.
"""

from __future__ import annotations

import functools
import re

_SUB = str.maketrans("0123456789,()+-=ijklL", "₀₁₂₃₄₅₆₇₈₉,₍₎₊₋₌ᵢⱼₖₗₗ")
_SUP = str.maketrans("0123456789,()+-=ijklL", "⁰¹²³⁴⁵⁶⁷⁸⁹'⁽⁾⁺⁻⁼ⁱʲᵏˡᴸ")


def sub(text: str) -> str:
    return str(text).translate(_SUB)


def sup(text: str) -> str:
    return str(text).translate(_SUP)


def _pair(j: int, i: int) -> str:
    sep = "," if j >= 9 or i >= 9 else ""
    return f"{j + 1}{sep}{i + 1}"


_PLAIN_SYMBOL = re.compile(r"([A-Za-zδ]+)_([0-9,]+)\^\(([0-9]+)\)")


def from_plain(text: str) -> str:
    """Return `text` with each plain symbol written as on screen: "w_11^(1)" → "w₁₁⁽¹⁾"."""
    return _PLAIN_SYMBOL.sub(lambda m: f"{m[1]}{sub(m[2])}{sup(f'({m[3]})')}", text)


def weight(layer: int, j: int, i: int) -> str:
    """Return "w₂₁⁽¹⁾" for w_21^(1) (j = 1, i = 0, 0-based)."""
    return f"w{sub(_pair(j, i))}{sup(f'({layer})')}"


def bias(layer: int, j: int) -> str:
    return f"b{sub(str(j + 1))}{sup(f'({layer})')}"


@functools.cache  # every neuron's caption, at every step of a big network
def neuron_value(name: str, layer: int, j: int) -> str:
    """Return e.g. "x₁⁽²⁾" or "δ₂⁽¹⁾"."""
    return f"{name}{sub(str(j + 1))}{sup(f'({layer})')}"


def gradient(of: str) -> str:
    """Return "∂L/∂" + symbol."""
    return f"∂L/∂{of}"


def input_name(name: str) -> str:
    """Return "x₁" for "x1" (a letter then digits); other names (a CSV header's) unchanged."""
    return re.sub(r"(?<=[a-z])(\d+)$", lambda m: sub(m.group(1)), name)
