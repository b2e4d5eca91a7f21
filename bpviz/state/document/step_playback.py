"""The step-through part of a document: the cursor, the steps finished before it, and moving through them.

A part the Document owns (`doc.playback`). Stepping is not an edit: it never touches the
undo stack. Before an edit, `settle_step` makes the step in progress count (finished) or
undoes it (unfinished), so an edit always applies to whole weights; the step the edit makes
is then replayed to the event the person was at. What it needs of the document is declared
in PlaybackHost.
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import TYPE_CHECKING, Protocol

import numpy as np

from PySide6.QtCore import SignalInstance

from bpviz.engine import StepThrough

if TYPE_CHECKING:
    from bpviz.engine import Network
    from bpviz.engine.nn.step_through import Event

MAX_STEP_HISTORY = 200  # finished steps a person can step back into


class PlaybackHost(Protocol):
    """What the step playback needs of the document that owns it."""

    network: "Network"
    inputs: np.ndarray   # the step's example: a row per sample of its batch
    targets: np.ndarray
    lr: float

    cursorMoved: SignalInstance        # the cursor moved or was rebuilt
    historyChanged: SignalInstance     # a step was finished, or stepped back into
    stepReplayed: SignalInstance       # (what changed, the event, of how many) after an edit mid-step

    def next_sample(self) -> None: ...
    def previous_sample(self, x: np.ndarray, t: np.ndarray) -> None: ...
    def follow_event(self, event: "Event") -> None: ...
    def weights_moved(self) -> None: ...
    def update_modified(self) -> None: ...


class StepPlayback:
    """Advance and retreat through backpropagation's events, step after step."""

    def __init__(self, host: PlaybackHost) -> None:
        self._host = host
        self.cursor: StepThrough | None = None
        self.step_count = 0                 # steps finished since the weights were last edited or opened
        self.loss_history: list[float] = []  # the loss of each of them
        self._finished: list[StepThrough] = []
        self._resume_position = 0

    def start(self, number: int = 0, losses=(), position: int = 0) -> None:
        """Begin again from the weights and example as they are (an opened document): step
        `number` + 1, the earlier steps' `losses` known, replayed to event `position`."""
        self.step_count, self.loss_history = number, list(losses)
        self._finished.clear()
        self._resume_position = 0
        self.rebuild()
        if position:
            self.cursor.seek(position)

    # -- moving -------------------------------------------------------------------------------

    def advance(self, granularity: str = "neuron") -> None:
        """Reveal the next event (or group); past the end, start the next step and reveal its first."""
        with self._moving():
            if self.cursor.at_end:
                self._finish_step()
            self.cursor.advance_by(granularity)

    def retreat(self, granularity: str = "neuron") -> None:
        """Hide the current event (or group); before the start, go back into the previous step."""
        if not self.can_retreat:
            return
        with self._moving():
            if self.cursor.at_start:
                # The end of the previous step: all its numbers shown, its updates applied.
                self._unfinish_step()
                if granularity == "step":
                    self.cursor.reset()
            else:
                self.cursor.retreat_by(granularity)
                if self.cursor.at_start and self._finished and granularity != "step":
                    # A new step's start shows nothing the previous step's end does not: going
                    # forward passes over it, so going back does too.
                    self._unfinish_step()

    def finish_phase(self) -> None:
        """Jump to the end of the current phase (or of the next one, at a phase boundary)."""
        self.advance("phase")

    def reset_step(self) -> None:
        """Go back to the start of the current step, weights as they were before it."""
        with self._moving():
            self.cursor.reset()

    @property
    def can_retreat(self) -> bool:
        """Whether going back is possible: inside a step, or into a finished one."""
        return not self.cursor.at_start or bool(self._finished)

    # -- what an edit or training finds, and leaves ---------------------------------------------

    def weights_an_edit_starts_from(self) -> tuple[list, list]:
        """Return W and b (indexed 1..L) as an edit finds them: from before the step in
        progress, or after a finished one (which an edit counts as done)."""
        if self.cursor.at_end:
            return self._host.network.W, self._host.network.b
        return list(self.cursor.trace.W_before), list(self.cursor.trace.b_before)

    def settle_step(self) -> None:
        """Before an edit: a finished step counts; a step in progress is undone (weights
        restored), and its position kept for the edit's own step to be replayed to."""
        if self.cursor.at_end:
            self._finish_step()
        elif not self.cursor.at_start:
            self._resume_position = self.cursor.position
            restored = self.cursor.is_revealed("update", 1)
            self.cursor.reset()
            self._host.cursorMoved.emit()  # not every caller rebuilds the cursor after (training)
            if restored:
                self._host.weights_moved()
        self._finished.clear()  # an edit makes the earlier steps' numbers stale

    def forget_finished(self) -> None:
        """Let go of the finished steps: their numbers no longer lead to the weights (training moved them)."""
        self._finished.clear()

    def rebuild(self, keep_position: str = "") -> None:
        """Make the step from the weights and example as they are now; after an edit of
        `keep_position` (what changed, in words) replay it to the event the person was at."""
        host = self._host
        with np.errstate(over="ignore", invalid="ignore"):  # diverged weights show as inf and NaN
            self.cursor = StepThrough(host.network, host.inputs, host.targets, host.lr)
        position, self._resume_position = min(self._resume_position, len(self.cursor.events)), 0
        if keep_position and position:
            self.cursor.seek(position)
            host.stepReplayed.emit(keep_position, position, len(self.cursor.events))
        host.cursorMoved.emit()

    # -- inside ---------------------------------------------------------------------------------

    @contextmanager
    def _moving(self):
        """Run a cursor move, then tell the document: the focus follows the event, the weights if updated."""
        cursor, start = self.cursor, self.cursor.position
        yield
        end = self.cursor.position if self.cursor is cursor else None
        crossed = (cursor.events[min(start, end):max(start, end)] if end is not None
                   else cursor.events)  # a move into another step crosses updates
        if self.cursor.current is not None:
            self._host.follow_event(self.cursor.current)
        self._host.cursorMoved.emit()
        if any(e.phase == "update" for e in crossed):
            self._host.weights_moved()

    def _finish_step(self) -> None:
        """Count the step that just ended and start the next one with the updated weights."""
        done = self.cursor
        self.step_count += 1
        self.loss_history.append(float(done.trace.loss))
        self._finished.append(done)
        del self._finished[:-MAX_STEP_HISTORY]
        self._host.next_sample()
        self.rebuild()
        self._host.historyChanged.emit()
        self._host.update_modified()

    def _unfinish_step(self) -> None:
        """Return to the end of the previous step (its updates still applied)."""
        self.cursor = self._finished.pop()
        self.step_count -= 1
        self.loss_history.pop()
        trace = self.cursor.trace
        self._host.previous_sample(np.array(trace.x[0]), np.array(trace.T))
        self._host.historyChanged.emit()
        self._host.update_modified()
