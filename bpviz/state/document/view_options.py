"""ViewOptions: how the views show the document (digits, numbers, gradients, step size)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal

from bpviz.engine.nn.step_through import GRANULARITIES
from bpviz.state.document.parsing import in_locale

INSPECTOR_FORMS = ("neuron", "matrix")

NOT_YET = QT_TRANSLATE_NOOP("ViewOptions", "not yet computed")  # shown through not_yet()


def engine_word(text: str) -> str:
    """Return an activation's or a loss's English name from the engine in the person's language
    (the names are listed for the translator in bpviz/ui/look/engine_words.py)."""
    return QCoreApplication.translate("engine_words", text)


def not_yet() -> str:
    """Return "not yet computed" in the user's language: what a view shows for a hidden number."""
    return QCoreApplication.translate("ViewOptions", NOT_YET)


def percent(fraction: float | None) -> str:
    """Return 0.973 as "97.3 %" (how the lab writes accuracies; a no-break space, so the sign
    never wraps onto a line of its own), None as "–"."""
    return "–" if fraction is None else f"{100 * fraction:.1f}\u00a0%"


class ViewOptions(QObject):
    """Display settings shared by every view; each change emits `changed`."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._digits = 4
        self._show_numbers = True
        self._show_gradients = True
        self._show_neuron_maps = True
        self._granularity = "neuron"
        self._inspector_form = "neuron"
        self._play_interval_ms = 600
        self._font_scale = 1.0

    def _set(self, name: str, value) -> None:
        if getattr(self, name) != value:
            setattr(self, name, value)
            self.changed.emit()

    @property
    def digits(self) -> int:
        """Significant digits shown for every number (full precision is in tooltips)."""
        return self._digits

    @digits.setter
    def digits(self, value: int) -> None:
        self._set("_digits", max(1, min(15, int(value))))

    @property
    def show_numbers(self) -> bool:
        """Whether neurons and edges carry their values as text where it fits."""
        return self._show_numbers

    @show_numbers.setter
    def show_numbers(self, value: bool) -> None:
        self._set("_show_numbers", bool(value))

    @property
    def show_gradients(self) -> bool:
        """Whether edges show ∂L/∂w in the backward pass and Δw at the update (else always w)."""
        return self._show_gradients

    @show_gradients.setter
    def show_gradients(self, value: bool) -> None:
        self._set("_show_gradients", bool(value))

    @property
    def show_neuron_maps(self) -> bool:
        """Whether the canvas draws each neuron's x (or δ) over the input plane inside its circle."""
        return self._show_neuron_maps

    @show_neuron_maps.setter
    def show_neuron_maps(self, value: bool) -> None:
        self._set("_show_neuron_maps", bool(value))

    @property
    def granularity(self) -> str:
        """How far one step key moves: "neuron", "layer", "phase" or "step"."""
        return self._granularity

    @granularity.setter
    def granularity(self, value: str) -> None:
        if value not in GRANULARITIES:
            raise ValueError(f"unknown granularity {value!r}; allowed: {', '.join(GRANULARITIES)}")
        self._set("_granularity", value)

    @property
    def inspector_form(self) -> str:
        """How the Inspector writes the step: "neuron" (each neuron's equations) or "matrix"
        (the focused layer's, as vectors and matrices)."""
        return self._inspector_form

    @inspector_form.setter
    def inspector_form(self, value: str) -> None:
        if value not in INSPECTOR_FORMS:
            raise ValueError(f"unknown Inspector form {value!r}; allowed: {', '.join(INSPECTOR_FORMS)}")
        self._set("_inspector_form", value)

    @property
    def play_interval_ms(self) -> int:
        """Milliseconds between events while auto-playing."""
        return self._play_interval_ms

    @play_interval_ms.setter
    def play_interval_ms(self, value: int) -> None:
        self._set("_play_interval_ms", max(16, min(5000, int(value))))

    @property
    def font_scale(self) -> float:
        """Scale of text and neurons (1.0 on a desk, larger on a projector)."""
        return self._font_scale

    @font_scale.setter
    def font_scale(self, value: float) -> None:
        self._set("_font_scale", max(0.5, min(4.0, float(value))))

    def fmt(self, value: float | None) -> str:
        """Return `value` with the chosen significant digits, or "–" when not yet computed."""
        if value is None:
            return "–"
        return in_locale(f"{value:.{self._digits}g}")

    @staticmethod
    def full(value: float | None) -> str:
        """Return `value` at full precision (for tooltips)."""
        return not_yet() if value is None else in_locale(repr(float(value)))
