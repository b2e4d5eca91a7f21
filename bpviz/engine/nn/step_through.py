"""StepThrough: a cursor over one step of backpropagation, one neuron at a time.

The events come in the seed's order: the forward pass neuron by neuron (layer 1 first),
the loss, the backward pass neuron by neuron (output layer first), then the update layer
by layer. All numbers come from one StepTrace computed up front; moving the cursor only
reveals them, except the update events, which write the new weights into the network
(and moving back over them writes the old ones back, bit for bit).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from bpviz.engine.nn.network import Network, gradient_descent
from bpviz.engine.nn.trace import StepTrace

PHASES = ("forward", "loss", "backward", "update")
GRANULARITIES = ("neuron", "layer", "phase", "step")


@dataclass(frozen=True)
class Event:
    """One thing the cursor reveals: a phase, a layer, a neuron (0-based) and its values."""

    index: int
    phase: str
    layer: int
    neuron: int | None
    values: dict = field(repr=False)

    @property
    def title(self) -> str:
        if self.phase == "loss":
            return "Loss"
        if self.phase == "update":
            return f"Update · layer {self.layer}"
        return f"{self.phase.capitalize()} · layer {self.layer} · neuron {self.neuron + 1}"

    def key(self, granularity: str) -> tuple:
        """Return what events moved over together at `granularity` have in common."""
        if granularity == "neuron":
            return (self.index,)
        if granularity == "layer":
            return (self.phase, self.layer)
        if granularity == "phase":
            return (self.phase,)
        if granularity == "step":
            return ()
        raise ValueError(f"unknown granularity {granularity!r}; allowed: {', '.join(GRANULARITIES)}")


class StepThrough:
    """A cursor over the events of one backpropagation step on one example."""

    def __init__(self, net: Network, x, t, lr: float = 0.5, l1: float = 0.0, l2: float = 0.0) -> None:
        self.net = net
        fwd = net.forward(x, t)
        self.trace: StepTrace = gradient_descent(net.backward(fwd, l1=l1, l2=l2), lr)
        self.events: list[Event] = _events(self.trace, net.sizes)
        self._index = {(e.phase, e.layer, e.neuron): e.index for e in self.events}
        self.position = 0  # number of events applied; events[position - 1] is the current one

    # -- where the cursor is --------------------------------------------------------------

    @property
    def at_start(self) -> bool:
        return self.position == 0

    @property
    def at_end(self) -> bool:
        return self.position == len(self.events)

    @property
    def current(self) -> Event | None:
        """The event most recently revealed, or None at the start."""
        return self.events[self.position - 1] if self.position else None

    @property
    def phase(self) -> str | None:
        """The phase of the current event (None before the first)."""
        return self.current.phase if self.current else None

    def is_revealed(self, phase: str, layer: int, neuron: int | None = None) -> bool:
        """Return whether the event (phase, layer, neuron) has been revealed.

        For "update", `neuron` is ignored; for "loss", `layer` and `neuron` are.
        """
        if phase == "loss":
            key = ("loss", self.net.L, None)
        elif phase == "update":
            key = ("update", layer, None)
        else:
            key = (phase, layer, neuron)
        try:
            return self._index[key] < self.position
        except KeyError:
            raise ValueError(f"no {phase} event for layer {layer}, neuron {neuron}") from None

    # -- moving ----------------------------------------------------------------------------

    def advance(self) -> Event | None:
        """Reveal the next event and return it; at the end, do nothing and return None."""
        if self.at_end:
            return None
        event = self.events[self.position]
        if event.phase == "update":
            self._write_weights(event.layer, after=True)
        self.position += 1
        return event

    def retreat(self) -> Event | None:
        """Hide the current event, restoring the weights it changed; return the new current."""
        if self.at_start:
            return None
        event = self.events[self.position - 1]
        if event.phase == "update":
            self._write_weights(event.layer, after=False)
        self.position -= 1
        return self.current

    def advance_by(self, granularity: str = "neuron") -> Event | None:
        """Advance to the last event of the next group at `granularity`; return it."""
        first = self.advance()
        if first is None:
            return None
        key = first.key(granularity)
        while not self.at_end and self.events[self.position].key(granularity) == key:
            self.advance()
        return self.current

    def retreat_by(self, granularity: str = "neuron") -> Event | None:
        """Go back to the start of the group the current event belongs to (or the previous one)."""
        if self.at_start:
            return None
        key = self.events[self.position - 1].key(granularity)
        self.retreat()
        while not self.at_start and self.events[self.position - 1].key(granularity) == key:
            self.retreat()
        return self.current

    def seek(self, position: int) -> Event | None:
        """Move to `position` (0 ≤ position ≤ len(events)) and return the current event."""
        if not 0 <= position <= len(self.events):
            raise ValueError(f"position {position} is outside 0..{len(self.events)}")
        while self.position < position:
            self.advance()
        while self.position > position:
            self.retreat()
        return self.current

    def reset(self) -> None:
        """Return to the start, with the weights as they were before the step."""
        self.seek(0)

    def _write_weights(self, l: int, after: bool) -> None:
        W = self.trace.W_after[l] if after else self.trace.W_before[l]
        b = self.trace.b_after[l] if after else self.trace.b_before[l]
        self.net.W[l] = W.copy()  # the trace's arrays stay read-only and unshared
        self.net.b[l] = b.copy()

    def __len__(self) -> int:
        return len(self.events)

    def __repr__(self) -> str:
        where = self.current.title if self.current else "start"
        return f"StepThrough({self.position}/{len(self.events)}, at {where})"


def _events(trace: StepTrace, sizes: list[int]) -> list[Event]:
    """Return the events of one step on sample 0 of `trace`, in the seed's order."""
    L = len(sizes) - 1
    events: list[Event] = []

    def add(phase: str, layer: int, neuron: int | None, values: dict) -> None:
        events.append(Event(len(events), phase, layer, neuron, values))

    def scalar(a: np.ndarray) -> float:
        return float(a)

    for l in range(1, L + 1):
        for j in range(sizes[l]):
            add("forward", l, j, {
                "z": scalar(trace.z[l][0, j]),
                "x": scalar(trace.x[l][0, j]),
                "f_prime": scalar(trace.f_prime[l][0, j]),
            })
    add("loss", L, None, {"loss": trace.loss, "dL_dy": trace.dL_dx[L][0]})
    for l in range(L, 0, -1):
        for j in range(sizes[l]):
            add("backward", l, j, {
                "dL_dx": scalar(trace.dL_dx[l][0, j]),
                "f_prime": scalar(trace.f_prime[l][0, j]),
                "delta": scalar(trace.delta[l][0, j]),
                "dW": trace.dW[l][j],
                "db": scalar(trace.db[l][j]),
            })
    for l in range(1, L + 1):
        add("update", l, None, {
            "W_before": trace.W_before[l], "W_after": trace.W_after[l],
            "b_before": trace.b_before[l], "b_after": trace.b_after[l],
        })
    return events
