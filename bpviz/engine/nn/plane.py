"""Maps of the input plane: the network evaluated over a grid of 2-D points, for the
decision-boundary heatmap and the per-neuron thumbnails (outputs x and errors δ).
"""

from __future__ import annotations

import math
import numbers
from typing import Sequence

import numpy as np

from bpviz.engine.data.datasets import RADIUS, expand_features
from bpviz.engine.nn.network import Network

MAX_RESOLUTION = 2000
DEFAULT_BOUNDS = (-RADIUS, RADIUS, -RADIUS, RADIUS)


def input_grid(bounds: Sequence[float] = DEFAULT_BOUNDS,
               resolution: int = 100) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Return (xs, ys, grid_points): pixel-centre coordinates and the (res², 2) points.

    x1 = x_min + (i + ½)(x_max − x_min) / res, likewise x2; grid_points[r · res + c] is
    (xs[c], ys[r]), so values computed on it reshape to (res, res) with rows along x2.
    """
    x_min, x_max, y_min, y_max = _check_bounds(bounds)
    if not _is_whole(resolution) or not 2 <= resolution <= MAX_RESOLUTION:
        raise ValueError(f"the resolution must be a whole number in 2..{MAX_RESOLUTION}, "
                         f"got {resolution!r}")
    centres = (np.arange(resolution) + 0.5) / resolution
    xs, ys = x_min + centres * (x_max - x_min), y_min + centres * (y_max - y_min)
    X1, X2 = np.meshgrid(xs, ys)  # X1[r, c] = xs[c], X2[r, c] = ys[r]
    return xs, ys, np.column_stack([X1.ravel(), X2.ravel()])


def output_map(net: Network, resolution: int = 100, bounds: Sequence[float] = DEFAULT_BOUNDS,
               features: Sequence[str] | None = None, output: int | None = None) -> np.ndarray:
    """Return the network's output over the plane, shape (res, res), rows along x2.

    y = x^(L) at each grid point: the one output, column `output` if given, else the
    largest output (for softmax the probability of the predicted class).
    """
    Y = _layer_outputs_on_grid(net, resolution, bounds, features)[-1]
    if output is not None:
        if not _is_whole(output) or not 0 <= output < Y.shape[1]:
            raise ValueError(f"output must be in 0..{Y.shape[1] - 1}, got {output!r}")
        values = Y[:, int(output)]
    else:
        values = Y[:, 0] if Y.shape[1] == 1 else Y.max(axis=1)
    return values.reshape(resolution, resolution)


def class_map(net: Network, resolution: int = 100, bounds: Sequence[float] = DEFAULT_BOUNDS,
              features: Sequence[str] | None = None) -> np.ndarray:
    """Return the predicted class index over the plane, shape (res, res), rows along x2.

    class = 1 if y ≥ 0.5 else 0 for one output;  class = argmax_j y_j otherwise.
    """
    Y = _layer_outputs_on_grid(net, resolution, bounds, features)[-1]
    labels = (Y[:, 0] >= 0.5).astype(np.int64) if Y.shape[1] == 1 else Y.argmax(axis=1)
    return labels.reshape(resolution, resolution)


def neuron_maps(net: Network, resolution: int = 100, bounds: Sequence[float] = DEFAULT_BOUNDS,
                features: Sequence[str] | None = None) -> list[np.ndarray]:
    """Return every neuron's output over the plane: maps[l][j] is x_j^(l), shape (res, res).

    x_j^(l) = f(Σ_i w_ji^(l) x_i^(l-1) + b_j^(l)); maps[l] has shape (sizes[l], res, res)
    for l = 0..L as in `layer_outputs`: the inputs (features), the hidden layers 1..L−1,
    and the output layer. One forward pass over the whole grid.
    """
    xs = _layer_outputs_on_grid(net, resolution, bounds, features)
    # (res², n) -> (n, res, res): the neuron index first, one image per neuron.
    return [np.ascontiguousarray(x.T).reshape(x.shape[1], resolution, resolution) for x in xs]


def delta_maps(net: Network, target, resolution: int = 32, bounds: Sequence[float] = DEFAULT_BOUNDS,
               features: Sequence[str] | None = None) -> list[np.ndarray | None]:
    """Return every neuron's error over the plane: maps[l][j] is δ_j^(l), shape (res, res).

    δ_j^(l) = ∂L/∂z_j^(l) = ∂L/∂x_j^(l) f'(z_j^(l)), with each grid point taken alone as the
    input x^(0) and the same target t (one sample's); maps[l] has shape (sizes[l], res, res)
    for l = 1..L, rows along x2, and maps[0] is None. One forward and one backward pass over
    the whole grid.
    """
    X = _grid_inputs(net, resolution, bounds, features)
    t = np.asarray(target, dtype=float).ravel()
    if t.shape != (net.sizes[net.L],):
        raise ValueError(f"the target needs one value per output ({net.sizes[net.L]}), "
                         f"but has {t.size}")
    T = np.broadcast_to(t, (len(X), t.size))  # every point paired with the same t
    with np.errstate(over="ignore", invalid="ignore"):
        trace = net.backward(net.forward(X, T))
    # Row r of δ^(l) is point r's own δ: only ∂L/∂w and ∂L/∂b average over the rows.
    return [None] + [np.ascontiguousarray(d.T).reshape(d.shape[1], resolution, resolution)
                     for d in trace.delta[1:]]


def _grid_inputs(net: Network, resolution: int, bounds: Sequence[float],
                 features: Sequence[str] | None) -> np.ndarray:
    """Return the grid points as the network's inputs (features computed), checked to fit it."""
    points = input_grid(bounds, resolution)[2]
    X = points if features is None else expand_features(points, features)
    if X.shape[1] != net.sizes[0]:
        given = "the points (x1, x2)" if features is None else f"the features {list(features)}"
        raise ValueError(f"the network has {net.sizes[0]} inputs but {given} give "
                         f"{X.shape[1]}; choose features that match its input layer")
    return X


def _layer_outputs_on_grid(net: Network, resolution: int, bounds: Sequence[float],
                           features: Sequence[str] | None) -> list[np.ndarray]:
    """Return x^(l), l = 0..L, on the grid points (after the features are computed)."""
    X = _grid_inputs(net, resolution, bounds, features)
    with np.errstate(over="ignore", invalid="ignore"):
        return net.layer_outputs(X)


def _check_bounds(bounds) -> tuple[float, float, float, float]:
    try:
        x_min, x_max, y_min, y_max = (float(v) for v in bounds)
    except (TypeError, ValueError):
        raise ValueError(f"bounds must be four numbers (x_min, x_max, y_min, y_max), "
                         f"got {bounds!r}") from None
    if not all(math.isfinite(v) for v in (x_min, x_max, y_min, y_max)) \
            or not (x_min < x_max and y_min < y_max):
        raise ValueError(f"bounds must be finite with x_min < x_max and y_min < y_max, "
                         f"got {tuple(bounds)!r}")
    return x_min, x_max, y_min, y_max


def _is_whole(value) -> bool:
    return isinstance(value, numbers.Integral) and not isinstance(value, (bool, np.bool_))
