"""Many changes to a document, every view told once, at the end."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bpviz.state.document.document import Document


@contextlib.contextmanager
def changes_told_once(doc: "Document"):
    """Make many changes with every view told once, at the end: a lesson resumed at its last
    step replays every action before it, and each view redrawing after each action froze the
    window for seconds."""
    was_blocked = doc.blockSignals(True)
    try:
        yield
    finally:
        doc.blockSignals(was_blocked)
        if not was_blocked:
            for signal in (doc.structureChanged, doc.weightsChanged, doc.exampleChanged, doc.cursorMoved,
                           doc.historyChanged, doc.dataChanged, doc.epochsChanged, doc.focusChanged, doc.edited):
                signal.emit()
            doc.titleChanged.emit(doc.name)
            doc.modifiedChanged.emit(doc.modified)
