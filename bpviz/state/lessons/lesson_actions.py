"""What a lesson step does when it starts: each action through the Document's public methods.

The document then tells every view through its signals, as for any other edit. Actions that
only point the window somewhere (a layout, a panel) are handed to `view(kind, name)`.
Lesson files count neurons from 1, as the seed writes them; the document counts from 0.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QCoreApplication

from bpviz.engine.data.datasets import DEFAULT_NOISE, DEFAULT_POINTS
from bpviz.engine.teaching.lessons import Action

from bpviz.state.document.focus import Focus

if TYPE_CHECKING:
    from bpviz.state.document.document import Document

MAX_ADVANCES = 100_000  # a step-through is never longer; stops a loop on a bad target


def _tr(text: str) -> str:
    return QCoreApplication.translate("Lesson", text)


def apply_action(doc: "Document", action: Action, view: Callable[[str, str], None]) -> None:
    """Carry out one lesson action on `doc`; raise ValueError saying why it cannot be done."""
    a, kind = action.args, action.kind
    net = doc.network
    if kind == "load_preset":
        doc.open_preset(a["preset"])
    elif kind == "new_network":
        doc.new(a["sizes"], a["activations"], a.get("loss", "mse"))
    elif kind in ("set_weight", "set_bias"):
        i = a["i"] - 1 if kind == "set_weight" else -1
        check_parameter(doc, a["layer"], a["j"] - 1, i)
        doc.set_parameter(a["layer"], a["j"] - 1, i, a["value"])
    elif kind == "set_example":
        doc.set_example(a.get("input", doc.input), a.get("target", doc.target), a.get("lr"))
    elif kind == "set_activation":
        doc.structure.set_activation(_weighted_layer(net, a["layer"]), a["activation"])
    elif kind == "set_hidden_activations":
        doc.structure.set_hidden_activations(a["activation"])
    elif kind == "add_layer":
        doc.structure.add_layer(a["position"], a.get("size", 2))
    elif kind == "remove_layer":
        doc.structure.remove_layer(a["layer"])
    elif kind == "set_layer_size":
        doc.structure.set_layer_size(_layer(net, a["layer"]), a["size"])
    elif kind == "generate_data":
        # The lesson set this network up on purpose, and its text says so: no notice of the change.
        doc.lab.generate_data(a["dataset"], a.get("n", DEFAULT_POINTS), a.get("noise", DEFAULT_NOISE), a.get("seed", 0),
                          announce=False)
    elif kind == "clear_epochs":
        doc.runs.clear_epochs()
    elif kind == "step_to":
        step_to(doc, a["phase"], a.get("layer"), a.get("j"))
    elif kind == "focus":
        doc.set_focus(_focus(net, a))
    elif kind == "layout":
        view("layout", a["name"])
    elif kind == "show":
        view("panel", a["panel"])
    else:
        raise ValueError(_tr("unknown action {kind!r}").format(kind=kind))


def step_to(doc: "Document", phase: str, layer: int | None = None, j: int | None = None) -> None:
    """Put the step-through at the start of the step, then show everything up to the event named."""
    doc.reset_step()
    if phase != "start":
        reveal(doc, target_index(doc.cursor, phase, layer, j))


def reveal(doc: "Document", index: int) -> None:
    """Advance the step-through until event `index` of the current step is shown."""
    cursor = doc.cursor
    for _ in range(MAX_ADVANCES):
        if doc.cursor is not cursor or cursor.position > index:
            return
        doc.advance("neuron")


def target_index(cursor, phase: str, layer: int | None = None, j: int | None = None) -> int:
    """Return the index of the last event of `phase` (in `layer`, at neuron j counted from 1)."""
    found = [e.index for e in cursor.events
             if e.phase == phase and (layer is None or phase == "loss" or e.layer == layer)
             and (j is None or phase in ("loss", "update") or e.neuron == j - 1)]
    if not found:
        where = _tr(" of layer {layer}").format(layer=layer) if layer is not None else ""
        who = _tr(", neuron {j}").format(j=j) if j is not None else ""
        raise ValueError(_tr("the step-through has no {phase} event{where}{who} in this network")
                         .format(phase=phase, where=where, who=who))
    return found[-1]


def check_parameter(doc: "Document", layer: int, j: int, i: int) -> None:
    """Raise ValueError unless w_ji^(layer) (i ≥ 0) or b_j^(layer) (i = −1) exists (0-based j, i)."""
    net = doc.network
    if not 1 <= layer <= net.L or not 0 <= j < net.sizes[layer] or not -1 <= i < net.sizes[layer - 1]:
        name = f"w_{j + 1}{i + 1}^({layer})" if i >= 0 else f"b_{j + 1}^({layer})"
        raise ValueError(_tr("the network (layer sizes {sizes}) has no {name}")
                         .format(sizes=", ".join(map(str, net.sizes)), name=name))


def _focus(net, a: dict) -> Focus:
    if a.get("loss"):
        return Focus.loss(net.L)
    if "i" in a:
        focus = Focus.edge(a["layer"], a["j"] - 1, a["i"] - 1)
        name = _tr("edge w_{j}{i}^({layer})").format(j=a["j"], i=a["i"], layer=a["layer"])
    else:
        focus = Focus.neuron(a["layer"], a["j"] - 1)
        name = _tr("neuron {j} in layer {layer}").format(j=a["j"], layer=a["layer"])
    if not focus.fits(net.sizes):
        raise ValueError(_tr("the network (layer sizes {sizes}) has no {name}")
                         .format(sizes=", ".join(map(str, net.sizes)), name=name))
    return focus


def _layer(net, layer: int) -> int:
    if not 0 <= layer <= net.L:
        raise ValueError(_tr("the network has layers 0 to {L}, not {layer}").format(L=net.L, layer=layer))
    return layer


def _weighted_layer(net, layer: int) -> int:
    if not 1 <= layer <= net.L:
        raise ValueError(_tr("the network has weighted layers 1 to {L}, not {layer}").format(L=net.L, layer=layer))
    return layer
