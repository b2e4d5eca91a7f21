"""Moving the focus with the keyboard: what each key reaches from where the focus is.

The canvas's keys (see NetworkCanvas.keyPressEvent) ask here, so the rule is written once and
tested without a window:

- `in_reading_order` (Tab, Shift+Tab): the neurons layer by layer, input first, then the loss;
  None past either end, where the keyboard leaves the canvas for the next control;
- `within_layer` (Up, Down): the neighbouring neuron of the layer; for an edge, the neighbouring
  incoming edge of the same neuron;
- `across_layers` (Ctrl+Left, Ctrl+Right): the same neuron (or the nearest) of the layer before
  or after; past the output layer, the loss; an edge goes to the neuron at its end;
- `incoming` (W): a neuron's first incoming weight, and from a weight back to its neuron.
"""

from __future__ import annotations

from bpviz.state.document.focus import Focus


def _start(sizes: list[int]) -> Focus:
    return Focus.neuron(1 if len(sizes) > 1 else 0, 0)


def in_reading_order(focus: Focus | None, sizes: list[int], step: int) -> Focus | None:
    """Return the neuron (or the loss) after `focus` (`step` = 1) or before it (−1), or None past the ends."""
    order = [Focus.neuron(l, j) for l, n in enumerate(sizes) for j in range(n)] + [Focus.loss(len(sizes) - 1)]
    if focus is None or not focus.fits(sizes):
        return order[0] if step > 0 else order[-1]
    here = Focus.neuron(focus.layer, focus.j) if focus.kind == "edge" else focus
    k = order.index(here) + step
    return order[k] if 0 <= k < len(order) else None


def within_layer(focus: Focus | None, sizes: list[int], step: int) -> Focus:
    """Return the neuron `step` places down (+1) or up (−1) the layer, or the edge beside an edge."""
    if focus is None or not focus.fits(sizes):
        return _start(sizes)
    if focus.kind == "loss":
        return focus
    if focus.kind == "edge":
        i = min(sizes[focus.layer - 1] - 1, max(0, focus.i + step))
        return Focus.edge(focus.layer, focus.j, i)
    return Focus.neuron(focus.layer, min(sizes[focus.layer] - 1, max(0, focus.j + step)))


def across_layers(focus: Focus | None, sizes: list[int], step: int) -> Focus:
    """Return the same neuron (or the last, in a smaller layer) of the next (+1) or previous (−1)
    layer; right of the output layer is the loss; an edge goes to its end (+1) or its start (−1)."""
    L = len(sizes) - 1
    if focus is None or not focus.fits(sizes):
        return _start(sizes)
    if focus.kind == "loss":
        return Focus.neuron(L, 0) if step < 0 else focus
    if focus.kind == "edge":
        return Focus.neuron(focus.layer, focus.j) if step > 0 else Focus.neuron(focus.layer - 1, focus.i)
    layer = focus.layer + step
    if layer > L:
        return Focus.loss(L)
    if layer < 0:
        return focus
    return Focus.neuron(layer, min(focus.j, sizes[layer] - 1))


def incoming(focus: Focus | None, sizes: list[int]) -> Focus | None:
    """Return the focused neuron's first incoming weight, or an edge's neuron; None for an
    input neuron or the loss, which have no incoming weights."""
    if focus is None or not focus.fits(sizes):
        return _start(sizes)
    if focus.kind == "edge":
        return Focus.neuron(focus.layer, focus.j)
    if focus.kind == "loss" or focus.layer == 0:
        return None
    return Focus.edge(focus.layer, focus.j, 0)
