"""The state: Qt objects that own the document and announce its changes with signals.

Imports the engine, QtCore and QtGui, never QtWidgets or pyqtgraph.
"""

from bpviz.state.document.document import Document
from bpviz.state.document.focus import Focus
from bpviz.state.document.revealed import Revealed
from bpviz.state.document.view_options import ViewOptions

__all__ = ["Document", "Focus", "Revealed", "ViewOptions"]
