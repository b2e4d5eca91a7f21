"""The computational graph of one step: the network expanded into its operations.

Every neuron j of layer l is three operations, as its equation writes it:

    p_ji = w_ji⁽ˡ⁾ · x_i⁽ˡ⁻¹⁾        (a product per incoming weight)
    z_j⁽ˡ⁾ = Σ_i p_ji + b_j⁽ˡ⁾       (their sum and the bias)
    x_j⁽ˡ⁾ = f(z_j⁽ˡ⁾)               (the activation)

and the loss is a term e_k per output (½(y_k − t_k)², or cross-entropy's) and their sum L.
Each edge carries its local derivative (∂ of the node it enters with respect to the node it
leaves); each node its value and the gradient ∂L/∂(node) that reverse mode brings back. The
chain rule says ∂L/∂w is the sum, over every path from w to L, of the product of the local
derivatives along it: `paths` lists them. Values and gradients are the trace's where the
trace holds them (z, x, f′(z), ∂L/∂x, δ, ∂L/∂w, ∂L/∂b); the products and loss terms are
worked out here from its numbers.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from bpviz.engine.nn.activations import ACTIVATIONS
from bpviz.engine.nn.trace import StepTrace
from bpviz.engine.teaching.worked_example import idx, sym

MAX_PATHS = 64  # paths listed from one weight; more are counted, not listed


@dataclass(frozen=True)
class Node:
    """One operation or leaf: `kind` is "input", "weight", "bias", "product", "sum",
    "activation", "term" or "loss"; `layer` and 0-based `j`, `i` say whose it is."""

    id: str
    kind: str
    label: str        # markup, e.g. "w_{11}^{(1)}", "z_{1}^{(1)}"
    layer: int
    j: int
    i: int
    value: float
    gradient: float   # ∂L/∂(this node)
    column: int       # 0, 1, 2 … from the inputs to the loss


@dataclass(frozen=True)
class Edge:
    """`dst` uses `src`; `local` is ∂dst/∂src, `local_text` it in symbols (markup)."""

    src: str
    dst: str
    local: float
    local_text: str


@dataclass(frozen=True)
class Path:
    """A path from a node to L: its nodes, the local derivative of each of its edges, and their product."""

    nodes: tuple[str, ...]
    factors: tuple[float, ...]

    @property
    def product(self) -> float:
        return float(np.prod(self.factors))


@dataclass
class ComputationalGraph:
    nodes: dict[str, Node] = field(default_factory=dict)
    edges: list[Edge] = field(default_factory=list)
    _out: dict[str, list[Edge]] = field(default_factory=dict, repr=False)  # each node's edges onward

    def add(self, node: Node) -> None:
        self.nodes[node.id] = node

    def link(self, src: str, dst: str, local: float, local_text: str) -> None:
        edge = Edge(src, dst, float(local), local_text)
        self.edges.append(edge)
        self._out.setdefault(src, []).append(edge)

    def out_edges(self, node_id: str) -> list[Edge]:
        return self._out.get(node_id, [])

    def count_paths(self, start: str) -> int:
        """Return how many paths lead from `start` to L."""
        return self._back_from_loss(start, lambda e: 1)

    def path_sum(self, start: str) -> float:
        """Return the sum over every path from `start` to L of its product of local
        derivatives: ∂L/∂(start), however many paths there are."""
        return self._back_from_loss(start, lambda e: e.local)

    def _back_from_loss(self, start: str, factor):
        """Return Σ over the paths from `start` to L of the product of `factor(edge)` along
        each, worked back from L so that each node is visited once."""
        acc: dict[str, float] = {}
        for node_id in reversed(list(self.nodes)):  # nodes are added from the inputs to L
            acc[node_id] = 1 if node_id == LOSS else sum(factor(e) * acc[e.dst] for e in self.out_edges(node_id))
        return acc.get(start, 0)

    def paths(self, start: str, limit: int = MAX_PATHS) -> list[Path]:
        """Return the paths from `start` to L (at most `limit` of them), each with its local derivatives."""
        found: list[Path] = []

        def walk(node_id: str, nodes: tuple, factors: tuple) -> None:
            if len(found) >= limit:
                return
            if node_id == LOSS:
                found.append(Path(nodes, factors))
                return
            for e in self.out_edges(node_id):
                walk(e.dst, nodes + (e.dst,), factors + (e.local,))

        walk(start, (start,), ())
        return found


LOSS = "L"


def weight_id(l: int, j: int, i: int) -> str:
    return f"w{l}.{j}.{i}"


def computational_graph(trace: StepTrace, activations: list, loss_name: str, loss_symbol: str = "L") -> ComputationalGraph:
    """Return the graph of one sample's step (the trace must hold one sample and its backward
    pass; for a sample of a batch, StepTrace.of_sample gives it, and `loss_symbol` its Lₙ)."""
    if trace.n_samples != 1 or trace.delta is None:
        raise ValueError("the computational graph is drawn for one example, after its backward pass")
    g, s, L = ComputationalGraph(), 0, trace.L
    sizes = [a.shape[1] for a in trace.x]
    x_id = lambda l, j: f"x{l}.{j}"
    for i in range(sizes[0]):
        g.add(Node(x_id(0, i), "input", sym("x", idx(i + 1), 0), 0, i, -1, float(trace.x[0][s, i]),
                   float(np.asarray(trace.W_before[1])[:, i] @ trace.delta[1][s]), 0))
    for l in range(1, L + 1):
        W, x_in, delta = np.asarray(trace.W_before[l]), trace.x[l - 1][s], trace.delta[l][s]
        base = 3 * l - 2
        for j in range(sizes[l]):
            jj = idx(j + 1)
            for i in range(sizes[l - 1]):
                w, p = weight_id(l, j, i), f"p{l}.{j}.{i}"
                g.add(Node(w, "weight", sym("w", idx(j + 1, i + 1), l), l, j, i, float(W[j, i]),
                           float(trace.dW[l][j, i]), base - 1))
                g.add(Node(p, "product", f"{sym('w', idx(j + 1, i + 1), l)}·{sym('x', idx(i + 1), l - 1)}",
                           l, j, i, float(W[j, i] * x_in[i]), float(delta[j]), base))
                g.link(w, p, x_in[i], sym("x", idx(i + 1), l - 1))
                g.link(x_id(l - 1, i), p, W[j, i], sym("w", idx(j + 1, i + 1), l))
            b = f"b{l}.{j}"
            g.add(Node(b, "bias", sym("b", jj, l), l, j, -1, float(trace.b_before[l][j]), float(trace.db[l][j]),
                       base))
            g.add(Node(f"z{l}.{j}", "sum", sym("z", jj, l), l, j, -1, float(trace.z[l][s, j]), float(delta[j]),
                       base + 1))
            for i in range(sizes[l - 1]):
                g.link(f"p{l}.{j}.{i}", f"z{l}.{j}", 1.0, "1")
            g.link(b, f"z{l}.{j}", 1.0, "1")
        f = ACTIVATIONS[activations[l]]
        for j in range(sizes[l]):
            g.add(Node(x_id(l, j), "activation", sym("x", idx(j + 1), l), l, j, -1, float(trace.x[l][s, j]),
                       float(trace.dL_dx[l][s, j]), base + 2))
        x_out = trace.x[l][s]
        joint = l == L and f.name == "softmax" and loss_name == "cross_entropy"
        for k in range(0 if joint else sizes[l]):  # x_k uses z_j: only j = k, but softmax's x_k every z
            for j in (range(sizes[l]) if f.name == "softmax" else (k,)):
                local = x_out[k] * ((j == k) - x_out[j]) if f.name == "softmax" else trace.f_prime[l][s, k]
                text = f"f'({sym('z', idx(k + 1), l)})" if j == k else \
                    f"−{sym('x', idx(k + 1), l)} {sym('x', idx(j + 1), l)}"
                g.link(f"z{l}.{j}", x_id(l, k), local, text)
    y, t = trace.x[L][s], trace.T[s]
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        if loss_name == "mse":
            terms, text = 0.5 * (y - t) ** 2, "y_{k} − t_{k}"
        elif activations[L] == "softmax":
            terms, text = -t * np.log(y), "−t_{k} / y_{k}"
        else:
            terms, text = -(t * np.log(y) + (1 - t) * np.log(1 - y)), "−t_{k} / y_{k} + (1 − t_{k}) / (1 − y_{k})"
    column = 3 * L + 1
    for k in range(sizes[L]):
        g.add(Node(f"e{k}", "term", f"e_{{{idx(k + 1)}}}", L, k, -1, float(terms[k]), 1.0, column))
        g.link(x_id(L, k), f"e{k}", trace.dL_dx[L][s, k], text.replace("{k}", "{" + idx(k + 1) + "}"))
    g.add(Node(LOSS, "loss", loss_symbol, L, -1, -1, float(np.sum(terms)), 1.0, column + 1))
    for k in range(sizes[L]):
        g.link(f"e{k}", LOSS, 1.0, "1")
    if activations[L] == "softmax" and loss_name == "cross_entropy":
        # The seed's rule for the pair: ∂L/∂z_j = y_j − t_j, one edge from each z to L (as the
        # backward pass takes it), not softmax's Jacobian times −t/y, which says the same only
        # for targets that sum to 1.
        for j in range(sizes[L]):
            g.link(f"z{L}.{j}", LOSS, trace.delta[L][s, j], f"y_{{{idx(j + 1)}}} − t_{{{idx(j + 1)}}}")
    return g


def mode_costs(sizes) -> tuple[int, int, int]:
    """Return (reverse, forward, parameters): the multiplications reverse mode takes for
    every ∂L/∂w and ∂L/∂b at once (the backward pass: δ of each layer, then δ xᵀ), against
    forward mode, which carries one parameter's derivative through the whole network per
    pass (W ẋ and f′ ⊙ at every layer, then the loss), for a network of `sizes`."""
    sizes = list(sizes)
    L = len(sizes) - 1
    parameters = sum(sizes[l] * (sizes[l - 1] + 1) for l in range(1, L + 1))
    reverse = sizes[L]  # δ⁽ᴸ⁾ = ∂L/∂x ⊙ f′(z)
    for l in range(L - 1, 0, -1):
        reverse += sizes[l] * sizes[l + 1] + sizes[l]  # (W⁽ˡ⁺¹⁾)ᵀ δ⁽ˡ⁺¹⁾, then ⊙ f′(z⁽ˡ⁾)
    reverse += sum(sizes[l] * sizes[l - 1] for l in range(1, L + 1))  # ∂L/∂W⁽ˡ⁾ = δ⁽ˡ⁾ (x⁽ˡ⁻¹⁾)ᵀ
    one_pass = sum(sizes[l] * sizes[l - 1] + sizes[l] for l in range(1, L + 1)) + sizes[L]
    return reverse, parameters * one_pass, parameters
