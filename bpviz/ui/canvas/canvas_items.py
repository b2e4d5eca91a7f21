"""The few graphics items the network canvas is made of, each with one `setData`.

Every item builds what it draws (paths, pens, text positions) once in `setData` and only
replays it in `paint`; `prepareGeometryChange()` runs before its bounds change. None of them
reads the document: the canvas tells them what to draw. Edges are batched: edges that share
a quantised pen (colour bucket × width bucket) are one QPainterPath, never one item per edge.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem
from pyqtgraph.functions import arrayToQPath

from bpviz.ui.look import palette
from bpviz.ui.look.number_fit import first_fit, shorter_forms, with_metrics

LEVELS = 12              # |value| / scale is drawn in this many steps of colour and width
TEXT_MARGIN = 3.0        # scene units kept free between a value and its circle
FAINT_EDGE = QColor("#e4e4e4")  # an edge whose value is not yet revealed
CAPTION_OFFSET = 1.4     # captions start this many radii under a neuron's centre (below any ring)
TILE_TEXT_BOX = QColor(255, 255, 255, 215)  # behind a value drawn over a neuron's map


class CachedItem(QGraphicsItem):
    """A graphics item whose bounds are set by `setData` and whose drawing is precomputed."""

    def __init__(self, z: float = 0.0) -> None:
        super().__init__()
        self._bounds = QRectF()
        self.setZValue(z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)  # the canvas does the hit tests

    def boundingRect(self) -> QRectF:
        return self._bounds

    def _set_bounds(self, rect: QRectF) -> None:
        if rect != self._bounds:
            self.prepareGeometryChange()
            self._bounds = QRectF(rect)
        self.update()


# -- edges ------------------------------------------------------------------------------------


SMOOTH_EDGES_MAX = 600
CACHED_EDGES_MIN = 2000
CACHED_NEURONS_MIN = 500


class EdgesItem(CachedItem):
    """Every edge of the network, drawn as a handful of paths grouped by quantised pen."""

    def __init__(self) -> None:
        super().__init__(z=0.0)
        self._groups: list[tuple[QPen, QPainterPath]] = []
        self._edge_count = 0
        self._drawn: tuple | None = None  # what the paths show: the same again draws nothing anew

    def setData(self, segments: np.ndarray, values: np.ndarray, scale: float, *,
                revealed: np.ndarray | None = None, min_width: float = 1.0,
                max_width: float = 8.0) -> None:
        """Draw `segments` (m, 4 rows x0, y0, x1, y1) coloured by `values` on `scale`.

        Width grows linearly from `min_width` at 0 to `max_width` at |value| = scale; edges
        whose `revealed` entry is False are drawn thin and faint whatever their value.
        """
        segments = np.asarray(segments, dtype=float).reshape(-1, 4)
        values = np.asarray(values, dtype=float).ravel()
        revealed = np.ones(len(values), bool) if revealed is None else np.asarray(revealed, bool).ravel()
        drawn = (segments, values, revealed, scale, min_width, max_width)
        if self._drawn is not None and all(np.array_equal(a, b) for a, b in zip(drawn, self._drawn)):
            return  # a step that changed no edge (the forward pass): its cached drawing stays
        self._drawn = tuple(np.copy(a) if isinstance(a, np.ndarray) else a for a in drawn)
        self._edge_count = len(segments)
        # Thousands of edges take a tenth of a second to stroke: drawn once into a pixmap, they
        # are not stroked again when only a ring, a label or the pointer moves over them.
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache if self._edge_count > CACHED_EDGES_MIN
                          else QGraphicsItem.CacheMode.NoCache)
        t = np.clip(np.nan_to_num(values / (scale if scale > 0 else 1.0)), -1.0, 1.0)
        level = np.rint(np.abs(t) * LEVELS).astype(int)
        negative = t < 0
        # One key per pen: faint edges share one; the rest by sign and level.
        key = np.where(revealed, 1 + level * 2 + negative, 0)
        self._groups = []
        keys = np.unique(key)  # ascending: faint first, then thin under thick
        fracs = ((keys - 1) // 2) / LEVELS
        colours = palette.diverging_rgba(np.where((keys - 1) % 2 == 1, -fracs, fracs), 1.0)
        for k, frac, rgba in zip(keys, fracs, colours):
            rows = segments[key == k]
            xs = rows[:, [0, 2]].ravel()
            ys = rows[:, [1, 3]].ravel()
            path = arrayToQPath(xs, ys, connect="pairs")
            if k == 0:
                pen = QPen(FAINT_EDGE, min_width)
            else:
                pen = QPen(QColor(*(int(c) for c in rgba)), min_width + (max_width - min_width) * frac)
            # Flat caps and opaque colours: round caps or translucency make Qt's stroker 10-40×
            # slower on thousands of edges, and the neurons cover the ends anyway.
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            self._groups.append((pen, path))
        if len(segments):
            pad = max_width
            lo, hi = segments.reshape(-1, 2).min(axis=0), segments.reshape(-1, 2).max(axis=0)
            self._set_bounds(QRectF(lo[0] - pad, lo[1] - pad, hi[0] - lo[0] + 2 * pad, hi[1] - lo[1] + 2 * pad))
        else:
            self._set_bounds(QRectF())

    def edge_count(self) -> int:
        """Return how many edges are drawn."""
        return self._edge_count

    def group_count(self) -> int:
        """Return how many paths (one per pen) the edges are drawn with."""
        return len(self._groups)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        # Thousands of antialiased edges cost tens of milliseconds a frame; at that density the
        # eye cannot tell, so big networks draw their edges without antialiasing.
        smooth = self._edge_count <= SMOOTH_EDGES_MAX
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, smooth)
        for pen, path in self._groups:
            painter.setPen(pen)
            painter.drawPath(path)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)


# -- neurons ----------------------------------------------------------------------------------


@dataclass
class NeuronGlyph:
    """How one neuron looks: where, its fill, its value text and caption, its bias square."""

    x: float
    y: float
    fill: QColor
    text: str = ""                 # the value shown inside ("?" when not yet computed)
    value: float | None = None     # the number `text` writes: its shorter forms are tried where it is too wide
    caption: str = ""              # what the value is, e.g. "x₁⁽¹⁾", drawn under the circle
    faint: bool = False            # not yet revealed: dashed outline, pale text
    saturated: bool = False        # f'(z) nearly 0: dashed ring and a "sat" tag
    bias_rect: tuple[float, float, float, float] | None = None  # None for the input layer
    bias_fill: QColor | None = None
    tiled: bool = False            # a map lies under the circle: no fill, the value on a light box


class NeuronsItem(CachedItem):
    """Every neuron: filled circles, values inside, captions, bias squares, saturation badges."""

    def __init__(self) -> None:
        super().__init__(z=2.0)
        # Grouped by outline and fill, each group's circles (or bias squares) as rectangles:
        # one ellipse call per circle draws faster than one path of hundreds of ellipses.
        self._circles: list[tuple[QPen, QBrush, list[QRectF]]] = []
        self._squares: list[tuple[QPen, QBrush, list[QRectF]]] = []
        self._rings = QPainterPath()
        self._ring_pen = QPen()
        self._texts: list[tuple[QFont, QColor, QRectF, str, QColor | None]] = []
        self._glyphs: list[NeuronGlyph] = []
        self._hidden = 0

    def setData(self, glyphs: list[NeuronGlyph], radius: float, *, value_fonts: list[QFont], digits: int,
                caption_font: QFont, show_numbers: bool = True, caption_room: float = 0.0) -> None:
        """Draw `glyphs` as circles of `radius`, each value inside its circle where it fits.

        A value too wide at the first of `value_fonts` (largest first, down to the legibility
        floor) is drawn smaller, then in a shorter form (fewer of its `digits`); one that fits
        nowhere inside is drawn at the floor on a light box over the circle, and only where
        even that box would be taller than the room a neuron has is it left out, and counted
        (`hidden_count`). `caption_room` is the free height under a circle (scene units):
        captions are drawn only when they fit in it.
        """
        self._glyphs = list(glyphs)
        self._hidden = 0
        # Thousands of circles and values: drawn once into a pixmap, not again at each paint.
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache if len(self._glyphs) > CACHED_NEURONS_MIN
                          else QGraphicsItem.CacheMode.NoCache)
        r = radius
        outline = QPen(QColor("#4d4d4d"), max(1.0, r / 22))
        faint_outline = QPen(QColor("#a0a0a0"), max(1.0, r / 22), Qt.PenStyle.DashLine)
        groups: dict[tuple, list[QRectF]] = {}
        squares: dict[int, list[QRectF]] = {}
        self._rings = QPainterPath()
        self._texts = []
        fonts = with_metrics(value_fonts)
        floor, fm_floor = fonts[-1]
        room_inside = fm_floor.height() < 2 * r  # else no value fits inside any circle: skip the trying
        fm_caption = QFontMetricsF(caption_font)
        sat_font = QFont(caption_font)
        sat_font.setBold(True)
        fm_sat = QFontMetricsF(sat_font)
        for g in self._glyphs:
            key = (QColor(Qt.GlobalColor.transparent).rgba() if g.tiled else g.fill.rgba(), g.faint)
            groups.setdefault(key, []).append(QRectF(g.x - r, g.y - r, 2 * r, 2 * r))
            if g.saturated:
                self._rings.addEllipse(QPointF(g.x, g.y), r + r / 7 + 2, r + r / 7 + 2)
            if g.bias_rect is not None:
                fill = g.bias_fill if g.bias_fill is not None else palette.faded(palette.ZERO, 90)
                squares.setdefault(fill.rgba(), []).append(QRectF(*g.bias_rect))
            if not show_numbers or not g.text:
                continue
            forms = _forms(g, digits)
            fitted = first_fit(forms, fonts, lambda fm, text: _fits_circle(fm, text, r, boxed=g.tiled)) \
                if room_inside else None
            text_color = palette.FAINT_TEXT if g.faint else palette.TEXT
            if fitted is not None and not g.tiled:
                font, text = fitted
                color = palette.FAINT_TEXT if g.faint else palette.text_color_for(g.fill)
                self._texts.append((font, color, QRectF(g.x - r, g.y - r, 2 * r, 2 * r), text, None))
            elif fitted is not None or fm_floor.height() <= 2.4 * r:
                # On a map, or wider than the circle: dark text on a tight light box over it.
                font, text = fitted or (floor, (shorter_forms(g.value, digits) if g.value is not None
                                                else [g.text])[-1])
                fm = QFontMetricsF(font)
                w, h = fm.horizontalAdvance(text) + 2 * TEXT_MARGIN, fm.height()
                self._texts.append((font, text_color, QRectF(g.x - w / 2, g.y - h / 2, w, h), text, TILE_TEXT_BOX))
            else:
                self._hidden += 1
            if g.caption and fm_caption.height() <= caption_room:
                w = fm_caption.horizontalAdvance(g.caption) + 4
                rect = QRectF(g.x - w / 2, g.y + CAPTION_OFFSET * r + 2, w, fm_caption.height())
                self._texts.append((caption_font, text_color, rect, g.caption, None))
            if g.saturated and fm_sat.height() <= r:
                w = fm_sat.horizontalAdvance("sat") + 6
                rect = QRectF(g.x + 0.55 * r, g.y - r - fm_sat.height() / 2, w, fm_sat.height())
                self._texts.append((sat_font, QColor("#ffffff"), rect, "sat", palette.SATURATED))
        self._circles = [(faint_outline if faint else outline, QBrush(QColor.fromRgba(rgba)), rects)
                         for (rgba, faint), rects in groups.items()]
        square_pen = QPen(QColor("#4d4d4d"), max(0.8, r / 30))
        self._squares = [(square_pen, QBrush(QColor.fromRgba(rgba)), rects) for rgba, rects in squares.items()]
        self._ring_pen = QPen(palette.SATURATED, max(1.5, r / 12), Qt.PenStyle.DashLine)
        bounds = QRectF()
        for _, _, rects in self._circles + self._squares:
            for rect in rects:
                bounds = bounds.united(rect)
        bounds = bounds.united(self._rings.boundingRect())
        for _, _, rect, _, _ in self._texts:
            bounds = bounds.united(rect)
        self._set_bounds(bounds.adjusted(-4, -4, 4, 4))

    def hidden_count(self) -> int:
        """Return how many values had no room at the legibility floor (left out, and counted)."""
        return self._hidden

    def glyphs(self) -> list[NeuronGlyph]:
        """Return the glyphs last given to setData (what each neuron shows)."""
        return list(self._glyphs)

    def texts(self) -> list[str]:
        """Return every text actually drawn (those that fit)."""
        return [t[3] for t in self._texts]

    def paint(self, painter: QPainter, option, widget=None) -> None:
        for pen, brush, rects in self._circles:
            painter.setPen(pen)
            painter.setBrush(brush)
            for rect in rects:
                painter.drawEllipse(rect)
        if not self._rings.isEmpty():
            painter.setPen(self._ring_pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(self._rings)
        for pen, brush, rects in self._squares:  # over the saturation rings
            painter.setPen(pen)
            painter.setBrush(brush)
            painter.drawRects(rects)
        _draw_texts(painter, self._texts)


# -- text in boxes (headers, buttons, labels) and strokes (highlights) --------------------------


@dataclass
class TextBox:
    """A text in a rectangle, optionally on a filled, bordered, rounded box."""

    rect: QRectF
    text: str
    font: QFont
    color: QColor = field(default_factory=lambda: QColor(palette.TEXT))
    fill: QColor | None = None
    border: QColor | None = None
    border_width: float = 1.0
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignCenter
    radius: float = 4.0


class TextBoxesItem(CachedItem):
    """Many short texts, each in its rectangle: column headers, +/− buttons, labels, the loss."""

    def __init__(self, z: float = 3.0) -> None:
        super().__init__(z=z)
        self._boxes: list[TextBox] = []
        # Drawn once into a pixmap and copied after: the edges and neurons under the texts
        # repaint at every frame of a run, the texts only when they change.
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def setData(self, boxes: list[TextBox]) -> None:
        if boxes == self._boxes:
            return  # the same texts in the same places: nothing to paint again
        self._boxes = list(boxes)
        bounds = QRectF()
        for b in self._boxes:
            bounds = bounds.united(b.rect)
        self._set_bounds(bounds.adjusted(-2, -2, 2, 2))

    def boxes(self) -> list[TextBox]:
        return list(self._boxes)

    def texts(self) -> list[str]:
        return [b.text for b in self._boxes]

    def paint(self, painter: QPainter, option, widget=None) -> None:
        for b in self._boxes:
            if b.fill is not None or b.border is not None:
                painter.setPen(QPen(b.border, b.border_width) if b.border is not None else Qt.PenStyle.NoPen)
                painter.setBrush(b.fill if b.fill is not None else Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(b.rect, b.radius, b.radius)
            painter.setFont(b.font)
            painter.setPen(b.color)
            painter.drawText(b.rect, int(b.align), b.text)


@dataclass
class Stroke:
    """One path drawn with one pen (and optionally filled)."""

    path: QPainterPath
    pen: QPen
    brush: QBrush | None = None


class StrokesItem(CachedItem):
    """A few highlight strokes: focus rings, hover rings, the halos of the feeding edges."""

    def __init__(self, z: float) -> None:
        super().__init__(z=z)
        self._strokes: list[Stroke] = []

    def setData(self, strokes: list[Stroke]) -> None:
        self._strokes = list(strokes)
        bounds = QRectF()
        for s in self._strokes:
            w = s.pen.widthF()
            bounds = bounds.united(s.path.boundingRect().adjusted(-w, -w, w, w))
        self._set_bounds(bounds)

    def strokes(self) -> list[Stroke]:
        return list(self._strokes)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        for s in self._strokes:
            painter.setPen(s.pen)
            painter.setBrush(s.brush if s.brush is not None else Qt.BrushStyle.NoBrush)
            painter.drawPath(s.path)


def _forms(glyph: NeuronGlyph, digits: int):
    """Yield the glyph's text, then (made only if asked for) its value's shorter forms."""
    yield glyph.text
    if glyph.value is not None:
        yield from shorter_forms(glyph.value, digits)[1:]


def _fits_circle(fm: QFontMetricsF, text: str, r: float, boxed: bool = False) -> bool:
    """Return whether `text` in metrics `fm` fits inside a circle of radius r (with its box's margin)."""
    h = fm.height() + (2 if boxed else 0)
    if h >= 2 * r:
        return False
    chord = 2.0 * np.sqrt(r * r - (h / 2) ** 2)  # the circle's width at the text's top and bottom
    return fm.horizontalAdvance(text) <= chord - 2 * TEXT_MARGIN * (2 if boxed else 1)


def _draw_texts(painter: QPainter, texts) -> None:
    for font, color, rect, text, background in texts:
        if background is not None:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(background)
            painter.drawRoundedRect(rect, 3, 3)
        painter.setFont(font)
        painter.setPen(color)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), text)
