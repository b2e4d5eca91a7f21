"""CheckedSpinBox: a whole-number field that never reads what was typed as something else."""

from __future__ import annotations

import re

from PySide6.QtCore import Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QSpinBox, QWidget

from .i18n import tr, tr_noop

NOT_WHOLE = tr_noop("{what}: “{text}” is not a whole number", "CheckedSpinBox")
OUT_OF_RANGE = tr_noop("{what}: {low} to {high}, not {value}", "CheckedSpinBox")
WHOLE = re.compile(r"[0-9]+")  # ASCII digits only: no 1_000, no other scripts' digits


class CheckedSpinBox(QSpinBox):
    """A spin box whose typed text is taken only when it is a whole number in range.

    Anything else is refused when editing ends: `refused` says what was wrong (the range, or
    that it is not a whole number) and the box shows its value again, unchanged. (A plain
    QSpinBox drops such text in silence, or reads "0.5 0.6" as 50.)
    """

    refused = Signal(str)

    def __init__(self, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.what = what

    def validate(self, text: str, pos: int):
        # Anything may be typed; only a whole number in range can be taken as it stands.
        number = text.strip().removeprefix(self.prefix()).removesuffix(self.suffix()).strip()
        ok = bool(WHOLE.fullmatch(number)) and self.minimum() <= int(number) <= self.maximum()
        return (QValidator.State.Acceptable if ok else QValidator.State.Intermediate), text, pos

    def fixup(self, text: str) -> str:
        """Called with what editing ended on when it cannot be taken: say why, show the value."""
        number = text.strip().removeprefix(self.prefix()).removesuffix(self.suffix()).strip()
        if number:
            if not WHOLE.fullmatch(number):
                message = tr(NOT_WHOLE, "CheckedSpinBox").format(what=self.what, text=number)
            else:
                message = tr(OUT_OF_RANGE, "CheckedSpinBox").format(
                    what=self.what, low=self.minimum(), high=self.maximum(), value=int(number))
            self.refused.emit(message)
        return self.textFromValue(self.value())
