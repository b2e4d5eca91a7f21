"""Runs of training kept to compare: the epochs of earlier runs, each named by what it trained.

A mixin of Document. A run is the epochs recorded since the weights were drawn or put back,
under one activation, loss and learning rate. Re-initialising, resetting, or changing an
activation, the loss or α begins a new run: the epochs so far become an earlier run (kept,
read-only, until cleared), so the curves can show "run 1: sigmoid σ · MSE · α 0.5" beside
the run under way. Keeping runs is a record, not an edit: undo does not bring one back.
"""

from __future__ import annotations

from typing import NamedTuple

from bpviz.engine.nn.activations import get_activation
from bpviz.engine.nn.losses import LOSSES
from bpviz.engine.training.training import EpochStats

MAX_PAST_RUNS = 4  # more would crowd the plots: the oldest goes first


class PastRun(NamedTuple):
    """An earlier run: its number, what it trained (its label) and the epochs it recorded."""

    number: int
    label: str
    epochs: tuple[EpochStats, ...]


class TrainingRuns:
    """The earlier runs of a Document's training (a mixin)."""

    def _forget_runs(self) -> None:
        """No earlier runs; the next epochs are run 1's, from epoch 0 (a document opened)."""
        self.past_runs: list[PastRun] = []
        self.run_number = 1
        self.run_first_epoch = 0  # where a new trainer counts from when run n begins mid-way

    def run_label(self) -> str:
        """Return "run 2: ReLU · cross-entropy · α 0.5": the run under way, as its curves are named."""
        net = self.network
        hidden = net.activations[1:-1] or net.activations[-1:]
        names = " / ".join(dict.fromkeys(get_activation(a).label for a in hidden))
        return self.tr("run {n}: {activations} · {loss} · α {lr:g}").format(
            n=self.run_number, activations=names, loss=LOSSES[net.loss], lr=self.lr)

    def start_new_run(self, go_on: bool = False) -> None:
        """Keep the epochs recorded so far as an earlier run and begin the next one.

        go_on: the weights stay as trained (a new activation, loss or α), so the new run's
        epochs count on from the last one's; otherwise they start again at 0.
        """
        if not self.epochs:
            return
        last = self.epochs[-1].epoch
        self.past_runs.append(PastRun(self.run_number, self.run_label(), tuple(self.epochs)))
        del self.past_runs[:-MAX_PAST_RUNS]
        self.run_number += 1
        self.run_first_epoch = last if go_on else 0
        self.epochs.clear()
        self.epochsChanged.emit()

    def clear_past_runs(self) -> None:
        """Forget the earlier runs; the run under way keeps its epochs and its number."""
        if self.past_runs:
            self.past_runs.clear()
            self.epochsChanged.emit()
