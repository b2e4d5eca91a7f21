"""The state: Qt objects that own the document and announce its changes with signals.

Imports the engine, QtCore and QtGui, never QtWidgets or pyqtgraph.
"""

from .document import Document
from .focus import Focus
from .revealed import Revealed
from .view_options import ViewOptions

__all__ = ["Document", "Focus", "Revealed", "ViewOptions"]
