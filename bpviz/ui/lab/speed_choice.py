"""SpeedChoice: how fast training runs, as a list to choose from, always the session's rate.

"as fast as possible", then the watchable rates, fastest first. Choosing one calls
`TrainingSession.set_rate`; a rate set elsewhere (the Train menu, `[` and `]`) shows here.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QComboBox, QWidget

from bpviz.state.training.training_session import WATCHABLE_RATES, TrainingSession

from bpviz.ui.shell.i18n import tr, tr_noop

SPEED_TIP = tr_noop("How fast training runs: slow enough for a class to watch every epoch, or as "
                    "fast as the machine goes", "SpeedChoice")


def speed_name(rate: float) -> str:
    """Return "5 epochs/s" (the Train panel's and the Train menu's name of a watchable rate)."""
    text = tr("{rate:g} epoch/s", "SpeedChoice") if rate == 1 else tr("{rate:g} epochs/s", "SpeedChoice")
    return text.format(rate=rate)


class SpeedChoice(QComboBox):
    """The training speed of `session`; a refused rate goes to `refused` (a message, in words)."""

    def __init__(self, session: TrainingSession, refused, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self._refused = session, refused
        self.addItem(self.tr("as fast as possible"), None)
        for rate in reversed(WATCHABLE_RATES):
            self.addItem(speed_name(rate), rate)
        self.setToolTip(self.tr(SPEED_TIP))
        self.setAccessibleName(self.tr("Training speed"))
        self.currentIndexChanged.connect(self._on_chosen)
        session.rateChanged.connect(self._show_rate)
        self._show_rate()

    def _on_chosen(self, index: int) -> None:
        try:
            self.session.set_rate(self.itemData(index))
        except ValueError as exc:
            self._refused(str(exc))
            self._show_rate()

    def _show_rate(self) -> None:
        with QSignalBlocker(self):
            self.setCurrentIndex(max(0, self.findData(self.session.rate)))
