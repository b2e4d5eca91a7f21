"""Gradient checking: ∂L/∂w by central finite differences, beside backpropagation's.

Backpropagation gives the seed's ∂L/∂w_ji^(l) = δ_j^(l) x_i^(l-1) and ∂L/∂b_j^(l) = δ_j^(l)
exactly. The central difference (L(w + ε) − L(w − ε)) / 2ε estimates the same derivative
from the loss alone, with an error of order ε² (plus rounding of order 1/ε), so the two
agreeing to many digits shows that the chain rule computed the true gradient.

Parameters are named (layer, j, i), 0-based as stored: w_ji^(layer) for i ≥ 0 and b_j^(layer)
for i = −1, the way the document names them.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import groupby

import numpy as np

from bpviz.engine.nn.activations import ACTIVATIONS
from bpviz.engine.nn.layer import output_from, weighted_input
from bpviz.engine.nn.losses import get_loss
from bpviz.engine.nn.network import Network
from bpviz.engine.nn.trace import StepTrace

EPSILON = 1e-6           # the step of the central difference
AGREE = 1e-6             # relative difference under which the two gradients agree
TINY = np.finfo(np.float64).tiny
CHUNK_VALUES = 1 << 21   # floats in one batched forward pass: memory stays in tens of megabytes

ParameterId = tuple[int, int, int]


@dataclass(frozen=True)
class GradientCheck:
    """Backpropagation's ∂L/∂w beside the central difference, one entry per parameter."""

    parameters: tuple[ParameterId, ...]
    backprop: np.ndarray
    numerical: np.ndarray
    relative: np.ndarray
    eps: float

    @property
    def agrees(self) -> np.ndarray:
        """Return, per parameter, whether the relative difference is under AGREE."""
        return self.relative < AGREE

    def __len__(self) -> int:
        return len(self.parameters)


def all_parameters(sizes: list[int]) -> list[ParameterId]:
    """Return every parameter in the network's order: layer by layer, neuron by neuron, the
    weights w_ji then the bias b_j."""
    return [(l, j, i) for l in range(1, len(sizes)) for j in range(sizes[l])
            for i in [*range(sizes[l - 1]), -1]]


def relative_difference(a, b) -> np.ndarray:
    """Return |a − b| / max(|a|, |b|, tiny): 0 when both are 0, NaN when either is not finite."""
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    with np.errstate(invalid="ignore", over="ignore"):
        return np.abs(a - b) / np.maximum(np.maximum(np.abs(a), np.abs(b)), TINY)


