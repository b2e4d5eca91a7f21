"""The matrix form: one step of backpropagation layer by layer, as vectors and matrices.

The same step as the worked example (bpviz.engine.teaching.worked_example), written the way
courses write it for a whole layer at once:

    z⁽ˡ⁾ = W⁽ˡ⁾ x⁽ˡ⁻¹⁾ + b⁽ˡ⁾                  x⁽ˡ⁾ = f(z⁽ˡ⁾)
    δ⁽ᴸ⁾ = ∂L/∂x⁽ᴸ⁾ ⊙ f′(z⁽ᴸ⁾)                 (x⁽ᴸ⁾ − t with cross-entropy)
    δ⁽ˡ⁾ = (W⁽ˡ⁺¹⁾)ᵀ δ⁽ˡ⁺¹⁾ ⊙ f′(z⁽ˡ⁾)
    ∂L/∂W⁽ˡ⁾ = δ⁽ˡ⁾ (x⁽ˡ⁻¹⁾)ᵀ                  ∂L/∂b⁽ˡ⁾ = δ⁽ˡ⁾
    W⁽ˡ⁾ ← W⁽ˡ⁾ − α ∂L/∂W⁽ˡ⁾                   b⁽ˡ⁾ ← b⁽ˡ⁾ − α ∂L/∂b⁽ˡ⁾

A vector is a column (rows: the layer's neurons); W⁽ˡ⁾ has a row per neuron of layer l and a
column per neuron of layer l − 1. On a batch of B samples each vector becomes a matrix with a
column per sample (X⁽ˡ⁾, Z⁽ˡ⁾, Δ⁽ˡ⁾), as courses write a mini-batch:

    Z⁽ˡ⁾ = W⁽ˡ⁾ X⁽ˡ⁻¹⁾ + b⁽ˡ⁾ 1ᵀ               X⁽ˡ⁾ = f(Z⁽ˡ⁾)
    Δ⁽ˡ⁾ = (W⁽ˡ⁺¹⁾)ᵀ Δ⁽ˡ⁺¹⁾ ⊙ f′(Z⁽ˡ⁾)
    ∂L/∂W⁽ˡ⁾ = (1/B) Δ⁽ˡ⁾ (X⁽ˡ⁻¹⁾)ᵀ            ∂L/∂b⁽ˡ⁾ = (1/B) Δ⁽ˡ⁾ 1

Every number is the trace's: nothing is computed again.
`matrix_form` returns the equations as data; bpviz.engine.teaching.matrix_text writes them.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from bpviz.engine.nn.activations import ACTIVATIONS
from bpviz.engine.nn.trace import StepTrace

# What each operand's entries are, as bpviz.state's Revealed names them (a view asks it which
# entries the step has revealed); "given" entries (weights before the step, t, α) always are.
GIVEN = "given"
SAMPLES = "samples"  # the row_layer or col_layer of a batch's matrices: a row or column per sample


@dataclass(frozen=True)
class Operand:
    """A vector or matrix of the step: its symbol (markup), its numbers (2-D: rows × columns)
    and what its entries are (`kind`, of `layer`); `row_layer` and `col_layer` say whose
    neurons its rows and columns stand for (None for a single row or column)."""

    symbol: str
    values: np.ndarray
    kind: str
    layer: int
    row_layer: int | str | None = None  # a layer, SAMPLES, or None for a single row
    col_layer: int | str | None = None

    @property
    def shape_text(self) -> str:
        rows, cols = self.values.shape
        return f"{rows}×{cols}"

    def neuron_of(self, r: int, c: int) -> int:
        """Return which neuron of `layer` entry (r, c) belongs to: its row where the rows are
        that layer's neurons, else its column (a row vector, or (X⁽ˡ⁾)ᵀ of a batch)."""
        return r if self.row_layer == self.layer else c


@dataclass(frozen=True)
class MatrixEquation:
    """`result` op `terms`: operands and the operators between them ("+", "−", "⊙", "f(" …)."""

    kind: str        # the kind of `result`: "z", "x", "dL_dx", "delta", "dW", "db", "W_after", "b_after"
    layer: int
    phase: str       # "forward", "backward" or "update"
    general: str     # the seed's form for layer l, markup
    result: Operand
    terms: tuple
    op: str = "="


def _sup(layer: int | str) -> str:
    return f"^{{({layer})}}"


def _column(rows: np.ndarray) -> np.ndarray:
    return np.asarray(rows, dtype=float).reshape(-1, 1)


def _vector(symbol: str, kind: str, l: int, values) -> Operand:
    """A column of layer l's neurons."""
    return Operand(symbol, _column(values), kind, l, row_layer=l)


def _matrix(symbol: str, kind: str, l: int, values) -> Operand:
    """A matrix of layer l: a row per neuron of l, a column per neuron of l − 1."""
    return Operand(symbol, np.asarray(values, dtype=float), kind, l, row_layer=l, col_layer=l - 1)


