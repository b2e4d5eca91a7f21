"""Breaking a short text between its words to fit a width, for text drawn by hand (not a QLabel)."""

from __future__ import annotations

from PySide6.QtGui import QFontMetricsF


def wrapped_words(text: str, metrics: QFontMetricsF, width: float) -> list[str]:
    """Return `text` broken between words into lines no wider than `width` (a longer word stays whole)."""
    lines = [""]
    for word in text.split(" "):
        joined = f"{lines[-1]} {word}" if lines[-1] else word
        if lines[-1] and metrics.horizontalAdvance(joined) > width:
            lines.append(word)
        else:
            lines[-1] = joined
    return lines
