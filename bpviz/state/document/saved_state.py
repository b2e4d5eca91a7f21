"""Whether a document differs from what was last saved or opened: its "modified" mark."""

from __future__ import annotations

from typing import Callable

import numpy as np
from PySide6.QtGui import QUndoStack


class SavedState:
    """Modified: an edit not undone, or weights (stepped or trained, which are not edits)
    unlike those last saved or opened. `weights` returns the network's W and b (1..L) now;
    `on_change(modified)` hears each change of the mark. The owner calls `update` when the
    undo stack's clean state changes (a slot of its own: Qt drops it when the owner goes)."""

    def __init__(self, undo_stack: QUndoStack, weights: Callable[[], list[np.ndarray]],
                 on_change: Callable[[bool], None]) -> None:
        self._undo_stack, self._weights, self._on_change = undo_stack, weights, on_change
        self._saved: list[np.ndarray] = []
        self.modified = False

    def mark_saved(self) -> None:
        """Take the document as it is now as the saved one (after a save or an open)."""
        self._undo_stack.setClean()
        self._saved = [a.copy() for a in self._weights()]
        self.update()

    def forget_saved(self) -> None:
        """Nothing on disk holds these weights (recovered work): modified until saved."""
        self._saved = []
        self.update()

    def update(self) -> None:
        """Work the mark out again, after weights moved without an edit."""
        now = self._weights()
        differs = len(now) != len(self._saved) or not all(
            a.shape == b.shape and np.array_equal(a, b) for a, b in zip(now, self._saved))
        modified = not self._undo_stack.isClean() or differs
        if modified != self.modified:
            self.modified = modified
            self._on_change(modified)
