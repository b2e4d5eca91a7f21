"""File ▸ Record animation: GIFs and PNG sequences of a step-through or of training."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
from PIL import Image
from PySide6.QtCore import Qt

from bpviz.state.document.focus import Focus
from bpviz.ui.export.record_dialog import RecordDialog
from bpviz.ui.export.recording import RecordSettings

from tests.ui.conftest import weights

# The hand-worked 2-2-2 network's step, in the seed's order: forward 2 + 2 neurons, the loss,
# backward 2 + 2 neurons, then the update of layer 1 and of layer 2.
EVENTS = 11
LAYER_GROUPS = 7  # forward l=1, l=2; loss; backward l=2, l=1; update l=1, l=2


def _record(window, dialogs, qtbot, settings: RecordSettings):
    """Answer the record dialog with `settings`, start from the menu, and wait for the end."""
    dialogs.record_answer = settings
    window.actions["record"].trigger()
    recorder = window.recordings.current
    assert recorder is not None
    qtbot.waitUntil(lambda: recorder.done, timeout=60_000)
    return recorder


def _no_leftovers(folder) -> bool:
    return not [p for p in folder.iterdir() if p.name.startswith(".")]


def test_a_whole_step_gif_has_a_frame_per_event_and_leaves_the_document_as_it_was(window, dialogs, qtbot,
                                                                                    tmp_path):
    doc = window.doc
    for _ in range(3):
        doc.advance("neuron")
    doc.set_focus(Focus.edge(2, 1, 0))
    before = (doc.cursor, doc.cursor.position, doc.focus, doc.undo_stack.count(), doc.step_count)
    start_weights = weights(doc.network)
    canvas = window.canvas.sceneRect()  # the frames' size; the closing message then shrinks the canvas
    path = tmp_path / "step.gif"
    recorder = _record(window, dialogs, qtbot, RecordSettings(kind="whole_step", path=str(path), frame_ms=400))
    assert recorder.ok and len(doc.cursor.events) == EVENTS
    with Image.open(path) as gif:
        assert gif.n_frames == EVENTS
        assert gif.info["loop"] == 0 and gif.info["duration"] == 400
        assert gif.size == (round(canvas.width()), round(canvas.height()))
    assert (doc.cursor, doc.cursor.position, doc.focus, doc.undo_stack.count(), doc.step_count) == before
    assert all(np.array_equal(a, b) for a, b in zip(weights(doc.network), start_weights))
    assert f"Recorded {EVENTS} frames" in window.statusBar().currentMessage()
    assert _no_leftovers(tmp_path)


def test_the_rest_of_a_step_by_layer_makes_a_frame_per_layer_of_events(window, dialogs, qtbot, tmp_path):
    path = tmp_path / "layers.gif"
    _record(window, dialogs, qtbot, RecordSettings(kind="rest_of_step", granularity="layer", path=str(path)))
    with Image.open(path) as gif:
        assert gif.n_frames == LAYER_GROUPS
    assert window.doc.cursor.position == 0


def test_frames_differ_as_the_step_reveals_numbers(window, dialogs, qtbot, tmp_path):
    path = tmp_path / "frames"
    _record(window, dialogs, qtbot, RecordSettings(kind="whole_step", fmt="png", path=str(path)))
    first, second = (np.asarray(Image.open(path / f"frame_000{k}.png").convert("RGB")) for k in (1, 2))
    assert first.shape == second.shape and not np.array_equal(first, second)


def test_a_png_sequence_replaces_the_frames_of_an_earlier_recording(window, dialogs, qtbot, tmp_path):
    folder = tmp_path / "frames"
    folder.mkdir()
    (folder / "frame_0030.png").write_bytes(b"an older, longer recording")
    (folder / "notes.txt").write_text("kept")
    _record(window, dialogs, qtbot, RecordSettings(kind="whole_step", fmt="png", path=str(folder)))
    names = sorted(p.name for p in folder.iterdir())
    assert names == [f"frame_{k:04d}.png" for k in range(1, EVENTS + 1)] + ["notes.txt"]
    with Image.open(folder / "frame_0011.png") as last:
        assert last.format == "PNG"


def test_cancel_stops_early_writes_nothing_and_puts_the_cursor_back(window, dialogs, qtbot, tmp_path):
    doc = window.doc
    doc.advance("neuron")
    dialogs.cancel_after = 3
    path = tmp_path / "cancelled.gif"
    recorder = _record(window, dialogs, qtbot, RecordSettings(kind="whole_step", path=str(path)))
    assert not recorder.ok and recorder.frames.count == 3 < EVENTS
    assert dialogs.last_progress.closed
    assert not path.exists() and _no_leftovers(tmp_path)
    assert doc.cursor.position == 1
    assert "cancelled" in window.statusBar().currentMessage()


def test_recording_runs_on_the_event_loop_not_in_one_blocking_call(window, tmp_path):
    recorder = window.recordings.record(RecordSettings(kind="whole_step", path=str(tmp_path / "x.gif")))
    assert recorder is not None and not recorder.done and recorder.frames.count == 0
    recorder.cancel()
    assert recorder.done and window.doc.cursor.position == 0


def test_an_unwritable_place_gives_a_message_and_changes_nothing(window, dialogs, tmp_path):
    (tmp_path / "a-file").write_text("not a folder")
    dialogs.record_answer = RecordSettings(kind="whole_step", path=str(tmp_path / "a-file" / "step.gif"))
    window.actions["record"].trigger()
    assert window.recordings.current is None
    assert "Could not record" in window.message_bar.text()
    assert window.doc.cursor.position == 0 and (tmp_path / "a-file").read_text() == "not a folder"


def test_the_rest_of_a_finished_step_is_nothing_to_record(window, tmp_path):
    window.doc.advance("step")
    assert window.recordings.record(RecordSettings(kind="rest_of_step", path=str(tmp_path / "x.gif"))) is None
    assert "already at its end" in window.message_bar.text()


def test_recording_training_trains_for_real_one_frame_every_k_epochs(window, dialogs, qtbot, tmp_path):
    window.doc.open_preset("xor")
    window.apply_layout("train")
    epochs_before = len(window.doc.runs.epochs)
    path = tmp_path / "training.gif"
    _record(window, dialogs, qtbot, RecordSettings(kind="training", view="output", epochs=4, every=2,
                                                   path=str(path)))
    with Image.open(path) as gif:
        assert gif.n_frames == 3  # before training, after epoch 2, after epoch 4
        assert gif.size == (window.boundary_plot.width(), window.boundary_plot.height())
    assert len(window.doc.runs.epochs) == epochs_before + 4


def test_the_dialog_opens_with_the_last_answers_and_the_current_granularity(window, dialogs, qtbot, tmp_path):
    settings = RecordSettings(kind="whole_step", fmt="png", path=str(tmp_path / "frames"))
    _record(window, dialogs, qtbot, settings)
    window.options.granularity = "layer"
    dialogs.record_answer = None
    window.actions["record"].trigger()
    asked = dialogs.asked[-1][1]
    assert asked == replace(settings, granularity="layer")


def test_the_record_dialog_shows_training_settings_only_for_training(qtbot, tmp_path):
    defaults = RecordSettings(path=str(tmp_path / "step.gif"))
    dialog = RecordDialog(defaults, can_train=True, has_map=True, ask_path=lambda fmt, now: "")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.epochs.isVisible() and dialog.granularity.isVisible()
    dialog.kind.setCurrentIndex(dialog.kind.findData("training"))
    assert dialog.epochs.isVisible() and dialog.training_note.isVisible()
    assert "for real" in dialog.training_note.text()
    assert dialog.settings().view == "output"  # training is watched on the output map
    dialog.fmt.setCurrentIndex(dialog.fmt.findData("png"))
    assert dialog.path.text() == str(tmp_path / "step") and not dialog.frame_ms.isVisible()


def test_the_record_dialog_refuses_to_start_without_a_place(qtbot):
    dialog = RecordDialog(RecordSettings(path=""), can_train=False, has_map=False, ask_path=lambda fmt, now: "")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.kind.model().item(2).isEnabled()  # no data: no training to record
    qtbot.mouseClick(_button(dialog, "Record"), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "where to save" in dialog.error.text()


def test_browse_fills_in_the_chosen_place(qtbot, tmp_path):
    chosen = str(tmp_path / "chosen.gif")
    dialog = RecordDialog(RecordSettings(), can_train=False, has_map=False, ask_path=lambda fmt, now: chosen)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(_button(dialog, "Browse…"), Qt.MouseButton.LeftButton)
    assert dialog.settings().path == chosen


def _button(dialog, text: str):
    from PySide6.QtWidgets import QPushButton

    return next(b for b in dialog.findChildren(QPushButton) if b.text() == text)
