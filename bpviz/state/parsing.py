"""Turning what a person typed into numbers, with messages that say what was wrong."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("parsing", text)


def parse_number(text: str, what: str = "") -> float:
    """Return the finite number `text` spells, or raise ValueError with a message for the window.

    A decimal comma is accepted ("0,5" is 0.5) as a person may type it.
    """
    what = what or _tr("value")
    cleaned = text.strip().replace("−", "-")
    if "," in cleaned and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")
    if not cleaned:
        raise ValueError(_tr("{what}: type a number").format(what=what))
    try:
        value = float(cleaned)
    except ValueError:
        raise ValueError(_tr("{what}: “{text}” is not a number").format(what=what, text=text.strip())) from None
    if not math.isfinite(value):
        raise ValueError(_tr("{what}: {text} is not a finite number").format(what=what, text=text.strip()))
    return value


def parse_numbers(text: str, count: int, what: str) -> list[float]:
    """Return exactly `count` finite numbers from `text` (separated by spaces, commas or semicolons)."""
    parts = text.replace(";", " ").replace(",", " ").split()
    if len(parts) != count:
        raise ValueError(_tr("{what}: {count} numbers needed, {given} given").format(
            what=what, count=count, given=len(parts)))
    return [parse_number(p, what) for p in parts]
