"""NetworkCanvas: real clicks, keys and menus change the document; the items show the trace's numbers."""

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QKeyEvent, QWheelEvent
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from bpviz.engine.nn.plane import delta_maps, neuron_maps
from bpviz.state import Document, Focus
from bpviz.state.training.plane_maps import PlaneMaps
from bpviz.ui.look import palette
from bpviz.ui.canvas.canvas_layout import compute_layout, distance_to_segments
from bpviz.ui.canvas.canvas_model import Shown, drawn_edges, edges_shown
from bpviz.ui.canvas.network_canvas import NetworkCanvas

EVENTS_IN_A_STEP = 11  # 2-2-2: 4 forward, the loss, 4 backward, 2 updates


@pytest.fixture
def canvas(show_widget, doc, options):
    """A shown 1000 × 700 canvas on the worked example."""
    return show_widget(NetworkCanvas(doc, options), 1000, 700)


def at(canvas, scene_point: QPointF):
    return canvas.mapFromScene(scene_point)


def click(qtbot, canvas, scene_point: QPointF, button=Qt.MouseButton.LeftButton):
    qtbot.mouseClick(canvas.viewport(), button, pos=at(canvas, scene_point))


def double_click(qtbot, canvas, scene_point: QPointF):
    qtbot.mouseDClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=at(canvas, scene_point))


def type_into_editor(qtbot, canvas, text: str, key=Qt.Key.Key_Return):
    editor = canvas.editor
    assert editor is not None and editor.isVisible()
    assert editor.selectedText() == editor.text()  # it opens with its value selected ...
    editor.clear()                                   # ... so typing replaces it
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, key)


def action(menu, text: str):
    """Return the action of `menu` (or a sub-menu) whose text starts with `text`."""
    for a in menu.actions():
        if a.text().startswith(text):
            return a
        if a.menu() is not None:
            found = action(a.menu(), text)
            if found is not None:
                return found
    return None


# -- clicking focuses --------------------------------------------------------------------------


def test_clicking_a_neuron_focuses_it(qtbot, canvas, doc):
    with qtbot.waitSignal(doc.focusChanged):
        click(qtbot, canvas, canvas.neuron_scene_pos(2, 1))
    assert doc.focus == Focus.neuron(2, 1)
    click(qtbot, canvas, canvas.neuron_scene_pos(0, 0))
    assert doc.focus == Focus.neuron(0, 0)


@pytest.mark.parametrize("edge", [(1, 0, 0), (1, 0, 1), (1, 1, 0), (2, 1, 1), (2, 0, 1)])
def test_clicking_an_edge_focuses_that_edge(qtbot, canvas, doc, edge):
    click(qtbot, canvas, canvas.edge_scene_pos(*edge))
    assert doc.focus == Focus.edge(*edge)


def test_clicking_the_loss_focuses_the_loss(qtbot, canvas, doc):
    click(qtbot, canvas, canvas.loss_scene_rect().center())
    assert doc.focus == Focus.loss(2)


def test_the_focus_is_drawn_as_a_ring_and_an_outlined_edge(qtbot, canvas, doc):
    doc.set_focus(Focus.edge(2, 0, 1))
    canvas.flush()  # the marks are drawn on the event loop's next pass, or now by flush
    assert len(canvas._edge_focus.strokes()) == 2   # a dark outline, the edge's colour inside
    doc.set_focus(Focus.neuron(1, 1))
    canvas.flush()
    assert canvas._edge_focus.strokes() == []
    ring = canvas._rings.strokes()[-1]
    assert ring.pen.color() == palette.FOCUS
    assert ring.path.boundingRect().center() == canvas.neuron_scene_pos(1, 1)


def test_hovering_sets_the_documents_hover_and_explains_in_a_tooltip(qtbot, canvas, doc):
    qtbot.mouseMove(canvas.viewport(), at(canvas, canvas.edge_scene_pos(1, 1, 0)))
    qtbot.waitUntil(lambda: doc.hover == Focus.edge(1, 1, 0))
    tip = canvas.tooltip_at(canvas.edge_scene_pos(1, 1, 0))
    assert "w₂₁⁽¹⁾ = 0.25" in tip
    doc.set_parameter(1, 1, 0, 0.123456789012345)
    assert repr(0.123456789012345) in canvas.tooltip_at(canvas.edge_scene_pos(1, 1, 0))
    qtbot.mouseMove(canvas.viewport(), at(canvas, canvas.neuron_scene_pos(0, 1)))
    qtbot.waitUntil(lambda: doc.hover == Focus.neuron(0, 1))


# -- editing in place --------------------------------------------------------------------------


