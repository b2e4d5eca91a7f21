"""The label placement's geometry: what keeps a value label off the neurons, and the edges' segments."""

import numpy as np
import pytest

from bpviz.ui.canvas.canvas_layout import compute_layout
from bpviz.ui.canvas.canvas_value_labels import _clear_of_neurons


def _clear_by_every_distance(rects, lay, reach, layers):
    """The plain definition: a rectangle is clear when every neuron centre is farther than reach."""
    centres = np.concatenate([lay.centres[l] for l in layers])
    x, y, w, h = (rects[:, k:k + 1] for k in range(4))
    dx = np.maximum(np.maximum(x - centres[:, 0], centres[:, 0] - (x + w)), 0.0)
    dy = np.maximum(np.maximum(y - centres[:, 1], centres[:, 1] - (y + h)), 0.0)
    return ~(dx * dx + dy * dy < reach * reach).any(axis=1)


@pytest.mark.parametrize("seed", range(5))
def test_clear_of_neurons_agrees_with_the_distance_to_every_neuron(seed):
    rng = np.random.default_rng(seed)
    for _ in range(40):
        sizes = tuple(int(n) for n in rng.integers(1, 40, size=rng.integers(2, 6)))
        lay = compute_layout(sizes, 900, 560)
        rects = np.column_stack([rng.uniform(-20, 900, 500), rng.uniform(-20, 560, 500),
                                 rng.uniform(0.5, 90, 500), rng.uniform(0.5, 40, 500)])
        l = int(rng.integers(1, len(sizes)))
        reach = lay.radius + 3
        np.testing.assert_array_equal(_clear_of_neurons(rects, lay, reach, (l - 1, l)),
                                      _clear_by_every_distance(rects, lay, reach, (l - 1, l)))


def test_a_rectangle_on_a_neuron_is_not_clear_and_one_in_its_square_corner_is():
    lay = compute_layout((2, 3), 600, 400)
    (cx, cy), r = lay.centre(1, 1), lay.radius
    on = np.array([[cx - 2, cy - 2, 4, 4]])
    corner = np.array([[cx + 0.8 * r, cy + 0.8 * r, 4, 4]])  # inside the bounding square, outside the circle
    assert not _clear_of_neurons(on, lay, r, (0, 1))[0]
    assert _clear_of_neurons(corner, lay, r, (0, 1))[0]


def test_segments_are_made_once_and_cannot_be_changed_by_a_caller():
    lay = compute_layout((3, 4), 600, 400)
    seg = lay.segments(1)
    assert seg is lay.segments(1)
    assert tuple(seg[1 * 3 + 2]) == (*lay.centre(0, 2), *lay.centre(1, 1))  # row j · n_(l−1) + i
    with pytest.raises(ValueError):
        seg[0, 0] = 0.0
