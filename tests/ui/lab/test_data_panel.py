"""DataPanel: its combo, spin boxes, check boxes and buttons change the document's data, undoably."""

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyle, QStyleOptionButton

from bpviz.engine.data.csv_data import load_csv
from bpviz.state import Document, ViewOptions
from bpviz.ui.lab.csv_box import CsvBox
from bpviz.ui.lab.data_panel import DataPanel


@pytest.fixture
def doc():
    """XOR, 100 clean points, seed 0: a 2-2-1 network with a sigmoid output and cross-entropy."""
    d = Document()
    d.lab.generate_data("xor", n=100, noise=0, seed=0)
    assert d.network.sizes[0] == 2 and d.network.sizes[-1] == 1
    assert d.network.activations[-1] == "sigmoid" and d.network.loss == "cross_entropy"
    return d


@pytest.fixture
def panel(show_widget, doc):
    """A shown 340 × 600 data panel on the XOR data."""
    return show_widget(DataPanel(doc, ViewOptions()), 340, 600)


@pytest.fixture
def answers(monkeypatch):
    """Dialogs that answer at once with the paths the test sets."""

    class Answers:
        open_answer = ""
        save_answer = ""

        @classmethod
        def open_csv_path(cls, parent, folder):
            return cls.open_answer

        @classmethod
        def save_csv_path(cls, parent, suggested):
            return cls.save_answer

    monkeypatch.setattr(CsvBox, "dialogs", Answers)  # the panel's CSV box asks, standing alone
    return Answers


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def tick(qtbot, check):
    """Click a check box on its box (its centre may be empty space in a wide grid cell)."""
    option = QStyleOptionButton()
    check.initStyleOption(option)
    box = check.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, check)
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=box.center())


def type_into_spin(qtbot, spin, text):
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), text)
    qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_Return)


def test_shows_the_document(panel, doc):
    assert panel.generator_combo.currentData() == "xor"
    assert panel.points_spin.value() == 100 and panel.noise_spin.value() == 0
    assert panel.seed_spin.value() == 0
    assert not panel.classes_spin.isEnabled()  # xor has two classes, always
    assert panel.summary_label.text() == "xor · 100 points · 2 classes · 80 train / 20 test"
    assert panel.test_spin.value() == 20
    assert [name for name, box in panel.feature_boxes.items() if box.isChecked()] == ["x1", "x2"]
    assert panel.inputs_label.text() == "The input layer has 2 neurons"
    assert panel.problem_label.isHidden()


def test_choosing_spiral_regenerates_and_undo_returns_to_xor(qtbot, panel, doc):
    with qtbot.waitSignal(doc.dataChanged):
        panel.generator_combo.setCurrentIndex(panel.generator_combo.findData("spiral"))
    assert doc.lab.dataset.name == "spiral" and len(doc.lab.dataset) == 100
    assert doc.lab.spec["seed"] == 0
    assert panel.classes_spin.isEnabled()
    doc.undo_stack.undo()
    assert doc.lab.dataset.name == "xor"
    assert panel.generator_combo.currentData() == "xor"
    assert not panel.classes_spin.isEnabled()


def test_classes_points_and_noise_regenerate_with_the_same_seed(qtbot, panel, doc):
    panel.generator_combo.setCurrentIndex(panel.generator_combo.findData("gaussians"))
    type_into_spin(qtbot, panel.classes_spin, "4")
    assert doc.lab.dataset.classes == 4 and doc.network.sizes[-1] == 4
    type_into_spin(qtbot, panel.points_spin, "300")
    assert len(doc.lab.dataset) == 300
    type_into_spin(qtbot, panel.noise_spin, "25")
    assert doc.lab.spec == {"name": "gaussians", "n": 300, "noise": 0.25, "seed": 0, "classes": 4}
    assert panel.noise_slider.value() == 25


def test_regenerate_takes_the_next_seed(qtbot, panel, doc):
    before = doc.lab.dataset.X.copy()
    click(qtbot, panel.regenerate_button)
    assert doc.lab.spec["seed"] == 1 and panel.seed_spin.value() == 1
    assert not np.array_equal(doc.lab.dataset.X, before)
    doc.undo_stack.undo()
    assert panel.seed_spin.value() == 0


def test_test_share_splits_the_data(qtbot, panel, doc):
    type_into_spin(qtbot, panel.test_spin, "30")
    assert doc.lab.test_fraction == pytest.approx(0.3)
    assert panel.test_slider.value() == 30
    assert panel.summary_label.text() == "xor · 100 points · 2 classes · 70 train / 30 test"
    doc.undo_stack.undo()
    assert panel.test_spin.value() == 20 and panel.test_slider.value() == 20


def test_checking_squares_grows_the_input_layer(qtbot, panel, doc):
    with qtbot.waitSignal(doc.structureChanged):
        tick(qtbot, panel.feature_boxes["x1^2"])
    tick(qtbot, panel.feature_boxes["x2^2"])
    assert doc.lab.features == ("x1", "x2", "x1^2", "x2^2")
    assert doc.network.sizes[0] == 4
    assert panel.inputs_label.text() == "The input layer now has 4 neurons"
    doc.undo_stack.undo()
    assert doc.network.sizes[0] == 3 and panel.feature_boxes["x1^2"].isChecked()
    assert not panel.feature_boxes["x2^2"].isChecked()


