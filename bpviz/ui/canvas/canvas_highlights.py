"""The network canvas's highlights: the halo under the edges feeding the current event, and
the rings and outlines of what is hovered and what is in focus.

One function of the layout, what the edges show and the document's cursor, hover and focus;
it returns a few strokes (a handful of paths), cheap to rebuild whenever the focus moves.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainterPath, QPen

from bpviz.state import Document

from bpviz.ui.look import palette
from bpviz.ui.canvas.canvas_items import LEVELS, Stroke
from bpviz.ui.canvas.canvas_layout import CanvasLayout
from bpviz.ui.canvas.canvas_model import EdgesShown, feeding_edges


class Highlights(NamedTuple):
    """The strokes under the edges (feeding, hovered edge), around the focused edge, and the rings."""

    halo: list[Stroke]
    edge_focus: list[Stroke]
    rings: list[Stroke]


def highlights(lay: CanvasLayout, edges: EdgesShown, doc: Document, saturated: list[np.ndarray],
               loss_rect: QRectF, widths: tuple[float, float]) -> Highlights:
    """Return the feeding-edge halo and the hover and focus marks; `widths` = (min, max) edge width."""
    r, (_, max_w) = lay.radius, widths
    halo, edge_focus, rings = [], [], []

    feed = QPainterPath()
    for l, j, i in feeding_edges(doc.cursor):
        x0, y0, x1, y1 = lay.segments(l)[j * lay.sizes[l - 1] + i]
        feed.moveTo(x0, y0)
        feed.lineTo(x1, y1)
    if not feed.isEmpty():
        pen = QPen(palette.FEED, max_w + max(6.0, r / 3))
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)  # round caps are slow on many edges
        halo.append(Stroke(feed, pen))

    for focus, is_hover in ((doc.hover, True), (doc.focus, False)):
        if focus is None or not focus.fits(list(lay.sizes)):
            continue
        color = palette.HOVER if is_hover else palette.FOCUS
        if focus.kind == "neuron":
            cx, cy = lay.centre(focus.layer, focus.j)
            ring = QPainterPath()
            gap = r / 7 + (2 if is_hover else 4) + (r / 7 + 2 if not is_hover and saturated[focus.layer][focus.j] else 0)
            ring.addEllipse(QPointF(cx, cy), r + gap, r + gap)
            rings.append(Stroke(ring, QPen(color, max(2.0, r / (14 if is_hover else 9)))))
        elif focus.kind == "edge":
            l, j, i = focus.layer, focus.j, focus.i
            x0, y0, x1, y1 = lay.segments(l)[j * lay.sizes[l - 1] + i]
            path = QPainterPath(QPointF(x0, y0))
            path.lineTo(x1, y1)
            value, rev = float(edges.values[l][j, i]), bool(edges.revealed[l][j, i])
            w = edge_pen_width(value, rev, edges.scale, widths)
            if is_hover:
                halo.append(Stroke(path, _round_pen(palette.faded(palette.HOVER, 120), w + 8)))
            else:
                inner = palette.diverging_color(value, edges.scale) if rev else palette.ZERO
                w = max(w, 3.0)  # wide enough inside the outline for its colour to read
                edge_focus.append(Stroke(path, _round_pen(color, w + max(4.0, w * 0.6))))
                edge_focus.append(Stroke(path, _round_pen(inner, w)))
        elif focus.kind == "loss" and not loss_rect.isEmpty():
            path = QPainterPath()
            path.addRoundedRect(loss_rect.adjusted(-4, -4, 4, 4), 8, 8)
            rings.append(Stroke(path, QPen(color, 2.0 if is_hover else 3.0)))
    return Highlights(halo, edge_focus, rings)


def edge_pen_width(value: float, revealed: bool, scale: float, widths: tuple[float, float]) -> float:
    """Return the width EdgesItem draws an edge with: min + (max − min) · |value| / scale, in LEVELS steps."""
    if not revealed:
        return widths[0]
    level = round(min(1.0, abs(value) / scale) * LEVELS) / LEVELS
    return widths[0] + (widths[1] - widths[0]) * level


def _round_pen(color: QColor, width: float) -> QPen:
    pen = QPen(color, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    return pen
