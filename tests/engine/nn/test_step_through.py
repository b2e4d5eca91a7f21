"""The step-through cursor: seed order, granularity, and exact restoration going back."""

import numpy as np
import pytest

from bpviz.engine import Network, StepThrough

from tests.engine.conftest import WORKED_T, WORKED_X


def test_events_follow_the_seed_order(worked_net):
    cursor = StepThrough(worked_net, WORKED_X, WORKED_T, lr=0.5)
    order = [(e.phase, e.layer, e.neuron) for e in cursor.events]
    assert order == [
        ("forward", 1, 0), ("forward", 1, 1), ("forward", 2, 0), ("forward", 2, 1),
        ("loss", 2, None),
        ("backward", 2, 0), ("backward", 2, 1), ("backward", 1, 0), ("backward", 1, 1),
        ("update", 1, None), ("update", 2, None),
    ]


def test_events_reveal_the_traces_numbers(worked_net):
    cursor = StepThrough(worked_net, WORKED_X, WORKED_T, lr=0.5)
    first = cursor.advance()
    assert first.values["z"] == pytest.approx(0.3775, rel=1e-15)
    assert first.values["x"] == cursor.trace.x[1][0, 0]
    loss = cursor.advance_by("phase") and cursor.advance()
    assert loss.phase == "loss" and loss.values["loss"] == pytest.approx(0.298371109, abs=1e-9)
    backward = cursor.advance()
    assert backward.values["delta"] == cursor.trace.delta[2][0, 0]
    assert np.array_equal(backward.values["dW"], cursor.trace.dW[2][0])


def test_constructing_a_cursor_changes_no_weight(worked_net):
    before = worked_net.W[2].copy()
    StepThrough(worked_net, WORKED_X, WORKED_T, lr=0.5)
    assert np.array_equal(before, worked_net.W[2])


def test_update_events_write_weights_and_retreat_restores_them_bit_for_bit():
    net = Network([3, 5, 4, 2], ["tanh", "relu", "sigmoid"], "mse", seed=11)
    before_W = [w.copy() for w in net.W[1:]]
    before_b = [b.copy() for b in net.b[1:]]
    cursor = StepThrough(net, [0.3, -1.2, 0.7], [0.2, 0.9], lr=0.8)
    while cursor.advance():
        pass
    assert cursor.at_end
    assert np.array_equal(net.W[1], cursor.trace.W_after[1])
    assert not np.array_equal(net.W[1], before_W[0])
    while cursor.retreat() or not cursor.at_start:
        pass
    assert cursor.at_start
    assert all(np.array_equal(a, b) for a, b in zip(before_W, net.W[1:]))
    assert all(np.array_equal(a, b) for a, b in zip(before_b, net.b[1:]))
    assert all(net.W[l].flags.writeable for l in range(1, net.L + 1))


def test_update_is_layer_by_layer(worked_net):
    cursor = StepThrough(worked_net, WORKED_X, WORKED_T, lr=0.5)
    cursor.seek(len(cursor) - 1)  # layer 1 updated, layer 2 not yet
    assert np.array_equal(worked_net.W[1], cursor.trace.W_after[1])
    assert np.array_equal(worked_net.W[2], cursor.trace.W_before[2])
    assert cursor.is_revealed("update", 1) and not cursor.is_revealed("update", 2)


@pytest.mark.parametrize("granularity, stops", [
    ("neuron", 11),
    ("layer", 7),   # forward 1, forward 2, loss, backward 2, backward 1, update 1, update 2
    ("phase", 4),
    ("step", 1),
])
def test_granularity_sets_how_far_one_advance_goes(worked_net, granularity, stops):
    cursor = StepThrough(worked_net, WORKED_X, WORKED_T, lr=0.5)
    count = 0
    while cursor.advance_by(granularity):
        count += 1
    assert count == stops and cursor.at_end
    back = 0
    while not cursor.at_start:
        cursor.retreat_by(granularity)
        back += 1
    assert back == stops


def test_retreat_by_layer_goes_to_the_start_of_the_layer(worked_net):
    cursor = StepThrough(worked_net, WORKED_X, WORKED_T, lr=0.5)
    cursor.seek(4)  # forward layer 2 complete
    cursor.retreat_by("layer")
    assert cursor.position == 2 and cursor.current.layer == 1


def test_is_revealed_tracks_the_position(worked_net):
    cursor = StepThrough(worked_net, WORKED_X, WORKED_T, lr=0.5)
    assert not cursor.is_revealed("forward", 1, 0)
    cursor.advance()
    assert cursor.is_revealed("forward", 1, 0) and not cursor.is_revealed("forward", 1, 1)
    assert not cursor.is_revealed("loss", 2)
    with pytest.raises(ValueError):
        cursor.is_revealed("forward", 5, 0)


def test_seek_refuses_positions_outside_the_step(worked_net):
    cursor = StepThrough(worked_net, WORKED_X, WORKED_T, lr=0.5)
    with pytest.raises(ValueError):
        cursor.seek(99)
    assert cursor.at_start and cursor.advance() is not None
    assert cursor.advance_by("step").phase == "update" and cursor.advance() is None
