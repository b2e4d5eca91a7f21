"""The gradient check panel: backpropagation's ∂L/∂w beside the finite difference, per focus or all."""

import numpy as np
import pytest
from PySide6.QtCore import Qt

from bpviz.engine import Network
from bpviz.engine.nn.gradient_check import AGREE
from bpviz.state import Focus
from bpviz.ui.stepping.gradient_check_panel import (
    BACKPROP, EPSILONS, MAX_ROWS, NUMERICAL, PARAMETER, RELATIVE, GradientCheckPanel,
)
from bpviz.ui.stepping.weights_table_model import compact


@pytest.fixture
def panel(show_widget, doc, options):
    """A shown 420 × 500 panel on the worked example."""
    return show_widget(GradientCheckPanel(doc, options), 420, 500)


def backward(net, x, t):
    """∂L/∂w and ∂L/∂b straight from Network.backward, by (layer, j, i)."""
    trace = net.backward(net.forward(x, t))
    return {(l, j, i): (trace.dW[l][j, i] if i >= 0 else trace.db[l][j])
            for l in range(1, net.L + 1) for j in range(net.sizes[l]) for i in [*range(net.sizes[l - 1]), -1]}


def cell(panel, row, column):
    return panel.table.item(row, column).text()


def test_a_focused_edge_shows_its_weight_in_one_row(qtbot, panel, doc, options):
    doc.set_focus(Focus.edge(2, 0, 0))
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1 and cell(panel, 0, PARAMETER) == "w₁₁⁽²⁾")
    (parameter, a, b, r, ok), = panel.rows()
    assert parameter == (2, 0, 0) and ok
    assert a == backward(doc.network, doc.input, doc.target)[(2, 0, 0)]
    assert b == pytest.approx(0.0821670406, rel=1e-8) and r < AGREE
    assert cell(panel, 0, BACKPROP) == options.fmt(a) == "0.08217"
    assert cell(panel, 0, RELATIVE) == "✓ " + compact(options.fmt(r), r)
    assert panel.table.item(0, NUMERICAL).toolTip() == repr(b)


def test_every_parameter_of_the_hand_worked_example_agrees(panel, doc):
    panel.set_check_all(True)
    rows = panel.rows()
    reference = backward(doc.network, doc.input, doc.target)
    assert len(rows) == 12 and panel.table.rowCount() == 12
    for parameter, a, b, r, ok in rows:
        assert a == reference[parameter]
        assert b == pytest.approx(reference[parameter], rel=1e-6) and ok
    assert "All 12 agree" in panel.summary_text()


def test_a_random_three_layer_network_agrees_with_backward(panel, doc):
    net = Network([3, 5, 4, 2], ["tanh", "sigmoid", "sigmoid"], "cross_entropy", seed=11)
    doc.replace_network(net, "test network")
    doc.set_example([0.4, -1.2, 0.7], [1.0, 0.0])
    panel.set_check_all(True)
    rows = panel.rows()
    reference = backward(doc.network, doc.input, doc.target)
    assert len(rows) == net.n_parameters
    for parameter, a, b, r, ok in rows:
        assert a == reference[parameter]
        assert b == pytest.approx(a, rel=1e-6, abs=1e-10)


def test_clicking_another_weight_on_the_canvas_changes_the_row(qtbot, window):
    panel, canvas = window.gradient_check, window.canvas
    window.show_tab(panel)
    for edge in [(1, 1, 0), (2, 0, 1)]:
        qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton,
                         pos=canvas.mapFromScene(canvas.edge_scene_pos(*edge)))
        assert window.doc.focus == Focus.edge(*edge)
        qtbot.waitUntil(lambda: [r[0] for r in panel.rows()] == [edge])
        l, j, i = edge
        assert cell(panel, 0, PARAMETER) == f"w{'₁₂'[j]}{'₁₂'[i]}{'⁽¹⁾⁽²⁾'[3 * (l - 1):3 * l]}"


def test_a_focused_neuron_checks_its_incoming_weights_and_bias(panel, doc):
    doc.set_focus(Focus.neuron(1, 1))
    assert [r[0] for r in panel.rows()] == [(1, 1, 0), (1, 1, 1), (1, 1, -1)]
    doc.set_focus(Focus.neuron(0, 0))  # an input: the weights leaving it
    assert [r[0] for r in panel.rows()] == [(1, 0, 0), (1, 1, 0)]
    doc.set_focus(Focus.loss(2))
    assert panel.rows() == [] and panel.table.rowCount() == 0
    assert "Click a weight or a neuron" in panel.summary_text()