def test_double_clicking_an_edge_and_typing_sets_that_weight_and_undo_restores_it(qtbot, canvas, doc):
    double_click(qtbot, canvas, canvas.edge_scene_pos(2, 1, 0))
    with qtbot.waitSignal(doc.weightsChanged):
        type_into_editor(qtbot, canvas, "-1.25")
    assert doc.network.W[2][1, 0] == -1.25
    assert canvas.editor is None
    assert canvas.shown_edges().values[2][1, 0] == -1.25   # the edges redraw from the document
    doc.undo_stack.undo()
    assert doc.network.W[2][1, 0] == 0.5


def test_typing_a_non_number_is_refused_with_a_message_and_changes_nothing(qtbot, canvas, doc):
    before = [w.copy() for w in doc.network.W[1:]]
    double_click(qtbot, canvas, canvas.edge_scene_pos(1, 0, 1))
    with qtbot.waitSignal(canvas.messageRaised) as message, qtbot.assertNotEmitted(doc.weightsChanged):
        type_into_editor(qtbot, canvas, "abc")
    assert "abc" in message.args[0] and "not a number" in message.args[0]
    assert all(np.array_equal(a, b) for a, b in zip(before, doc.network.W[1:]))
    assert canvas.editor is not None  # still open, so the person can correct it
    assert doc.undo_stack.count() == 0


@pytest.mark.parametrize("text", ["nan", "inf", "-inf", ""])
def test_non_finite_values_are_refused(qtbot, canvas, doc, text):
    double_click(qtbot, canvas, canvas.edge_scene_pos(1, 0, 0))
    with qtbot.waitSignal(canvas.messageRaised):
        type_into_editor(qtbot, canvas, text)
    assert doc.network.W[1][0, 0] == 0.15


def test_escape_cancels_the_edit(qtbot, canvas, doc):
    double_click(qtbot, canvas, canvas.edge_scene_pos(1, 0, 0))
    with qtbot.assertNotEmitted(doc.weightsChanged):
        type_into_editor(qtbot, canvas, "9", key=Qt.Key.Key_Escape)
    assert canvas.editor is None
    assert doc.network.W[1][0, 0] == 0.15


def test_double_clicking_a_bias_square_or_a_neuron_edits_its_bias(qtbot, canvas, doc):
    double_click(qtbot, canvas, canvas.bias_scene_pos(2, 0))
    with qtbot.waitSignal(canvas.messageRaised) as refused:
        type_into_editor(qtbot, canvas, "0,75")  # in English a comma is no decimal separator
    assert "decimals with a point" in refused.args[0]
    assert canvas.editor is not None and doc.network.b[2][0] == 0.6  # the editor stays, with the message
    canvas.editor.setText("0.75")
    qtbot.keyClick(canvas.editor, Qt.Key.Key_Enter)
    assert doc.network.b[2][0] == 0.75
    double_click(qtbot, canvas, canvas.neuron_scene_pos(1, 1))
    canvas.editor.setText("−2")  # a typographic minus (QTest cannot type it)
    qtbot.keyClick(canvas.editor, Qt.Key.Key_Enter)
    assert doc.network.b[1][1] == -2.0


def test_double_clicking_an_input_neuron_edits_the_input(qtbot, canvas, doc):
    double_click(qtbot, canvas, canvas.neuron_scene_pos(0, 1))
    type_into_editor(qtbot, canvas, "0.5")
    assert list(doc.input) == [0.05, 0.5]
    assert canvas.shown_values()[0][1] == Shown("x", 0.5)


def test_edit_focused_opens_the_editor_on_the_focused_edge_or_bias(qtbot, canvas, doc):
    doc.set_focus(Focus.edge(2, 0, 0))
    canvas.edit_focused()
    assert canvas.editor.text() == "0.4"
    type_into_editor(qtbot, canvas, "0.41")
    assert doc.network.W[2][0, 0] == 0.41
    doc.set_focus(Focus.neuron(1, 0))
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_F2)
    assert canvas.editor.text() == "0.35"
    doc.set_focus(Focus.loss(2))  # nothing to edit there: a message, no editor
    with qtbot.waitSignal(canvas.messageRaised):
        canvas.edit_focused()


# -- changing the shape ------------------------------------------------------------------------------


