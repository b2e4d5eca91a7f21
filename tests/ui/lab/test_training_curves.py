"""TrainingCurves: loss, accuracy and gradient-size curves drawn from the document's epochs."""

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt

from bpviz.state import ViewOptions
from bpviz.ui.lab.training_curves import TrainingCurves, layer_colours

from tests.ui.conftest import laid_out, settle


@pytest.fixture
def doc(xor_doc):
    """The XOR 2-4-1 document with a learning rate of 0.1."""
    xor_doc.set_lr(0.1)
    return xor_doc


@pytest.fixture
def curves(show_widget, doc):
    """Shown 600 × 400 training curves on the XOR document."""
    return show_widget(TrainingCurves(doc, ViewOptions()), 600, 400)


def test_every_curve_has_one_point_per_recorded_epoch(qtbot, curves, doc, session):
    for _ in range(25):
        session.one_epoch()
    settle(qtbot, curves)
    epochs = [e.epoch for e in doc.runs.epochs]
    for plot, curve in (("loss", "train"), ("loss", "test"), ("accuracy", "train"), ("accuracy", "test")):
        x, y = curves.points(plot, curve)
        assert list(x) == epochs, (plot, curve)
    x, y = curves.points("loss", "train")
    assert np.array_equal(y, [e.train_loss for e in doc.runs.epochs])
    x, y = curves.points("accuracy", "test")
    assert np.array_equal(y, [e.test_accuracy for e in doc.runs.epochs])


def test_one_gradient_curve_per_layer_on_a_log_axis(qtbot, curves, doc, session):
    for _ in range(10):
        session.one_epoch()
    settle(qtbot, curves)
    plot = curves.gradient_plot
    assert list(plot.curves) == ["layer 1", "layer 2"] and doc.network.L == 2
    assert plot.plotItem.ctrl.logYCheck.isChecked()
    assert [label.text for _, label in plot.legend.items] == ["layer 1", "layer 2"]
    for l in (1, 2):
        x, y = curves.points("gradients", f"layer {l}")
        assert len(x) == len(doc.runs.epochs)
        assert np.allclose(y, [e.grad_norms[l - 1] for e in doc.runs.epochs])


def test_a_deeper_network_gets_a_curve_per_layer_in_distinct_colours(qtbot, curves, doc):
    for position in (1, 1, 1):
        doc.structure.add_layer(position)
    settle(qtbot, curves)
    L = doc.network.L
    assert L == 5 and list(curves.gradient_plot.curves) == [f"layer {l}" for l in range(1, L + 1)]
    colours = [c.name() for c in layer_colours(L)]
    assert len(set(colours)) == L
    assert len({c.name() for c in layer_colours(12)}) == 12


def test_training_live_redraws_far_less_often_than_epochs_arrive(qtbot, curves, doc, session):
    before = curves.redraw_count
    session.play(300)
    qtbot.waitUntil(lambda: not session.running, timeout=60_000)
    settle(qtbot, curves)
    assert len(curves.points("loss", "train")[0]) == len(doc.runs.epochs) == 300
    assert curves.redraw_count - before < 300 / 2


def test_many_epoch_signals_in_one_pass_make_one_redraw(qtbot, curves, doc):
    settle(qtbot, curves)
    before = curves.redraw_count
    for _ in range(100):
        doc.epochsChanged.emit()
    assert curves.redraw_count == before and curves.redraw_pending()
    settle(qtbot, curves)
    assert curves.redraw_count == before + 1


def test_regression_data_hides_accuracy_behind_a_note(qtbot, curves, doc, session):
    doc.lab.generate_data("plane", n=100, noise=0, seed=0)
    session.one_epoch()
    settle(qtbot, curves)
    curves.tabs.setCurrentIndex(1)
    assert curves.accuracy_note.isVisible() and not curves.accuracy_plot.isVisible()
    assert "regression" in curves.accuracy_note.text()
    doc.undo_stack.undo()
    doc.runs.clear_epochs()
    settle(qtbot, curves)
    assert curves.accuracy_plot.isVisible()


def test_pointing_at_a_curve_reads_out_the_epoch_and_values(qtbot, curves, doc, session):
    for _ in range(20):
        session.one_epoch()
    settle(qtbot, curves)
    plot = curves.loss_plot
    plot.plotItem.vb.autoRange()
    laid_out()
    scene_pos = plot.plotItem.vb.mapViewToScene(QPointF(7.2, float(doc.runs.epochs[6].train_loss)))
    qtbot.mouseMove(plot.viewport(), plot.mapFromScene(scene_pos))
    qtbot.waitUntil(lambda: curves.readout.text().startswith("epoch 7"))
    assert f"train {curves.options.fmt(doc.runs.epochs[6].train_loss)}" in curves.readout.text()
    assert plot.cursor.isVisible() and plot.cursor.value() == 7


