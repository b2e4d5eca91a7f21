"""Revealed: the one rule of what the step has shown, event by event on the hand-worked example."""

from __future__ import annotations

import pytest

from bpviz.state import Document, Revealed

# The 2-2-2 step's events in the seed's order (position after each): forward h1 h2 o1 o2 (1-4),
# the loss (5), backward o1 o2 (6, 7), h1 h2 (8, 9), the update of layer 1 (10), of layer 2 (11).


@pytest.fixture
def doc():
    return Document()


def at(doc, position) -> Revealed:
    doc.cursor.seek(position)
    return doc.revealed


def test_nothing_but_the_inputs_before_the_first_event(doc):
    r = at(doc, 0)
    assert r.value("x", 0, 1) == 0.1
    assert all(r.value(k, 1, 0) is None for k in ("z", "x", "f_prime", "delta", "dL_dx", "db"))
    assert r.value("loss") is None and r.value("dW", 1, 0, 0) is None


def test_the_forward_pass_reveals_one_neuron_at_a_time(doc):
    r = at(doc, 1)
    assert r.value("x", 1, 0) == pytest.approx(0.593269992, abs=1e-9)  # out_h1 on paper
    assert r.value("z", 1, 0) == pytest.approx(0.3775) and r.value("x", 1, 1) is None


def test_the_loss_reveals_the_outputs_dL_dy_but_no_hidden_dL_dx(doc):
    r = at(doc, 5)
    assert r.value("loss") == pytest.approx(0.298371109, abs=1e-9)
    assert r.value("dL_dx", 2, 0) == pytest.approx(0.75136507 - 0.01, abs=1e-8)
    assert r.value("delta", 2, 0) is None and r.value("dL_dx", 1, 0) is None


def test_the_backward_pass_reveals_delta_and_the_gradients_row_by_row(doc):
    r = at(doc, 6)
    assert r.value("delta", 2, 0) is not None and r.value("dW", 2, 0, 1) is not None
    assert r.value("db", 2, 1) is None and list(r.known_rows("dW", 2)) == [True, False]
    r = at(doc, 9)
    assert r.value("dW", 1, 1, 0) == pytest.approx(doc.cursor.trace.dW[1][1, 0])
    assert r.value("W_after", 1, 0, 0) is None


def test_the_update_reveals_a_layer_at_a_time(doc):
    r = at(doc, 10)
    assert r.value("W_after", 1, 0, 0) == pytest.approx(0.149780716, abs=1e-9)  # w1 after, on paper
    assert r.value("W_change", 1, 0, 0) == pytest.approx(0.149780716 - 0.15, abs=1e-9)
    assert r.value("W_after", 2, 0, 0) is None
    assert at(doc, 11).value("W_after", 2, 0, 0) == pytest.approx(0.35891648, abs=1e-8)  # w5 after


def test_an_unknown_kind_is_refused(doc):
    with pytest.raises(ValueError, match="unknown kind"):
        doc.revealed.value("weight", 1, 0)
