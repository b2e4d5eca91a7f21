"""What the network canvas shows, as pure functions of the document and its step cursor.

Which value each neuron and edge displays, which edges feed the current event, what a point
names (a Hit) and the tooltip text: no widget, no painting, so each can be read and tested
alone. Saturation has its own module, shared with the docks.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

import numpy as np

from bpviz.engine import Network, StepThrough
from bpviz.engine.nn.activations import get_activation
from bpviz.state import Document, Focus, Revealed, ViewOptions
from bpviz.state.document.view_options import not_yet

from bpviz.ui.look import notation, palette
from bpviz.ui.look.engine_words import short_name
from bpviz.ui.shell.i18n import tr, tr_noop

# -- user-facing messages, declared once ---------------------------------------------------------

# In English; _tr (context "NetworkCanvas") translates each where it is shown.
SATURATED_NOTE = tr_noop("Saturated: f′(z) = {f_prime:.3g} is below 2 % of {name}'s largest slope {slope:g}, "
                         "so δ = ∂L/∂x · f′(z) will be small and its weights will hardly change.",
                         "NetworkCanvas")
NOT_YET_TIP = tr_noop("{not_yet}: step forward to reveal it", "NetworkCanvas")

MAX_DRAWN_EDGES = 10_000  # edges a large network draws: each layer its strongest share

EDGE_TITLES = {"w": tr_noop("Edges: weight w", "NetworkCanvas"),
               "∂L/∂w": tr_noop("Edges: gradient ∂L/∂w", "NetworkCanvas"),
               "Δw": tr_noop("Edges: Δw · labels: new w", "NetworkCanvas")}
NEURON_TITLES = {"x": tr_noop("Neurons: output x", "NetworkCanvas"),
                 "δ": tr_noop("Neurons: error δ = ∂L/∂z", "NetworkCanvas")}


def _tr(text: str) -> str:
    return tr(text, "NetworkCanvas")


def not_yet_tip() -> str:
    """Return the tooltip of a value not yet computed, in the user's language."""
    return _tr(NOT_YET_TIP).format(not_yet=not_yet())


class Shown(NamedTuple):
    """What one neuron displays: kind "x", "δ" or "?" (not yet computed) and the value."""

    kind: str
    value: float | None


@dataclass(frozen=True)
class EdgesShown:
    """What the edges (and bias squares) display: mode "w", "∂L/∂w" or "Δw", per layer 1..L."""

    mode: str
    values: list          # values[l] shaped like W[l] (index 0 None)
    revealed: list        # revealed[l] bool array shaped like W[l]
    bias_values: list     # bias_values[l] shaped like b[l]
    bias_revealed: list
    scale: float          # max |value| over the whole step in this mode, so colours stay put
    after: list | None = None       # at the update ("Δw"): the new weights W_after[l], for the labels
    bias_after: list | None = None  # ... and the new biases b_after[l]


class Hit(NamedTuple):
    """What is under a point: kind "add", "remove", "header", "neuron", "bias", "edge",
    "loss" or "target", with the layer and indices it names."""

    kind: str
    layer: int = -1
    j: int = -1
    i: int = -1


# -- what is shown -------------------------------------------------------------------------------


def neurons_shown(cursor: StepThrough, sample: int = 0) -> list[list[Shown]]:
    """Return what each neuron shows for sample `sample` of the batch: x^(0) always; x_j once
    its forward event is revealed; δ_j instead in the backward and update phases once its
    backward event is revealed."""
    revealed, sizes = Revealed(cursor, sample), cursor.net.sizes
    late = cursor.phase in ("backward", "update")
    out = []
    for l in range(len(sizes)):
        row = []
        for j in range(sizes[l]):
            delta = revealed.value("delta", l, j) if late and l >= 1 else None
            x = revealed.value("x", l, j)
            row.append(Shown("δ", delta) if delta is not None else Shown("x", x) if x is not None else Shown("?", None))
        out.append(row)
    return out


