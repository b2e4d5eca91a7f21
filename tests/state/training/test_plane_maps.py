"""PlaneMaps: the maps of the plane are computed once per change, and δ maps per target."""

import numpy as np
import pytest

from bpviz.engine.nn.plane import delta_maps, neuron_maps
from bpviz.state.training.plane_maps import PlaneMaps


@pytest.fixture
def maps(doc) -> PlaneMaps:
    """The maps of the hand-worked 2-2-2 example (two raw inputs: a plane of ±6)."""
    return PlaneMaps(doc)


def same_maps(a, b) -> bool:
    return len(a) == len(b) and all((x is None and y is None) or np.array_equal(x, y) for x, y in zip(a, b))


def test_the_worked_example_is_a_plane_of_plus_minus_six(maps, doc):
    assert maps.available() and maps.bounds() == (-6.0, 6.0, -6.0, 6.0)
    assert same_maps(maps.layers(32), neuron_maps(doc.network, 32, maps.bounds()))


def test_deltas_are_cached_per_target_and_agree_with_the_engine(maps, doc):
    first = maps.deltas(32, doc.target)
    assert maps.deltas(32, doc.target) is first  # cached: the same lists, not computed again
    assert same_maps(first, delta_maps(doc.network, doc.target, 32, maps.bounds()))
    other = maps.deltas(32, [0.5, 0.5])
    assert other is not first
    assert same_maps(other, delta_maps(doc.network, [0.5, 0.5], 32, maps.bounds()))
    assert same_maps(maps.deltas(32, doc.target), first)  # back to the first target: the same values
    assert maps.deltas(16, doc.target)[1].shape == (2, 16, 16)


def test_deltas_are_forgotten_when_the_weights_change(maps, doc, qtbot):
    first = maps.deltas(32, doc.target)
    with qtbot.waitSignal(maps.changed):
        doc.set_parameter(2, 0, 0, -1.0)
    again = maps.deltas(32, doc.target)
    assert again is not first and not np.array_equal(again[2], first[2])
    assert same_maps(again, delta_maps(doc.network, doc.target, 32, maps.bounds()))


def test_part_way_through_the_update_the_deltas_stay_those_of_the_backward_pass(maps, doc):
    before = delta_maps(doc.network, doc.target, 32, maps.bounds())
    while not doc.cursor.is_revealed("update", 2):
        doc.advance()
    assert not np.array_equal(doc.network.W[2], doc.cursor.trace.W_before[2])  # layer 2 has moved
    assert same_maps(maps.deltas(32, doc.target), before)


def test_one_dimensional_data_has_no_plane(maps, doc):
    doc.lab.generate_data("curve", n=40, seed=0)
    assert not maps.available()
    assert maps.layers(32) is None and maps.deltas(32, doc.target) is None
