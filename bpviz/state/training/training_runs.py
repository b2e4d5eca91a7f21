"""Runs of training kept to compare: the epochs of earlier runs, each named by what it trained.

A part the Document owns (`doc.runs`), with the epochs of the run under way. A run is the
epochs recorded since the weights were drawn or put back, under one activation, loss and
learning rate. Re-initialising, resetting, or changing an
activation, the loss or α begins a new run: the epochs so far become an earlier run (kept,
read-only, until cleared), so the curves can show "run 1: sigmoid σ · MSE · α 0.5" beside
the run under way. Keeping runs is a record, not an edit: undo does not bring one back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple, Protocol

from PySide6.QtCore import QCoreApplication, SignalInstance

from bpviz.engine.nn.activations import get_activation
from bpviz.engine.nn.losses import LOSSES
from bpviz.engine.training.history import thinned
from bpviz.engine.training.training import EpochStats
from bpviz.state.document.parsing import in_locale
from bpviz.state.document.view_options import engine_word

if TYPE_CHECKING:
    from bpviz.engine import Network

MAX_PAST_RUNS = 4  # more would crowd the plots: the oldest goes first
MAX_EPOCH_RECORDS = 10_000


def _tr(text: str) -> str:
    return QCoreApplication.translate("TrainingRuns", text)


class PastRun(NamedTuple):
    """An earlier run: its number, what it trained (its label) and the epochs it recorded."""

    number: int
    label: str
    epochs: tuple[EpochStats, ...]


class RunsHost(Protocol):
    """What the record of runs needs of the document that owns it."""

    network: "Network"
    lr: float

    epochsChanged: SignalInstance  # an epoch was recorded, or the record cleared


class TrainingRuns:
    """The epochs of the run under way and the earlier runs of a Document's training."""

    def __init__(self, host: RunsHost) -> None:
        self._host = host
        self.epochs: list[EpochStats] = []
        self.forget()

    def forget(self, epochs: list[EpochStats] | None = None) -> None:
        """No earlier runs; the next epochs are run 1's (a document opened, with `epochs` recorded)."""
        self.epochs = list(epochs or [])
        self.past_runs: list[PastRun] = []
        self.run_number = 1
        self.run_first_epoch = 0  # where a new trainer counts from when run n begins mid-way

    def run_label(self) -> str:
        """Return "run 2: ReLU · cross-entropy · α 0.5": the run under way, as its curves are named."""
        net = self._host.network
        hidden = net.activations[1:-1] or net.activations[-1:]
        names = " / ".join(dict.fromkeys(engine_word(get_activation(a).label) for a in hidden))
        return _tr("run {n}: {activations} · {loss} · α {lr}").format(
            n=self.run_number, activations=names, loss=engine_word(LOSSES[net.loss]), lr=in_locale(f"{self._host.lr:g}"))

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
        self._host.epochsChanged.emit()

    def clear_past_runs(self) -> None:
        """Forget the earlier runs; the run under way keeps its epochs and its number."""
        if self.past_runs:
            self.past_runs.clear()
            self._host.epochsChanged.emit()

    # -- epochs (a record of training, not an edit) -------------------------------------------

    def record_epoch(self, stats: EpochStats) -> None:
        """Record one epoch (see record_epochs)."""
        self.record_epochs([stats])

    def record_epochs(self, stats: list[EpochStats]) -> None:
        """Record several epochs with one signal (a live run hands over a frame's worth)."""
        if stats:
            self.epochs.extend(stats)
            while len(self.epochs) > MAX_EPOCH_RECORDS:
                # Half as many records, each merged pair keeping its least and greatest values:
                # memory stays flat, and the curves still show every dip and peak that happened.
                self.epochs[:] = thinned(self.epochs)
            self._host.epochsChanged.emit()

    def clear_epochs(self) -> None:
        if self.epochs:
            self.epochs.clear()
            self._host.epochsChanged.emit()
