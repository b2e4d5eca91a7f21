"""Checking a lesson's tasks against the document: every expected number is the engine's.

A predicted value is read from the document's current trace (the StepTrace its step-through
computed) or from its record of epochs; nothing here computes a gradient. The other tasks
compare the document with what it was when the step began (a Baseline).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

import numpy as np
from PySide6.QtCore import QCoreApplication

from bpviz.engine.teaching.lessons import Task, Tolerance
from bpviz.engine.teaching.worked_example import html, idx, sym

from bpviz.state.document.parsing import in_locale
from bpviz.state.lessons.lesson_actions import check_parameter, target_index

if TYPE_CHECKING:
    from bpviz.state.document.document import Document


def _tr(text: str) -> str:
    return QCoreApplication.translate("Lesson", text)

# The trace field each quantity reads, and how the seed writes its symbol.
SYMBOLS = {
    "z": "z", "x": "x", "f_prime": "f'(z)", "dL_dx": "∂L/∂x", "delta": "δ",
    "dW": "∂L/∂w", "db": "∂L/∂b", "W_after": "w", "b_after": "b",
}
# The event of the step-through that shows each quantity.
EVENT_PHASE = {
    "z": "forward", "x": "forward", "f_prime": "forward", "loss": "loss",
    "dL_dx": "backward", "delta": "backward", "dW": "backward", "db": "backward",
    "W_after": "update", "b_after": "update",
}


class Baseline(NamedTuple):
    """The document as a step found it: what its task's progress is measured from."""

    step_count: int          # finished steps of the step-through
    epoch: int               # epochs trained so far
    parameter: float | None  # the edited weight or bias (edit tasks)


def baseline(doc: "Document", task: Task | None) -> Baseline:
    parameter = None
    if task is not None and task.kind == "edit":
        try:
            parameter = edited_value(doc, task)
        except ValueError:
            parameter = None
    return Baseline(doc.step_count, doc.runs.epochs[-1].epoch if doc.runs.epochs else 0, parameter)


def tolerance_words(tolerance: "Tolerance") -> str:
    """Return how close an answer must be, in the person's language: "to 3 significant digits"."""
    if tolerance.absolute is not None:
        return _tr("exactly") if tolerance.absolute == 0 else _tr("to within {gap}").format(
            gap=in_locale(f"{tolerance.absolute:g}"))
    if tolerance.relative is not None:
        return _tr("to within {gap} × the value").format(gap=in_locale(f"{tolerance.relative:.3g}"))
    return _tr("to {digits} significant digits").format(digits=tolerance.digits)


def symbol(task: Task) -> str:
    """Return the rich-text symbol of a predicted quantity or edited parameter, e.g. δ₁⁽²⁾."""
    a = task.args
    quantity = a.get("quantity") or ("W_after" if "i" in a else "b_after")
    if quantity == "loss":
        return "L"
    if quantity == "weakest_layer":
        return _tr("the number of the layer with the smallest gradient")
    indices = idx(a["j"], a["i"]) if "i" in a else idx(a["j"])
    if quantity == "f_prime":
        return html(f"f'({sym('z', idx(a['j']), a['layer'])})")
    text = html(sym(SYMBOLS[quantity], indices, a["layer"]))
    return _tr("{symbol} after the update").format(symbol=text) if quantity in ("W_after", "b_after") else text


def expected_value(doc: "Document", task: Task) -> float:
    """Return the engine's value of the quantity `task` asks for; raise ValueError if it has none."""
    a = task.args
    quantity = a["quantity"]
    if quantity == "weakest_layer":
        if not doc.runs.epochs or not doc.runs.epochs[-1].grad_norms:
            raise ValueError(_tr("no epoch has been trained yet: train first, then read the gradients"))
        return float(np.argmin(doc.runs.epochs[-1].grad_norms) + 1)
    trace = doc.cursor.trace
    if quantity == "loss":
        return float(trace.loss)
    layer, j = a["layer"], a["j"] - 1
    i = a["i"] - 1 if "i" in a else -1
    check_parameter(doc, layer, j, i)
    if quantity in ("dW", "W_after"):
        return float(getattr(trace, quantity)[layer][j, i])
    if quantity in ("db", "b_after"):
        return float(getattr(trace, quantity)[layer][j])
    return float(getattr(trace, quantity)[layer][0, j])


def reveal_index(doc: "Document", task: Task) -> int | None:
    """Return the step-through event that shows the predicted quantity, or None (epoch data)."""
    a = task.args
    phase = EVENT_PHASE.get(a["quantity"])
    if phase is None:
        return None
    return target_index(doc.cursor, phase, a.get("layer"), None if phase == "update" else a.get("j"))


def edited_value(doc: "Document", task: Task) -> float:
    """Return the weight or bias an edit task names, as it is at the start of the current step."""
    a = task.args
    layer, j, i = a["layer"], a["j"] - 1, a["i"] - 1 if "i" in a else -1
    check_parameter(doc, layer, j, i)
    trace = doc.cursor.trace  # its "before" values: what an edit set, not what stepping moved
    return float(trace.W_before[layer][j, i] if i >= 0 else trace.b_before[layer][j])


def is_done(doc: "Document", task: Task, start: Baseline) -> bool:
    """Return whether a step, edit, train or structure task is done (predict tasks are typed)."""
    a = task.args
    if task.kind == "step":
        if doc.step_count > start.step_count:
            return True
        return doc.cursor.position > target_index(doc.cursor, a["phase"], a.get("layer"), a.get("j"))
    if task.kind == "edit":
        value = edited_value(doc, task)
        if "value" in a:
            return task.tolerance.accepts(value, a["value"])
        if start.parameter is None:
            return False
        return value > start.parameter if a["direction"] == "increase" else value < start.parameter
    if task.kind == "train":
        if not doc.runs.epochs:
            return False
        latest = doc.runs.epochs[-1]
        trained = latest.epoch - start.epoch
        enough = "epochs" not in a or trained >= a["epochs"]
        accurate = "accuracy" not in a or (latest.train_accuracy is not None
                                            and latest.train_accuracy >= a["accuracy"])
        return trained > 0 and enough and accurate
    if task.kind == "structure":
        net = doc.network
        hidden = net.activations[1:net.L]
        if "hidden_layers" in a and len(hidden) < a["hidden_layers"]:
            return False
        return "hidden_activation" not in a or (bool(hidden) and all(h == a["hidden_activation"] for h in hidden))
    return False
