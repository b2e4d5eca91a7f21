"""NeuronMapPopup: a neuron's map shown large while the pointer rests on the neuron.

The canvas draws each neuron's map (its x, or δ, over the input plane) as small as the
neuron; resting the pointer on one shows the same image at MAP_PX, with what it shows and
the neuron's values, the way a tooltip would, and hides when the pointer moves off.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from bpviz.ui.widgets.plain_text import plain_label

MAP_PX = 220  # the large map's side: the pattern legible from the back of a room


class NeuronMapPopup(QFrame):
    """A floating frame: the map large, then the text a tooltip would show."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.ToolTip)
        self.setFrameShape(QFrame.Shape.Box)
        self.neuron: tuple[int, int] | None = None  # (layer, j) shown now
        self.image_label = QLabel()
        self.image_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text_label = plain_label(QLabel())
        self.text_label.setWordWrap(True)
        self.text_label.setMaximumWidth(2 * MAP_PX)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.image_label)
        layout.addWidget(self.text_label)

    def show_map(self, neuron: tuple[int, int], image: QImage, text: str, at: QPoint) -> None:
        """Show `image` large for `neuron`, with `text`, beside global point `at`."""
        self.neuron = neuron
        self.image_label.setPixmap(QPixmap.fromImage(image.scaled(
            MAP_PX, MAP_PX, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)))
        self.text_label.setText(text)
        self.adjustSize()
        screen = self.screen().availableGeometry() if self.screen() else None
        pos = at + QPoint(16, 16)
        if screen is not None:  # keep it on the screen, flipping to the pointer's other side
            if pos.x() + self.width() > screen.right():
                pos.setX(at.x() - 16 - self.width())
            if pos.y() + self.height() > screen.bottom():
                pos.setY(max(screen.top(), at.y() - 16 - self.height()))
        self.move(pos)
        self.show()

    def dismiss(self) -> None:
        self.neuron = None
        self.hide()
