"""What a lesson file may say: every action and task kind, its keys, and how each is checked.

One table per concern (ACTIONS, TASKS, QUANTITIES) so that the parser, the README and the
error messages all read the same names. Indices are written as the seed writes them: layer
l counts from 0 (the input), neurons j and i count from 1. A checker returns the value to
keep or raises BadValue with a sentence a teacher can act on.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Callable

from bpviz.engine.nn.activations import ACTIVATIONS
from bpviz.engine.data.datasets import GENERATORS
from bpviz.engine.limits import (
    MAX_EPOCHS, MAX_LAYERS, MAX_LR, MAX_NEURONS, MAX_POINTS, MAX_WEIGHTS, too_many_weights, weight_count,
)
from bpviz.engine.nn.losses import LOSSES
from bpviz.engine.files.presets import preset_names
from bpviz.engine.nn.step_through import PHASES


class BadValue(ValueError):
    """A value in a lesson file that its key does not allow; the message says what would do."""


# -- checkers ---------------------------------------------------------------------------------

def _whole(low: int, high: int | None = None) -> Callable[[Any], int]:
    def check(value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise BadValue(f"must be a whole number, not {_show(value)}")
        if value < low or (high is not None and value > high):
            limit = f"from {low} to {high}" if high is not None else f"at least {low}"
            raise BadValue(f"must be {limit}, not {value}")
        return value
    return check


def _number(low: float | None = None, high: float | None = None, above: bool = False):
    def check(value: Any) -> float:
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
            raise BadValue(f"must be a number, not {_show(value)}")
        if low is not None and (value <= low if above else value < low):
            raise BadValue(f"must be {'greater than' if above else 'at least'} {low:g}, not {value:g}")
        if high is not None and value > high:
            raise BadValue(f"must be at most {high:g}, not {value:g}")
        return float(value)
    return check


def _choice(*allowed: str) -> Callable[[Any], str]:
    def check(value: Any) -> str:
        if value not in allowed:
            raise BadValue(f"must be one of {', '.join(allowed)}; not {_show(value)}")
        return value
    return check


def _preset(value: Any) -> str:
    names = preset_names()
    if value not in names:
        raise BadValue(f"names no preset; available: {', '.join(names)}; not {_show(value)}")
    return value


def _text(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise BadValue(f"must be some text in quotes, not {_show(value)}")
    return value


def _flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise BadValue(f"must be true or false, not {_show(value)}")
    return value


def _list_of(item: Callable[[Any], Any], shortest: int = 1):
    def check(value: Any) -> list:
        if not isinstance(value, list) or len(value) < shortest:
            raise BadValue(f"must be a list of at least {shortest} in square brackets, not {_show(value)}")
        try:
            return [item(v) for v in value]
        except BadValue as e:
            raise BadValue(f"every item {e}") from None
    return check


def _show(value: Any) -> str:
    """Return a value as the file would spell it (strings quoted, tables as {…})."""
    if isinstance(value, str):
        return f'"{value}"'
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return "a table {…}"
    return repr(value)


# -- the keys of each kind --------------------------------------------------------------------

@dataclass(frozen=True)
class Key:
    """One key of an action or task: whether it must be there, and its checker."""

    check: Callable[[Any], Any]
    required: bool = False


LAYER, J, I = Key(_whole(0)), Key(_whole(1)), Key(_whole(1))
ACTIVATION = Key(_choice(*ACTIVATIONS), required=True)
PANELS = ("inspector", "weights", "network", "example", "data", "train", "output",
          "loss", "accuracy", "gradients", "matrices")
LAYOUTS = ("step", "train")
STEP_PHASES = ("start",) + PHASES  # "start": the cursor before the first event

# Each action changes the document through its public methods, or points the window somewhere.
ACTIONS: dict[str, dict[str, Key]] = {
    "load_preset": {"preset": Key(_preset, True)},
    "new_network": {"sizes": Key(_list_of(_whole(1, MAX_NEURONS), 2), True),
                    "activations": Key(_list_of(_choice(*ACTIVATIONS)), True),
                    "loss": Key(_choice(*LOSSES))},
    "set_weight": {"layer": Key(_whole(1), True), "j": Key(_whole(1), True),
                   "i": Key(_whole(1), True), "value": Key(_number(), True)},
    "set_bias": {"layer": Key(_whole(1), True), "j": Key(_whole(1), True), "value": Key(_number(), True)},
    "set_example": {"input": Key(_list_of(_number())), "target": Key(_list_of(_number())),
                    "lr": Key(_number(0.0, MAX_LR))},
    "set_activation": {"layer": Key(_whole(1), True), "activation": ACTIVATION},
    "set_hidden_activations": {"activation": ACTIVATION},
    "add_layer": {"position": Key(_whole(1), True), "size": Key(_whole(1, MAX_NEURONS))},
    "remove_layer": {"layer": Key(_whole(1), True)},
    "set_layer_size": {"layer": Key(_whole(0), True), "size": Key(_whole(1, MAX_NEURONS), True)},
    "generate_data": {"dataset": Key(_choice(*GENERATORS), True), "n": Key(_whole(1, MAX_POINTS)),
                      "noise": Key(_number(0.0)), "seed": Key(_whole(0))},
    "clear_epochs": {},
    "step_to": {"phase": Key(_choice(*STEP_PHASES), True), "layer": LAYER, "j": J},
    "focus": {"layer": LAYER, "j": J, "i": I, "loss": Key(_flag)},
    "layout": {"name": Key(_choice(*LAYOUTS), True)},
    "show": {"panel": Key(_choice(*PANELS), True)},
}

# Which indices each predicted quantity needs: the trace field and its seed symbol.
QUANTITIES: dict[str, tuple[str, ...]] = {
    "z": ("layer", "j"), "x": ("layer", "j"), "f_prime": ("layer", "j"),
    "dL_dx": ("layer", "j"), "delta": ("layer", "j"), "db": ("layer", "j"), "b_after": ("layer", "j"),
    "dW": ("layer", "j", "i"), "W_after": ("layer", "j", "i"),
    "loss": (), "weakest_layer": (),
}

TOLERANCE_KEYS = {"digits": Key(_whole(1, 15)), "absolute": Key(_number(0.0)),
                  "relative": Key(_number(0.0, above=True))}
COMMON_TASK_KEYS = {"kind": Key(_text, True), "prompt": Key(_text), "hint": Key(_text)}

# Each task is something the learner does; the step waits until the check passes.
TASKS: dict[str, dict[str, Key]] = {
    "step": {"phase": Key(_choice(*PHASES), True), "layer": LAYER, "j": J},
    "predict": {"quantity": Key(_choice(*QUANTITIES), True), "layer": LAYER, "j": J, "i": I,
                "reveal": Key(_flag), **TOLERANCE_KEYS},
    "edit": {"layer": Key(_whole(1), True), "j": Key(_whole(1), True), "i": I,
             "value": Key(_number()), "direction": Key(_choice("increase", "decrease")),
             **TOLERANCE_KEYS},
    "train": {"epochs": Key(_whole(1, MAX_EPOCHS)), "accuracy": Key(_number(0.0, 1.0, above=True))},
    "structure": {"hidden_layers": Key(_whole(0, MAX_LAYERS - 1)), "hidden_activation": Key(_choice(*ACTIVATIONS))},
}


def combination_problem(kind: str, args: dict) -> str | None:
    """Return what is wrong with how an action's or task's keys go together, or None."""
    has = args.__contains__
    if kind == "new_network" and weight_count(args["sizes"]) > MAX_WEIGHTS:
        return too_many_weights(args["sizes"])
    if kind == "new_network" and len(args["activations"]) != len(args["sizes"]) - 1:
        return (f"{len(args['sizes'])} layer sizes need {len(args['sizes']) - 1} activations "
                f"(one per layer after the input), not {len(args['activations'])}")
    if kind == "set_example" and not (has("input") or has("target") or has("lr")):
        return "set_example needs input, target or lr"
    if kind == "focus":
        if args.get("loss"):
            if has("layer") or has("j") or has("i"):
                return "focus on the loss takes no layer, j or i"
        elif not (has("layer") and has("j")):
            return "focus needs layer and j (a neuron), with i for an edge, or loss = true"
    if kind in ("step_to", "step") and has("j") and not has("layer"):
        return "j needs a layer"
    if kind == "predict":
        needed = QUANTITIES[args["quantity"]]
        missing = [k for k in needed if not has(k)]
        extra = [k for k in ("layer", "j", "i") if has(k) and k not in needed]
        if missing or extra:
            return (f"quantity \"{args['quantity']}\" needs "
                    f"{', '.join(needed) if needed else 'no layer, j or i'}"
                    + (f"; missing {', '.join(missing)}" if missing else "")
                    + (f"; remove {', '.join(extra)}" if extra else ""))
    if kind == "edit" and has("value") == has("direction"):
        return "an edit task needs either value (a number to reach) or direction (increase or decrease)"
    if kind in ("predict", "edit") and sum(has(k) for k in TOLERANCE_KEYS) > 1:
        return "give one tolerance: digits, absolute or relative"
    if kind == "edit" and has("direction") and any(has(k) for k in TOLERANCE_KEYS):
        return "a direction needs no tolerance"
    if kind == "train" and not (has("epochs") or has("accuracy")):
        return "a train task needs epochs, accuracy or both"
    if kind == "structure" and not (has("hidden_layers") or has("hidden_activation")):
        return "a structure task needs hidden_layers, hidden_activation or both"
    return None
