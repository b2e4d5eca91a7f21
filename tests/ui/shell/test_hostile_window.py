"""The hostile-input corpus through the window: said in the message bar, the work left as it was.

Text from outside (a file's name, a column's name, a CSV cell, a lesson's title, a recovery
copy's name) is shown as written: a watch on the folder an <img src=…> points into proves
that Qt opened none of it while the window showed and painted that text.
"""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from bpviz.engine import Network, save_network
from bpviz.engine.data.dataset_spec import dataset_from_spec
from bpviz.engine.files.presets import load_document
from bpviz.ui.lab import csv_box
from bpviz.ui.widgets.checked_spin_box import CheckedDoubleSpinBox, CheckedSpinBox
from bpviz.ui.shell.dialogs import Dialogs
from tests.hostile_corpus import (
    CASE_SECONDS, HOSTILE_NAME, HOSTILE_STYLE, MEMORY_LIMIT, OpenWatch, bounded, csv_cases, document_cases, fingerprint,
    lesson_cases, make_probes, peak_memory,
)

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def probes(tmp_path, monkeypatch):
    """The images the hostile texts name, in the current folder; a watch on who opens them."""
    folder = make_probes(tmp_path / "probes")
    monkeypatch.chdir(folder)
    watch = OpenWatch(folder)
    yield watch
    watch.close()


def paint_everything(window, qtbot) -> None:
    """Lay out and paint the window and its lesson dock, as the screen would show them."""
    QApplication.processEvents()
    window.grab()
    window.lesson_dock.grab()
    QApplication.processEvents()


def test_text_from_outside_is_shown_as_written_and_loads_nothing(window, qtbot, dialogs, probes, tmp_path):
    folder = tmp_path / "files"
    folder.mkdir()
    # A document whose loss is a tag: refused, the message quoting it.
    damaged = document_cases(folder / "corpus")
    assert not window.open_file(str(next(c.path for c in damaged if c.path.name == "img-loss.json")))
    assert HOSTILE_NAME in window.message_bar.text()
    paint_everything(window, qtbot)
    assert probes.opened() == []
    # A good network whose file name is a tag: opened, named in the title and the recent files.
    named = folder / f"{HOSTILE_NAME}.json"
    save_network(Network([2, 2, 1], ["tanh", "sigmoid"], "mse", seed=1), named)
    assert window.open_file(str(named)) and window.doc.name == HOSTILE_NAME
    # Data whose columns are tags: the plot's axis titles, the example table's tooltips.
    data = folder / "columns.csv"
    data.write_text(f"{HOSTILE_NAME},{HOSTILE_STYLE},t\n0,0,0\n0,1,1\n1,0,1\n1,1,0\n", encoding="utf-8")
    dialogs.open_answer = str(data)
    window.apply_layout("train")
    qtbot.mouseClick(window.data_panel.csv.import_button, LEFT)
    assert window.doc.lab.dataset.input_names == (HOSTILE_NAME, HOSTILE_STYLE)
    paint_everything(window, qtbot)
    # A CSV cell that is a tag: refused, quoted.
    dialogs.open_answer = str(next(c.path for c in csv_cases(folder / "csv") if c.path.name == "img-cell.csv"))
    qtbot.mouseClick(window.data_panel.csv.import_button, LEFT)
    assert HOSTILE_NAME in window.message_bar.text()
    # A lesson whose title is a tag and whose step's markup carries a style that loads a file.
    lesson = folder / "lesson.toml"
    lesson.write_text('format = "bpviz-lesson"\nversion = 1\ntitle = "' + HOSTILE_NAME.replace('"', '\\"')
                      + '"\n\n[[steps]]\ntitle = \'' + HOSTILE_STYLE + '\'\ntext = \'' + HOSTILE_STYLE
                      + ' and <i style="background: url(a.png)">more</i>\'\n', encoding="utf-8")
    dialogs.open_answer = str(lesson)
    window.actions["open_lesson"].trigger()
    panel = window.lesson_dock.panel
    assert window.lesson_dock.runner.lesson is not None
    assert panel.lesson_label.text() == HOSTILE_NAME
    assert panel.lesson_label.textFormat() == Qt.TextFormat.PlainText
    assert "style" not in panel.title_label.text() and "<b>bold</b>" in panel.title_label.text()
    assert "style" not in panel.text_label.text() and "url" not in panel.text_label.text()
    paint_everything(window, qtbot)
    assert window.message_bar.label.textFormat() == Qt.TextFormat.PlainText
    assert probes.opened() == []


def test_the_restore_question_shows_a_copys_name_as_written(qtbot, probes):
    seen = {}

    def answer() -> None:
        box = QApplication.activeModalWidget()
        box.grab()  # laid out and painted: where an <img> would be read
        seen["format"], seen["text"] = box.textFormat(), box.text()
        box.reject()

    QTimer.singleShot(0, answer)
    assert Dialogs.restore_recovered(None, HOSTILE_NAME, "14:05") == "later"
    assert seen["format"] == Qt.TextFormat.PlainText and HOSTILE_NAME in seen["text"]
    assert probes.opened() == []


def test_every_hostile_file_opened_in_the_window_is_said_and_changes_nothing(window, qtbot, dialogs, tmp_path):
    before = window.doc.snapshot("before")
    for case in document_cases(tmp_path / "corpus"):
        kept = fingerprint(case.path)
        with bounded():
            assert not window.open_file(str(case.path))
        assert case.says.split(" ")[0] in window.message_bar.text() or case.says in window.message_bar.text()
        assert fingerprint(case.path) == kept and peak_memory() < MEMORY_LIMIT
    after = window.doc.snapshot("before")
    assert after.network.sizes == before.network.sizes
    assert all(np.array_equal(a, b) for a, b in zip(after.network.W[1:], before.network.W[1:]))