def test_vanishing_gradient_buttons_set_every_hidden_layer(qtbot, curves, doc):
    doc.structure.add_layer(1)
    settle(qtbot, curves)
    curves.tabs.setCurrentIndex(2)
    assert "first layers" in curves.gradient_hint.text() and curves.gradient_hint.isVisible()
    qtbot.mouseClick(curves.sigmoid_button, Qt.MouseButton.LeftButton)
    assert doc.network.activations[1:-1] == ["sigmoid", "sigmoid"]
    qtbot.mouseClick(curves.relu_button, Qt.MouseButton.LeftButton)
    assert doc.network.activations[1:-1] == ["relu", "relu"]
    assert doc.network.activations[-1] == "sigmoid"  # the output layer is left alone
    doc.undo_stack.undo()
    assert doc.network.activations[1:-1] == ["sigmoid", "sigmoid"]


def test_without_a_hidden_layer_the_buttons_are_off(qtbot, curves, doc):
    doc.structure.remove_layer(1)
    settle(qtbot, curves)
    assert not curves.sigmoid_button.isEnabled() and not curves.relu_button.isEnabled()


def test_diverged_epochs_leave_gaps_not_errors(qtbot, curves, doc, session):
    doc.lab.generate_data("plane", n=200, noise=0, seed=0)
    doc.set_lr(10)
    session.play()
    qtbot.waitUntil(lambda: not session.running, timeout=10_000)
    assert session.divergence
    settle(qtbot, curves)
    finite = [e.train_loss for e in doc.runs.epochs if e.train_loss is not None and np.isfinite(e.train_loss)]
    x, y = curves.points("loss", "train")
    assert list(y) == finite and np.isfinite(y).all()  # non-finite epochs are skipped


def test_axes_are_labelled_and_legible(curves):
    for plot in curves.plots.values():
        item = plot.plotItem
        assert item.getAxis("bottom").labelText == "epoch" and item.getAxis("left").labelText
        assert item.getAxis("left").style["tickFont"].pointSizeF() >= 10
        assert plot.legend.items
    curves.options.font_scale = 1.5
    assert curves.loss_plot.plotItem.getAxis("left").style["tickFont"].pointSizeF() >= 15


def test_hidden_curves_wait_until_they_are_shown(qtbot, curves, doc, session):
    settle(qtbot, curves)
    curves.hide()
    before = curves.redraw_count
    for _ in range(3):
        session.one_epoch()
    qtbot.waitUntil(lambda: curves._timer.waiting_for_show)  # the redraw came due, hidden
    assert curves.redraw_count == before and curves.redraw_pending()
    curves.show()
    settle(qtbot, curves)
    assert curves.redraw_count == before + 1 and len(curves.points("loss", "train")[0]) == 3


def test_short_labels_and_plots_never_squeezed_flat(qtbot, curves):
    from bpviz.ui.lab.training_curves import MIN_PLOT_HEIGHT
    assert curves.loss_plot.y_label == "loss L" and "penalty" in curves.loss_plot.toolTip()
    curves.resize(600, 150)
    curves.tabs.setCurrentIndex(2)
    laid_out()
    for plot in curves.plots.values():
        assert plot.minimumHeight() >= MIN_PLOT_HEIGHT
    assert curves.gradient_plot.height() >= MIN_PLOT_HEIGHT


def test_non_finite_values_are_skipped(curves):
    plot = curves.loss_plot
    plot.set_values(np.arange(1.0, 5.0), {"train": np.array([1.0, np.nan, np.inf, 2.0]),
                                          "test": np.full(4, np.nan)})
    x, y = curves.points("loss", "train")
    assert list(x) == [1.0, 4.0] and list(y) == [1.0, 2.0]
    assert len(curves.points("loss", "test")[0]) == 0


def test_curves_follow_the_records_through_more_epochs_thinning_and_a_new_run(qtbot, curves,
                                                                             doc, session):
    from bpviz.state.training import training_runs

    def shown_matches_records():
        settle(qtbot, curves)
        x, y = curves.points("loss", "train")
        return (list(x) == [e.epoch for e in doc.runs.epochs]
                and np.array_equal(y, [e.train_loss for e in doc.runs.epochs]))

    for chunk in (5, 3):  # the second redraw converts only the three new epochs
        for _ in range(chunk):
            session.one_epoch()
        assert shown_matches_records()
    training_runs.MAX_EPOCH_RECORDS, limit = 10, training_runs.MAX_EPOCH_RECORDS
    try:
        for _ in range(6):  # past ten records every other one is dropped: 14 epochs, 9 records
            session.one_epoch()
    finally:
        training_runs.MAX_EPOCH_RECORDS = limit
    assert len(doc.runs.epochs) == 9 and shown_matches_records()
    session.reset()
    session.one_epoch()
    assert [e.epoch for e in doc.runs.epochs] == [1] and shown_matches_records()
