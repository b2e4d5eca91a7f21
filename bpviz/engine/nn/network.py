"""Network: a fully connected feed-forward network and the three steps of backpropagation.

Layer 0 is the input; layers 1..L have weights. W[l][j, i] is the seed's w_ji^(l), the
weight from neuron i of layer l−1 to neuron j of layer l; b[l][j] is b_j^(l).
Samples are rows: x[l] has shape (n_samples, sizes[l]).
"""

from __future__ import annotations

import dataclasses
from typing import Sequence

import numpy as np

from bpviz.engine.files.json_document import NetworkFormatError
from bpviz.engine.files.network_format import check_network_dict, network_to_dict
from bpviz.engine.limits import MAX_LAYERS, MAX_NEURONS, MAX_WEIGHTS, too_many_weights, weight_count
from bpviz.engine.nn.activations import ACTIVATIONS, get_activation
from bpviz.engine.nn.initialisation import INIT_SCHEMES, check_scheme, initial_weights  # noqa: F401 (INIT_SCHEMES re-exported)
from bpviz.engine.nn.layer import (
    delta_of_layer_below,
    forward_from,
    layer_forward,
    layer_gradients,
    output_from,
)
from bpviz.engine.nn.losses import get_loss
from bpviz.engine.nn.trace import StepTrace