def matrix_form(trace: StepTrace, activations: list, loss_name: str) -> list[MatrixEquation]:
    """Return the step's equations in matrix form: the forward pass layer by layer, the
    backward pass from the output down, then the update of every layer.

    The trace must hold its backward pass and its update, without a weight penalty (whose
    term the layer equations above do not write); a batch is written a column per sample.
    """
    if not trace.has_update:
        raise ValueError("the matrix form needs a full step: forward, backward and update")
    if trace.l1 or trace.l2:
        raise ValueError("the matrix form writes the step without a weight penalty")
    if trace.n_samples > 1:
        return _batch_form(trace, activations, loss_name) + _update(trace)
    L, s = trace.L, 0
    vector, matrix = _vector, _matrix
    x = lambda l: vector(f"x{_sup(l)}", "x", l, trace.x[l][s])
    W = lambda l: matrix(f"W{_sup(l)}", GIVEN, l, trace.W_before[l])
    b = lambda l: vector(f"b{_sup(l)}", GIVEN, l, trace.b_before[l])
    z = lambda l: vector(f"z{_sup(l)}", "z", l, trace.z[l][s])
    f_prime = lambda l: vector(f"f'(z{_sup(l)})", "f_prime", l, trace.f_prime[l][s])
    delta = lambda l: vector(f"δ{_sup(l)}", "delta", l, trace.delta[l][s])

    def W_transposed(l: int) -> Operand:
        return Operand(f"(W{_sup(l)})^{{T}}", np.asarray(trace.W_before[l], dtype=float).T, GIVEN, l,
                       row_layer=l - 1, col_layer=l)

    forward = []
    for l in range(1, L + 1):
        f = ACTIVATIONS[activations[l]].symbol
        forward.append(MatrixEquation("z", l, "forward", f"z{_sup('l')} = W{_sup('l')} x{_sup('l-1')} + b{_sup('l')}",
                                      z(l), (W(l), x(l - 1), "+", b(l))))
        forward.append(MatrixEquation("x", l, "forward", f"x{_sup('l')} = f(z{_sup('l')})",
                                      x(l), (f"{f}(", z(l), ")")))

    backward = []
    t = vector("t", GIVEN, L, trace.T[s])
    dL_dx = vector(f"∂L/∂x{_sup(L)}", "dL_dx", L, trace.dL_dx[L][s])
    if loss_name == "cross_entropy":
        backward.append(MatrixEquation("delta", L, "backward", f"δ{_sup('L')} = x{_sup('L')} − t",
                                       delta(L), (x(L), "−", t)))
    else:
        backward.append(MatrixEquation("dL_dx", L, "backward", f"∂L/∂x{_sup('L')} = x{_sup('L')} − t",
                                       dL_dx, (x(L), "−", t)))
        backward.append(MatrixEquation("delta", L, "backward", f"δ{_sup('L')} = ∂L/∂x{_sup('L')} ⊙ f'(z{_sup('L')})",
                                       delta(L), (dL_dx, "⊙", f_prime(L))))
    for l in range(L, 0, -1):
        if l < L:
            backward.append(MatrixEquation(
                "delta", l, "backward", f"δ{_sup('l')} = (W{_sup('l+1')})^{{T}} δ{_sup('l+1')} ⊙ f'(z{_sup('l')})",
                delta(l), (W_transposed(l + 1), delta(l + 1), "⊙", f_prime(l))))
        x_row = Operand(f"(x{_sup(l - 1)})^{{T}}", trace.x[l - 1][s][None, :].astype(float), "x", l - 1,
                        col_layer=l - 1)
        backward.append(MatrixEquation("dW", l, "backward", f"∂L/∂W{_sup('l')} = δ{_sup('l')} (x{_sup('l-1')})^{{T}}",
                                       matrix(f"∂L/∂W{_sup(l)}", "dW", l, trace.dW[l]), (delta(l), x_row)))
        backward.append(MatrixEquation("db", l, "backward", f"∂L/∂b{_sup('l')} = δ{_sup('l')}",
                                       vector(f"∂L/∂b{_sup(l)}", "db", l, trace.db[l]), (delta(l),)))

    return forward + backward + _update(trace)


def _update(trace: StepTrace) -> list[MatrixEquation]:
    """Return W ← W − α ∂L/∂W and b ← b − α ∂L/∂b of every layer (one sample or a batch alike)."""
    vector, matrix = _vector, _matrix
    alpha = Operand("α", np.array([[trace.lr]]), GIVEN, 0)
    update = []
    for l in range(1, trace.L + 1):
        W, b = matrix(f"W{_sup(l)}", GIVEN, l, trace.W_before[l]), vector(f"b{_sup(l)}", GIVEN, l, trace.b_before[l])
        dW = matrix(f"∂L/∂W{_sup(l)}", "dW", l, trace.dW[l])
        db = vector(f"∂L/∂b{_sup(l)}", "db", l, trace.db[l])
        update.append(MatrixEquation("W_after", l, "update", f"W{_sup('l')} ← W{_sup('l')} − α ∂L/∂W{_sup('l')}",
                                     matrix(f"W{_sup(l)}", "W_after", l, trace.W_after[l]),
                                     (W, "−", alpha, dW), op="←"))
        update.append(MatrixEquation("b_after", l, "update", f"b{_sup('l')} ← b{_sup('l')} − α ∂L/∂b{_sup('l')}",
                                     vector(f"b{_sup(l)}", "b_after", l, trace.b_after[l]),
                                     (b, "−", alpha, db), op="←"))
    return update


