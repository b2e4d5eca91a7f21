"""Fonts grown by the view options' font scale, so that a projector can enlarge every view at once."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

MIN_POINT_SIZE = 10.0  # a dock's text is never smaller: legible on a projector


def font_at(base: QFont, points: float, bold: bool | None = None) -> QFont:
    """Return a copy of `base` at `points` points, made bold or not when `bold` is given."""
    font = QFont(base)
    font.setPointSizeF(points)
    if bold is not None:
        font.setBold(bold)
    return font


def dock_font(base: QFont, scale: float) -> QFont:
    """Return a copy of `base` at the application's size (at least MIN_POINT_SIZE) × `scale`."""
    return font_at(base, max(MIN_POINT_SIZE, QApplication.font().pointSizeF()) * scale)
