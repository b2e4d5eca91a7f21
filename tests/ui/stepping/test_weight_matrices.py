"""WeightMatrices: each layer's W (or ∂L/∂W) as a colour matrix, read live from the document."""

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt

from bpviz.state import ViewOptions
from bpviz.ui.stepping.weight_matrices import STEP_FIRST, WeightMatrices

from tests.ui.conftest import settle


@pytest.fixture
def doc(xor_doc):
    """The XOR 2-4-1 document with a learning rate of 0.1."""
    xor_doc.set_lr(0.1)
    return xor_doc


@pytest.fixture
def matrices(show_widget, doc):
    """Shown 360 × 600 weight matrices on the XOR document."""
    return show_widget(WeightMatrices(doc, ViewOptions()), 360, 600)


def test_one_labelled_matrix_per_layer(matrices, doc):
    assert len(matrices.blocks) == doc.network.L == 2
    assert matrices.blocks[0].title.text().startswith("<b>W⁽¹⁾</b>")
    assert "4 × 2 (rows: neurons of layer 1, columns: layer 0)" in matrices.blocks[0].title.text()
    assert "1 × 4 (rows: neurons of layer 2, columns: layer 1)" in matrices.blocks[1].title.text()


def test_after_training_the_matrices_show_the_networks_weights(qtbot, matrices, doc, session):
    session.play(50)
    qtbot.waitUntil(lambda: not session.running, timeout=30_000)
    settle(qtbot, matrices)
    for l in (1, 2):
        assert np.array_equal(matrices.shown(l), doc.network.W[l])
    top = max(np.abs(doc.network.W[l]).max() for l in (1, 2))
    for block in matrices.blocks:
        assert tuple(block.image.levels) == (-top, top)  # one symmetric scale for every layer
    assert matrices.legend.scale == top and matrices.legend.title == "w"


def rendered(matrices, layer, j, i):
    """Return the colour the image item rendered for cell (j, i) of `layer`."""
    image = matrices.blocks[layer - 1].image
    image.render()
    return image.qimage.pixelColor(i, j)


def test_an_edited_weight_is_drawn(qtbot, matrices, doc):
    doc.set_parameter(1, 2, 1, -3.5)
    settle(qtbot, matrices)
    assert matrices.shown(1)[2, 1] == -3.5 and np.array_equal(matrices.shown(1), doc.network.W[1])
    colour = rendered(matrices, 1, 2, 1)
    assert colour.red() > colour.blue()  # negative: orange, the palette's negative hue
    doc.set_parameter(1, 2, 1, 3.5)
    settle(qtbot, matrices)
    colour = rendered(matrices, 1, 2, 1)
    assert colour.blue() > colour.red()  # positive: blue


def test_a_new_shape_gets_new_matrices(qtbot, matrices, doc):
    doc.structure.add_layer(1, size=3)
    settle(qtbot, matrices)
    assert len(matrices.blocks) == 3
    assert [matrices.shown(l).shape for l in (1, 2, 3)] == [(3, 2), (4, 3), (1, 4)]
    doc.structure.set_layer_size(2, 6)
    settle(qtbot, matrices)
    assert matrices.shown(2).shape == (6, 3) and np.array_equal(matrices.shown(3), doc.network.W[3])


def test_gradients_appear_as_the_backward_pass_reveals_them(qtbot, matrices, doc):
    qtbot.mouseClick(matrices.gradient_check, Qt.MouseButton.LeftButton)
    settle(qtbot, matrices)
    assert matrices.showing_gradients()
    assert matrices.note.isVisible() and matrices.note.text() == STEP_FIRST
    assert matrices.shown(1) is None and matrices.shown(2) is None
    doc.advance("phase")   # forward
    doc.advance("phase")   # loss
    doc.advance("layer")   # backward, output layer
    settle(qtbot, matrices)
    assert not matrices.note.isVisible()
    assert np.array_equal(matrices.shown(2), doc.cursor.trace.dW[2]) and matrices.shown(1) is None
    assert matrices.blocks[0].placeholder.isVisible()
    doc.advance("neuron")  # neuron 1 of layer 1: its row of ∂L/∂W⁽¹⁾ only
    settle(qtbot, matrices)
    shown = matrices.shown(1)
    assert np.array_equal(shown[0], doc.cursor.trace.dW[1][0]) and np.isnan(shown[1:]).all()
    doc.advance("phase")   # the rest of the backward pass
    settle(qtbot, matrices)
    assert np.array_equal(matrices.shown(1), doc.cursor.trace.dW[1])
    assert matrices.legend.title == "∂L/∂w"
    qtbot.mouseClick(matrices.gradient_check, Qt.MouseButton.LeftButton)
    settle(qtbot, matrices)
    assert np.array_equal(matrices.shown(1), doc.network.W[1])


def test_many_changes_in_one_pass_make_one_redraw(qtbot, matrices, doc):
    settle(qtbot, matrices)
    before = matrices.redraw_count
    for _ in range(50):
        doc.weightsChanged.emit()
        doc.cursorMoved.emit()
    settle(qtbot, matrices)
    assert matrices.redraw_count == before + 1


def test_a_hidden_view_waits_until_it_is_shown(qtbot, matrices, doc):
    matrices.hide()
    before = matrices.redraw_count
    doc.set_parameter(1, 0, 0, 2.0)
    qtbot.waitUntil(lambda: matrices._timer.waiting_for_show)  # the redraw came due, hidden
    assert matrices.redraw_count == before and matrices.redraw_pending()
    matrices.show()
    settle(qtbot, matrices)
    assert matrices.shown(1)[0, 0] == 2.0


def test_hidden_while_a_layer_goes_then_new_options_resize_without_error(qtbot, matrices, doc):
    doc.structure.add_layer(1)
    settle(qtbot, matrices)
    matrices.hide()
    doc.structure.remove_layer(1)         # the blocks still show three layers until the next redraw
    matrices.options.digits = 6
    matrices.options.font_scale = 1.5
    matrices.show()
    settle(qtbot, matrices)
    assert len(matrices.blocks) == doc.network.L == 2


def test_diverged_weights_are_drawn_without_error(qtbot, matrices, doc, session):
    doc.lab.generate_data("plane", n=200, noise=0, seed=0)
    doc.set_lr(10)
    session.play()
    qtbot.waitUntil(lambda: not session.running, timeout=10_000)
    settle(qtbot, matrices)
    assert not np.isfinite(matrices.shown(1)).all() and np.isfinite(matrices.scale)
    session.restore_last_finite()
    settle(qtbot, matrices)
    assert np.isfinite(matrices.shown(1)).all()


def test_pointing_at_a_cell_reads_out_its_weight(qtbot, matrices, doc):
    settle(qtbot, matrices)
    plot = matrices.blocks[0].plot
    scene_pos = plot.plotItem.vb.mapViewToScene(QPointF(2.0, 3.0))  # column 2, row 3
    qtbot.mouseMove(plot.viewport(), plot.mapFromScene(scene_pos))
    qtbot.waitUntil(lambda: matrices.readout.text().startswith("w₃₂⁽¹⁾ = "))
    assert matrices.options.fmt(doc.network.W[1][2, 1]) in matrices.readout.text()


def test_text_is_legible(matrices):
    assert matrices.font().pointSizeF() >= 10
    assert matrices.blocks[0].plot.plotItem.getAxis("left").style["tickFont"].pointSizeF() >= 10