class Network:
    """A feed-forward network with per-layer activations and one loss."""

    def __init__(
        self,
        sizes: Sequence[int],
        activations: Sequence[str],
        loss: str = "mse",
        seed: int = 0,
        init: str = "auto",
    ) -> None:
        sizes = _check_sizes(sizes)
        L = len(sizes) - 1
        activations = list(activations)
        if len(activations) != L:
            raise ValueError(
                f"{len(activations)} activations given for {L} weighted layers; need one per layer"
            )
        for l, name in enumerate(activations, start=1):
            if get_activation(name).output_only and l != L:
                raise ValueError(f"activation {name!r} is allowed on the output layer only (layer {L}), not layer {l}")
        get_loss(loss, activations[-1])  # refuses a loss that cannot follow the output layer
        check_scheme(init)

        self.sizes: list[int] = sizes
        self.activations: list[str | None] = [None, *activations]
        self.loss: str = loss
        self.seed: int = int(seed)
        self.init: str = init
        self.W: list[np.ndarray | None] = [None] * (L + 1)
        self.b: list[np.ndarray | None] = [None] * (L + 1)
        self.initialise(init, seed)

    # -- structure ------------------------------------------------------------------------

    @property
    def L(self) -> int:
        """Number of weighted layers."""
        return len(self.sizes) - 1

    @property
    def n_parameters(self) -> int:
        return sum(self.W[l].size + self.b[l].size for l in range(1, self.L + 1))

    def initialise(self, init: str = "auto", seed: int = 0) -> None:
        """Draw new weights with scheme `init`, reproducibly from `seed`; biases start at 0.

        The schemes are initialisation.initial_weights's.
        """
        self.W, self.b = initial_weights(self.sizes, self.activations, init, seed)
        self.init, self.seed = init, int(seed)

    def copy(self) -> "Network":
        """Return an independent copy (weights copied)."""
        other = Network.__new__(Network)
        other.sizes = list(self.sizes)
        other.activations = list(self.activations)
        other.loss, other.seed, other.init = self.loss, self.seed, self.init
        other.W = [None] + [w.copy() for w in self.W[1:]]
        other.b = [None] + [b.copy() for b in self.b[1:]]
        return other

    def to_dict(self) -> dict:
        """Return the network in the versioned JSON format (see files/network_format.py)."""
        return network_to_dict(self)

    @classmethod
    def from_dict(cls, d: dict, field_prefix: str = "") -> "Network":
        """Return the network a dict in the versioned JSON format describes, refused with a
        NetworkFormatError (fields named after ``field_prefix``) unless all of it is valid.

        Nothing is allocated until every field has been checked.
        """
        return cls.from_checked(check_network_dict(d, field_prefix), field_prefix)

    @classmethod
    def from_checked(cls, spec: dict, field_prefix: str = "") -> "Network":
        """Return a new Network made from ``spec``, the result of ``check_network_dict``."""
        try:
            net = cls(spec["sizes"], spec["activations"], spec["loss"], seed=spec["seed"], init=spec["init"])
        except ValueError as e:  # a rule the engine knows and the format does not
            raise NetworkFormatError(str(e), field_prefix.rstrip(".") or None) from e
        for l in range(1, net.L + 1):
            net.W[l] = spec["W"][l].copy()  # a spec may build several networks; never share arrays
            net.b[l] = spec["b"][l].copy()
        return net

    def __repr__(self) -> str:
        acts = ", ".join(self.activations[1:])
        return f"Network(sizes={self.sizes}, activations=[{acts}], loss={self.loss!r})"

    # -- the three steps ------------------------------------------------------------------

    def forward(self, X, T=None) -> StepTrace:
        """Return the forward pass as a trace: every z, x and f'(z), and the loss given T.

        z_j^(l) = Σ_i w_ji^(l) x_i^(l-1) + b_j^(l),   x_j^(l) = f(z_j^(l))
        """
        X = self._as_batch(X, self.sizes[0], "X")
        fields = self._forward(X)
        if T is not None:
            T = self._as_batch(T, self.sizes[self.L], "T")
            fields.update(T=T, **self._loss_terms(fields["x"][-1], T, fields["W_before"]))
        return StepTrace(**fields)

    def backward(self, fwd: StepTrace, T=None, l1: float = 0.0, l2: float = 0.0) -> StepTrace:
        """Return `fwd` completed with every ∂L/∂x, δ, ∂L/∂w and ∂L/∂b; weights unchanged.

        ∂L/∂x_j^(l) = Σ_k δ_k^(l+1) w_kj^(l+1),   δ_j^(l) = ∂L/∂x_j^(l) f'(z_j^(l)),
        ∂L/∂w_ji^(l) = δ_j^(l) x_i^(l-1),          ∂L/∂b_j^(l) = δ_j^(l)
        """
        T = fwd.T if T is None else self._as_batch(T, self.sizes[self.L], "T")
        if T is None:
            raise ValueError("backward needs the targets T")
        if T.shape[0] != fwd.n_samples:
            raise ValueError(f"T has {T.shape[0]} rows but the forward pass had {fwd.n_samples} samples")
        l1, l2 = _check_rate(l1, "l1"), _check_rate(l2, "l2")
        fields = {"x": fwd.x, "z": fwd.z, "f_prime": fwd.f_prime,
                  "W_before": fwd.W_before, "b_before": fwd.b_before}
        fields.update(self._backward(fields, T, l1, l2))
        return StepTrace(**fields)

    def update(self, grads: StepTrace, lr: float) -> StepTrace:
        """Apply gradient descent to the network's weights; return the trace with the new weights.

        w_ji^(l) ← w_ji^(l) − α ∂L/∂w_ji^(l),   b_j^(l) ← b_j^(l) − α ∂L/∂b_j^(l)
        """
        trace = gradient_descent(grads, lr)
        self._take_weights(trace.W_after, trace.b_after)
        return trace

    def step(self, X, T, lr: float = 0.5, l1: float = 0.0, l2: float = 0.0) -> StepTrace:
        """Return the trace of one step of backpropagation: forward, loss, backward, update.

        The same equations as forward, backward and update, with the trace built once.
        """
        lr = _check_rate(lr, "learning")
        l1, l2 = _check_rate(l1, "l1"), _check_rate(l2, "l2")
        X = self._as_batch(X, self.sizes[0], "X")
        T = self._as_batch(T, self.sizes[self.L], "T")
        if T.shape[0] != X.shape[0]:
            raise ValueError(f"X has {X.shape[0]} rows but T has {T.shape[0]}")
        fields = self._forward(X)
        fields.update(self._backward(fields, T, l1, l2))
        fields.update(_descend(fields, lr))
        self._take_weights(fields["W_after"], fields["b_after"])
        return StepTrace(**fields)

    def train_step(self, X: np.ndarray, T: np.ndarray, lr: float, l1: float = 0.0,
                   l2: float = 0.0) -> tuple[list, list]:
        """Return (∂L/∂W, ∂L/∂b) of each layer after one step of gradient descent, recording no trace.

        w ← w − α ∂L/∂w: the same equations, in the same order, as `step` (so the weights
        are bit-identical to it), without the copies a trace needs. For training loops:
        X and T must already be float64 arrays of shapes (n, sizes[0]) and (n, sizes[L]),
        and lr, l1, l2 checked numbers.
        """
        fwd = self._forward(X, copy_weights=False)
        grads = self._backward(fwd, T, l1, l2, with_loss=False)
        for l in range(1, self.L + 1):
            # New arrays, as `step` makes: the old ones are never written, so they can be kept.
            self.W[l] = fwd["W_before"][l] - lr * grads["dW"][l]
            self.b[l] = fwd["b_before"][l] - lr * grads["db"][l]
        return grads["dW"], grads["db"]

    # -- the equations, as pure functions of their inputs ------------------------------------

    def _forward(self, X: np.ndarray, copy_weights: bool = True) -> dict:
        """Return x, z, f'(z) of every layer, and the weights used (copies, for a trace)."""
        x, z, f_prime = [X], [None], [None]
        for l in range(1, self.L + 1):
            f = ACTIVATIONS[self.activations[l]]
            z_l, x_l = layer_forward(self.W[l], self.b[l], x[l - 1], f)
            x.append(x_l)
            z.append(z_l)
            f_prime.append(f.f_prime(z_l, x_l))
        if copy_weights:
            W_before = [None] + [w.copy() for w in self.W[1:]]
            b_before = [None] + [b.copy() for b in self.b[1:]]
        else:
            W_before, b_before = list(self.W), list(self.b)
        return {"x": x, "z": z, "f_prime": f_prime, "W_before": W_before, "b_before": b_before}

    def _backward(self, fwd: dict, T: np.ndarray, l1: float, l2: float, with_loss: bool = True) -> dict:
        """Return ∂L/∂x, δ, ∂L/∂W, ∂L/∂b of every layer, and the loss, from a forward pass."""
        L = self.L
        x, f_prime, W = fwd["x"], fwd["f_prime"], fwd["W_before"]
        dL_dx, delta = [None] * (L + 1), [None] * (L + 1)
        dW, db = [None] * (L + 1), [None] * (L + 1)

        if with_loss or self.loss != "cross_entropy":  # a training step needs no ∂L/∂y for δ = y − t
            dL_dx[L] = get_loss(self.loss, self.activations[L]).dL_dy(x[L], T)
        if self.loss == "cross_entropy":
            # Sigmoid or softmax output with cross-entropy: f'(z) cancels the denominator of
            # ∂L/∂y exactly, so δ = y − t. Forming it directly stays exact where f'(z)
            # underflows to 0 (and softmax's f' is a full Jacobian, not one number per neuron).
            delta[L] = x[L] - T
        else:
            delta[L] = dL_dx[L] * f_prime[L]
        for l in range(L, 0, -1):
            if l < L:
                dL_dx[l], delta[l] = delta_of_layer_below(delta[l + 1], W[l + 1], f_prime[l])
            dW[l], db[l] = layer_gradients(delta[l], x[l - 1])
            if l2:
                dW[l] += l2 * W[l]
            if l1:
                dW[l] += l1 * np.sign(W[l])
        terms = self._loss_terms(x[L], T, W, l1, l2) if with_loss else {}
        return {"T": T, "dL_dx": dL_dx, "delta": delta, "dW": dW, "db": db, "l1": l1, "l2": l2, **terms}

    def _take_weights(self, W_after: list, b_after: list) -> None:
        for l in range(1, self.L + 1):
            self.W[l] = W_after[l].copy()  # the trace keeps its own, read-only
            self.b[l] = b_after[l].copy()

    def predict(self, X) -> np.ndarray:
        """Return the output x^(L) for inputs X, recording nothing (for plots and accuracy)."""
        return output_from(self.W, self.b, self.activations, self._as_batch(X, self.sizes[0], "X"))

    def layer_outputs(self, X) -> list[np.ndarray]:
        """Return x^(l) for l = 0..L (no copies of the weights, no derivatives)."""
        x = self._as_batch(X, self.sizes[0], "X")
        return [x, *forward_from(self.W, self.b, self.activations, x)]

    def loss_of(self, X, T) -> float:
        """Return the batch loss of inputs X against targets T with the current weights."""
        T = self._as_batch(T, self.sizes[self.L], "T")
        return self._loss_terms(self.predict(X), T, self.W)["loss"]

    # -- helpers ---------------------------------------------------------------------------

    def _loss_terms(self, y, T, W, l1: float = 0.0, l2: float = 0.0) -> dict:
        """Return the batch loss: the mean over samples of L(y, t), plus the weight penalty
        l1 Σ|w| + ½ l2 Σ w² when regularisation is on."""
        loss = get_loss(self.loss, self.activations[self.L])
        with np.errstate(over="ignore"):
            sample_losses = loss.L(y, T)
            data_loss = float(np.mean(sample_losses))
            penalty = 0.0
            if l1 or l2:
                for w in W[1:]:
                    penalty += l1 * float(np.abs(w).sum()) + 0.5 * l2 * float((w * w).sum())
        return {"loss": data_loss + penalty, "data_loss": data_loss, "penalty": penalty,
                "sample_losses": sample_losses}

    @staticmethod
    def _as_batch(A, width: int, name: str) -> np.ndarray:
        """Return A as a float64 array of shape (n, width); a single sample becomes one row."""
        try:
            A = np.array(A, dtype=np.float64, ndmin=1)
        except (TypeError, ValueError):
            raise ValueError(f"{name} must be numbers") from None
        if A.ndim == 1:
            A = A[None, :]
        if A.ndim != 2 or A.shape[1] != width or A.shape[0] == 0:
            raise ValueError(f"{name} has shape {A.shape}; expected ({width},) or (n, {width})")
        if not np.isfinite(A).all():
            raise ValueError(f"{name} contains NaN or infinite values")
        return A