def test_plus_and_minus_buttons_add_and_remove_neurons(qtbot, canvas, doc):
    with qtbot.waitSignal(doc.structureChanged):
        click(qtbot, canvas, canvas.button_scene_rect(1, "add").center())
    assert doc.network.sizes == [2, 3, 2]
    click(qtbot, canvas, canvas.button_scene_rect(0, "remove").center())
    assert doc.network.sizes == [1, 3, 2]
    click(qtbot, canvas, canvas.button_scene_rect(2, "add").center())
    assert doc.network.sizes == [1, 3, 3]
    # A layer keeps one neuron: the refusal is a message, not an exception.
    with qtbot.waitSignal(canvas.messageRaised) as message:
        click(qtbot, canvas, canvas.button_scene_rect(0, "remove").center())
    assert "at least one neuron" in message.args[0]
    assert doc.network.sizes == [1, 3, 3]
    doc.undo_stack.undo()
    assert doc.network.sizes == [1, 3, 2]


def test_context_menu_adds_and_removes_hidden_layers(qtbot, canvas, doc):
    menu = canvas.context_menu_at(canvas.neuron_scene_pos(1, 0))
    action(menu, "Add hidden layer after layer 1").trigger()
    assert doc.network.sizes == [2, 2, 2, 2]
    menu = canvas.context_menu_at(canvas.neuron_scene_pos(2, 1))
    assert action(menu, "Remove layer 2") is not None
    action(menu, "Remove layer 2").trigger()
    assert doc.network.sizes == [2, 2, 2]
    menu = canvas.column_menu(2)
    action(menu, "Add hidden layer before layer 2").trigger()
    assert doc.network.sizes == [2, 2, 2, 2]


def test_layer_actions_appear_only_where_legal(qtbot, canvas, doc):
    inputs, outputs = canvas.neuron_menu(0, 0), canvas.neuron_menu(2, 0)
    assert action(inputs, "Add hidden layer before") is None
    assert action(inputs, "Add hidden layer after layer 0") is not None
    assert action(inputs, "Activation") is None
    assert action(outputs, "Add hidden layer after") is None
    assert action(outputs, "Remove layer") is None
    assert action(canvas.neuron_menu(1, 0), "Remove layer 1") is not None


def test_removing_a_neuron_from_its_menu(qtbot, canvas, doc):
    action(canvas.neuron_menu(1, 0), "Remove this neuron").trigger()
    assert doc.network.sizes == [2, 1, 2]
    assert not action(canvas.neuron_menu(1, 0), "Remove this neuron").isEnabled()


def test_activation_menu_offers_softmax_only_on_the_output_layer(qtbot, canvas, doc):
    hidden = action(canvas.neuron_menu(1, 0), "Activation").menu()
    names = [a.data() for a in hidden.actions()]
    assert "softmax" not in names and "tanh" in names
    checked = [a.data() for a in hidden.actions() if a.isChecked()]
    assert checked == ["sigmoid"]
    next(a for a in hidden.actions() if a.data() == "tanh").trigger()
    assert doc.network.activations[1] == "tanh"
    assert canvas._header_text(1) == "Layer 1 · tanh"
    output = action(canvas.neuron_menu(2, 0), "Activation").menu()
    next(a for a in output.actions() if a.data() == "softmax").trigger()
    assert doc.network.activations[2] == "softmax"


def test_background_menu_adds_a_hidden_layer_and_fits(qtbot, canvas, doc):
    empty = QPointF(canvas.layout_geometry.column_x[1] * 0.5, canvas.layout_geometry.rect[3] - 5)
    menu = canvas.context_menu_at(empty)
    assert [a.text() for a in menu.actions() if not a.isSeparator()] == [
        "Add hidden layer", "Fit to window", "Export picture…"]
    canvas.zoom_in()
    action(menu, "Fit to window").trigger()
    assert canvas.zoom == 1.0
    action(menu, "Add hidden layer").trigger()
    assert doc.network.L == 3


def test_the_loss_menu_switches_the_loss_or_says_why_not(qtbot, canvas, doc):
    menu = canvas.context_menu_at(canvas.loss_scene_rect().center())
    assert [a.data() for a in menu.actions() if a.isChecked()] == ["mse"]
    next(a for a in menu.actions() if a.data() == "cross_entropy").trigger()
    assert doc.network.loss == "cross_entropy"
    assert "cross entropy" in " ".join(canvas._chrome.texts())
    doc.structure.set_activation(2, "tanh")  # cross-entropy cannot follow tanh: the loss falls back to mse
    assert doc.network.loss == "mse"
    menu = canvas.loss_menu()
    with qtbot.waitSignal(canvas.messageRaised):
        next(a for a in menu.actions() if a.data() == "cross_entropy").trigger()
    assert doc.network.loss == "mse"


# -- what is shown follows the step cursor ---------------------------------------------------------------


def test_before_the_first_event_only_the_inputs_have_values(canvas, doc):
    shown = canvas.shown_values()
    assert shown[0] == [Shown("x", 0.05), Shown("x", 0.1)]
    assert shown[1] == shown[2] == [Shown("?", None)] * 2
    texts = canvas.neurons_item.texts()
    assert "0.05" in texts and texts.count("?") == 4


