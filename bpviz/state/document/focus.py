"""Focus: what the person is looking at (a neuron, an edge, or the loss), by stable ids."""

from __future__ import annotations

from typing import NamedTuple


class Focus(NamedTuple):
    """A neuron (layer, j), an edge w_ji^(layer) (layer, j, i), or the loss. Indices are 0-based."""

    kind: str  # "neuron", "edge" or "loss"
    layer: int
    j: int = -1
    i: int = -1

    @classmethod
    def neuron(cls, layer: int, j: int) -> "Focus":
        return cls("neuron", layer, j)

    @classmethod
    def edge(cls, layer: int, j: int, i: int) -> "Focus":
        return cls("edge", layer, j, i)

    @classmethod
    def loss(cls, layer: int) -> "Focus":
        return cls("loss", layer)

    def fits(self, sizes: list[int]) -> bool:
        """Return whether this focus names something that exists in a network of `sizes`."""
        if not 0 <= self.layer < len(sizes):
            return False
        if self.kind == "loss":
            return self.layer == len(sizes) - 1
        if not 0 <= self.j < sizes[self.layer]:
            return False
        return self.kind == "neuron" or (self.layer >= 1 and 0 <= self.i < sizes[self.layer - 1])

    def following(self, event) -> "Focus":
        """Return the focus a step's `event` moves to from this one: the neuron it computes, the
        loss, or at an update its layer (the same neuron where this focus is in that layer)."""
        if event.phase == "loss":
            return Focus.loss(event.layer)
        if event.phase == "update":
            keep = self.kind == "neuron" and self.layer == event.layer
            return Focus.neuron(event.layer, self.j if keep else 0)
        return Focus.neuron(event.layer, event.neuron)