def test_every_hostile_csv_is_refused_before_the_data_changes(window, qtbot, dialogs, tmp_path):
    window.open_preset("xor")
    data = window.doc.lab.dataset
    for case in csv_cases(tmp_path / "csv"):
        dialogs.open_answer = str(case.path)
        with bounded():
            qtbot.mouseClick(window.data_panel.csv.import_button, LEFT)
            # (a file of over 1 MiB is read beside the window: its refusal comes when the read ends)
            qtbot.waitUntil(lambda: case.says in window.message_bar.text(), timeout=CASE_SECONDS * 1000)
        assert window.doc.lab.dataset is data


def test_a_data_set_as_large_as_import_allows_can_be_saved_and_read_back(window, qtbot, dialogs, tmp_path):
    rows = "".join(f"{k % 7 / 7},{k % 5 / 5},{k % 2}\n" for k in range(100_000))
    data = tmp_path / "largest.csv"
    data.write_text("x1,x2,t\n" + rows, encoding="utf-8")
    dialogs.open_answer = str(data)
    window.apply_layout("train")
    qtbot.mouseClick(window.data_panel.csv.import_button, LEFT)
    assert not dialogs.last_progress.closed  # read beside the window, which keeps answering
    qtbot.waitUntil(lambda: dialogs.last_progress.closed, timeout=30_000)
    assert len(window.doc.lab.dataset) == 100_000
    dialogs.save_answer = str(tmp_path / "largest.json")
    assert window.save_as()
    assert len(dataset_from_spec(load_document(tmp_path / "largest.json").dataset)) == 100_000


def test_cancelling_a_large_import_leaves_the_data_as_it_was(window, qtbot, dialogs, tmp_path):
    window.open_preset("xor")
    data, index = window.doc.lab.dataset, window.doc.undo_stack.index()
    large = tmp_path / "large.csv"
    large.write_text("x1,x2,t\n" + "".join(f"{k / 7:.6f},{k / 5:.6f},{k % 2}\n" for k in range(90_000)),
                     encoding="utf-8")
    dialogs.open_answer, dialogs.cancel_after = str(large), 0  # Cancel, pressed at once
    qtbot.mouseClick(window.data_panel.csv.import_button, LEFT)
    qtbot.waitUntil(lambda: dialogs.last_progress.closed)
    assert "cancelled" in window.message_bar.text()
    csv_box._READER.submit(lambda: None).result(timeout=CASE_SECONDS)  # the read, run to its end unseen
    QApplication.processEvents()
    assert window.doc.lab.dataset is data and window.doc.undo_stack.index() == index


def test_every_hostile_lesson_is_listed_with_its_problem_and_the_next_start_works(window, qtbot, dialogs,
                                                                                 settings, tmp_path):
    from bpviz.ui.shell.main_window import MainWindow

    for case in lesson_cases(tmp_path / "lessons"):
        dialogs.open_answer = str(case.path)
        with bounded():
            window.actions["open_lesson"].trigger()
        assert window.lesson_dock.runner.lesson is None
        assert case.says in window.lesson_dock.panel.chooser.details.text() or \
            case.path.name in window.message_bar.text()
    with bounded():  # remembered, the broken files are read again by the next window
        again = MainWindow(settings=settings)
        qtbot.addWidget(again)
        again.lesson_dock.choose()
        assert again.lesson_dock.panel.chooser.list.count() >= 5


def test_a_lesson_asking_for_a_huge_network_is_refused_when_read(window, dialogs, tmp_path):
    lesson = tmp_path / "huge.toml"
    lesson.write_text('format = "bpviz-lesson"\nversion = 1\ntitle = "Huge"\n\n[[steps]]\ntitle = "S"\n'
                      'text = "t"\nactions = [{ do = "new_network", sizes = [4096, 4096, 4096, 4096, 4096], '
                      'activations = ["tanh", "tanh", "tanh", "sigmoid"] }]\n', encoding="utf-8")
    dialogs.open_answer = str(lesson)
    sizes = list(window.doc.network.sizes)
    window.actions["open_lesson"].trigger()
    assert window.lesson_dock.runner.lesson is None and list(window.doc.network.sizes) == sizes
    assert "at most 1,000,000" in window.lesson_dock.panel.chooser.details.text()


GARBAGE = ("0.5 0.6", "1e400", "1_000", "\u0661\u0662", "abc", "-5", "99999999999999", "1,5", "")


def test_no_spin_box_takes_what_it_cannot_read_whole(window, qtbot):
    window.open_preset("xor")
    boxes = [b for b in window.findChildren(CheckedSpinBox) + window.findChildren(CheckedDoubleSpinBox)]
    assert len(boxes) >= 10
    index, sizes = window.doc.undo_stack.index(), list(window.doc.network.sizes)
    for box in boxes:
        for text in GARBAGE:
            if text in ("-5", "99999999999999") and box.minimum() <= float(text) <= box.maximum():
                continue  # a number this box takes (a target value may be −5)
            value, said = box.value(), []
            box.refused.connect(said.append)
            box.lineEdit().setText(text)
            box.interpretText()  # what editing's end does
            box.refused.disconnect(said.append)
            assert box.value() == value, f"{box.what}: {text!r} became {box.value()}"
            if text.strip():
                assert said, f"{box.what}: {text!r} refused in silence"
    assert window.doc.undo_stack.index() == index and list(window.doc.network.sizes) == sizes