def test_forward_events_reveal_the_traces_x_values(canvas, doc):
    for _ in range(3):
        doc.advance()
    trace = doc.cursor.trace
    shown = canvas.shown_values()
    assert shown[1] == [Shown("x", trace.x[1][0, 0]), Shown("x", trace.x[1][0, 1])]
    assert shown[2] == [Shown("x", trace.x[2][0, 0]), Shown("?", None)]
    assert shown[2][0].value == pytest.approx(0.75136507, abs=1e-8)  # the hand calculation
    assert "0.7514" in canvas.neurons_item.texts()


def test_backward_events_reveal_delta_and_edges_show_the_gradient(canvas, doc, options):
    for _ in range(7):  # 4 forward, the loss, δ of both output neurons
        doc.advance()
    trace = doc.cursor.trace
    shown = canvas.shown_values()
    assert shown[2] == [Shown("δ", trace.delta[2][0, 0]), Shown("δ", trace.delta[2][0, 1])]
    assert shown[1] == [Shown("x", trace.x[1][0, 0]), Shown("x", trace.x[1][0, 1])]
    edges = canvas.shown_edges()
    assert edges.mode == "∂L/∂w"
    assert np.array_equal(edges.values[2], trace.dW[2]) and edges.revealed[2].all()
    assert not edges.revealed[1].any()  # layer 1's δ is not revealed yet: drawn faint
    # One scale for the whole phase: every ∂L/∂w and ∂L/∂b of the step (here δ of output 1).
    scale = max(np.abs(trace.dW[l]).max() for l in (1, 2)) , max(np.abs(trace.db[l]).max() for l in (1, 2))
    assert "∂L/∂w" in canvas.legend.title and canvas.legend.scale == max(scale)
    assert "δ" in canvas.neuron_legend.title
    options.show_gradients = False
    assert canvas.shown_edges().mode == "w"
    assert np.array_equal(canvas.shown_edges().values[1], doc.network.W[1])
    assert canvas.legend.title.endswith("w")


def test_update_events_show_the_weight_change(canvas, doc):
    for _ in range(EVENTS_IN_A_STEP - 1):  # through the update of layer 1
        doc.advance()
    trace = doc.cursor.trace
    edges = canvas.shown_edges()
    assert edges.mode == "Δw"
    assert np.array_equal(edges.values[1], trace.W_after[1] - trace.W_before[1])
    assert edges.revealed[1].all() and not edges.revealed[2].any()
    assert "Δw" in canvas.legend.title


def test_the_edges_feeding_the_current_event_are_highlighted(canvas, doc):
    doc.advance()  # forward, layer 1, neuron 1: the edges into it
    assert canvas.feeding_edges() == [(1, 0, 0), (1, 0, 1)]
    canvas.flush()
    assert len(canvas._halo.strokes()) == 1
    for _ in range(6):  # to backward, layer 2, neuron 2: the output layer feeds on nothing
        doc.advance()
    assert canvas.feeding_edges() == []
    doc.advance()  # backward, layer 1, neuron 1: δ_1 = Σ_k δ_k w_k1 f'
    assert canvas.feeding_edges() == [(2, 0, 0), (2, 1, 0)]
    for _ in range(2):
        doc.advance()  # update of layer 1: all its edges
    assert sorted(canvas.feeding_edges()) == [(1, j, i) for j in range(2) for i in range(2)]


def test_a_step_changes_data_not_items(canvas, doc):
    items = len(canvas.scene().items())
    for _ in range(EVENTS_IN_A_STEP + 3):
        doc.advance()
    assert len(canvas.scene().items()) == items


def test_the_loss_box_shows_the_loss_once_revealed(canvas, doc):
    assert "L = ?" in canvas._chrome.texts()
    for _ in range(5):
        doc.advance()
    canvas.flush()  # what the next paint shows
    assert f"L = {canvas.options.fmt(doc.cursor.trace.loss)}" in canvas._chrome.texts()
    assert "t₂ = 0.99" in canvas._chrome.texts()


def test_saturated_neurons_are_marked_and_explained(qtbot, canvas, doc):
    doc.set_parameter(1, 0, 0, 200.0)  # z = 200 · 0.05 + ... : σ'(z) ≈ 0
    for _ in range(2):
        doc.advance()
    assert canvas.saturated_neurons() == [(1, 0)]
    assert "sat" in canvas.neurons_item.texts()
    assert "Saturated" in canvas.tooltip_at(canvas.neuron_scene_pos(1, 0))
    assert "Saturated" not in canvas.tooltip_at(canvas.neuron_scene_pos(1, 1))


