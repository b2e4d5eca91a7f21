"""Where a saved document was in its step-through: the step, the event and the focus.

An optional key of a saved document (a file without it opens at the start of step 1, as
files always did)::

     "step": {"number": 2,                 # steps finished before this one
              "position": 9,               # events of this step revealed (0: at its start)
              "losses": [0.2984, 0.2910],  # the loss of each finished step, oldest first
              "focus": ["neuron", 1, 1, -1]}   # kind, layer, j, i (0-based), or null

The network's weights in the file are those at the start of this step, so opening replays
the step's first `position` events and shows every number exactly as it was.
"""

from __future__ import annotations

from typing import Any

from bpviz.engine.files.json_document import MSG_MISSING, NetworkFormatError, check_read_number, describe, is_whole_number, plain_number

MAX_STEP_NUMBER = 10**9
MAX_LOSSES = 100_000  # finished steps' losses a file may hold (the window plots them all)
FOCUS_KINDS = ("neuron", "edge", "loss")


def event_count(sizes: list[int]) -> int:
    """Return the number of events of one step: a forward and a backward event per neuron of
    layers 1..L, the loss, and an update per weighted layer (as StepThrough makes them)."""
    return 2 * sum(sizes[1:]) + 1 + (len(sizes) - 1)


def step_part_document(step: dict | None) -> dict:
    """Return {"step": ...} for a document, or {} at the start of step 1 with no focus."""
    if not step or (not step["number"] and not step["position"] and step.get("focus") is None):
        return {}
    focus = step.get("focus")
    return {"step": {"number": int(step["number"]), "position": int(step["position"]),
                     "losses": [plain_number(v) for v in step.get("losses", ())],
                     "focus": None if focus is None else [focus[0], *(int(v) for v in focus[1:])]}}


def check_step_part(d: dict, sizes: list[int]) -> dict | None:
    """Return the checked "step" of document `d` for a network of `sizes` (None if absent)."""
    step = d.get("step")
    if step is None:
        return None
    if not isinstance(step, dict):
        raise NetworkFormatError(f"expected an object {{number, position, ...}}, found {describe(step)}", "step")
    for key in step:
        if key not in ("number", "position", "losses", "focus"):
            raise NetworkFormatError("not a field of a step; allowed: number, position, losses, focus",
                                     f"step.{key}")
    for key in ("number", "position"):
        if key not in step:
            raise NetworkFormatError(MSG_MISSING, f"step.{key}")
    number = _whole(step["number"], "step.number", MAX_STEP_NUMBER)
    position = _whole(step["position"], "step.position", event_count(sizes),
                      " (the events of one step of this network)")
    losses = step.get("losses", [])
    if not isinstance(losses, list):
        raise NetworkFormatError(f"expected a list of numbers, found {describe(losses)}", "step.losses")
    if len(losses) > MAX_LOSSES:
        raise NetworkFormatError(f"at most {MAX_LOSSES} losses are kept, found {len(losses)}", "step.losses")
    losses = [check_read_number(v, f"step.losses[{k}]") for k, v in enumerate(losses)]
    return {"number": number, "position": position, "losses": losses,
            "focus": _check_focus(step.get("focus"), sizes)}


def _whole(value: Any, field: str, maximum: int, why: str = "") -> int:
    if not is_whole_number(value) or not 0 <= value <= maximum:
        raise NetworkFormatError(f"expected a whole number from 0 to {maximum}{why}, found {describe(value)}",
                                 field)
    return int(value)


def _check_focus(focus: Any, sizes: list[int]) -> tuple | None:
    """Return the focus (kind, layer, j, i) if it names something the network has."""
    if focus is None:
        return None
    if (not isinstance(focus, list) or len(focus) != 4 or focus[0] not in FOCUS_KINDS
            or not all(is_whole_number(v) for v in focus[1:])):
        raise NetworkFormatError(f"expected [kind, layer, j, i] with kind one of {', '.join(FOCUS_KINDS)}, "
                                 f"found {describe(focus)}", "step.focus")
    kind, layer, j, i = focus[0], int(focus[1]), int(focus[2]), int(focus[3])
    L = len(sizes) - 1
    fits = 0 <= layer <= L and (
        (kind == "loss" and layer == L)
        or (kind == "neuron" and 0 <= j < sizes[layer])
        or (kind == "edge" and layer >= 1 and 0 <= j < sizes[layer] and 0 <= i < sizes[layer - 1]))
    if not fits:
        raise NetworkFormatError(f"names nothing in a network of sizes {sizes}", "step.focus")
    return (kind, layer, j, i)
