"""Activation functions f and their derivatives f', side by side.

Each activation is one small object: `f(z)` gives x = f(z), and `f_prime(z, x)` gives
f'(z); it receives x = f(z) already computed so that sigmoid and tanh need not
evaluate f twice. It also says when a neuron stops learning: saturated, where f'(z) falls
below SATURATION_FRACTION of its steepest slope `max_slope` (sigmoid and tanh far from 0),
and dead, where f'(z) is exactly 0 for every input (a ReLU whose z ≤ 0 everywhere).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import numpy as np

Array = np.ndarray


@dataclass(frozen=True)
class Activation:
    """A named activation function f with its derivative f', and how both are written.

    ``symbol`` is f's short name in an equation (σ). ``f_prime_text`` writes f'(z) with the
    neuron's own symbols ({x}, {z}); ``f_prime_numbers`` writes it with x's value ({x}), empty
    where the value alone says it (ReLU's 1 or 0).
    """

    name: str
    label: str
    f: Callable[[Array], Array]
    f_prime: Callable[[Array, Array], Array]
    symbol: str = ""
    f_prime_text: str = ""
    f_prime_numbers: str = ""
    output_only: bool = False
    max_slope: float | None = 1.0  # the steepest f'(z); None where f' is not a plain slope (softmax)
    saturates: bool = False        # f'(z) → 0 as |z| grows (sigmoid, tanh)
    can_die: bool = False          # f'(z) = 0 on a whole half-line, so a neuron can stop for good (ReLU)

    @property
    def saturation_threshold(self) -> float | None:
        """The f'(z) below which a neuron is saturated: SATURATION_FRACTION of the steepest
        slope; None where f' is no plain slope (softmax)."""
        return None if self.max_slope is None else SATURATION_FRACTION * self.max_slope

    def __repr__(self) -> str:
        return f"Activation({self.name!r})"


def _sigmoid(z: Array) -> Array:
    """Return σ(z) = 1 / (1 + e^(−z)), without overflow for large |z|."""
    # e^(−|z|) never overflows; the two branches are the same function.
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def _sigmoid_prime(z: Array, x: Array) -> Array:
    """Return σ'(z) = σ(z) (1 − σ(z))."""
    return x * (1.0 - x)


def _tanh(z: Array) -> Array:
    """Return tanh(z)."""
    return np.tanh(z)


def _tanh_prime(z: Array, x: Array) -> Array:
    """Return tanh'(z) = 1 − tanh²(z)."""
    return 1.0 - x * x


def _relu(z: Array) -> Array:
    """Return max(0, z)."""
    return np.maximum(z, 0.0)


def _relu_prime(z: Array, x: Array) -> Array:
    """Return 1 where z > 0, else 0 (f'(0) = 0)."""
    return (z > 0).astype(np.float64)


LEAKY_SLOPE = 0.01
SATURATION_FRACTION = 0.02  # saturated: f'(z) below 2 % of the activation's steepest slope


def _leaky_relu(z: Array) -> Array:
    """Return z where z > 0, else 0.01 z."""
    return np.where(z > 0, z, LEAKY_SLOPE * z)


def _leaky_relu_prime(z: Array, x: Array) -> Array:
    """Return 1 where z > 0, else 0.01."""
    return np.where(z > 0, 1.0, LEAKY_SLOPE)


def _linear(z: Array) -> Array:
    """Return z."""
    return z.copy()


def _linear_prime(z: Array, x: Array) -> Array:
    """Return 1."""
    return np.ones_like(z)


def _softmax(z: Array) -> Array:
    """Return softmax(z)_j = e^(z_j) / Σ_k e^(z_k), row by row."""
    # Subtracting the row maximum leaves the result unchanged and keeps e^z finite.
    e = np.exp(z - z.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


def _softmax_prime(z: Array, x: Array) -> Array:
    """Return the diagonal of the softmax Jacobian, ∂x_j/∂z_j = x_j (1 − x_j).

    The full Jacobian is not diagonal; the engine pairs softmax with cross-entropy and
    forms δ = y − t directly (see network.py), so this is only shown, never multiplied.
    """
    return x * (1.0 - x)


ACTIVATIONS: dict[str, Activation] = {
    a.name: a
    for a in (
        Activation("sigmoid", "sigmoid σ", _sigmoid, _sigmoid_prime, "σ", "{x} (1 − {x})", "{x}·(1 − {x})",
                   max_slope=0.25, saturates=True),
        Activation("tanh", "tanh", _tanh, _tanh_prime, "tanh", "1 − ({x})²", "1 − {x}²", saturates=True),
        Activation("relu", "ReLU", _relu, _relu_prime, "ReLU", "1 if {z} > 0, else 0", can_die=True),
        Activation("leaky_relu", "leaky ReLU", _leaky_relu, _leaky_relu_prime, "LReLU",
                   f"1 if {{z}} > 0, else {LEAKY_SLOPE}"),
        Activation("linear", "linear", _linear, _linear_prime, "id", "1"),
        Activation("softmax", "softmax", _softmax, _softmax_prime, "softmax", "{x} (1 − {x})", "{x}·(1 − {x})",
                   output_only=True, max_slope=None),
    )
}


def get_activation(name: str) -> Activation:
    """Return the activation called `name`, or raise ValueError listing the allowed ones."""
    try:
        return ACTIVATIONS[name]
    except (KeyError, TypeError):
        allowed = ", ".join(ACTIVATIONS)
        raise ValueError(f"unknown activation {name!r}; allowed: {allowed}") from None