# -- keyboard ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("key", [Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Space])
def test_stepping_keys_are_left_to_the_window(qtbot, doc, options, key):
    class Window(QWidget):
        def __init__(self):
            super().__init__()
            self.keys = []

        def keyPressEvent(self, event):
            self.keys.append(event.key())

    window = Window()
    qtbot.addWidget(window)
    canvas = NetworkCanvas(doc, options, window)
    QVBoxLayout(window).addWidget(canvas)
    window.resize(800, 600)
    window.show()
    event = QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier)
    canvas.keyPressEvent(event)
    assert not event.isAccepted()
    qtbot.keyClick(canvas, key)  # a real event reaches the window
    assert window.keys == [key]
    assert doc.focus == Focus.neuron(1, 0)


def test_up_and_down_move_the_focus_within_the_layer(qtbot, canvas, doc):
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Down)
    assert doc.focus == Focus.neuron(1, 1)
    qtbot.keyClick(canvas, Qt.Key.Key_Down)
    assert doc.focus == Focus.neuron(1, 1)
    qtbot.keyClick(canvas, Qt.Key.Key_Up)
    assert doc.focus == Focus.neuron(1, 0)


def test_plus_and_delete_keys_add_and_remove_neurons(qtbot, canvas, doc):
    doc.set_focus(Focus.neuron(2, 1))
    qtbot.keyClick(canvas, Qt.Key.Key_Plus)
    assert doc.network.sizes == [2, 2, 3]
    qtbot.keyClick(canvas, Qt.Key.Key_Insert)
    assert doc.network.sizes == [2, 2, 4]
    doc.set_focus(Focus.neuron(1, 0))
    qtbot.keyClick(canvas, Qt.Key.Key_Delete)
    assert doc.network.sizes == [2, 1, 4]
    with qtbot.waitSignal(canvas.messageRaised):
        qtbot.keyClick(canvas, Qt.Key.Key_Minus)  # the last neuron of layer 1 stays
    assert doc.network.sizes == [2, 1, 4]


