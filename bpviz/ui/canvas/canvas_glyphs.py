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
    for l, row in enumerate(shown):
        values = np.array([0.0 if s.value is None else s.value for s in row])
        fills = palette.diverging_rgba(values, scale)  # one call per layer, not per neuron
        bias_fills = palette.diverging_rgba(edges.bias_values[l], edges.scale) if l >= 1 else None
        for j, s in enumerate(row):
            x, y = lay.centre(l, j)
            if s.kind == "?":
                fill, text = UNKNOWN, "?"
            else:
                fill = QColor(*(int(c) for c in fills[j])) if s.kind == kind else PALE
                text = opts.fmt(s.value)
            glyph = NeuronGlyph(x, y, fill, text, s.value, notation.neuron_value("x" if s.kind == "?" else s.kind, l, j),
                                faint=s.kind == "?", saturated=bool(saturated[l][j]), tiled=tiled)
            if l >= 1:
                glyph.bias_rect = lay.bias_rect(l, j)
                if edges.bias_revealed[l][j]:
                    glyph.bias_fill = QColor(*(int(c) for c in bias_fills[j]))
            glyphs.append(glyph)
    return glyphs
