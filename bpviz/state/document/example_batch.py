"""ExampleBatch: the example a step runs on, a row of inputs and targets per sample, and the one shown.

A part the Document owns (`doc.example`): one sample is a batch of one. It says what rows an
edit makes (the edit itself is the document's undoable command), takes the data set's
samples as a step begins or is stepped back into, and which sample the views show. The rows
are read-only, so a view can never change them behind the undo stack. What it needs of the
document is declared in SamplesHost; its texts are the Document's (context "Document"),
where the translations hold them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

import numpy as np
from PySide6.QtCore import QCoreApplication, SignalInstance

from bpviz.engine.limits import MAX_BATCH

if TYPE_CHECKING:
    from bpviz.state.document.lab import DataLab
    from bpviz.state.document.step_playback import StepPlayback


def _tr(text: str) -> str:
    return QCoreApplication.translate("Document", text)


class SamplesHost(Protocol):
    """What the example needs of the document that owns it."""

    lab: "DataLab"
    playback: "StepPlayback"
    sample_index: int             # the data set's row of the batch's first sample

    exampleChanged: SignalInstance
    cursorMoved: SignalInstance

    def set_example(self, x, t, lr: float | None = None) -> None: ...


class ExampleBatch:
    """The inputs and targets of the step's samples (1 to MAX_BATCH rows), and which one is shown."""

    def __init__(self, host: SamplesHost) -> None:
        self._host = host
        self.inputs = np.zeros((1, 1))
        self.targets = np.zeros((1, 1))
        self.shown = 0  # which sample the canvas and the Inspector show

    @property
    def size(self) -> int:
        return len(self.inputs)

    @property
    def input(self) -> np.ndarray:
        return self.inputs[self.shown]

    @property
    def target(self) -> np.ndarray:
        return self.targets[self.shown]

    def take(self, X, T) -> None:
        """Make X and T (a sample, or a row per sample) the example, read-only."""
        self.inputs = np.array(X, dtype=float, ndmin=2)
        self.targets = np.array(T, dtype=float, ndmin=2)
        self.inputs.setflags(write=False)
        self.targets.setflags(write=False)
        self.shown = min(self.shown, len(self.inputs) - 1)

    def show(self, s: int) -> None:
        """Show sample `s` (0-based) on the canvas and in the Inspector: a choice of view, not an edit."""
        if not 0 <= s < self.size:
            raise ValueError(_tr("no sample {n} in a batch of {B}").format(n=s + 1, B=self.size))
        if s != self.shown:
            self.shown = s
            self._host.exampleChanged.emit()
            self._host.cursorMoved.emit()

    @property
    def shown_data_index(self) -> int:
        """The data set's row the sample shown comes from (the batch's first is `sample_index`)."""
        dataset, first = self._host.lab.dataset, self._host.sample_index
        return (first + self.shown) % len(dataset) if dataset is not None and len(dataset) else first

    # -- the data set's samples ---------------------------------------------------------------

    def select(self, index: int) -> None:
        """Step with sample `index` of the data set (and the ones after it, for a batch)."""
        lab = self._host.lab
        if lab.dataset is None or not 0 <= index < len(lab.dataset):
            raise ValueError(_tr("no such sample"))
        problem = lab.data_problem()
        if problem:
            raise ValueError(problem)
        self._host.playback.settle_step()
        self.take_from_data(index)
        self._host.playback.rebuild()
        self._host.exampleChanged.emit()

    def take_from_data(self, index: int) -> None:
        """Make sample `index` of the data set, and the B − 1 after it, the example, as the network reads them."""
        self._host.sample_index = index
        self.take(*self._host.lab.samples(index, self.size))

    def next_step(self) -> None:
        """A step ended: the next one takes the data set's next samples, where it steps through data."""
        lab = self._host.lab
        if lab.steps_through_data():
            self.take_from_data((self._host.sample_index + self.size) % len(lab.dataset))
            self._host.exampleChanged.emit()

    def previous_step(self, X: np.ndarray, T: np.ndarray) -> None:
        """Stepping back into the previous step: its example (a row per sample) again."""
        self.take(X, T)
        lab = self._host.lab
        if lab.steps_through_data():
            self._host.sample_index = (self._host.sample_index - self.size) % len(lab.dataset)
        self._host.exampleChanged.emit()

    def set_size(self, B: int) -> None:
        """Step on a batch of B samples (1 ≤ B ≤ MAX_BATCH): with a data set stepped through, its B
        samples from the current one on; otherwise the samples there are, the last repeated."""
        check_batch_size(B)
        if B != self.size:
            lab = self._host.lab
            self._host.set_example(*(lab.samples(self._host.sample_index, B) if lab.steps_through_data()
                                     else self.resized(B)))

    # -- what an edit makes -------------------------------------------------------------------

    def rows_for(self, x, t, sizes: list[int]) -> tuple[np.ndarray, np.ndarray]:
        """Return the rows an edit to (x, t) makes: one sample's vectors replace the one shown,
        rows of them (one per sample) the whole batch; refuses wrong lengths and non-finite values."""
        x, t = np.asarray(x, dtype=float), np.asarray(t, dtype=float)
        n_in, n_out = sizes[0], sizes[-1]
        if x.ndim == 1 and t.ndim == 1 and x.shape == (n_in,) and t.shape == (n_out,):
            X, T = self.inputs.copy(), self.targets.copy()
            X[self.shown], T[self.shown] = x, t
        elif x.ndim == 2 and x.shape[1:] == (n_in,) and t.shape == (len(x), n_out):
            X, T = x, t
            check_batch_size(len(X))
        else:
            raise ValueError(_tr("the example needs {inputs} inputs and {targets} targets").format(
                inputs=n_in, targets=n_out))
        return X, T

    def resized(self, B: int) -> tuple[np.ndarray, np.ndarray]:
        """Return the rows of a batch of B typed samples: the first B there are, the last repeated
        where there are more rows than samples (to be typed over)."""
        rows = np.minimum(np.arange(B), self.size - 1)
        return self.inputs[rows], self.targets[rows]

    def edit_text(self, X: np.ndarray, T: np.ndarray, lr_changed: bool) -> str:
        """Return what the undo entry of an edit to rows (X, T) is called."""
        if np.array_equal(X, self.inputs) and np.array_equal(T, self.targets) and lr_changed:
            return _tr("Set learning rate")
        if len(X) != self.size:
            return _tr("Step on a batch of {B}").format(B=len(X)) if len(X) > 1 else _tr("Step on one sample")
        return _tr("Set example")


def check_batch_size(B: int) -> None:
    """Refuse a batch of fewer than one or more than MAX_BATCH samples."""
    if not 1 <= B <= MAX_BATCH:
        raise ValueError(_tr("a batch holds 1 to {max} samples").format(max=MAX_BATCH))
