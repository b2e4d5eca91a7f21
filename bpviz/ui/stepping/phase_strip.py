"""PhaseStrip: Forward → Loss → Backward → Update, where the step through one sample is.

The current phase is highlighted and earlier ones ticked; each label keeps room for its
tick in bold, so the strip never jitters as phases finish.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from bpviz.engine.nn.step_through import PHASES

from bpviz.ui.shell.i18n import tr, tr_noop

PHASE_LABELS = {"forward": tr_noop("Forward", "StepBar"), "loss": tr_noop("Loss", "StepBar"),
                "backward": tr_noop("Backward", "StepBar"), "update": tr_noop("Update", "StepBar")}
PHASE_STYLE = """
QLabel[phase="todo"] { background: #ececec; color: #505050; border: 1px solid #c8c8c8; }
QLabel[phase="done"] { background: #d4e6f4; color: #123a5c; border: 1px solid #9cc2e0; }
QLabel[phase="current"] { background: #0072b2; color: white; font-weight: bold;
                          border: 1px solid #005080; }
QLabel[phase] { border-radius: 4px; padding: 2px 4px; }
"""


def phase_label(phase: str) -> str:
    """Return the name of `phase` ("forward" ..) as the strip shows it: "Forward" in English."""
    return tr(PHASE_LABELS[phase], "StepBar")


class PhaseStrip(QWidget):
    """Forward → Loss → Backward → Update, the current phase highlighted and earlier ones ticked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(PHASE_STYLE)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        self.labels: dict[str, QLabel] = {}
        for k, phase in enumerate(PHASES):
            if k:
                layout.addWidget(QLabel("→"))
            label = QLabel(phase_label(phase))
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.labels[phase] = label
            layout.addWidget(label)
        layout.addStretch(1)
        self._current: str | None = None
        self.set_phase(None)

    def set_phase(self, current: str | None, finished: bool = False) -> None:
        """Highlight `current` (None: before the first event); phases before it are done."""
        self._current = current
        reached = PHASES.index(current) if current else -1
        for k, (phase, label) in enumerate(self.labels.items()):
            state = "current" if k == reached else "done" if k < reached else "todo"
            done = k < reached or (finished and k == reached)
            label.setText(("✓ " if done else "") + phase_label(phase))
            if label.property("phase") != state:
                label.setProperty("phase", state)
                label.style().unpolish(label)
                label.style().polish(label)
        self._fit_widths()

    def highlighted(self) -> str | None:
        """Return the text of the highlighted phase ("Update"), or None at the start."""
        return phase_label(self._current) if self._current else None

    def _fit_widths(self) -> None:
        # Reserve room for "✓ " in bold so the strip does not jitter as phases finish.
        bold = QFont(self.font())
        bold.setBold(True)
        fm = QFontMetrics(bold)
        for phase, label in self.labels.items():
            label.setMinimumWidth(fm.horizontalAdvance("✓ " + phase_label(phase)) + 10)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._fit_widths()
        super().changeEvent(event)