def test_zoom_in_out_and_fit(qtbot, canvas):
    canvas.zoom_in()
    assert canvas.zoom == pytest.approx(1.25) and canvas.transform().m11() == pytest.approx(1.25)
    qtbot.keyClick(canvas, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert canvas.zoom == 1.0
    canvas.zoom_out()
    assert canvas.zoom < 1.0
    canvas.zoom_fit()
    assert canvas.zoom == 1.0 and canvas.transform().isIdentity()


def test_ctrl_wheel_zooms_and_a_plain_wheel_does_not(qtbot, canvas):
    def wheel(modifiers):
        centre = QPointF(canvas.viewport().rect().center())
        event = QWheelEvent(centre, canvas.viewport().mapToGlobal(centre), QPoint(), QPoint(0, 120),
                            Qt.MouseButton.NoButton, modifiers, Qt.ScrollPhase.NoScrollPhase, False)
        QApplication.sendEvent(canvas.viewport(), event)

    wheel(Qt.KeyboardModifier.NoModifier)
    assert canvas.zoom == 1.0
    wheel(Qt.KeyboardModifier.ControlModifier)
    assert canvas.zoom == pytest.approx(1.25)
    click(qtbot, canvas, canvas.neuron_scene_pos(2, 0))  # hit tests follow the zoom
    assert canvas.doc.focus == Focus.neuron(2, 0)


# -- big networks and the building blocks ------------------------------------------------------------------


def test_an_8_by_32_network_builds_and_paints(qtbot, canvas, doc):
    doc.new(sizes=[32] * 8, activations=["tanh"] * 6 + ["sigmoid"])
    for _ in range(40):
        doc.advance()
    lay = canvas.layout_geometry
    assert lay.sizes == (32,) * 8
    x, y, w, h = lay.rect
    assert (w, h) == (canvas.viewport().width(), canvas.viewport().height())  # it fits the window
    assert canvas.edges_item.group_count() <= 2 * 12 + 2  # 7168 edges, a few paths
    # No room for every number at the legibility floor: the canvas says how many, and how to see them.
    assert canvas.hidden_values() > 7000
    assert canvas.hidden_note.isVisible() and f": {canvas.hidden_values()}." in canvas.hidden_note.text()
    pixmap = canvas.grab()
    assert not pixmap.isNull() and pixmap.width() == 1000
    canvas.zoom_in()
    canvas.zoom_in()
    assert canvas.grab().width() == 1000


def test_palette_is_grey_at_zero_and_saturates_at_the_scale():
    assert palette.diverging_color(0.0, 1.0) == palette.ZERO
    assert palette.diverging_color(5.0, 2.0) == palette.POSITIVE
    assert palette.diverging_color(-2.0, 2.0) == palette.NEGATIVE
    rgba = palette.diverging_rgba(np.array([-1.0, 0.0, 1.0, np.nan]), 1.0)
    assert rgba.dtype == np.uint8 and rgba.shape == (4, 4)
    assert QColor(*rgba[3]) == palette.ZERO
    table = palette.lookup_table(5)
    assert QColor(*table[0]) == palette.NEGATIVE and QColor(*table[-1]) == palette.POSITIVE
    assert palette.symmetric_scale([0.0, np.nan]) == 1.0
    assert palette.symmetric_scale([0.5, -2.0, np.inf]) == 2.0


def test_an_area_that_fits_is_never_grown_by_rounding():
    # A layout a hair taller than its area (389.00000000000006 for 389) gave the canvas scroll
    # bars, which shrank it, which laid it out again without them: a relayout loop.
    for height in range(300, 1000):
        for width in (674, 1001):
            lay = compute_layout((7, 2, 2, 9), width, height, top=62.90625, bottom=81.3, left=10.0,
                                 right=235.7, max_radius=34.0)
            assert lay.rect == (0.0, 0.0, width, height)


def test_layout_fits_big_networks_and_finds_edges():
    lay = compute_layout([32] * 8, 1200, 750, top=80, bottom=70, right=200)
    assert lay.rect == (0.0, 0.0, 1200.0, 750.0)
    assert all(c[:, 1].min() - lay.radius >= 80 and c[:, 1].max() + lay.radius <= 680 for c in lay.centres)
    small = compute_layout([2, 2, 2], 1200, 750)
    assert small.radius > lay.radius
    x0, y0, x1, y1 = small.segments(2)[1 * 2 + 0]   # w_21^(2): from neuron 1 of layer 1 to neuron 2 of layer 2
    near = (x0 + 0.25 * (x1 - x0), y0 + 0.25 * (y1 - y0) + 2)  # the middle is where it crosses w_12
    assert small.edge_at(*near, tolerance=4) == (2, 1, 0)
    assert small.edge_at(near[0], near[1] + 40, tolerance=4) is None
    assert small.neuron_at(*small.centre(1, 1)) == (1, 1)
    assert distance_to_segments(0, 1, np.array([[0.0, 0.0, 2.0, 0.0]]))[0] == 1.0


# -- neuron maps: each neuron's x, or δ, over the input plane --------------------------------------


@pytest.fixture
def maps(doc):
    return PlaneMaps(doc)


@pytest.fixture
def mapped(qtbot, doc, options, maps):
    """A shown 1000 × 700 canvas drawing the neurons' maps, on XOR data (a 2-2-1 network)."""
    doc.lab.generate_data("xor", n=100, noise=0.1, seed=0)
    widget = NetworkCanvas(doc, options)
    widget.set_maps(maps)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def tile_pixel(image, r: int, c: int) -> QColor:
    """Return the colour a tile draws for grid point (row r along x2, column c along x1): x2 points up."""
    return image.pixelColor(c, image.height() - 1 - r)


def close(a: QColor, b: QColor) -> bool:
    return max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue())) <= 1


GRID_POINTS = [(0, 0), (0, 31), (5, 20), (17, 3), (31, 31), (24, 9)]


def test_each_neuron_shows_its_output_over_the_plane(mapped, doc, maps):
    images = mapped.tiles_item.images()
    assert doc.network.sizes == [2, 2, 1] and len(images) == 5  # one tile per neuron, inputs included
    assert mapped.shown_tiles() == [["x", "x"], ["x", "x"], ["x"]]
    expected = neuron_maps(doc.network, 32, maps.bounds(), doc.lab.features)
    # Inputs on their own symmetric scale; sigmoid outputs grey at 0.5, full colour at 0 and 1.
    scales = [[(0.0, np.abs(m).max()) for m in expected[0]]] + [[(0.5, 0.5)] * n for n in doc.network.sizes[1:]]
    tiles = iter(images)
    for l, layer in enumerate(expected):
        for j, m in enumerate(layer):
            image = next(tiles)
            assert (image.width(), image.height()) == (32, 32)
            centre, scale = scales[l][j]
            for r, c in GRID_POINTS:
                assert close(tile_pixel(image, r, c), palette.diverging_color(m[r, c] - centre, scale)), (l, j, r, c)
    assert all(g.tiled for g in mapped.neurons_item.glyphs())
    assert {"?", mapped.options.fmt(doc.input[0])} <= set(mapped.neurons_item.texts())  # the numbers stay
    assert not mapped.neuron_legend.isVisible()  # the circles' colours are not shown: nor is their legend


