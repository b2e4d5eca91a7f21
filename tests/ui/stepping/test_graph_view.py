"""The computational graph view: C shows it in place of the network, in step with the cursor;
the focused weight's paths to L are drawn and written, and their sum is ∂L/∂w."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGraphicsPathItem, QGraphicsTextItem

from bpviz.engine import Network
from bpviz.engine.files.presets import Preset
from bpviz.state import Focus
from bpviz.ui.stepping.graph_view import MAX_DRAWN, GraphView


def box_texts(view):
    return {item.parentItem().data(0): item.toPlainText() for item in view.scene.items()
            if isinstance(item, QGraphicsTextItem) and item.parentItem() is not None}


def test_c_shows_the_graph_in_place_of_the_network_and_again_the_network(window, qtbot):
    assert window.central_views.currentWidget() is window.canvas
    qtbot.keyClick(window, Qt.Key.Key_C)
    assert window.central_views.currentWidget() is window.graph_view and window.actions["graph"].isChecked()
    qtbot.keyClick(window, Qt.Key.Key_C)
    assert window.central_views.currentWidget() is window.canvas


def test_the_boxes_fill_in_as_the_step_reveals_them(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_C)
    view = window.graph_view
    view.refresh()
    texts = box_texts(view)
    assert "= ?" in texts["z1.0"] and "= 0.05" in texts["x0.0"]  # nothing computed yet but the input
    qtbot.keyClick(window, Qt.Key.Key_Space)  # the forward event of neuron 1 of layer 1
    view.refresh()
    texts = box_texts(view)
    assert "= 0.3775" in texts["z1.0"] and "= 0.5933" in texts["x1.0"] and "∂L/∂z1(1) = ?" in texts["z1.0"]
    assert "= 0.0075" in texts["p1.0.0"]  # w₁₁⁽¹⁾·x₁⁽⁰⁾ = 0.15·0.05
    for _ in range(8):
        qtbot.keyClick(window, Qt.Key.Key_Space)  # to the backward event of neuron 2 of layer 1
    view.refresh()
    assert "∂L/∂z1(1) = 0.008771" in box_texts(view)["z1.0"]  # δ₁⁽¹⁾


def test_w1_of_the_worked_example_shows_its_two_paths_and_their_sum(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_C)
    for _ in range(9):
        window.doc.advance()
    window.doc.set_focus(Focus.edge(1, 0, 0))
    view = window.graph_view
    view.refresh()
    assert view.chosen_weight() == (1, 0, 0) and len(view.shown_paths()) == 2
    text = view.paths.toPlainText()
    assert "Paths from w11(1) to L: 2" in text.replace("₁", "1")
    assert "0.05 · 1 · 0.2413 · 0.4 · 1 · 0.1868 · 0.7414 · 1 = 0.0006684" in text
    assert "The sum of the paths: 0.0004386" in text and "as backpropagation computes it" in text
    assert text.index("The sum of the paths") < text.index("1. ")  # first: a short panel shows it
    assert "with 16 multiplications" in text and "168" in text
    bold = [item for item in view.scene.items() if isinstance(item, QGraphicsPathItem)
            and item.pen().widthF() == 3.0 and item.data(0) is None]
    # Two paths of eight edges: w → w·x is not drawn (a product stands for its weight), and
    # w·x → z₁⁽¹⁾ → x₁⁽¹⁾ is the same for both: 2 + 2 × 5 edges bold.
    assert len(bold) == 12


def test_clicking_a_product_focuses_its_weight(window, qtbot):
    window.show_graph(True)
    view = window.graph_view
    view.refresh()
    box = next(item for item in view.scene.items() if isinstance(item, QGraphicsPathItem)
               and item.data(0) == "p2.1.0")
    box.setSelected(True)
    assert window.doc.focus == Focus.edge(2, 1, 0)
    view.refresh()
    assert view.chosen_weight() == (2, 1, 0) and len(view.shown_paths()) == 1


def test_a_big_network_draws_the_focused_neurons_operations_and_says_so(show_widget, doc, options):
    net = Network([4, 12, 12, 3], ["tanh", "tanh", "sigmoid"], "mse", seed=0)
    doc.load(Preset("big", "", "", net, [0.1, 0.2, 0.3, 0.4], [0.1, 0.5, 0.9], 0.1, None), name="big")
    view = show_widget(GraphView(doc, options), 900, 600)
    doc.set_focus(Focus.neuron(2, 5))
    view.refresh()
    drawn = box_texts(view)
    assert len(drawn) <= MAX_DRAWN and "z2.5" in drawn and "z2.4" not in drawn
    assert "neuron 6 of layer 2" in view.header.text()
    assert "Paths from" in view.paths.toPlainText() and ": 3" in view.paths.toPlainText()


def test_ctrl_plus_zooms_the_graph_when_it_is_shown(window, qtbot):
    window.show_graph(True)
    view = window.graph_view
    view.refresh()
    before = max(item.font().pointSizeF() for item in view.scene.items() if isinstance(item, QGraphicsTextItem))
    window.actions["zoom_in"].trigger()
    after = max(item.font().pointSizeF() for item in view.scene.items() if isinstance(item, QGraphicsTextItem))
    assert after > before
    window.actions["zoom_fit"].trigger()
    assert max(item.font().pointSizeF() for item in view.scene.items()
               if isinstance(item, QGraphicsTextItem)) == before
