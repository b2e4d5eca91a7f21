"""Neuron maps on the network canvas: what each neuron computes across the input plane.

With 2-D inputs each neuron is drawn over a small image of its output x_j^(l) at every
point of the plane (as TensorFlow Playground does; the inputs show their features). In the
backward and update phases a neuron whose δ has been revealed shows δ_j^(l) there instead:
the error it would get at each point of the plane with this sample's target t. A small
ring marks where this sample lies, so the number on the neuron is the map's value there.

CanvasTiles decides what each tile shows and colours the maps into images, every neuron at
once, and makes them again only when the maps change or a neuron switches between x and δ:
repaints, relayouts and zooms reuse them. One TilesItem draws them all, under the neurons'
outlines and values.

Colours are the one diverging palette's. x tiles: sigmoid and softmax outputs are centred
at 0.5 (grey), full colour at 0 and 1, and tanh at 0, full colour at ±1 (their ranges);
unbounded outputs (relu, leaky relu, linear) and the inputs on their own symmetric scale,
max |x| over the plane, so each tile shows its shape. δ tiles: symmetric, one scale per
layer (max |δ| over the layer's maps), so the neurons of a layer compare. The colours are
looked up in the palette's own table at 2049 levels, within one unit of diverging_rgba's:
computing them afresh was most of a refresh's cost while training.
"""

from __future__ import annotations

import time
from typing import NamedTuple

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPainterPath, QPen, QTransform
from PySide6.QtWidgets import QGraphicsItem

from bpviz.state import Document, ViewOptions
from bpviz.state.training.plane_maps import TILE_RESOLUTION, PlaneMaps

from bpviz.ui.look import notation, palette
from bpviz.ui.canvas.canvas_items import CachedItem
from bpviz.ui.canvas.canvas_model import Shown
from bpviz.ui.shell.i18n import tr

MIN_RADIUS_PX = 18.0  # a neuron smaller than this on screen is too small to read a map in
RANGES = {"sigmoid": (0.5, 0.5), "softmax": (0.5, 0.5), "tanh": (0.0, 1.0)}  # centre, half-width
HALF_LEVELS = 1024
TABLE = palette.lookup_table(2 * HALF_LEVELS + 1)  # t = −1 .. +1 in steps of 1 / HALF_LEVELS
_TABLE_WORDS = np.ascontiguousarray(TABLE).view(np.uint32).ravel()  # one RGBA pixel per word


class TileScale(NamedTuple):
    """How a tile's values map to colours: colour of (v − centre) on `scale`, per neuron."""

    centre: np.ndarray  # (n,)
    scale: np.ndarray   # (n,), never 0


def x_scale(maps: np.ndarray, activation: str | None) -> TileScale:
    """Return the colour scale of x maps (n, res, res) of a layer with `activation` (None: inputs)."""
    n = len(maps)
    if activation in RANGES:
        centre, half = RANGES[activation]
        return TileScale(np.full(n, centre), np.full(n, half))
    return TileScale(np.zeros(n), symmetric_scales(maps))


def delta_scale(maps: np.ndarray) -> TileScale:
    """Return the colour scale of a layer's δ maps (n, res, res): 0 centred, max |δ| of the layer."""
    n = len(maps)
    return TileScale(np.zeros(n), np.full(n, palette.symmetric_scale(maps)))


def symmetric_scales(maps: np.ndarray) -> np.ndarray:
    """Return max |v| over each map's finite values, shape (n,); 1 where that is 0 or nothing."""
    a = np.abs(np.asarray(maps, dtype=float).reshape(len(maps), -1))
    top = np.where(np.isfinite(a), a, 0.0).max(axis=1, initial=0.0)
    return np.where(top > 0, top, 1.0)


def tile_rgba(t: np.ndarray) -> np.ndarray:
    """Return the palette colours of t (values already divided by their scale), shape t.shape + (4,).

    As diverging_rgba(t, 1): t clipped to −1..1, non-finite values grey (NaN) or full colour (±inf).
    """
    t = np.clip(np.nan_to_num(t, nan=0.0, posinf=1.0, neginf=-1.0), -1.0, 1.0)
    pixels = _TABLE_WORDS[np.rint((t + 1.0) * HALF_LEVELS).astype(np.intp)]  # a word per pixel: 4× fewer lookups
    return pixels.view(np.uint8).reshape(t.shape + (4,))


