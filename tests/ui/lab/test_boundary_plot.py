"""BoundaryPlot: the output map and the data, redrawn from the document; clicks edit the data."""

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent

from bpviz.state import Document, ViewOptions
from bpviz.state.training.plane_maps import PlaneMaps
from bpviz.ui.lab.boundary_plot import BoundaryPlot
from bpviz.ui.lab.data_panel import DataPanel

from tests.ui.conftest import settle as settled


@pytest.fixture
def doc():
    """XOR, 100 clean points, seed 0, 20 % held out: a 2-2-1 sigmoid network with cross-entropy."""
    d = Document()
    d.lab.generate_data("xor", n=100, noise=0, seed=0)
    assert list(d.network.sizes) == [2, 2, 1]
    assert d.network.activations[-1] == "sigmoid" and d.network.loss == "cross_entropy"
    return d


@pytest.fixture
def maps(doc):
    return PlaneMaps(doc)


@pytest.fixture
def panel(qtbot, doc):
    widget = DataPanel(doc, ViewOptions())
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def plot(show_widget, doc, maps, panel):
    """A shown 600 × 600 boundary plot on the XOR data, linked to the data panel."""
    return show_widget(BoundaryPlot(doc, maps, ViewOptions(), draw_value=panel.draw_value), 600, 600)


def click_at(qtbot, plot, x, y, button=Qt.MouseButton.LeftButton,
             modifier=Qt.KeyboardModifier.NoModifier):
    """Click the plot where data point (x, y) is drawn."""
    scene = plot.plotItem.vb.mapViewToScene(QPointF(x, y))
    qtbot.mouseClick(plot.viewport(), button, modifier, plot.mapFromScene(scene))


def test_draws_the_output_map_and_the_split(plot, doc, maps):
    assert plot.heatmap().shape == (100, 100)
    assert np.array_equal(plot.heatmap(), maps.output()[0])
    assert plot.image_item.isVisible()
    train, test = doc.lab.split()
    assert plot.points_shown() == (len(train), len(test)) == (80, 20)
    # The hollow points are the document's test rows.
    held = plot.test_scatter.data["data"].astype(int)
    assert np.array_equal(np.sort(doc.lab.network_inputs(doc.lab.dataset.X[held]), axis=0),
                          np.sort(test.X, axis=0))
    (x0, x1), (y0, y1) = plot.plotItem.vb.viewRange()
    b = maps.bounds()
    assert x0 <= b[0] and x1 >= b[1] and y0 <= b[2] and y1 >= b[3]


def test_the_colour_levels_are_fixed_and_centred_at_one_half(plot):
    assert tuple(plot.image_item.getLevels()) == (0.0, 1.0)
    assert plot.colour_bar.isVisible()
    assert tuple(plot.colour_bar.levels()) == (0.0, 1.0)


def test_the_heatmap_follows_training_and_the_view_stays_put(qtbot, plot, doc, maps):
    QCoreApplication.processEvents()  # the first layout pass sizes the axes
    view = plot.plotItem.vb.viewRange()
    train = doc.lab.split()[0]
    for _ in range(5):
        doc.network.step(train.X, train.T, lr=0.5)
    before = plot.heatmap().copy()
    doc.weights_trained()
    settled(qtbot, plot)
    assert np.array_equal(plot.heatmap(), maps.output()[0])
    assert not np.array_equal(plot.heatmap(), before)
    assert plot.plotItem.vb.viewRange() == view
    assert tuple(plot.image_item.getLevels()) == (0.0, 1.0)


def test_many_changes_in_one_pass_redraw_once(qtbot, plot, doc, monkeypatch):
    calls = []
    original = plot._draw_output
    monkeypatch.setattr(plot, "_draw_output", lambda: (calls.append(1), original()))
    for _ in range(20):
        doc.weights_trained()
    settled(qtbot, plot)
    assert len(calls) == 1


def test_squared_features_still_draw_the_plane(qtbot, plot, doc, maps):
    doc.lab.set_features(["x1", "x2", "x1^2", "x2^2"])
    assert doc.network.sizes[0] == 4
    settled(qtbot, plot)
    assert plot.heatmap().shape == (100, 100)
    assert np.array_equal(plot.heatmap(), maps.output()[0])
    assert not plot.note.isVisible()