def test_all_mode_marks_the_focused_rows(panel, doc):
    panel.set_check_all(True)
    doc.set_focus(Focus.neuron(2, 1))
    panel.flush()
    selected = sorted({index.row() for index in panel.table.selectionModel().selectedIndexes()})
    assert [panel.rows()[row][0] for row in selected] == [(2, 1, 0), (2, 1, 1), (2, 1, -1)]


def test_new_weights_and_a_new_example_update_the_numbers(panel, doc):
    doc.set_focus(Focus.edge(1, 0, 0))
    first = panel.rows()[0]
    doc.set_parameter(1, 0, 0, 0.9)
    after_edit = panel.rows()[0]
    assert after_edit[1] != first[1]
    assert after_edit[1] == backward(doc.network, doc.input, doc.target)[(1, 0, 0)]
    doc.set_example([1.0, 1.0], [0.5, 0.5])
    assert panel.rows()[0][1] == backward(doc.network, doc.input, doc.target)[(1, 0, 0)]


def test_stepping_through_the_update_keeps_checking_the_steps_own_gradient(panel, doc):
    panel.set_check_all(True)
    before = panel.rows()
    doc.advance("phase")  # forward
    doc.advance("phase")  # loss
    doc.advance("phase")  # backward
    doc.advance("layer")  # the update of layer 1 has changed the network's weights
    assert doc.network.W[1][0, 0] != doc.cursor.trace.W_before[1][0, 0]
    assert panel.rows() == before


def test_choosing_epsilon_recomputes_and_says_which(panel, doc):
    doc.set_focus(Focus.edge(1, 0, 0))
    at_default = panel.rows()[0][2]
    panel.set_eps(1e-3)
    coarse = panel.rows()[0][2]
    assert coarse != at_default and coarse == pytest.approx(at_default, rel=1e-4)
    assert "ε = 0.001" in panel._formula.text()
    assert panel.eps_box.count() == len(EPSILONS)


def test_a_tiny_gradient_is_flagged_amber_with_an_explanation(panel, doc):
    doc.set_focus(Focus.edge(1, 0, 0))
    panel.set_eps(1e-8)  # rounding now swamps a gradient of 4e-4
    (_, _, _, r, ok), = panel.rows()
    assert r > AGREE and not ok
    assert cell(panel, 0, RELATIVE).startswith("⚠ ")
    assert "larger ε" in panel.table.item(0, RELATIVE).toolTip()
    assert "1 of 1 differ" in panel.summary_text()


def test_digits_follow_the_view_options(panel, doc, options):
    doc.set_focus(Focus.edge(2, 0, 0))
    panel.flush()
    options.digits = 8
    panel.flush()
    assert cell(panel, 0, BACKPROP) == "0.082167041"
    r = panel.rows()[0][3]
    assert cell(panel, 0, RELATIVE) == "✓ " + compact(f"{r:.8g}", r)


def test_a_huge_network_checks_a_capped_number_of_rows(panel, doc):
    doc.structure.set_layer_size(0, 1500)
    doc.structure.set_layer_size(1, 3)
    panel.set_check_all(True)
    assert len(panel.rows()) == MAX_ROWS
    assert panel._notice.isVisible() and f"{MAX_ROWS:,}" in panel._notice.text()


def test_diverged_weights_show_dashes_not_errors(panel, doc):
    doc.structure.set_activation(2, "linear")
    doc.set_parameter(2, 0, 0, 1.7e308)
    doc.set_parameter(2, 0, 1, 1.7e308)  # z = Σ w x + b overflows, and so does L
    doc.set_focus(Focus.neuron(2, 0))
    rows = panel.rows()
    assert any(not np.isfinite(r[3]) for r in rows)
    assert cell(panel, 0, RELATIVE) == "–"
    assert "diverged" in panel.summary_text()


def test_the_panel_is_a_tab_beside_the_inspector(window):
    tabs = window.gradient_check.parentWidget().parentWidget()
    assert [tabs.tabText(k) for k in range(tabs.count())][:3] == ["Inspector", "Weights", "Gradient check"]
    window.show_tab(window.gradient_check)
    assert tabs.currentWidget() is window.gradient_check