def edges_shown(cursor: StepThrough, show_gradients: bool) -> EdgesShown:
    """Return what the edges show: the live w; ∂L/∂w in the backward phase (rows of revealed
    neurons); Δw = w_after − w_before at the update (layers already updated)."""
    net, tr, phase = cursor.net, cursor.trace, cursor.phase
    mode = "w"
    if show_gradients and phase == "backward":
        mode = "∂L/∂w"
    elif show_gradients and phase == "update":
        mode = "Δw"
    known = Revealed(cursor)
    values, revealed, bias_values, bias_revealed = [None], [None], [None], [None]
    for l in range(1, net.L + 1):
        if mode == "w":
            W, b = net.W[l], net.b[l]
            rows = np.ones(len(b), bool)
        elif mode == "∂L/∂w":
            W, b = tr.dW[l], tr.db[l]
            rows = known.known_rows("dW", l)
        else:
            W, b = tr.W_after[l] - tr.W_before[l], tr.b_after[l] - tr.b_before[l]
            rows = known.known_rows("W_change", l)
        values.append(np.asarray(W, float))
        bias_values.append(np.asarray(b, float))
        revealed.append(np.repeat(rows[:, None], W.shape[1], axis=1))
        bias_revealed.append(rows)
    scale = palette.symmetric_scale(np.concatenate([a.ravel() for a in values[1:] + bias_values[1:]]))
    after = bias_after = None
    if mode == "Δw":
        after = [None] + [np.asarray(tr.W_after[l], float) for l in range(1, net.L + 1)]
        bias_after = [None] + [np.asarray(tr.b_after[l], float) for l in range(1, net.L + 1)]
    return EdgesShown(mode, values, revealed, bias_values, bias_revealed, scale, after, bias_after)


