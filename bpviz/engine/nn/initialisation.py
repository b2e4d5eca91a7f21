"""Initial weights: how each layer's W is drawn before training, reproducibly from a seed."""

from __future__ import annotations

from typing import Sequence

import numpy as np

INIT_SCHEMES = ("auto", "xavier", "he", "uniform")


def check_scheme(init: str) -> str:
    """Return ``init`` if it names a scheme; otherwise raise ValueError listing them."""
    if init not in INIT_SCHEMES:
        raise ValueError(f"unknown initialisation {init!r}; allowed: {', '.join(INIT_SCHEMES)}")
    return init


def initial_weights(sizes: Sequence[int], activations: Sequence[str | None], init: str = "auto",
                    seed: int = 0) -> tuple[list, list]:
    """Return W and b (lists indexed 1..L, index 0 None) drawn with scheme ``init``; b starts at 0.

    xavier: w ~ U(−a, a), a = √(6 / (n_in + n_out)) (Glorot; for sigmoid and tanh)
    he:     w ~ N(0, 2 / n_in) (for ReLU)
    uniform: w ~ U(−0.5, 0.5)
    auto:   he for relu and leaky_relu layers, xavier for the others
    """
    check_scheme(init)
    rng = np.random.default_rng(seed)
    W, b = [None], [None]
    for l in range(1, len(sizes)):
        n_in, n_out = sizes[l - 1], sizes[l]
        scheme = init
        if scheme == "auto":
            scheme = "he" if activations[l] in ("relu", "leaky_relu") else "xavier"
        if scheme == "xavier":
            a = np.sqrt(6.0 / (n_in + n_out))
            W.append(rng.uniform(-a, a, size=(n_out, n_in)))
        elif scheme == "he":
            W.append(rng.normal(0.0, np.sqrt(2.0 / n_in), size=(n_out, n_in)))
        else:
            W.append(rng.uniform(-0.5, 0.5, size=(n_out, n_in)))
        b.append(np.zeros(n_out))
    return W, b