def test_the_tiles_are_painted_inside_the_circles(mapped, doc):
    image = mapped.tiles_item.images()[2]  # neuron 1 of layer 1
    frame = mapped.viewport().grab().toImage()
    r = mapped.layout_geometry.radius
    centre = mapped.neuron_scene_pos(1, 0)
    for dx, dy in [(0.6, 0.0), (-0.6, 0.2), (0.1, -0.65), (0.0, 0.6)]:  # clear of the value's box
        seen = frame.pixelColor(mapped.mapFromScene(centre + QPointF(dx * r, dy * r)))
        want = image.pixelColor(int((0.5 + dx / 2) * 32), int((0.5 + dy / 2) * 32))
        assert abs(seen.red() - want.red()) + abs(seen.green() - want.green()) + abs(seen.blue() - want.blue()) < 60
    outside = frame.pixelColor(mapped.mapFromScene(centre + QPointF(0.8 * r, 0.8 * r)))
    assert outside == palette.BACKGROUND  # beyond the circle, not the square's corner


def test_revealed_neurons_show_their_delta_over_the_plane_in_the_backward_phase(mapped, doc, maps):
    for _ in range(5):  # 3 forward, the loss, δ of the output neuron
        doc.advance()
    assert mapped.shown_tiles() == [["x", "x"], ["x", "x"], ["δ"]]
    deltas = delta_maps(doc.network, doc.target, 32, maps.bounds(), doc.lab.features)
    images = mapped.tiles_item.images()
    for r, c in GRID_POINTS:  # symmetric, one scale for the layer
        want = palette.diverging_color(deltas[2][0, r, c], np.abs(deltas[2]).max())
        assert close(tile_pixel(images[4], r, c), want)
    doc.advance()
    assert mapped.shown_tiles() == [["x", "x"], ["δ", "x"], ["δ"]]
    scale = np.abs(deltas[1]).max()
    for r, c in GRID_POINTS:
        want = palette.diverging_color(deltas[1][0, r, c], scale)
        assert close(tile_pixel(mapped.tiles_item.images()[2], r, c), want)
    doc.advance()
    doc.advance()  # the update of layer 1: still δ
    assert doc.cursor.phase == "update" and mapped.shown_tiles()[1:] == [["δ", "δ"], ["δ"]]
    while doc.cursor.phase != "forward":
        doc.advance()  # into the next step: outputs again
    assert mapped.shown_tiles() == [["x", "x"], ["x", "x"], ["x"]]


def test_the_images_are_made_when_the_maps_change_never_to_paint(qtbot, mapped, doc):
    tiles = mapped._tiles
    builds = tiles.builds
    mapped.viewport().grab()
    mapped.resize(900, 650)
    doc.set_focus(Focus.neuron(1, 1))
    mapped.zoom_in()
    mapped.viewport().grab()
    assert tiles.builds == builds and len(mapped.tiles_item.images()) == 5
    doc.set_parameter(1, 0, 0, 2.5)
    mapped.flush()
    assert tiles.builds == builds + 1
    doc.advance()  # a forward event: the tiles still show x, nothing to make
    mapped.flush()
    assert tiles.builds == builds + 1


def test_the_sample_is_marked_where_it_lies_on_every_tile(mapped, doc, maps):
    doc.select_sample(3)
    x1, x2 = doc.lab.dataset.X[3]
    x0, x1_max, y0, y1_max = maps.bounds()
    u, v = (x1 - x0) / (x1_max - x0), (x2 - y0) / (y1_max - y0)
    mapped.flush()
    marks = mapped.tiles_item.marks()
    for rect in mapped.tiles_item.rects():
        assert marks.contains(QPointF(rect.left() + u * rect.width(), rect.bottom() - v * rect.height()))
    assert not marks.contains(mapped.neuron_scene_pos(1, 0))


def test_turning_the_maps_off_removes_them(qtbot, mapped, options):
    with qtbot.waitSignal(options.changed):
        options.show_neuron_maps = False
    assert mapped.shown_tiles() == [] and mapped.tiles_item.images() == []
    assert not any(g.tiled for g in mapped.neurons_item.glyphs())
    assert mapped.neuron_legend.isVisible()
    options.show_neuron_maps = True
    assert len(mapped.tiles_item.images()) == 5


def test_one_dimensional_data_has_no_tiles(mapped, doc):
    doc.lab.generate_data("curve", n=40, seed=0)
    assert doc.network.sizes[0] == 1
    assert mapped.shown_tiles() == [] and mapped.tiles_item.images() == []
    assert not any(g.tiled for g in mapped.neurons_item.glyphs())


