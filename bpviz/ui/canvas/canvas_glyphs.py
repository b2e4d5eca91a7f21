"""What each neuron of the canvas looks like: its fill, its value and shorter forms, its caption
and bias square, as NeuronGlyphs built from what the canvas model says is shown."""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QColor

from bpviz.state import ViewOptions

from bpviz.ui.look import notation, palette
from bpviz.ui.canvas.canvas_items import NeuronGlyph
from bpviz.ui.canvas.canvas_layout import CanvasLayout
from bpviz.ui.canvas.canvas_model import EdgesShown, Shown

PALE = QColor("#f4f4f4")     # a neuron showing the other kind of value than its colour scale's
UNKNOWN = QColor("#ffffff")  # a neuron whose value is not yet computed


def neuron_glyphs(lay: CanvasLayout, shown: list[list[Shown]], edges: EdgesShown, saturated: list[np.ndarray],
                  kind: str, scale: float, opts: ViewOptions, tiled: bool) -> list[NeuronGlyph]:
    """Return one glyph per neuron, layer by layer: filled on `scale` where it shows `kind`
    ("x" or "δ"), its value with the chosen digits, its bias square
    filled where the bias is revealed."""
    glyphs = []
    bias_squares = iter(lay.bias_rects().tolist())  # layer 1 first, as the loop meets them
    for l, row in enumerate(shown):
        values = np.array([0.0 if s.value is None else s.value for s in row])
        # One colour computation per layer, and plain numbers per neuron: a network of
        # hundreds of neurons rebuilds its glyphs at every step.
        fills = palette.diverging_rgba(values, scale).tolist()
        bias_fills = palette.diverging_rgba(edges.bias_values[l], edges.scale).tolist() if l >= 1 else None
        for j, ((x, y), s) in enumerate(zip(lay.centres[l].tolist(), row)):
            if s.kind == "?":
                fill, text = UNKNOWN, "?"
            else:
                fill = QColor(*fills[j]) if s.kind == kind else PALE
                text = opts.fmt(s.value)
            glyph = NeuronGlyph(x, y, fill, text, s.value, notation.neuron_value("x" if s.kind == "?" else s.kind, l, j),
                                faint=s.kind == "?", saturated=bool(saturated[l][j]), tiled=tiled)
            if l >= 1:
                glyph.bias_rect = tuple(next(bias_squares))
                if edges.bias_revealed[l][j]:
                    glyph.bias_fill = QColor(*bias_fills[j])
            glyphs.append(glyph)
    return glyphs