def drawn_edges(edges: EdgesShown, budget: int = MAX_DRAWN_EDGES) -> list[np.ndarray] | None:
    """Return, per layer 1..L, the indices (into the layer's ravelled W) of the edges to draw,
    or None to draw them all (at most `budget` in all).

    Past the budget, drawing would freeze the window for seconds at every step (Qt strokes
    each line), and hundreds of thousands of lines read as one grey block anyway. Each layer
    then keeps its share of the budget: its revealed edges of largest |value| (weight or
    gradient), so every layer still shows where its strong values are.
    """
    counts = [edges.values[l].size for l in range(1, len(edges.values))]
    total = sum(counts)
    if total <= budget:
        return None
    kept = []
    for l, count in enumerate(counts, start=1):
        share = max(1, budget * count // total)
        strength = np.nan_to_num(np.abs(edges.values[l].ravel()), nan=np.inf, posinf=np.inf)
        strength = np.where(edges.revealed[l].ravel(), strength + 1.0, strength / (1.0 + strength))  # revealed first
        kept.append(np.sort(np.argpartition(-strength, share - 1)[:share]) if share < count else np.arange(count))
    return kept


def edge_widths(lay, font_scale: float) -> tuple[float, float]:
    """Return the widths of an edge at 0 and at the colour scale's end: dense layers get thinner
    edges, or a few thousand of them would be a solid block."""
    r = lay.radius
    density = min(1.0, 6.0 / np.sqrt(max(a * b for a, b in zip(lay.sizes, lay.sizes[1:]))))
    return float(np.clip(r / 12, 0.5, 1.5)), float(np.clip(0.26 * r * density, 1.0, 9.0 * font_scale))


def drawn_edge_arrays(lay, edges: EdgesShown) -> tuple[np.ndarray, np.ndarray, np.ndarray, tuple[int, int] | None]:
    """Return the segments, values and revealed flags of the edges the canvas draws, in layer
    order, and (drawn, all) when a large network draws only a share of them (drawn_edges)."""
    drawn = drawn_edges(edges)
    layers = range(1, len(edges.values))
    chosen = [slice(None)] * len(layers) if drawn is None else drawn
    segments = np.concatenate([lay.segments(l)[chosen[l - 1]] for l in layers])
    values = np.concatenate([edges.values[l].ravel()[chosen[l - 1]] for l in layers])
    revealed = np.concatenate([edges.revealed[l].ravel()[chosen[l - 1]] for l in layers])
    share = None if drawn is None else (len(values), sum(e.size for e in edges.values[1:]))
    return segments, values, revealed, share


def feeding_edges(cursor: StepThrough) -> list[tuple[int, int, int]]:
    """Return the edges (l, j, i) feeding the current event: into neuron j for forward (l, j);
    out of neuron j into layer l+1 for backward (l, j); every edge of layer l for its update."""
    event, sizes = cursor.current, cursor.net.sizes
    if event is None or event.phase == "loss":
        return []
    l = event.layer
    if event.phase == "forward":
        return [(l, event.neuron, i) for i in range(sizes[l - 1])]
    if event.phase == "backward":
        if l == len(sizes) - 1:
            return []
        return [(l + 1, k, event.neuron) for k in range(sizes[l + 1])]
    return [(l, j, i) for j in range(sizes[l]) for i in range(sizes[l - 1])]


def labelled_edges(doc: Document) -> list[tuple[int, int, int]]:
    """Return the edges whose labels a crowded canvas keeps: into and out of the focused
    neuron (or the focused edge), and those feeding the current event."""
    focus, sizes = doc.focus, doc.network.sizes
    edges = feeding_edges(doc.cursor)
    if focus is not None and focus.kind == "edge":
        edges.append((focus.layer, focus.j, focus.i))
    elif focus is not None and focus.kind == "neuron":
        l, j = focus.layer, focus.j
        if l >= 1:
            edges += [(l, j, i) for i in range(sizes[l - 1])]
        if l < len(sizes) - 1:
            edges += [(l + 1, k, j) for k in range(sizes[l + 1])]
    return edges


def labelled_neurons(doc: Document) -> list[tuple[int, int]]:
    """Return the focused neuron (an edge's: its target) and the current event's, whose biases
    a crowded canvas labels."""
    focus, event = doc.focus, doc.cursor.current
    neurons = [(focus.layer, focus.j)] if focus is not None and focus.kind in ("neuron", "edge") else []
    if event is not None and event.neuron is not None:
        neurons.append((event.layer, event.neuron))
    return neurons


def focus_of(hit: Hit | None) -> Focus | None:
    """Return the focus a click on `hit` gives (a bias or target focuses its neuron)."""
    if hit is None:
        return None
    if hit.kind in ("neuron", "bias", "target"):
        return Focus.neuron(hit.layer, hit.j)
    if hit.kind == "edge":
        return Focus.edge(hit.layer, hit.j, hit.i)
    if hit.kind == "loss":
        return Focus.loss(hit.layer)
    return None


# -- words ----------------------------------------------------------------------------------------


def header_text(net: Network, layer: int) -> str:
    """Return the header of column `layer`: "Input", or "Layer l · f" / "Output · f"."""
    if layer == 0:
        return _tr("Input")
    name = short_name(net.activations[layer])
    return (_tr("Output · {f}") if layer == net.L else _tr("Layer {l} · {f}")).format(l=layer, f=name)


def loss_name(net: Network) -> str:
    """Return the loss's name as words ("cross entropy"), in the person's language."""
    return short_name(net.loss)


def target_symbol(k: int) -> str:
    """Return "t₁" for target k = 0 (0-based, shown 1-based)."""
    return f"t{notation.sub(str(k + 1))}"




# -- tooltips -------------------------------------------------------------------------------------


def tooltip(doc: Document, hit: Hit, saturated: list[np.ndarray]) -> str:
    """Return the tooltip of `hit`: the full-precision values of what is there."""
    net, cursor, full, revealed = doc.network, doc.cursor, ViewOptions.full, doc.revealed
    tr, l, j, i = cursor.trace, hit.layer, hit.j, hit.i
    if hit.kind in ("add", "remove"):
        return _add_remove_tip(hit.kind, l, net.L)
    if hit.kind == "header":
        return _tr("{header}: right-click for layer actions").format(header=header_text(net, l))
    if hit.kind == "loss":
        shown = full(tr.loss) if revealed.known("loss") else not_yet_tip()
        return _tr("Loss L ({loss}) = {value}").format(loss=loss_name(net), value=shown)
    if hit.kind == "target":
        return _tr("target {t} = {value} (double-click to edit)").format(t=target_symbol(j),
                                                                       value=full(doc.target[j]))
    if hit.kind == "edge":
        lines = [f"{notation.weight(l, j, i)} = {full(net.W[l][j, i])}"]
        if cursor.phase in ("backward", "update") and revealed.known("dW", l, j):
            lines.append(f"∂L/∂{notation.weight(l, j, i)} = {full(revealed.value('dW', l, j, i))}")
        if revealed.known("W_change", l, j):
            lines.append(f"Δw = {full(revealed.value('W_change', l, j, i))}")
        return "\n".join(lines + [_tr("double-click to edit the weight")])
    if hit.kind == "bias":
        lines = [f"{notation.bias(l, j)} = {full(net.b[l][j])}"]
        if cursor.phase in ("backward", "update") and revealed.known("db", l, j):
            lines.append(f"∂L/∂{notation.bias(l, j)} = δ = {full(revealed.value('db', l, j))}")
        return "\n".join(lines + [_tr("double-click to edit the bias")])
    return _neuron_tooltip(doc, l, j, saturated)


def _add_remove_tip(kind: str, l: int, L: int) -> str:
    """Return the tooltip of a layer's + ("add") or − ("remove") button."""
    if kind == "add":
        text = (_tr("Add a neuron to the input layer") if l == 0 else _tr("Add a neuron to the output layer")
                if l == L else _tr("Add a neuron to layer {l}"))
    else:
        text = (_tr("Remove the last neuron of the input layer") if l == 0
                else _tr("Remove the last neuron of the output layer") if l == L
                else _tr("Remove the last neuron of layer {l}"))
    return text.format(l=l)


def _neuron_tooltip(doc: Document, l: int, j: int, saturated: list[np.ndarray]) -> str:
    cursor, full, net, revealed = doc.cursor, ViewOptions.full, doc.network, doc.revealed
    if l == 0:
        return _tr("input {x} = {value}\ndouble-click to edit").format(x=notation.neuron_value('x', 0, j),
                                                                      value=full(revealed.value("x", 0, j)))
    if not revealed.known("x", l, j):
        return f"{notation.neuron_value('x', l, j)}: {not_yet_tip()}"
    lines = [f"{notation.neuron_value('z', l, j)} = {full(revealed.value('z', l, j))}",
             f"{notation.neuron_value('x', l, j)} = f(z) = {full(revealed.value('x', l, j))}",
             f"f′(z) = {full(revealed.value('f_prime', l, j))}"]
    if cursor.phase in ("backward", "update") and revealed.known("delta", l, j):
        lines += [f"∂L/∂{notation.neuron_value('x', l, j)} = {full(revealed.value('dL_dx', l, j))}",
                  f"{notation.neuron_value('δ', l, j)} = {full(revealed.value('delta', l, j))}"]
    if saturated and saturated[l][j]:
        name = net.activations[l]
        lines.append(_tr(SATURATED_NOTE).format(f_prime=revealed.value("f_prime", l, j), name=name,
                                                slope=get_activation(name).max_slope))
    lines.append(_tr("{b} = {value} (double-click to edit)").format(b=notation.bias(l, j), value=full(net.b[l][j])))
    return "\n".join(lines)