class CanvasTiles:
    """The images of the neurons' maps, made from PlaneMaps when what they show changes."""

    def __init__(self) -> None:
        self.maps: PlaneMaps | None = None
        self.builds = 0          # how many times the images were made (they are never made per paint)
        self._version = 0        # counts the maps' changes
        self._key: tuple | None = None
        self._images: list[list[QImage]] | None = None
        self._kinds: list[list[str]] = []
        self._scales: list[TileScale] = []   # per layer, as the images were coloured
        self._rgba: np.ndarray | None = None  # the pixels: the images read them, they do not copy
        self._built_at = 0.0     # when the images were last made (perf_counter seconds)

    def maps_changed(self) -> None:
        """Forget the images: the maps they were made from are stale."""
        self._version += 1

    def wanted(self, options: ViewOptions, radius_px: float) -> bool:
        """Return whether tiles are drawn: asked for, a data set on a plane to map, neurons big
        enough to read. (One example alone, as in the hand-worked network, has no plane to show.)"""
        return (self.maps is not None and options.show_neuron_maps and radius_px >= MIN_RADIUS_PX
                and self.maps.doc.lab.dataset is not None and self.maps.available())

    def images(self, doc: Document, shown: list[list[Shown]], min_interval_s: float = 0.0) -> list[list[QImage]] | None:
        """Return each neuron's tile per layer (rows of the image along −x2: x2 points up), or None.

        A neuron showing δ (revealed in the backward or update phase) gets its δ map for the
        document's target; every other neuron, "?" included, its x map: the map depends only
        on the weights, the number on it waits for its event. Images made less than
        `min_interval_s` ago from maps that changed since are kept (a fast run's frames).
        """
        kinds = tuple(tuple("δ" if s.kind == "δ" else "x" for s in row) for row in shown)
        with_delta = any("δ" in row for row in kinds)
        key = (self._version, kinds, tuple(doc.target) if with_delta else None)
        recent = (self._key is not None and key[1:] == self._key[1:]
                  and time.perf_counter() - self._built_at < min_interval_s)
        if key != self._key and not recent:
            self._key, self._built_at = key, time.perf_counter()
            self._images = self._build(doc, kinds, with_delta)
            if self._images is None:
                self._kinds, self._scales = [], []
            else:
                self._kinds = [list(row) for row in kinds]
        return self._images

    @property
    def kinds(self) -> list[list[str]]:
        """Return what the last images show per neuron: "x" or "δ" (empty without images)."""
        return [list(row) for row in self._kinds]

    def note(self, layer: int, j: int) -> str:
        """Return what the tile of neuron j of `layer` shows and what its colours mean ("" without one)."""
        if not self._kinds:
            return ""
        kind = self._kinds[layer][j]
        centre, scale = float(self._scales[layer].centre[j]), float(self._scales[layer].scale[j])
        symbol = notation.neuron_value(kind, layer, j)
        what = (tr("{symbol} at each point of the input plane with this target t", "NetworkCanvas") if kind == "δ"
                else tr("{symbol} over the input plane", "NetworkCanvas")).format(symbol=symbol)
        return tr("Tile: {what} (x₁ to the right, x₂ up): grey at {centre:.3g}, blue at {high:.3g}, "
                  "orange at {low:.3g}; the ring marks this sample", "NetworkCanvas").format(
            what=what, centre=centre, high=centre + scale, low=centre - scale)

    def _build(self, doc: Document, kinds: tuple, with_delta: bool) -> list[list[QImage]] | None:
        res, net = TILE_RESOLUTION, doc.network
        layers = self.maps.layers(res)
        deltas = self.maps.deltas(res, doc.target) if with_delta else None
        if layers is None or (with_delta and deltas is None) or [len(m) for m in layers] != list(map(len, kinds)):
            return None  # no plane, or the maps are of another shape than the network being shown
        self.builds += 1
        parts, self._scales = [], []
        with np.errstate(invalid="ignore", over="ignore"):
            for l, row in enumerate(kinds):
                values, (centre, scale) = layers[l], x_scale(layers[l], net.activations[l])
                if "δ" in row:
                    is_delta = np.array([k == "δ" for k in row])
                    d_centre, d_scale = delta_scale(deltas[l])
                    values = np.where(is_delta[:, None, None], deltas[l], values)
                    centre, scale = np.where(is_delta, d_centre, centre), np.where(is_delta, d_scale, scale)
                self._scales.append(TileScale(centre, scale))
                parts.append((values - centre[:, None, None]) / scale[:, None, None])
            # Every neuron at once; rows flipped so that x2 grows upwards.
            self._rgba = tile_rgba(np.concatenate(parts)[:, ::-1, :])
        n = len(self._rgba)
        flat = [QImage(self._rgba[k].data, res, res, 4 * res, QImage.Format.Format_RGBA8888)
                for k in range(n)]
        out, start = [], 0
        for row in kinds:
            out.append(flat[start:start + len(row)])
            start += len(row)
        return out

    def sample_at(self, doc: Document) -> tuple[float, float] | None:
        """Return where this sample lies on a tile, (u, v) in 0..1 from the left and the bottom, or None.

        The raw point is the input itself without features, else the data set's current
        sample if the input is still that sample's features (an edited input has no place).
        """
        if self.maps is None:
            return None
        point = None
        if not doc.lab.features:
            point = doc.input if len(doc.input) == 2 else None
        elif doc.lab.dataset is not None and doc.lab.dataset.X.shape[1] == 2 and 0 <= doc.shown_data_index < len(doc.lab.dataset):
            raw = doc.lab.dataset.X[doc.shown_data_index]
            if np.allclose(doc.lab.network_inputs(raw[None, :])[0], doc.input):
                point = raw
        if point is None:
            return None
        x0, x1, y0, y1 = self.maps.bounds()
        u, v = (float(point[0]) - x0) / (x1 - x0), (float(point[1]) - y0) / (y1 - y0)
        return (u, v) if 0.0 <= u <= 1.0 and 0.0 <= v <= 1.0 else None


