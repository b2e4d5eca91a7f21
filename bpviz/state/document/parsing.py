"""Turning what a person typed into numbers, with messages that say what was wrong."""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QCoreApplication, QLocale

from bpviz.engine.data.plain_number import PLAIN_NUMBER, underflows


def _tr(text: str) -> str:
    return QCoreApplication.translate("parsing", text)


def decimal_comma() -> bool:
    """Return whether the person's language writes decimals with a comma (German 0,5)."""
    return QLocale().decimalPoint() == ","


_DECIMAL_POINT = re.compile(r"(?<=\d)\.(?=\d)")


def in_locale(text: str) -> str:
    """Return numbers written in `text` with the person's decimal separator: "0.5·0.15" reads
    "0,5·0,15" in German, as they type it. Only for text made of numbers and symbols."""
    return _DECIMAL_POINT.sub(",", text) if decimal_comma() else text


def parse_number(text: str, what: str = "") -> float:
    """Return the finite number `text` spells, or raise ValueError with a message for the window.

    Plain decimal or scientific notation only; a decimal comma ("0,5") only in a language that
    writes decimals so. Nothing typed is silently read as something else: "1,000" in English
    is refused (it is not 1, nor 1000), and so is a number too small to be told from 0.
    """
    what = what or _tr("value")
    shown = text.strip()
    cleaned = shown.replace("−", "-")
    if not cleaned:
        raise ValueError(_tr("{what}: type a number").format(what=what))
    if "," in cleaned:
        if not decimal_comma() or "." in cleaned or cleaned.count(",") > 1:
            raise ValueError(_tr("{what}: “{text}” is not a number: write decimals with a point (0.5), "
                                 "with no thousands separator").format(what=what, text=shown))
        cleaned = cleaned.replace(",", ".")
    if not PLAIN_NUMBER.fullmatch(cleaned):
        raise ValueError(_tr("{what}: “{text}” is not a number").format(what=what, text=shown))
    value = float(cleaned)
    if not math.isfinite(value):
        raise ValueError(_tr("{what}: {text} is not a finite number").format(what=what, text=shown))
    if underflows(cleaned, value):  # 1e-400: not 0
        raise ValueError(_tr("{what}: {text} is too small to tell from 0").format(what=what, text=shown))
    return value


def parse_numbers(text: str, count: int, what: str) -> list[float]:
    """Return exactly `count` finite numbers from `text` (separated by spaces, commas or semicolons)."""
    parts = text.replace(";", " ").replace(",", " ").split()
    if len(parts) != count:
        raise ValueError(_tr("{what}: {count} numbers needed, {given} given").format(
            what=what, count=count, given=len(parts)))
    return [parse_number(p, what) for p in parts]