def gradient_descent(grads: StepTrace, lr: float) -> StepTrace:
    """Return `grads` completed with the updated weights, changing no network.

    w_ji^(l) ← w_ji^(l) − α ∂L/∂w_ji^(l),   b_j^(l) ← b_j^(l) − α ∂L/∂b_j^(l)
    """
    if grads.dW is None:
        raise ValueError("the update needs the gradients: run backward first")
    fields = {f.name: getattr(grads, f.name) for f in dataclasses.fields(grads) if f.init}
    fields.update(_descend(fields, _check_rate(lr, "learning")))
    return StepTrace(**fields)


def _descend(grads: dict, lr: float) -> dict:
    """Return the weights after one gradient-descent step, w − α ∂L/∂w, and α."""
    W_after = [None] + [W - lr * dW for W, dW in zip(grads["W_before"][1:], grads["dW"][1:])]
    b_after = [None] + [b - lr * db for b, db in zip(grads["b_before"][1:], grads["db"][1:])]
    return {"W_after": W_after, "b_after": b_after, "lr": lr}


def _check_sizes(sizes) -> list[int]:
    try:
        sizes = list(sizes)
    except TypeError:
        raise ValueError(f"sizes must be a list of layer sizes, not {sizes!r}") from None
    if len(sizes) < 2:
        raise ValueError(f"sizes {sizes} needs at least an input and an output layer")
    if len(sizes) - 1 > MAX_LAYERS:
        raise ValueError(f"{len(sizes) - 1} weighted layers; at most {MAX_LAYERS} are allowed")
    for l, n in enumerate(sizes):
        if isinstance(n, bool) or not isinstance(n, (int, np.integer)) or not 1 <= n <= MAX_NEURONS:
            raise ValueError(f"sizes[{l}] = {n!r}; a layer has 1 to {MAX_NEURONS} neurons")
    if weight_count(sizes) > MAX_WEIGHTS:
        raise ValueError(too_many_weights(sizes))
    return [int(n) for n in sizes]


def _check_rate(rate, name: str) -> float:
    try:
        rate = float(rate)
    except (TypeError, ValueError):
        raise ValueError(f"{name} rate {rate!r} is not a number") from None
    if not np.isfinite(rate) or rate < 0:
        raise ValueError(f"{name} rate {rate!r} must be a finite number ≥ 0")
    return rate