def test_clicks_draw_points_of_the_chosen_class(qtbot, plot, panel, doc):
    doc.lab.clear_points()
    settled(qtbot, plot)
    assert plot.points_shown() == (0, 0)
    panel.drawing.class_buttons[1].click()  # draw class 2
    spots = [(-3.0, -3.0), (-3.0, 3.0), (3.0, -3.0), (3.0, 3.0), (0.5, 1.5)]
    for x, y in spots:
        click_at(qtbot, plot, x, y)
    assert len(doc.lab.dataset) == 5
    assert list(doc.lab.dataset.labels) == [1] * 5
    assert np.allclose(doc.lab.dataset.X, spots, atol=0.1)
    settled(qtbot, plot)
    assert sum(plot.points_shown()) == 5

    with qtbot.waitSignal(doc.dataChanged):
        click_at(qtbot, plot, 3.0, -3.0, Qt.MouseButton.RightButton)
    assert len(doc.lab.dataset) == 4
    assert not np.any(np.all(np.isclose(doc.lab.dataset.X, [3.0, -3.0], atol=0.1), axis=1))
    doc.undo_stack.undo()
    assert len(doc.lab.dataset) == 5


def test_a_right_click_on_empty_space_removes_nothing(qtbot, plot, doc):
    count = doc.undo_stack.count()
    click_at(qtbot, plot, 0.0, 0.0, Qt.MouseButton.RightButton)  # xor keeps 0.3 from the axes
    assert len(doc.lab.dataset) == 100 and doc.undo_stack.count() == count


def test_removing_the_last_point_is_a_message(qtbot, plot, doc):
    doc.lab.clear_points()
    doc.lab.add_point(1.0, 1.0, 0)
    settled(qtbot, plot)
    with qtbot.waitSignal(plot.messageRaised) as message:
        click_at(qtbot, plot, 1.0, 1.0, Qt.MouseButton.RightButton)
    assert "at least one point" in message.args[0]
    assert len(doc.lab.dataset) == 1


def test_ctrl_click_steps_with_that_sample(qtbot, plot, doc):
    i = 37
    x, y = doc.lab.dataset.X[i]
    with qtbot.waitSignal(doc.exampleChanged):
        click_at(qtbot, plot, x, y, modifier=Qt.KeyboardModifier.ControlModifier)
    assert doc.sample_index == i
    assert np.allclose(doc.input, doc.lab.dataset.X[i])
    assert len(doc.lab.dataset) == 100  # nothing added
    settled(qtbot, plot)
    assert np.allclose(plot.selection_ring.data["x"], [x]) and np.allclose(plot.selection_ring.data["y"], [y])


def test_a_point_describes_itself(plot, doc, maps):
    text = plot.describe_point(3)
    x1, x2 = doc.lab.dataset.X[3]
    label = int(doc.lab.dataset.labels[3])
    y = float(maps.outputs_at(doc.lab.dataset.X[3:4])[0, 0])
    assert f"x₁ = {x1:.4g}" in text and f"x₂ = {x2:.4g}" in text
    assert f"class {label + 1} (t = {label})" in text
    assert f"network output y = {y:.4g}" in text


def test_many_classes_are_coloured_by_the_predicted_class(qtbot, plot, doc):
    doc.lab.generate_data("spiral", n=200, noise=0.1, seed=0, classes=4)
    assert doc.network.activations[-1] == "softmax"
    settled(qtbot, plot)
    assert plot.heatmap().shape == (100, 100, 4) and plot.heatmap().dtype == np.uint8
    assert not plot.colour_bar.isVisible()


def test_regression_levels_are_symmetric_around_zero(qtbot, plot, doc):
    doc.lab.generate_data("plane", n=200, noise=0.1, seed=0)
    settled(qtbot, plot)
    low, high = plot.image_item.getLevels()
    assert low == -high and high == pytest.approx(np.abs(doc.lab.dataset.T).max())


def test_one_dimensional_data_is_drawn_as_a_curve(qtbot, plot, panel, doc, maps):
    doc.lab.generate_data("curve", n=100, noise=0.1, seed=0)
    settled(qtbot, plot)
    assert plot.heatmap() is None and not plot.image_item.isVisible()
    xs, ys = maps.curve()
    shown_x, shown_y = plot.curve_item.getData()
    assert np.array_equal(shown_x, xs) and np.array_equal(shown_y, ys[:, 0])
    assert sum(plot.points_shown()) == 100
    click_at(qtbot, plot, 1.0, 0.5)  # the click's height is the target
    assert len(doc.lab.dataset) == 101
    assert doc.lab.dataset.X[-1, 0] == pytest.approx(1.0, abs=0.1)
    assert doc.lab.dataset.T[-1, 0] == pytest.approx(0.5, abs=0.05)


def test_undo_and_redo_redraw_the_points(qtbot, plot, doc):
    doc.lab.generate_data("spiral", n=300, noise=0.1, seed=0)
    settled(qtbot, plot)
    assert sum(plot.points_shown()) == 300
    doc.undo_stack.undo()
    settled(qtbot, plot)
    assert plot.points_shown() == (80, 20)


