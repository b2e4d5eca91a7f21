"""Recovery: unsaved work survives a crash, and is offered back at the next start."""

import errno
import os
import signal
import subprocess
import sys
import textwrap
from datetime import datetime
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt

from bpviz.engine.files import atomic_file
from bpviz.engine.files.recovery_file import read_recovery_file
from bpviz.state import Document

from tests.ui.conftest import weights


def copies(folder):
    return sorted(p.name for p in folder.glob("*.json")) if folder.exists() else []


def drop_without_closing(window):
    """Destroy the window as a crash would: no close event, no question, no cleanup."""
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def saved_then_edited(start, dialogs, path):
    """Return a started window whose work was saved to `path`, edited since, and copied."""
    window = start()
    dialogs.save_answer = str(path)
    window.doc.set_parameter(1, 0, 0, 0.5)
    assert window.save_as()
    window.doc.set_parameter(1, 0, 0, 0.625)
    assert window.autosave.write_now()
    return window


def edit_lesson(doc):
    """Edit structure, a weight, the learning rate and the data, as a lesson would."""
    doc.structure.add_neuron(1)
    doc.set_parameter(2, 0, 2, -0.123456789)
    doc.set_lr(0.25)
    doc.lab.generate_data("xor", n=40, noise=0.1, seed=3)
    doc.lab.add_point(0.5, -0.25, 1.0)


def test_an_edit_in_the_window_writes_a_recovery_copy(start, qtbot, recovery_folder):
    window = start()
    assert copies(recovery_folder) == []  # nothing unsaved yet, nothing copied
    assert window.doc.focus.layer == 1  # "+" adds a neuron to the focused neuron's layer
    with qtbot.waitSignal(window.autosave.written, timeout=5000):
        qtbot.keyClick(window.canvas, Qt.Key.Key_Plus)
    assert window.doc.network.sizes[1] == 3
    (copy,) = recovery_folder.glob("*.json")
    assert read_recovery_file(copy).preset.network.sizes == window.doc.network.sizes


def test_a_dropped_window_leaves_its_copy_and_the_next_start_restores_it_exactly(
        start, qtbot, dialogs, recovery_folder):
    first = start()
    edit_lesson(first.doc)
    saved_at = datetime.now().strftime("%H:%M")  # the minute may turn before the question
    with qtbot.waitSignal(first.autosave.written, timeout=5000):
        first.doc.set_parameter(1, 1, 0, 0.875)
    expected = weights(first.doc.network)
    sizes, lr = first.doc.network.sizes, first.doc.lr
    X, T = first.doc.lab.dataset.X.copy(), first.doc.lab.dataset.T.copy()
    left = copies(recovery_folder)
    drop_without_closing(first)
    assert copies(recovery_folder) == left and len(left) == 1

    dialogs.restore_answer = "restore"
    second = start()
    assert dialogs.asked[-1] in {("restore", "worked-example", minute)
                                 for minute in (saved_at, datetime.now().strftime("%H:%M"))}
    doc = second.doc
    assert doc.network.sizes == sizes and doc.lr == lr
    assert all(np.array_equal(a, b) for a, b in zip(expected, weights(doc.network)))
    assert np.array_equal(doc.lab.dataset.X, X) and np.array_equal(doc.lab.dataset.T, T)
    assert doc.modified and second.isWindowModified() and doc.path is None
    assert "Restored the unsaved work of “worked-example”" in second.message_bar.text()
    # The old copy is gone; the restored work has a copy of its own at once.
    assert left[0] not in copies(recovery_folder)
    assert read_recovery_file(second.autosave.path).preset.network.sizes == sizes


def test_restored_work_keeps_its_file_so_save_writes_there(start, qtbot, dialogs, tmp_path,
                                                          recovery_folder):
    first = saved_then_edited(start, dialogs, tmp_path / "mine.json")
    drop_without_closing(first)

    dialogs.restore_answer = "restore"
    second = start()
    assert second.doc.name == "mine" and second.doc.path == tmp_path / "mine.json"
    asked = len(dialogs.asked)
    assert second.save()
    assert len(dialogs.asked) == asked  # no "save as" question: it went to mine.json
    reopened = Document()
    reopened.open_path(tmp_path / "mine.json")
    assert reopened.network.W[1][0, 0] == 0.625
    assert not second.doc.modified and copies(recovery_folder) == []


def test_declining_removes_the_copy(start, dialogs, recovery_folder):
    first = start()
    first.doc.structure.add_neuron(1)
    assert first.autosave.write_now()
    drop_without_closing(first)
    dialogs.restore_answer = "discard"
    second = start()
    assert dialogs.asked[-1][0] == "restore"
    assert copies(recovery_folder) == []
    assert second.doc.network.sizes == [2, 2, 2] and not second.doc.modified


def test_not_now_keeps_the_copy_for_the_next_start(start, dialogs, recovery_folder):
    first = start()
    first.doc.structure.add_neuron(1)
    assert first.autosave.write_now()
    drop_without_closing(first)
    dialogs.restore_answer = "later"
    second = start()
    assert len(copies(recovery_folder)) == 1 and not second.doc.modified
    dialogs.restore_answer = "restore"
    third = start()
    assert third.doc.network.sizes == [2, 3, 2]