# -- the item ------------------------------------------------------------------------------


class TilesItem(CachedItem):
    """The neurons' maps: each image fills the circle inscribed in its rectangle.

    Drawn under NeuronsItem, whose tiled circles are left unfilled, so the outlines, the
    values and the captions stay on top. The images are only referenced: whoever made them
    keeps their pixels alive.
    """

    def __init__(self) -> None:
        super().__init__(z=1.9)
        self._rects: list[QRectF] = []
        self._images: list[QImage] = []
        self._brushes: list[QBrush] = []
        self._marks = QPainterPath()
        self._mark_pens: tuple[QPen, QPen] = (QPen(), QPen())
        self._mark: tuple[float, float] | None = None
        # Painted once into a pixmap and copied after, until the maps change: the edges and the
        # neurons beside the maps repaint at every frame of a run, the maps ten times a second.
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def setData(self, rects: list[QRectF], images: list[QImage],
                mark: tuple[float, float] | None = None) -> None:
        """Draw image k in the circle inscribed in rects[k]; `mark` = (u, v), from the left and
        the bottom as fractions, puts a small ring at that point of every tile it falls inside."""
        if len(rects) != len(images):
            raise ValueError(f"{len(rects)} rectangles for {len(images)} images")
        if (mark == self._mark and list(rects) == self._rects and len(images) == len(self._images)
                and all(a is b for a, b in zip(images, self._images))):
            return  # the same maps in the same places: nothing to paint again
        self._rects, self._images, self._mark = [QRectF(r) for r in rects], list(images), mark
        self._brushes = []
        for rect, image in zip(self._rects, self._images):
            brush = QBrush(image)
            # Texture pixels to scene units: the image's side spans the rectangle's.
            brush.setTransform(QTransform.fromTranslate(rect.left(), rect.top())
                               .scale(rect.width() / max(1, image.width()), rect.height() / max(1, image.height())))
            self._brushes.append(brush)
        self._marks = QPainterPath()
        side = min((r.width() for r in self._rects), default=0.0)
        ring = max(3.0, side / 16)
        if mark is not None:
            u, v = mark
            for rect in self._rects:
                p = QPointF(rect.left() + u * rect.width(), rect.bottom() - v * rect.height())
                d = p - rect.center()
                if np.hypot(d.x(), d.y()) <= rect.width() / 2:  # the plane's corners are cut off
                    self._marks.addEllipse(p, ring, ring)
        self._mark_pens = (QPen(QColor("#ffffff"), max(2.0, ring * 0.9)), QPen(palette.FOCUS, max(1.0, ring / 2.5)))
        bounds = QRectF()
        for rect in self._rects:
            bounds = bounds.united(rect)
        self._set_bounds(bounds.adjusted(-1, -1, 1, 1))

    def images(self) -> list[QImage]:
        """Return the images drawn, in the order given."""
        return list(self._images)

    def rects(self) -> list[QRectF]:
        return [QRectF(r) for r in self._rects]

    def marks(self) -> QPainterPath:
        """Return the rings marking the sample on the tiles."""
        return QPainterPath(self._marks)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        for rect, brush in zip(self._rects, self._brushes):
            painter.setBrush(brush)
            painter.drawEllipse(rect)
        if not self._marks.isEmpty():
            painter.setBrush(Qt.BrushStyle.NoBrush)
            for pen in self._mark_pens:  # a white ring under a dark one: seen on any colour
                painter.setPen(pen)
                painter.drawPath(self._marks)