def test_a_canvas_without_maps_draws_no_tiles(canvas):
    assert canvas.shown_tiles() == [] and canvas.tiles_item.images() == []


def test_the_worked_example_has_no_maps_without_a_data_set(qtbot, doc, options, maps):
    widget = NetworkCanvas(doc, options)
    widget.set_maps(maps)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    assert doc.lab.dataset is None and maps.available()
    assert widget.tiles_item.images() == []  # one example alone has no plane to show
    doc.lab.generate_data("xor", n=50, noise=0.0, seed=0)
    widget.flush()
    assert len(widget.tiles_item.images()) == sum(doc.network.sizes)


def test_tiles_need_neurons_big_enough_to_read(qtbot, mapped, doc):
    doc.structure.set_layer_size(1, 24)
    mapped.flush()
    assert mapped.layout_geometry.radius < 18 and mapped.shown_tiles() == []
    while mapped.layout_geometry.radius * mapped.zoom < 18:
        mapped.zoom_in()
    assert len(mapped.tiles_item.images()) == 2 + 24 + 1


def test_a_tiles_tooltip_says_what_it_shows(mapped, doc, maps):
    tip = mapped.tooltip_at(mapped.neuron_scene_pos(1, 1))
    assert "Tile: x₂⁽¹⁾ over the input plane (x₁ to the right, x₂ up)" in tip
    assert "grey at 0.5, blue at 1, orange at 0; the ring marks this sample" in tip
    for _ in range(5):
        doc.advance()
    scale = np.abs(maps.deltas(32, doc.target)[2]).max()
    tip = mapped.tooltip_at(mapped.neuron_scene_pos(2, 0))
    assert "Tile: δ₁⁽²⁾ at each point of the input plane with this target t (x₁ to the right, x₂ up)" in tip
    assert f"grey at 0, blue at {scale:.3g}, orange at {-scale:.3g}" in tip
    assert "Tile" not in mapped.tooltip_at(mapped.edge_scene_pos(2, 0, 1))


def test_the_window_hands_its_maps_to_the_canvas_and_m_toggles_them(qtbot, window):
    window.open_preset("xor")
    qtbot.waitUntil(lambda: window.canvas.shown_tiles() != [])  # once the docks have settled
    assert len(window.canvas.tiles_item.images()) == sum(window.doc.network.sizes)
    window.canvas.setFocus()
    qtbot.keyClick(window.canvas, Qt.Key.Key_M)
    assert not window.options.show_neuron_maps and window.canvas.tiles_item.images() == []
    assert not window.actions["show_neuron_maps"].isChecked()
    window.actions["show_neuron_maps"].trigger()
    assert window.options.show_neuron_maps and window.canvas.tiles_item.images()


def test_a_step_paints_the_canvas_once_with_its_numbers_and_marks_together(qtbot, canvas, doc):
    from PySide6.QtCore import QObject

    class Paints(QObject):
        count = 0

        def eventFilter(self, watched, event):
            self.count += event.type() == QEvent.Type.Paint
            return False

    qtbot.waitUntil(lambda: not canvas._refresh_timer.isActive())
    paints = Paints()
    canvas.viewport().installEventFilter(paints)
    for _ in range(3):  # the focus moves and the numbers change at each event
        paints.count = 0
        doc.advance()
        for _ in range(4):
            QApplication.processEvents()
        assert paints.count == 1


def test_a_network_of_many_edges_draws_each_layers_strongest_and_says_how_many(show_widget, options):
    from bpviz.engine import Network
    from bpviz.engine.files.presets import Preset
    from bpviz.ui.canvas.canvas_model import MAX_DRAWN_EDGES

    net = Network([64, 128, 128, 8], ["tanh", "tanh", "sigmoid"], "mse", seed=0)
    net.W[2][5, 7] = 50.0  # the strongest weight of its layer
    doc = Document(Preset("big", "", "", net, np.zeros(64), np.zeros(8), 0.1, None))
    canvas = show_widget(NetworkCanvas(doc, options), 1000, 700)
    canvas.flush()
    total = 64 * 128 + 128 * 128 + 128 * 8
    assert canvas.edges_item.edge_count() <= MAX_DRAWN_EDGES < total
    note = canvas.hidden_note
    assert note.isVisible() and f"of {total:,}" in note.text() and f"of {total:,}" in note.toolTip()
    kept = drawn_edges(edges_shown(doc.cursor, options.show_gradients))
    assert 5 * 128 + 7 in kept[1] and all(len(k) for k in kept)  # every layer drawn, its strongest among them