def test_a_copy_whose_window_is_open_is_not_offered(start, dialogs, recovery_folder):
    first = start()
    first.doc.structure.add_neuron(1)
    assert first.autosave.write_now()
    dialogs.restore_answer = "discard"
    start()
    assert not any(question[0] == "restore" for question in dialogs.asked if isinstance(question, tuple))
    assert first.autosave.path.exists()


def test_saving_removes_the_copy(start, dialogs, tmp_path, recovery_folder):
    window = start()
    window.doc.set_parameter(1, 0, 0, 0.7)
    assert window.autosave.write_now() and len(copies(recovery_folder)) == 1
    dialogs.save_answer = str(tmp_path / "saved.json")
    assert window.save()
    assert copies(recovery_folder) == []


def test_closing_and_discarding_the_changes_leaves_nothing(start, dialogs, recovery_folder):
    window = start()
    window.doc.set_parameter(1, 0, 0, 0.7)
    assert window.autosave.write_now()
    dialogs.changes_answer = "discard"
    assert window.close()
    assert sorted(recovery_folder.iterdir()) == []


def test_cancelling_the_close_keeps_the_copy(start, dialogs, recovery_folder):
    window = start()
    window.doc.set_parameter(1, 0, 0, 0.7)
    assert window.autosave.write_now()
    dialogs.changes_answer = "cancel"
    assert not window.close()
    assert len(copies(recovery_folder)) == 1


def test_a_damaged_copy_is_set_aside_with_a_message(start, dialogs, recovery_folder):
    recovery_folder.mkdir()
    (recovery_folder / "123-dead.json").write_text('{"format": "bpviz-recovery", "vers')
    window = start()
    assert "could not be read" in window.message_bar.text()
    assert not any(isinstance(q, tuple) and q[0] == "restore" for q in dialogs.asked)
    assert (recovery_folder / "123-dead.json.damaged").exists() and copies(recovery_folder) == []
    assert window.doc.network.sizes == [2, 2, 2]


def test_a_file_named_at_start_waits_while_restored_work_is_open(start, dialogs):
    first = start()
    first.doc.structure.add_neuron(1)
    assert first.autosave.write_now()
    drop_without_closing(first)
    dialogs.restore_answer = "restore"
    second = start("xor")
    assert second.doc.network.sizes == [2, 3, 2]
    assert "instead of xor" in second.message_bar.text()


def test_a_save_into_a_read_only_folder_says_so_and_keeps_the_work(start, dialogs, tmp_path,
                                                                    monkeypatch):
    window = start()
    window.doc.set_parameter(1, 0, 0, 0.7)
    assert window.autosave.write_now()
    locked = tmp_path / "read-only"
    locked.mkdir()
    locked.chmod(0o555)
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        # The superuser writes anywhere; refuse as the system refuses everyone else.
        def refused(*args, **kwargs):
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

        monkeypatch.setattr(atomic_file.tempfile, "mkstemp", refused)
    try:
        dialogs.save_answer = str(locked / "lesson.json")
        assert not window.save_as()
    finally:
        locked.chmod(0o755)
    text = window.message_bar.text()
    assert "Could not save lesson.json" in text and "permission denied" in text
    assert window.doc.modified and window.isWindowModified() and window.doc.path is None
    assert list(locked.iterdir()) == []
    assert window.autosave.path.exists()  # the recovery copy still stands


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs kill -9")
def test_work_of_a_killed_bpviz_is_offered_and_restored_exactly(start, dialogs, recovery_folder,
                                                                tmp_path):
    script = textwrap.dedent("""
        import os, signal, sys
        from pathlib import Path
        from PySide6.QtCore import QSettings
        from PySide6.QtWidgets import QApplication

        app = QApplication([])
        from bpviz.state.document import autosave
        autosave.recovery_folder = lambda: Path(sys.argv[1])
        from bpviz.ui.shell.app import open_window
        from tests.ui.shell.test_recovery import edit_lesson

        window = open_window(settings=QSettings(sys.argv[2], QSettings.Format.IniFormat))
        window.autosave.written.connect(lambda path: os.kill(os.getpid(), signal.SIGKILL))
        edit_lesson(window.doc)
        app.exec()
    """)
    root = Path(__file__).resolve().parents[3]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(root)}
    killed = subprocess.run([sys.executable, "-c", script, str(recovery_folder),
                             str(tmp_path / "child.ini")], env=env, cwd=root,
                            capture_output=True, timeout=120)
    assert killed.returncode == -signal.SIGKILL, killed.stderr.decode()
    assert len(copies(recovery_folder)) == 1
    assert len(list(recovery_folder.glob("*.lock"))) == 1  # left behind, as a kill leaves it

    expected = Document()
    edit_lesson(expected)
    dialogs.restore_answer = "restore"
    window = start()
    assert dialogs.asked[-1][:2] == ("restore", "worked-example")
    doc = window.doc
    assert doc.network.sizes == expected.network.sizes and doc.lr == expected.lr
    assert all(np.array_equal(a, b) for a, b in zip(weights(expected.network), weights(doc.network)))
    assert np.array_equal(doc.lab.dataset.X, expected.lab.dataset.X)
    assert np.array_equal(doc.lab.dataset.T, expected.lab.dataset.T)
    assert doc.modified
