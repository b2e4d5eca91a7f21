"""The Inspector in matrix form: toggled by X or its button, the focused layer as grids, the
step's revealed entries only, the focused row highlighted, and every grid inside the Inspector."""

import re

import numpy as np
import pytest
from PySide6.QtCore import Qt

from bpviz.engine import Network
from bpviz.engine.files.presets import Preset
from bpviz.state import Focus
from bpviz.ui.stepping.inspector import Inspector
from bpviz.ui.stepping.inspector_matrix import HIGHLIGHT


def highlighted(html: str) -> list[str]:
    """Return the entries the rich text highlights."""
    return re.findall(rf'background-color:{HIGHLIGHT}"><b>\s*([^<]*?)\s*</b>', html)


def test_x_switches_the_inspector_to_matrix_form_and_its_button_and_menu_follow(window, qtbot):
    inspector = window.inspector
    assert not inspector.form_button.isChecked()
    qtbot.keyClick(window, Qt.Key.Key_X)
    assert window.options.inspector_form == "matrix"
    assert inspector.form_button.isChecked() and window.actions["matrix_form"].isChecked()
    qtbot.mouseClick(inspector.form_button, Qt.MouseButton.LeftButton)
    assert window.options.inspector_form == "neuron" and not window.actions["matrix_form"].isChecked()


def test_stepping_to_delta_of_layer_1_shows_the_matrix_equation_with_its_numbers(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_X)
    canvas = window.canvas
    canvas.setFocus()
    for _ in range(9):  # forward (4), loss, backward to δ₂⁽¹⁾
        qtbot.keyClick(canvas, Qt.Key.Key_Right)
    assert window.doc.focus == Focus.neuron(1, 1)
    text = window.inspector.plain_text()
    assert "δ⁽ˡ⁾ = (W⁽ˡ⁺¹⁾)ᵀ δ⁽ˡ⁺¹⁾ ⊙ f′(z⁽ˡ⁾)" in text
    for number in ("0.008771", "0.009954", "0.45", "0.55", "0.1385", "-0.0381", "0.2413", "0.2406"):
        assert number in text
    html = window.inspector.rich_text()
    # Neuron 2 of layer 1: its row of z, x, δ, W⁽¹⁾ and (W⁽²⁾)ᵀ (the weights out of it).
    assert {"0.3925", "0.5969", "0.009954", "0.25", "0.3", "0.45", "0.55"} <= set(highlighted(html))
    # The update is not yet revealed: the new weights read "?" in a grid of their final shape.
    update = text[text.index("Update · layer 1"):]
    assert "?" in update and "0.1498" not in update


def test_an_edge_focus_highlights_its_own_entry(window, qtbot):
    window.options.inspector_form = "matrix"
    window.doc.set_focus(Focus.edge(2, 0, 1))  # w₁₂⁽²⁾ = 0.45
    assert "?" in highlighted(window.inspector.rich_text())  # x₂⁽¹⁾, the input it weighs, not yet computed
    window.doc.advance("phase")
    window.doc.set_focus(Focus.edge(2, 0, 1))
    marked = highlighted(window.inspector.rich_text())
    assert "0.45" in marked and "0.5" not in marked and "0.55" not in marked
    assert "0.5969" in marked  # x₂⁽¹⁾


def test_a_big_layer_shows_a_window_round_the_focus_and_says_so(show_widget, doc, options):
    net = Network([3, 30, 2], ["tanh", "sigmoid"], "mse", seed=1)
    doc.load(Preset("big", "", "", net, np.array([0.1, 0.2, 0.3]), np.array([0.2, 0.8]), 0.1, None), name="big")
    options.inspector_form = "matrix"
    inspector = show_widget(Inspector(doc, options), 420, 700)
    doc.set_focus(Focus.neuron(1, 20))
    text = inspector.plain_text()
    assert "⋯" in text and "Layer 1 has 30 neurons; shown: rows 17–24" in text
    assert f"{doc.cursor.trace.W_before[1][20, 0]:.4g}" in text  # the focused neuron's row is among those shown


@pytest.mark.parametrize("width, scale", [(230, 1.0), (330, 1.6), (420, 1.6)])  # 1024 × 768, presenter
def test_no_grid_is_wider_than_the_inspector(show_widget, doc, options, width, scale):
    options.inspector_form = "matrix"
    options.font_scale = scale
    inspector = show_widget(Inspector(doc, options), width, 800)
    for _ in range(11):
        doc.advance()
        inspector._refresh()
        browser = inspector._browser
        assert browser.document().idealWidth() <= browser.viewport().width() + 1, doc.cursor.current


def test_the_loss_in_matrix_form_keeps_its_own_line_above_the_output_layers_grids(show_widget, doc, options):
    options.inspector_form = "matrix"
    inspector = show_widget(Inspector(doc, options), 420, 700)
    for _ in range(5):  # the forward pass, then the loss
        doc.advance()
    assert doc.focus == Focus.loss(2)
    text = inspector.plain_text()
    assert "L = ½ Σ" in text and "0.2984" in text
    assert text.index("0.2984") < text.index("∂L/∂x⁽²⁾")
