"""Loss functions L(y, t) and their derivatives ∂L/∂y, for one sample per row.

`L` returns the per-sample loss (shape (n,)); the network averages it over the batch.
`dL_dy` returns ∂L_s/∂y for each sample s, the seed's ∂L/∂x_k^(L) at the output layer.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import numpy as np

Array = np.ndarray

# Smallest positive normal float64: keeps log and division finite where y reaches 0 or 1.
TINY = np.finfo(np.float64).tiny


@dataclass(frozen=True)
class Loss:
    """A named loss L(y, t) with its derivative ∂L/∂y."""

    name: str
    label: str
    formula: str
    L: Callable[[Array, Array], Array]
    dL_dy: Callable[[Array, Array], Array]

    def __repr__(self) -> str:
        return f"Loss({self.name!r})"


def _mse(y: Array, t: Array) -> Array:
    """Return L = ½ Σ_k (t_k − y_k)² per sample."""
    return 0.5 * np.sum((t - y) ** 2, axis=-1)


def _mse_dL_dy(y: Array, t: Array) -> Array:
    """Return ∂L/∂y_k = y_k − t_k."""
    return y - t


def _binary_cross_entropy(y: Array, t: Array) -> Array:
    """Return L = −Σ_k [t_k log y_k + (1 − t_k) log(1 − y_k)] per sample (sigmoid outputs)."""
    # log(0) is clamped to log(TINY) ≈ −708: a saturated output gives a large, finite loss.
    log_y = np.log(np.maximum(y, TINY))
    log_1my = np.log(np.maximum(1.0 - y, TINY))
    return -np.sum(t * log_y + (1.0 - t) * log_1my, axis=-1)


def _binary_cross_entropy_dL_dy(y: Array, t: Array) -> Array:
    """Return ∂L/∂y_k = −t_k / y_k + (1 − t_k) / (1 − y_k)."""
    return -t / np.maximum(y, TINY) + (1.0 - t) / np.maximum(1.0 - y, TINY)


def _categorical_cross_entropy(y: Array, t: Array) -> Array:
    """Return L = −Σ_k t_k log y_k per sample (softmax outputs)."""
    return -np.sum(t * np.log(np.maximum(y, TINY)), axis=-1)


def _categorical_cross_entropy_dL_dy(y: Array, t: Array) -> Array:
    """Return ∂L/∂y_k = −t_k / y_k."""
    return -t / np.maximum(y, TINY)


MSE = Loss("mse", "mean squared error", "L = ½ Σ_k (t_k − y_k)²", _mse, _mse_dL_dy)
BINARY_CROSS_ENTROPY = Loss(
    "cross_entropy",
    "cross-entropy",
    "L = −Σ_k [t_k log y_k + (1 − t_k) log(1 − y_k)]",
    _binary_cross_entropy,
    _binary_cross_entropy_dL_dy,
)
CATEGORICAL_CROSS_ENTROPY = Loss(
    "cross_entropy",
    "cross-entropy",
    "L = −Σ_k t_k log y_k",
    _categorical_cross_entropy,
    _categorical_cross_entropy_dL_dy,
)

# The names a person can choose; cross-entropy takes its form from the output layer.
LOSSES: dict[str, str] = {"mse": MSE.label, "cross_entropy": BINARY_CROSS_ENTROPY.label}

# Output activations each loss may follow.
LOSS_OUTPUTS: dict[str, tuple[str, ...]] = {
    "mse": ("sigmoid", "tanh", "relu", "leaky_relu", "linear"),
    "cross_entropy": ("sigmoid", "softmax"),
}


def get_loss(name: str, output_activation: str) -> Loss:
    """Return the loss called `name` in the form that follows `output_activation`.

    Raises ValueError naming what was given and what is allowed.
    """
    if name not in LOSSES:
        raise ValueError(f"unknown loss {name!r}; allowed: {', '.join(LOSSES)}")
    if output_activation not in LOSS_OUTPUTS[name]:
        allowed = ", ".join(LOSS_OUTPUTS[name])
        raise ValueError(
            f"loss {name!r} cannot follow a {output_activation!r} output layer; allowed: {allowed}"
        )
    if name == "mse":
        return MSE
    if output_activation == "softmax":
        return CATEGORICAL_CROSS_ENTROPY
    return BINARY_CROSS_ENTROPY
