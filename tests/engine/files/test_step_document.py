"""The "step" of a saved document: where the step-through was, refused unless it fits the network."""

from __future__ import annotations

import pytest

from bpviz.engine import Network, StepThrough
from bpviz.engine.files.json_document import NetworkFormatError
from bpviz.engine.files.presets import load_preset, preset_from_dict, preset_to_dict
from bpviz.engine.files.step_document import event_count

SIZES = [2, 2, 2]


@pytest.mark.parametrize("sizes", [[2, 2, 2], [3, 1], [2, 5, 4, 1]])
def test_event_count_is_the_step_through_s(sizes):
    net = Network(sizes, ["sigmoid"] * (len(sizes) - 1), "mse", seed=0)
    assert event_count(sizes) == len(StepThrough(net, [0.1] * sizes[0], [0.5] * sizes[-1]))


def _document(step):
    d = preset_to_dict(load_preset("worked-example"))
    d["step"] = step
    return d


def test_a_step_round_trips():
    step = {"number": 3, "position": 9, "losses": [0.3, 0.29, 0.28], "focus": ["edge", 2, 1, 0]}
    preset = preset_from_dict(_document(step))
    assert preset.step == {**step, "focus": ("edge", 2, 1, 0)}
    assert preset_to_dict(preset)["step"] == step


def test_a_document_without_a_step_opens_at_the_start_and_writes_none():
    d = preset_to_dict(load_preset("worked-example"))
    assert "step" not in d and preset_from_dict(d).step is None


@pytest.mark.parametrize("step, field", [
    ({"number": 0, "position": 12}, "step.position"),          # 11 events in a 2-2-2 step
    ({"number": -1, "position": 0}, "step.number"),
    ({"number": 0, "position": 1.5}, "step.position"),
    ({"number": 0, "position": True}, "step.position"),
    ({"position": 0}, "step.number"),
    ({"number": 0, "position": 0, "losses": [float("nan")]}, "step.losses[0]"),
    ({"number": 0, "position": 0, "losses": "0.3"}, "step.losses"),
    ({"number": 0, "position": 0, "focus": ["neuron", 3, 0, -1]}, "step.focus"),
    ({"number": 0, "position": 0, "focus": ["edge", 0, 0, 0]}, "step.focus"),
    ({"number": 0, "position": 0, "focus": ["bias", 1, 0, -1]}, "step.focus"),
    ({"number": 0, "position": 0, "extra": 1}, "step.extra"),
    ([0, 9], "step"),
])
def test_a_step_that_does_not_fit_is_refused_naming_its_field(step, field):
    with pytest.raises(NetworkFormatError) as refused:
        preset_from_dict(_document(step))
    assert refused.value.field == field
