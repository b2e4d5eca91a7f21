"""The step-through half of the document: moving the cursor, across steps, as playback.

A mixin of Document (kept apart so each file has one concern). Stepping is not an edit: it
never touches the undo stack. Before an edit, `_settle` makes the step in progress count
(finished) or undoes it (unfinished), so an edit always applies to whole weights; the step
the edit makes is then replayed to the event the person was at.
"""

from __future__ import annotations

from contextlib import contextmanager

import numpy as np

from bpviz.engine import StepThrough

from bpviz.state.document.focus import Focus

MAX_STEP_HISTORY = 200  # finished steps a person can step back into


class StepPlayback:
    """Advance and retreat through backpropagation's events, step after step (a mixin)."""

    def advance(self, granularity: str = "neuron") -> None:
        """Reveal the next event (or group); past the end, start the next step and reveal its first."""
        with self._moving():
            if self.cursor.at_end:
                self._finish_step()
            self.cursor.advance_by(granularity)

    def retreat(self, granularity: str = "neuron") -> None:
        """Hide the current event (or group); before the start, go back into the previous step."""
        if self.cursor.at_start and not self._finished_steps:
            return
        with self._moving():
            if self.cursor.at_start:
                # The end of the previous step: all its numbers shown, its updates applied.
                self._unfinish_step()
                if granularity == "step":
                    self.cursor.reset()
            else:
                self.cursor.retreat_by(granularity)
                if self.cursor.at_start and self._finished_steps and granularity != "step":
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

    def select_sample(self, index: int) -> None:
        """Step with sample `index` of the data set (playback: no undo entry)."""
        dataset = self.lab.dataset
        if dataset is None or not 0 <= index < len(dataset):
            raise ValueError(self.tr("no such sample"))
        problem = self.lab.data_problem()
        if problem:
            raise ValueError(problem)
        self.settle_step()
        self._take_sample(index)
        self._rebuild_cursor()
        self.exampleChanged.emit()

    def _take_sample(self, index: int) -> None:
        """Make sample `index` the example, as the network reads it (features applied)."""
        self.sample_index = index
        lab = self.lab
        self.input = lab.network_inputs(lab.dataset.X[index:index + 1])[0].copy()
        self.target = np.array(lab.dataset.T[index], dtype=float)

    @property
    def can_retreat(self) -> bool:
        """Whether going back is possible: inside a step, or into a finished one."""
        return not self.cursor.at_start or bool(self._finished_steps)

    def weights_an_edit_starts_from(self) -> tuple[list, list]:
        """Return W and b (indexed 1..L) as an edit finds them: from before the step in
        progress, or after a finished one (which an edit counts as done)."""
        if self.cursor.at_end:
            return self.network.W, self.network.b
        return list(self.cursor.trace.W_before), list(self.cursor.trace.b_before)

    def take_trained_weights(self, W, b) -> None:
        """Give the network the weights training reached (lists indexed 1..L, copied), and
        tell the views: not an edit, so no undo entry."""
        for l in range(1, self.network.L + 1):
            self.network.W[l], self.network.b[l] = W[l].copy(), b[l].copy()
        self.weights_trained()

    def weights_trained(self) -> None:
        """Tell the views that training changed the weights (not an edit: no undo entry)."""
        self._finished_steps.clear()
        self._rebuild_cursor()
        self.weightsChanged.emit()
        self._update_modified()

    @contextmanager
    def _moving(self):
        """Run a cursor move, then tell the views: focus follows the event, weights if updated."""
        cursor, start = self.cursor, self.cursor.position
        yield
        end = self.cursor.position if self.cursor is cursor else None
        crossed = (cursor.events[min(start, end):max(start, end)] if end is not None
                   else cursor.events)  # a move into another step crosses updates
        weights_moved = any(e.phase == "update" for e in crossed)
        event = self.cursor.current
        if event is not None:
            if event.phase == "loss":
                self.focus = Focus.loss(event.layer)
            elif event.phase == "update":
                keep = self.focus is not None and self.focus.kind == "neuron" and self.focus.layer == event.layer
                self.focus = Focus.neuron(event.layer, self.focus.j if keep else 0)
            else:
                self.focus = Focus.neuron(event.layer, event.neuron)
            self.focusChanged.emit()
        self.cursorMoved.emit()
        if weights_moved:
            self.weightsChanged.emit()
            self._update_modified()

    def _finish_step(self) -> None:
        """Count the step that just ended and start the next one with the updated weights."""
        done = self.cursor
        self.step_count += 1
        self.loss_history.append(float(done.trace.loss))
        self._finished_steps.append(done)
        del self._finished_steps[:-MAX_STEP_HISTORY]
        if self._steps_through_data():
            self._take_sample((self.sample_index + 1) % len(self.lab.dataset))
            self.exampleChanged.emit()
        self._rebuild_cursor()
        self.historyChanged.emit()
        self._update_modified()

    def _unfinish_step(self) -> None:
        """Return to the end of the previous step (its updates still applied)."""
        self.cursor = self._finished_steps.pop()
        self.step_count -= 1
        self.loss_history.pop()
        trace = self.cursor.trace
        self.input, self.target = np.array(trace.x[0][0]), np.array(trace.T[0])
        if self._steps_through_data():
            self.sample_index = (self.sample_index - 1) % len(self.lab.dataset)
        self.exampleChanged.emit()
        self.historyChanged.emit()

    def _steps_through_data(self) -> bool:
        """Whether each new step takes the data set's next sample (a set of two or more the network fits)."""
        dataset = self.lab.dataset
        return dataset is not None and len(dataset) > 1 and self.lab.data_problem() is None

    def settle_step(self) -> None:
        """Before an edit: a finished step counts; a step in progress is undone (weights
        restored), and its position kept for the edit's own step to be replayed to."""
        if self.cursor.at_end:
            self._finish_step()
        elif not self.cursor.at_start:
            self._resume_position = self.cursor.position
            restored = self.cursor.is_revealed("update", 1)
            self.cursor.reset()
            self.cursorMoved.emit()  # not every caller rebuilds the cursor after (training)
            if restored:
                self.weightsChanged.emit()
        self._finished_steps.clear()  # an edit makes the earlier steps' numbers stale

    def _rebuild_cursor(self, keep_position: str = "") -> None:
        """Make the step from the weights and example as they are now; after an edit of
        `keep_position` (what changed, in words) replay it to the event the person was at."""
        with np.errstate(over="ignore", invalid="ignore"):  # diverged weights show as inf and NaN
            self.cursor = StepThrough(self._network, self.input, self.target, self.lr)
        position, self._resume_position = min(self._resume_position, len(self.cursor.events)), 0
        if keep_position and position:
            self.cursor.seek(position)
            self.stepReplayed.emit(keep_position, position, len(self.cursor.events))
        self.cursorMoved.emit()
