"""Spin boxes that never read what was typed as something else.

A plain QSpinBox drops text it cannot read in silence, keeps the digits of what it can
("0.5 0.6" is 50, "1e400" is 1400) and clamps what is out of range. These take typed text
only when all of it is a number in range; anything else is refused when editing ends:
`refused` says what was wrong, in the words of the message bar, and the box shows its value
again, unchanged.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDoubleSpinBox, QSpinBox, QWidget

from bpviz.state.document.parsing import parse_number

from bpviz.ui.shell.i18n import tr, tr_noop

NOT_WHOLE = tr_noop("{what}: “{text}” is not a whole number", "CheckedSpinBox")
OUT_OF_RANGE = tr_noop("{what}: {low} to {high}, not {value}", "CheckedSpinBox")
TOO_PRECISE = tr_noop("{what}: at most {digits} digits after the decimal point, not {text}", "CheckedSpinBox")
WHOLE = re.compile(r"[0-9]+")  # ASCII digits only: no 1_000, no other scripts' digits


def _typed(box, text: str) -> str:
    """Return the number part of what the box shows (without its prefix and suffix)."""
    return text.strip().removeprefix(box.prefix().strip()).removesuffix(box.suffix().strip()).strip()


def _special(box, text: str) -> bool:
    return bool(box.specialValueText()) and text.strip() == box.specialValueText().strip()


class CheckedSpinBox(QSpinBox):
    """A whole-number field; `what` names it in a refusal ("Layer 1: neurons")."""

    refused = Signal(str)

    def __init__(self, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.what = what

    def validate(self, text: str, pos: int):
        # Anything may be typed; only a whole number in range can be taken as it stands.
        number = _typed(self, text)
        ok = _special(self, text) or (bool(WHOLE.fullmatch(number))
                                      and self.minimum() <= int(number) <= self.maximum())
        return (QValidator.State.Acceptable if ok else QValidator.State.Intermediate), text, pos

    def fixup(self, text: str) -> str:
        """Called with what editing ended on when it cannot be taken: say why, show the value."""
        number = _typed(self, text)
        if number:
            if not WHOLE.fullmatch(number):
                message = tr(NOT_WHOLE, "CheckedSpinBox").format(what=self.what, text=number)
            else:
                message = tr(OUT_OF_RANGE, "CheckedSpinBox").format(
                    what=self.what, low=self.minimum(), high=self.maximum(), value=int(number))
            self.refused.emit(message)
        return self.textFromValue(self.value())


class CheckedDoubleSpinBox(QDoubleSpinBox):
    """A number field read by `parse_number` (plain decimal or scientific notation, the
    person's decimal separator), within its range and its number of decimals."""

    refused = Signal(str)

    def __init__(self, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.what = what

    def _problem(self, text: str) -> str | None:
        """Return why `text` cannot be taken, or None when it can."""
        if _special(self, text):
            return None
        number = _typed(self, text)
        try:
            value = parse_number(number, self.what)
        except ValueError as exc:
            return str(exc)
        if not self.minimum() <= value <= self.maximum():
            return tr(OUT_OF_RANGE, "CheckedSpinBox").format(
                what=self.what, low=self.textFromValue(self.minimum()),
                high=self.textFromValue(self.maximum()), value=number)
        if round(value, self.decimals()) != value:
            return tr(TOO_PRECISE, "CheckedSpinBox").format(what=self.what, digits=self.decimals(), text=number)
        return None

    def validate(self, text: str, pos: int):
        state = QValidator.State.Acceptable if self._problem(text) is None else QValidator.State.Intermediate
        return state, text, pos

    def valueFromText(self, text: str) -> float:
        if _special(self, text):
            return self.minimum()
        try:
            return parse_number(_typed(self, text), self.what)
        except ValueError:
            return self.value()

    def fixup(self, text: str) -> str:
        if _typed(self, text):
            problem = self._problem(text)
            if problem:
                self.refused.emit(problem)
        return self.textFromValue(self.value())
