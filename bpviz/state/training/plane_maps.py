"""PlaneMaps: the network's output, and each neuron's, over the input plane, computed once per change.

The decision-boundary heatmap and the canvas's per-neuron tiles both read these maps; they
are evaluated lazily (only when a view asks) and at most once per change of the weights.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QObject, Signal

from bpviz.engine import Network
from bpviz.engine.data.datasets import RADIUS
from bpviz.engine.nn.plane import delta_maps, neuron_maps

RESOLUTION = 100
CURVE_RESOLUTION = 200
TILE_RESOLUTION = 32
MARGIN = 0.1  # the plane extends past the data by this share of its range


class PlaneMaps(QObject):
    """Maps of the plane for 2-D inputs, cached until the weights, shape or data change."""

    changed = Signal()  # the maps are stale: views that show them redraw (and ask again)

    def __init__(self, doc, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        # resolution -> layer maps; ("curve", resolution) -> (xs, ys);
        # ("delta", resolution) -> (target, δ maps): one target at a time, the step's.
        self._cache: dict = {}
        for signal in (doc.weightsChanged, doc.structureChanged, doc.dataChanged):
            signal.connect(self._on_document_changed)

    def available(self) -> bool:
        """Whether the network reads a plane: raw inputs (x1, x2), possibly through features."""
        doc = self.doc
        if doc.lab.dataset is not None and doc.lab.dataset.X.shape[1] != 2:
            return False
        width = len(doc.lab.features) if doc.lab.features else 2
        return doc.network.sizes[0] == width

    def bounds(self) -> tuple[float, float, float, float]:
        """Return (x1 min, x1 max, x2 min, x2 max): the data's extent with a margin, or ±6."""
        data = self.doc.lab.dataset
        if data is None or len(data) == 0 or data.X.shape[1] != 2:
            return (-RADIUS, RADIUS, -RADIUS, RADIUS)
        lo, hi = data.X.min(axis=0), data.X.max(axis=0)
        lo, hi = np.minimum(lo, -RADIUS), np.maximum(hi, RADIUS)
        pad = (hi - lo) * MARGIN / 2
        return (float(lo[0] - pad[0]), float(hi[0] + pad[0]), float(lo[1] - pad[1]), float(hi[1] + pad[1]))

    def layers(self, resolution: int = RESOLUTION) -> list[np.ndarray] | None:
        """Return maps[l] of shape (sizes[l], res, res), rows along x2, or None without a plane."""
        if resolution not in self._cache:
            maps = None
            if self.available():
                maps = neuron_maps(self.doc.network, resolution, self.bounds(), self.doc.lab.features)
            self._cache[resolution] = maps
        return self._cache[resolution]

    def deltas(self, resolution: int = TILE_RESOLUTION, target=None) -> list | None:
        """Return δ maps[l] of shape (sizes[l], res, res) for target t (maps[0] None), or None.

        δ_j^(l) = ∂L/∂z_j^(l) at every point of the plane taken as the input with the same t
        (see `delta_maps`), under the weights the step's backward pass uses (the trace's
        W_before: the live weights, except part-way through the update). None without a
        plane or when t does not fit the output layer. Only the latest target is kept.
        """
        target = tuple(float(v) for v in np.ravel(self.doc.target if target is None else target))
        key = ("delta", resolution)
        cached = self._cache.get(key)
        if cached is None or cached[0] != target:
            maps = None
            if self.available() and len(target) == self.doc.network.sizes[-1]:
                maps = delta_maps(self._stepping_network(), target, resolution, self.bounds(),
                                  self.doc.lab.features)
            self._cache[key] = cached = (target, maps)
        return cached[1]

    def output(self, resolution: int = RESOLUTION) -> np.ndarray | None:
        """Return the output layer's maps, shape (sizes[L], res, res), or None."""
        layers = self.layers(resolution)
        return None if layers is None else layers[-1]

    def curve(self, resolution: int = CURVE_RESOLUTION) -> tuple[np.ndarray, np.ndarray] | None:
        """Return (xs, ys): the network's output y = x^(L) along 1-D data's x1, or None.

        xs spans the data's extent with a margin; ys has shape (resolution, sizes[L]).
        None unless the data has one input and the network reads exactly it.
        """
        key = ("curve", resolution)
        if key not in self._cache:
            self._cache[key] = None
            data = self.doc.lab.dataset
            if data is not None and data.X.shape[1] == 1 and self.doc.network.sizes[0] == 1:
                lo, hi = self.range_1d()
                xs = np.linspace(lo, hi, resolution)
                ys = self.outputs_at(xs[:, None])
                self._cache[key] = None if ys is None else (xs, ys)
        return self._cache[key]

    def range_1d(self) -> tuple[float, float]:
        """Return (x1 min, x1 max) of 1-D data with a margin, or ±6 without points."""
        data = self.doc.lab.dataset
        if data is None or len(data) == 0:
            return (-RADIUS, RADIUS)
        lo, hi = float(data.X[:, 0].min()), float(data.X[:, 0].max())
        pad = max(hi - lo, 1e-9) * MARGIN / 2
        return (lo - pad, hi + pad)

    def outputs_at(self, X: np.ndarray) -> np.ndarray | None:
        """Return the output x^(L) at raw data points X (n, d), shape (n, sizes[L]), or None.

        The points go through the chosen features first, as the network reads them; None
        when the network's input layer does not fit them.
        """
        try:
            with np.errstate(over="ignore", invalid="ignore"):
                return self.doc.network.predict(self.doc.lab.network_inputs(np.atleast_2d(X)))
        except ValueError:
            return None

    def _stepping_network(self) -> Network:
        """Return a copy of the network holding the weights the step cursor's trace was made with."""
        net, trace = self.doc.network.copy(), self.doc.cursor.trace
        for l in range(1, net.L + 1):
            net.W[l], net.b[l] = trace.W_before[l], trace.b_before[l]
        return net

    def _on_document_changed(self) -> None:
        if self._cache:
            self._cache.clear()
        self.changed.emit()