def test_an_empty_document_shows_a_note(qtbot, maps):
    doc = Document()  # the worked example: no data set
    plot = BoundaryPlot(doc, PlaneMaps(doc), ViewOptions())
    qtbot.addWidget(plot)
    plot.show()
    assert plot.points_shown() == (0, 0)
    assert plot.note.isVisible() and "No data" in plot.note.textItem.toPlainText()


def test_hovering_a_point_shows_its_numbers(qtbot, plot, doc):
    x, y = doc.lab.dataset.X[5]

    def hover_point_6() -> bool:
        # Read anew at each poll: the plot's layout may still settle. pyqtgraph drops a move
        # that follows another within its rate limit, so each poll sends one move only.
        pos = QPointF(plot.mapFromScene(plot.plotItem.vb.mapViewToScene(QPointF(x, y))))
        move = QMouseEvent(QEvent.Type.MouseMove, pos, plot.viewport().mapToGlobal(pos),
                           Qt.MouseButton.NoButton, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
        QCoreApplication.sendEvent(plot.viewport(), move)
        return "point 6" in plot.plotItem.vb.toolTip()

    qtbot.waitUntil(hover_point_6)
    assert plot.describe_point(5) in plot.plotItem.vb.toolTip()


@pytest.mark.parametrize("preset", ["regression", "xor", "spiral"])
@pytest.mark.parametrize("layer, value", [(1, np.nan), ("last", 1e308)])
def test_non_finite_weights_draw_a_note_not_a_traceback(qtbot, capfd, preset, layer, value):
    """NaN weights (a diverged run): no exception, no pyqtgraph traceback, a note on the plot."""
    from bpviz.ui.lab.boundary_plot import MSG_NOT_FINITE
    doc = Document()
    doc.open_preset(preset) if preset != "xor" else doc.lab.generate_data("xor", n=100, noise=0, seed=0)
    widget = BoundaryPlot(doc, PlaneMaps(doc), ViewOptions())
    qtbot.addWidget(widget)
    widget.resize(500, 500)
    widget.show()
    qtbot.waitExposed(widget)
    doc.network.W[doc.network.L if layer == "last" else layer][:] = value  # 1e308: outputs overflow to ±inf
    doc.weights_trained()
    settled(qtbot, widget)  # the plane maps made and drawn: pytest-qt fails the test on an
    for _ in range(3):  # exception in the event loop, and these paint now
        widget.grab()
    err = capfd.readouterr().err
    assert "Traceback" not in err and "ValueError" not in err
    if widget._mode == "curve":
        assert np.isfinite(widget.curve_item.getData()[1]).all()
    if not np.isnan(value):
        return  # huge weights: some outputs overflow to ±inf (the 1-D curve crashed on them)
    assert widget.note.isVisible() and widget.note.textItem.toPlainText() == MSG_NOT_FINITE
    if widget._mode == "curve":
        assert not widget.curve_item.isVisible()
        assert "network y" not in widget.legend.text
    else:
        image = widget.image_item.image
        assert widget.image_item.isVisible() and image.ndim == 3 and image.dtype == np.uint8


def test_a_partly_finite_curve_draws_only_its_finite_points(qtbot):
    doc = Document()
    doc.open_preset("regression")
    widget = BoundaryPlot(doc, PlaneMaps(doc), ViewOptions())
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    settled(qtbot, widget)
    x, y = widget.curve_item.getData()
    assert len(x) and np.isfinite(y).all() and widget.curve_item.isVisible()
    assert "network y" in widget.legend.text and not widget.note.isVisible()


def test_in_a_tall_frame_the_map_keeps_its_square_and_the_axes_end_with_it(qtbot, show_widget,
                                                                            doc, maps):
    from bpviz.ui.widgets.aspect_frame import AspectFrame
    plot = BoundaryPlot(doc, maps, ViewOptions())
    frame = show_widget(AspectFrame(plot), 400, 900)
    vb = plot.plotItem.vb

    def square_and_centred():
        (x0, x1), (y0, y1) = vb.viewRange()
        return (abs(vb.width() - vb.height()) <= 2 and abs((x1 - x0) - (y1 - y0)) < 0.05
                and plot.height() < 700 and abs(plot.y() - (900 - plot.y() - plot.height())) <= 1)

    qtbot.waitUntil(square_and_centred)
    x0, x1, y0, y1 = maps.bounds()
    assert vb.viewRange()[1] == pytest.approx([y0, y1], abs=0.05)  # no empty range above or below
    doc.lab.generate_data("curve", n=50, noise=0.1, seed=0)  # 1-D data: no aspect, the plot fills
    qtbot.waitUntil(lambda: plot.geometry() == frame.rect())
