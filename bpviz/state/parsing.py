"""Turning what a person typed into numbers, with messages that say what was wrong."""

from __future__ import annotations

import math


def parse_number(text: str, what: str = "value") -> float:
    """Return the finite number `text` spells, or raise ValueError with a message for the window.

    A decimal comma is accepted ("0,5" is 0.5) as a person may type it.
    """
    cleaned = text.strip().replace("−", "-")
    if "," in cleaned and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")
    if not cleaned:
        raise ValueError(f"{what}: type a number")
    try:
        value = float(cleaned)
    except ValueError:
        raise ValueError(f"{what}: “{text.strip()}” is not a number") from None
    if not math.isfinite(value):
        raise ValueError(f"{what}: {text.strip()} is not a finite number")
    return value


def parse_numbers(text: str, count: int, what: str) -> list[float]:
    """Return exactly `count` finite numbers from `text` (separated by spaces, commas or semicolons)."""
    parts = text.replace(";", " ").replace(",", " ").split()
    if len(parts) != count:
        raise ValueError(f"{what}: {count} numbers needed, {len(parts)} given")
    return [parse_number(p, what) for p in parts]
