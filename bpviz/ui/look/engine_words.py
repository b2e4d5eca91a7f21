"""The engine's names for activations, losses and step events, in the person's language.

The engine names each activation and loss in English (ACTIVATIONS[name].label, LOSSES), and
each event of a step (Event.title); a view shows them through these functions, whose texts
are listed here for the translator. The seed's symbols in them (σ) stay as written.
"""

from __future__ import annotations

from bpviz.engine import ACTIVATIONS, get_loss
from bpviz.ui.shell.i18n import tr, tr_noop

CONTEXT = "engine_words"
# Every label the engine gives, and the short words the canvas's column headers use.
LABELS = (tr_noop("sigmoid σ", "engine_words"), tr_noop("tanh", "engine_words"), tr_noop("ReLU", "engine_words"),
          tr_noop("leaky ReLU", "engine_words"), tr_noop("linear", "engine_words"), tr_noop("softmax", "engine_words"),
          tr_noop("mean squared error", "engine_words"), tr_noop("cross-entropy", "engine_words"))
SHORT = {"sigmoid": tr_noop("sigmoid", "engine_words"), "tanh": tr_noop("tanh", "engine_words"), "relu": tr_noop("relu", "engine_words"),
         "leaky_relu": tr_noop("leaky relu", "engine_words"), "linear": tr_noop("linear", "engine_words"),
         "softmax": tr_noop("softmax", "engine_words"), "mse": tr_noop("mse", "engine_words"),
         "cross_entropy": tr_noop("cross entropy", "engine_words")}


def activation_label(name: str) -> str:
    """Return an activation's label ("sigmoid σ") in the person's language."""
    return tr(ACTIVATIONS[name].label, "engine_words")


def loss_label(loss: str, output_activation: str) -> str:
    """Return a loss's label ("mean squared error") in the person's language."""
    return tr(get_loss(loss, output_activation).label, "engine_words")


def short_name(name: str) -> str:
    """Return the short word for an activation or loss ("sigmoid", "mse") the canvas's headers use."""
    return tr(SHORT[name], "engine_words") if name in SHORT else name.replace("_", " ")


def event_title(event) -> str:
    """Return a step event's title (Event.title) in the person's language: "Forward · layer 1 · neuron 2"."""
    if event.phase == "loss":
        return tr("Loss", "engine_words")
    if event.phase == "update":
        return tr("Update · layer {l}", "engine_words").format(l=event.layer)
    text = tr("Forward · layer {l} · neuron {j}", "engine_words") if event.phase == "forward" else \
        tr("Backward · layer {l} · neuron {j}", "engine_words")
    return text.format(l=event.layer, j=event.neuron + 1)
