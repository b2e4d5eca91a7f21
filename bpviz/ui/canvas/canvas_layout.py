"""Where the network canvas puts things: neuron centres, radius, columns, and hit tests.

Pure geometry in scene units (numpy and floats, no Qt, no painting), so it can be tested and
reused alone. Columns run left (layer 0, the input) to right (layer L, the output); each
column's neurons are centred vertically. The radius shrinks for big layers so that a network
of 8 layers × 32 neurons still fits the area it is given.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

MAX_RADIUS = 34.0      # radius of a neuron in a small network, before the font scale
MIN_RADIUS = 2.5       # never smaller: below this the area grows instead (and scrolls)
RADIUS_PER_PITCH = 0.36   # the circles take 72 % of the vertical room a neuron gets ...
RADIUS_PER_GAP = 0.16     # ... and at most a third of the gap between columns
MAX_PITCH = 6.5           # small layers are not spread out further than this many radii
BIAS_SIDE = 0.46          # side of the bias square, as a fraction of the radius


@dataclass(frozen=True)
class CanvasLayout:
    """The geometry of one network drawn in one area.

    centres[l] is an (sizes[l], 2) array of (x, y) neuron centres; column_x[l] the x of layer
    l; rect = (x, y, width, height) the whole area, margins included; top and bottom bound
    the band the neurons sit in (headers go above `top`).
    """

    sizes: tuple[int, ...]
    centres: tuple[np.ndarray, ...]
    radius: float
    pitch: float
    column_x: np.ndarray
    rect: tuple[float, float, float, float]
    top: float
    bottom: float
    # Each layer's edge segments, made once: a step asks for them dozens of times.
    _segments: dict = field(default_factory=dict, init=False, repr=False, compare=False)

    @property
    def L(self) -> int:
        return len(self.sizes) - 1

    @property
    def column_gap(self) -> float:
        """Return the distance between neighbouring columns (the area's width for one column)."""
        if len(self.column_x) < 2:
            return self.rect[2]
        return float(self.column_x[1] - self.column_x[0])

    @property
    def bias_side(self) -> float:
        return BIAS_SIDE * self.radius

    def centre(self, layer: int, j: int) -> tuple[float, float]:
        x, y = self.centres[layer][j]
        return float(x), float(y)

    def bias_rect(self, layer: int, j: int) -> tuple[float, float, float, float]:
        """Return (x, y, w, h) of the bias square of neuron j, touching its circle at upper left."""
        cx, cy = self.centre(layer, j)
        s = self.bias_side
        d = self.radius / math.sqrt(2.0)  # the square's lower-right corner sits on the circle
        return cx - d - s, cy - d - s, s, s

    def bias_rects(self) -> np.ndarray:
        """Return every bias square as rows x, y, w, h, layer 1 first (as bias_rect, all at once)."""
        if self.L < 1:
            return np.empty((0, 4))
        centres = np.concatenate(self.centres[1:])
        s, d = self.bias_side, self.radius / math.sqrt(2.0)
        return np.column_stack([centres - d - s, np.full((len(centres), 2), s)])

    def segments(self, layer: int) -> np.ndarray:
        """Return the edges of `layer` (l ≥ 1) as (n_l · n_(l−1), 4) rows x0, y0, x1, y1.

        Row j · n_(l−1) + i runs from neuron i of layer l−1 to neuron j of layer l, the same
        order as W[l].ravel(), so w_ji^(l) and its segment share an index.
        """
        out = self._segments.get(layer)
        if out is None:
            src, dst = self.centres[layer - 1], self.centres[layer]
            n_dst, n_src = len(dst), len(src)
            out = np.empty((n_dst * n_src, 4))
            out[:, 0:2] = np.tile(src, (n_dst, 1))
            out[:, 2:4] = np.repeat(dst, n_src, axis=0)
            out.setflags(write=False)  # shared by every caller
            self._segments[layer] = out
        return out

    # -- hit tests ---------------------------------------------------------------------------

    def neuron_at(self, x: float, y: float, tolerance: float = 0.0) -> tuple[int, int] | None:
        """Return (layer, j) of the neuron whose circle (grown by `tolerance`) holds (x, y)."""
        reach = self.radius + tolerance
        for layer, c in enumerate(self.centres):
            if abs(x - self.column_x[layer]) > reach:
                continue
            d2 = (c[:, 0] - x) ** 2 + (c[:, 1] - y) ** 2
            j = int(np.argmin(d2))
            if d2[j] <= reach * reach:
                return layer, j
        return None

    def bias_at(self, x: float, y: float, tolerance: float = 0.0) -> tuple[int, int] | None:
        """Return (layer, j) of the bias square (layers ≥ 1) that holds (x, y)."""
        s = self.bias_side
        for layer in range(1, len(self.sizes)):
            bx = self.column_x[layer] - self.radius / math.sqrt(2.0) - s
            if not bx - tolerance <= x <= bx + s + tolerance:
                continue
            tops = self.centres[layer][:, 1] - self.radius / math.sqrt(2.0) - s
            hit = np.nonzero((tops - tolerance <= y) & (y <= tops + s + tolerance))[0]
            if hit.size:
                return layer, int(hit[0])
        return None

    def edge_at(self, x: float, y: float, tolerance: float) -> tuple[int, int, int] | None:
        """Return (layer, j, i) of the edge w_ji^(layer) nearest (x, y), if within `tolerance`."""
        for layer in range(1, len(self.sizes)):
            if not self.column_x[layer - 1] <= x <= self.column_x[layer]:
                continue
            d = distance_to_segments(x, y, self.segments(layer))
            k = int(np.argmin(d))
            if d[k] <= tolerance:
                n_src = self.sizes[layer - 1]
                return layer, k // n_src, k % n_src
        return None

    def column_at(self, x: float, reach: float) -> int | None:
        """Return the layer whose column x is within `reach` of x."""
        d = np.abs(self.column_x - x)
        layer = int(np.argmin(d))
        return layer if d[layer] <= reach else None


def distance_to_segments(x: float, y: float, segments: np.ndarray) -> np.ndarray:
    """Return the distance from (x, y) to each segment row x0, y0, x1, y1 (vectorized)."""
    p0, p1 = segments[:, 0:2], segments[:, 2:4]
    d = p1 - p0
    length2 = (d * d).sum(axis=1)
    rel = np.array([x, y]) - p0
    t = np.clip((rel * d).sum(axis=1) / np.where(length2 > 0, length2, 1.0), 0.0, 1.0)
    nearest = p0 + t[:, None] * d
    return np.hypot(nearest[:, 0] - x, nearest[:, 1] - y)


def compute_layout(sizes, width: float, height: float, *, top: float = 0.0, bottom: float = 0.0,
                   left: float = 0.0, right: float = 0.0, scale: float = 1.0,
                   max_radius: float | None = None) -> CanvasLayout:
    """Return the layout of a network of `sizes` in a width × height area.

    `top`, `bottom`, `left` and `right` are margins kept free (for headers, legends, target
    labels); `scale` grows the largest radius (a projector's font scale), or `max_radius`
    sets it. The radius is the largest that leaves every neuron its room:
    min(max_radius, 0.36 · pitch, 0.16 · gap).
    """
    sizes = tuple(int(n) for n in sizes)
    if not sizes or min(sizes) < 1:
        raise ValueError(f"a layout needs at least one layer of at least one neuron, not {sizes}")
    n_cols, n_max = len(sizes), max(sizes)
    avail_w = max(1.0, width - left - right)
    avail_h = max(1.0, height - top - bottom)

    room = avail_h / n_max
    gap_estimate = avail_w / (n_cols - 1) if n_cols > 1 else avail_w
    top_radius = MAX_RADIUS * scale if max_radius is None else max_radius
    radius = min(top_radius, RADIUS_PER_PITCH * room, RADIUS_PER_GAP * gap_estimate)
    radius = max(radius, MIN_RADIUS)
    pitch = max(min(room, MAX_PITCH * radius), radius / RADIUS_PER_PITCH)

    # The first and last columns keep a radius (and the bias square) inside the area.
    x0 = left + radius * (1.0 + BIAS_SIDE)
    x1 = max(x0, left + avail_w - radius)
    if n_cols > 1:
        column_x = np.linspace(x0, x1, n_cols)
    else:
        column_x = np.array([(x0 + x1) / 2.0])

    band = pitch * n_max
    band_top = top + max(0.0, (avail_h - band) / 2.0)
    mid = band_top + band / 2.0
    centres = []
    for layer, n in enumerate(sizes):
        ys = mid + (np.arange(n) - (n - 1) / 2.0) * pitch
        centres.append(np.column_stack([np.full(n, column_x[layer]), ys]))

    # The area grows only for what does not fit. A rounding error must not grow it: a view
    # sized to the area would gain scroll bars, shrink, lay out again, lose them, and so on.
    total_w = _grown(width, left + avail_w + right)
    total_h = _grown(height, band_top + band + bottom)
    return CanvasLayout(sizes, tuple(centres), float(radius), float(pitch), column_x,
                        (0.0, 0.0, float(total_w), float(total_h)), float(band_top),
                        float(band_top + band))


def _grown(given: float, needed: float) -> float:
    """Return the length of the area: `given`, unless `needed` is larger by more than rounding."""
    return needed if needed > given + 1e-6 * max(1.0, given) else float(given)


def points_along(segments: np.ndarray, t) -> np.ndarray:
    """Return the (m, 2) points a fraction t of the way along each segment row x0, y0, x1, y1
    (t one number, or one per segment)."""
    t = np.reshape(np.asarray(t, float), (-1, 1))
    return segments[:, 0:2] + t * (segments[:, 2:4] - segments[:, 0:2])


def rects_overlap(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Return the (n, m) matrix of whether rectangle rows x, y, w, h of `a` and `b` intersect."""
    a, b = np.asarray(a, float).reshape(-1, 4), np.asarray(b, float).reshape(-1, 4)
    ax, ay, aw, ah = (a[:, k:k + 1] for k in range(4))
    bx, by, bw, bh = (b[:, k] for k in range(4))
    return (ax < bx + bw) & (bx < ax + aw) & (ay < by + bh) & (by < ay + ah)
