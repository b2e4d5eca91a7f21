"""CanvasLegends: the canvas's two colour legends (the edges', the neurons'), side by side along its foot."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QWidget

from bpviz.ui.look.colour_legend import ColourLegend, place_along_foot, share_width

GAP = 10  # pixels between the two legends


class CanvasLegends:
    """The edges' legend and the neurons' legend; a long title (French, German) wraps rather
    than run off the canvas, and the layout keeps the room they need."""

    def __init__(self, viewport: QWidget, pad: float) -> None:
        self.edges = ColourLegend("w", 1.0, viewport, on_paper=True)
        self.neurons = ColourLegend("x", 1.0, viewport, on_paper=True)
        self._viewport, self._pad = viewport, pad
        self.room = 0  # the height the layout keeps for them, margins included

    def reserve(self, width: float, font_scale: float) -> int:
        """Size the legends for a canvas `width` wide; return (and keep) the height they need."""
        for legend in (self.edges, self.neurons):
            legend.set_font_scale(font_scale)
        self.room = self._needed(width)
        return self.room

    def place(self, neurons_shown: bool) -> tuple[list[QRect], bool]:
        """Put the legends along the foot (the neurons' only where `neurons_shown`); return their
        geometries and whether the layout must make more room (a new title wrapped to a line more)."""
        self.neurons.setVisible(neurons_shown)
        grown = self._needed(self._viewport.width()) > self.room
        pad = int(self._pad)
        return place_along_foot([self.edges, self.neurons], self._viewport.height(), pad, GAP), grown

    def _needed(self, width: float) -> int:
        return share_width([self.edges, self.neurons], width - 2 * self._pad, GAP) + 2 * int(self._pad)