def _batch_form(trace: StepTrace, activations: list, loss_name: str) -> list[MatrixEquation]:
    """Return the forward and backward pass of a batch: a column per sample (see the module)."""
    L, B = trace.L, trace.n_samples

    def batch(symbol: str, kind: str, l: int, rows) -> Operand:  # rows: a row per sample, as the trace holds them
        return Operand(symbol, np.asarray(rows, dtype=float).T, kind, l, row_layer=l, col_layer=SAMPLES)

    X = lambda l: batch(f"X{_sup(l)}", "x", l, trace.x[l])
    Z = lambda l: batch(f"Z{_sup(l)}", "z", l, trace.z[l])
    F = lambda l: batch(f"f'(Z{_sup(l)})", "f_prime", l, trace.f_prime[l])
    D = lambda l: batch(f"Δ{_sup(l)}", "delta", l, trace.delta[l])
    W = lambda l: _matrix(f"W{_sup(l)}", GIVEN, l, trace.W_before[l])
    b = lambda l: _vector(f"b{_sup(l)}", GIVEN, l, trace.b_before[l])
    ones_row = Operand("1^{T}", np.ones((1, B)), GIVEN, 0, col_layer=SAMPLES)
    ones = Operand("1", np.ones((B, 1)), GIVEN, 0, row_layer=SAMPLES)
    mean = Operand("1/B", np.array([[1.0 / B]]), GIVEN, 0)

    forward = []
    for l in range(1, L + 1):
        f = ACTIVATIONS[activations[l]].symbol
        forward.append(MatrixEquation("z", l, "forward",
                                      f"Z{_sup('l')} = W{_sup('l')} X{_sup('l-1')} + b{_sup('l')} 1^{{T}}",
                                      Z(l), (W(l), X(l - 1), "+", b(l), ones_row)))
        forward.append(MatrixEquation("x", l, "forward", f"X{_sup('l')} = f(Z{_sup('l')})", X(l), (f"{f}(", Z(l), ")")))

    T = batch("T", GIVEN, L, trace.T)
    backward = []
    if loss_name == "cross_entropy":
        backward.append(MatrixEquation("delta", L, "backward", f"Δ{_sup('L')} = X{_sup('L')} − T", D(L), (X(L), "−", T)))
    else:
        dL_dX = batch(f"∂L_{{n}}/∂X{_sup(L)}", "dL_dx", L, trace.dL_dx[L])  # column n: ∂Lₙ/∂x of sample n
        backward.append(MatrixEquation("dL_dx", L, "backward", f"∂L_{{n}}/∂X{_sup('L')} = X{_sup('L')} − T",
                                       dL_dX, (X(L), "−", T)))
        backward.append(MatrixEquation("delta", L, "backward",
                                       f"Δ{_sup('L')} = ∂L_{{n}}/∂X{_sup('L')} ⊙ f'(Z{_sup('L')})",
                                       D(L), (dL_dX, "⊙", F(L))))
    for l in range(L, 0, -1):
        if l < L:
            W_T = Operand(f"(W{_sup(l + 1)})^{{T}}", np.asarray(trace.W_before[l + 1], dtype=float).T, GIVEN,
                          l + 1, row_layer=l, col_layer=l + 1)
            backward.append(MatrixEquation(
                "delta", l, "backward", f"Δ{_sup('l')} = (W{_sup('l+1')})^{{T}} Δ{_sup('l+1')} ⊙ f'(Z{_sup('l')})",
                D(l), (W_T, D(l + 1), "⊙", F(l))))
        X_T = Operand(f"(X{_sup(l - 1)})^{{T}}", np.asarray(trace.x[l - 1], dtype=float), "x", l - 1,
                      row_layer=SAMPLES, col_layer=l - 1)
        backward.append(MatrixEquation(
            "dW", l, "backward", f"∂L/∂W{_sup('l')} = (1/B) Δ{_sup('l')} (X{_sup('l-1')})^{{T}}",
            _matrix(f"∂L/∂W{_sup(l)}", "dW", l, trace.dW[l]), (mean, D(l), X_T)))
        backward.append(MatrixEquation(
            "db", l, "backward", f"∂L/∂b{_sup('l')} = (1/B) Δ{_sup('l')} 1",
            _vector(f"∂L/∂b{_sup(l)}", "db", l, trace.db[l]), (mean, D(l), ones)))
    return forward + backward