def numerical_gradient(net: Network, X, T, parameters: list[ParameterId], eps: float = EPSILON,
                       l1: float = 0.0, l2: float = 0.0) -> np.ndarray:
    """Return the central difference of the batch loss for each parameter, the weights unchanged.

    ∂L/∂w ≈ (L(w + ε) − L(w − ε)) / 2ε, L the mean over samples of the loss (plus the penalty
    l1 Σ|w| + ½ l2 Σ w² when given, as Network.backward adds it).
    Vectorized: for each layer, the forward pass below it is computed once, and every
    perturbed copy of the layer's z (z_j + ε x_i for w_ji, z_j + ε for b_j) runs through the
    layers above it as one batch.
    """
    eps = _check_eps(eps)
    parameters = [_check_parameter(p, net.sizes) for p in parameters]
    with np.errstate(all="ignore"):  # diverged weights give inf and NaN, shown as such
        xs = net.layer_outputs(X)
    T = np.array(T, dtype=float, ndmin=2)
    n = xs[0].shape[0]
    if T.shape != (n, net.sizes[-1]):
        raise ValueError(f"T has shape {T.shape}; expected ({n}, {net.sizes[-1]})")
    loss = get_loss(net.loss, net.activations[net.L])
    out = np.empty(len(parameters))
    order = sorted(range(len(parameters)), key=lambda k: parameters[k][0])
    with np.errstate(all="ignore"):
        for l, group in groupby(order, key=lambda k: parameters[k][0]):
            group = list(group)
            z = weighted_input(net.W[l], net.b[l], xs[l - 1])
            per_parameter = 2 * n * max(net.sizes[l:])
            step = max(1, CHUNK_VALUES // per_parameter)
            for start in range(0, len(group), step):
                chunk = group[start:start + step]
                out[chunk] = _differences(net, l, z, xs[l - 1], T, loss,
                                          [parameters[k] for k in chunk], eps, l1, l2)
    return out


def _differences(net: Network, l: int, z: np.ndarray, x_in: np.ndarray, T: np.ndarray, loss,
                 parameters: list[ParameterId], eps: float, l1: float, l2: float) -> np.ndarray:
    """Return (L(w + ε) − L(w − ε)) / 2ε for parameters of layer l, as one batched forward pass."""
    P, (n, width) = len(parameters), z.shape
    js = np.array([p[1] for p in parameters])
    i_s = np.array([p[2] for p in parameters])
    # ∂z_j/∂w_ji = x_i and ∂z_j/∂b_j = 1: a step of ε in the parameter moves z_j by ε times that.
    shift = np.where((i_s >= 0)[:, None], x_in[:, np.maximum(i_s, 0)].T, 1.0)  # (P, n)
    Z = np.broadcast_to(z, (2, P, n, width)).copy()
    rows = np.arange(P)
    Z[0, rows, :, js] += eps * shift
    Z[1, rows, :, js] -= eps * shift
    x = ACTIVATIONS[net.activations[l]].f(Z.reshape(-1, width))
    x = output_from(net.W, net.b, net.activations, x, first=l + 1)
    targets = np.broadcast_to(T, (2, P) + T.shape).reshape(-1, T.shape[1])
    losses = loss.L(x, targets).reshape(2, P, n).mean(axis=2)
    difference = losses[0] - losses[1]
    if l1 or l2:
        w = net.W[l][js, np.maximum(i_s, 0)]
        penalty = l1 * (np.abs(w + eps) - np.abs(w - eps)) + 0.5 * l2 * ((w + eps) ** 2 - (w - eps) ** 2)
        difference = difference + np.where(i_s >= 0, penalty, 0.0)  # biases carry no penalty
    return difference / (2 * eps)


def backprop_gradient(trace: StepTrace, parameters: list[ParameterId]) -> np.ndarray:
    """Return backpropagation's ∂L/∂w_ji^(l) = δ_j^(l) x_i^(l-1) (or ∂L/∂b_j^(l)) from a trace."""
    if trace.dW is None:
        raise ValueError("the trace has no gradients: run backward first")
    return np.array([trace.dW[l][j, i] if i >= 0 else trace.db[l][j] for l, j, i in parameters], dtype=float)


def gradient_check(net: Network, X, T, parameters: list[ParameterId] | None = None,
                   eps: float = EPSILON) -> GradientCheck:
    """Return Network.backward's ∂L/∂w beside the central difference, at the network's weights."""
    parameters = all_parameters(net.sizes) if parameters is None else list(parameters)
    trace = net.backward(net.forward(X, T))
    return _check(net, trace, parameters, eps)


def check_step(net: Network, trace: StepTrace, parameters: list[ParameterId] | None = None,
               eps: float = EPSILON) -> GradientCheck:
    """Return the trace's ∂L/∂w beside the central difference at the weights the step began with.

    `trace` is a step of `net` (its W_before, its example); the network itself is not changed,
    so a check in the middle of an update still compares the same gradients.
    """
    parameters = all_parameters(net.sizes) if parameters is None else list(parameters)
    at = net.copy()
    at.W = [None] + [w.copy() for w in trace.W_before[1:]]
    at.b = [None] + [b.copy() for b in trace.b_before[1:]]
    return _check(at, trace, parameters, eps)


def _check(net: Network, trace: StepTrace, parameters: list[ParameterId], eps: float) -> GradientCheck:
    backprop = backprop_gradient(trace, parameters)
    numerical = numerical_gradient(net, trace.x[0], trace.T, parameters, eps, trace.l1, trace.l2)
    return GradientCheck(tuple(parameters), backprop, numerical, relative_difference(backprop, numerical), eps)


def _check_eps(eps) -> float:
    try:
        eps = float(eps)
    except (TypeError, ValueError):
        raise ValueError(f"ε {eps!r} is not a number") from None
    if not np.isfinite(eps) or not 0 < eps <= 1:
        raise ValueError(f"ε = {eps!r}; choose a number in (0, 1], e.g. 1e-6")
    return eps


def _check_parameter(p, sizes: list[int]) -> ParameterId:
    try:
        l, j, i = (int(v) for v in p)
    except (TypeError, ValueError):
        raise ValueError(f"{p!r} is not a parameter (layer, j, i)") from None
    if not (1 <= l < len(sizes) and 0 <= j < sizes[l] and -1 <= i < sizes[l - 1]):
        raise ValueError(f"no parameter (layer {l}, j {j}, i {i}) in a network of sizes {sizes}")
    return l, j, i