def test_the_last_feature_cannot_be_unchecked(qtbot, panel, doc):
    tick(qtbot, panel.feature_boxes["x1"])
    assert doc.lab.features == ("x2",) and doc.network.sizes[0] == 1
    count = doc.undo_stack.count()
    with qtbot.waitSignal(panel.messageRaised) as message:
        tick(qtbot, panel.feature_boxes["x2"])
    assert "at least one" in message.args[0]
    assert panel.feature_boxes["x2"].isChecked()
    assert doc.lab.features == ("x2",) and doc.undo_stack.count() == count


def test_features_apply_to_two_dimensional_data_only(qtbot, panel, doc):
    panel.generator_combo.setCurrentIndex(panel.generator_combo.findData("curve"))
    assert doc.lab.dataset.X.shape[1] == 1
    assert not panel.features_box.isEnabled()
    assert panel.drawing.draw_stack.currentWidget() is not panel.drawing.draw_stack.widget(0)  # no class buttons


def test_draw_value_follows_the_class_buttons(qtbot, panel, doc):
    assert panel.draw_value() == 0
    assert panel.drawing.class_buttons[1].isVisible() and not panel.drawing.class_buttons[2].isVisible()
    click(qtbot, panel.drawing.class_buttons[1])
    assert panel.draw_value() == 1
    panel.generator_combo.setCurrentIndex(panel.generator_combo.findData("plane"))
    type_into_spin(qtbot, panel.drawing.value_spin, "-0.5")
    assert panel.draw_value() == -0.5


def test_clear_points_empties_the_data_and_says_so(qtbot, panel, doc):
    click(qtbot, panel.drawing.clear_button)
    assert len(doc.lab.dataset) == 0 and doc.lab.spec is None
    assert panel.generator_combo.currentData() is None  # "your own points"
    assert not panel.regenerate_button.isEnabled()
    assert panel.problem_label.isVisible()
    assert "no points" in panel.problem_label.text()
    doc.undo_stack.undo()
    assert len(doc.lab.dataset) == 100 and panel.problem_label.isHidden()


def test_a_bad_csv_row_is_named_and_nothing_is_imported(qtbot, panel, doc, answers, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("x1,x2,class\n0.5,1.0,1\n0.2,oops,0\n", encoding="utf-8")
    answers.open_answer = str(path)
    before, count = doc.lab.dataset, doc.undo_stack.count()
    with qtbot.waitSignal(panel.messageRaised) as message:
        click(qtbot, panel.csv.import_button)
    assert "line 3" in message.args[0] and "column 2" in message.args[0]
    assert "bad.csv" in message.args[0]
    assert doc.lab.dataset is before and doc.undo_stack.count() == count


def test_export_then_import_round_trips_the_points(qtbot, panel, doc, answers, tmp_path):
    doc.lab.add_point(1.25, -2.5, 1)
    path = tmp_path / "points.csv"
    answers.save_answer = str(path)
    click(qtbot, panel.csv.export_button)
    assert load_csv(path).X.shape == (101, 2)
    original = doc.lab.dataset
    doc.lab.clear_points()
    answers.open_answer = str(path)
    with qtbot.assertNotEmitted(panel.messageRaised):
        click(qtbot, panel.csv.import_button)
    assert np.array_equal(doc.lab.dataset.X, original.X)
    assert np.array_equal(doc.lab.dataset.labels, original.labels)
    assert panel.summary_label.text().startswith("points · 101 points · 2 classes")


def test_cancelled_dialogs_change_nothing(qtbot, panel, doc, answers):
    before = doc.lab.dataset
    with qtbot.assertNotEmitted(panel.messageRaised):
        click(qtbot, panel.csv.import_button)
        click(qtbot, panel.csv.export_button)
    assert doc.lab.dataset is before


def test_an_unwritable_export_is_a_message(qtbot, panel, doc, answers, tmp_path):
    answers.save_answer = str(tmp_path / "no such folder" / "points.csv")
    with qtbot.waitSignal(panel.messageRaised) as message:
        click(qtbot, panel.csv.export_button)
    assert "points.csv" in message.args[0]


@pytest.mark.parametrize("scale", [1.0, 1.6])
def test_nothing_is_clipped_in_a_narrow_dock(qtbot, panel, scale):
    panel.options.font_scale = scale
    if scale == 1.0:  # at projector sizes the panel scrolls instead
        assert panel.content.minimumSizeHint().width() <= 340 - 4
    qtbot.waitUntil(lambda: panel.content.height() >= panel.content.minimumSizeHint().height())
    assert panel.summary_label.height() >= panel.summary_label.heightForWidth(panel.summary_label.width())
    for button in (panel.regenerate_button, panel.csv.import_button, panel.csv.export_button,
                   panel.drawing.clear_button):
        assert button.width() >= button.sizeHint().width()
    assert panel.font().pointSizeF() >= 10


def test_the_dock_cannot_squeeze_the_panel_below_300_px(panel):
    assert panel.minimumWidth() >= 300  # a dock never makes its widget narrower than this


def test_choosing_a_generator_with_no_data_set_takes_its_defaults(show_widget):
    from bpviz.engine.data.datasets import DEFAULT_NOISE, DEFAULT_POINTS
    doc = Document()  # the hand-worked example: no data set yet
    panel = show_widget(DataPanel(doc, ViewOptions()), 340, 600)
    assert panel.points_spin.value() == DEFAULT_POINTS and panel.noise_spin.value() == round(100 * DEFAULT_NOISE)
    panel.generator_combo.setCurrentIndex(panel.generator_combo.findData("xor"))
    assert doc.lab.spec == {"name": "xor", "n": DEFAULT_POINTS, "noise": DEFAULT_NOISE, "seed": 0}
    assert len(doc.lab.dataset) == DEFAULT_POINTS
