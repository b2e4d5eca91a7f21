"""The one rule for reading a number written as text: plain decimal or scientific notation.

Typed fields and CSV cells both read numbers by it, so nothing is silently read as something
else: no 1_000, no digits of other scripts (which Python's float() accepts), no thousands
separators, and no value so small that it would silently become 0.
"""

from __future__ import annotations

import re

# ASCII digits only: 0.5, -2, .25, 1e-3, 1.5E+03.
PLAIN_NUMBER = re.compile(r"[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?")
NON_FINITE_WORDS = {"nan", "inf", "infinity"}


def read_plain_number(text: str) -> float | None:
    """Return the number `text` spells in plain notation (possibly ±inf or nan), or None."""
    text = text.strip()
    if PLAIN_NUMBER.fullmatch(text):
        return float(text)
    if text.lower().lstrip("+-") in NON_FINITE_WORDS:
        return float(text)
    return None


def underflows(text: str, value: float) -> bool:
    """Return whether `text` names a number other than 0 that `value` could only hold as 0 (1e-400)."""
    return value == 0 and re.search(r"[1-9]", re.split("[eE]", text)[0]) is not None
