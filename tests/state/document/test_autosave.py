"""Autosave: a copy exists exactly while there are unsaved changes, and stays apart per owner."""

import errno
import os

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSysInfo

from bpviz.engine.files.recovery_file import read_recovery_file
from bpviz.state import Document
from bpviz.state.document import autosave as autosave_module
from bpviz.state.document.autosave import Autosave, claim_leftovers


@pytest.fixture
def folder(tmp_path):
    return tmp_path / "recovery"


@pytest.fixture
def autosave(doc, folder):
    keeper = Autosave(doc, folder)
    yield keeper
    keeper.finish()


def test_an_edit_writes_a_copy_of_the_edited_document(qtbot, doc, autosave):
    with qtbot.waitSignal(autosave.written, timeout=5000):
        doc.set_parameter(2, 1, 0, -0.123456789)
    work = read_recovery_file(autosave.path)
    assert work.name == "worked-example" and work.path is None
    assert work.preset.network.W[2][1, 0] == -0.123456789


def test_a_structural_edit_writes_the_new_structure(qtbot, doc, autosave):
    with qtbot.waitSignal(autosave.written, timeout=5000):
        doc.structure.add_neuron(1)
    assert read_recovery_file(autosave.path).preset.network.sizes == [2, 3, 2]


def test_no_copy_while_nothing_is_unsaved(doc, autosave):
    assert not autosave.write_now()
    assert not autosave.path.exists()


def test_undoing_back_to_the_saved_state_removes_the_copy(qtbot, doc, autosave):
    doc.set_parameter(1, 0, 0, 0.7)
    assert autosave.write_now() and autosave.path.exists()
    doc.undo_stack.undo()
    assert not doc.modified and not autosave.path.exists()


def test_saving_removes_the_copy(doc, autosave, tmp_path):
    doc.set_parameter(1, 0, 0, 0.7)
    assert autosave.write_now()
    doc.save(tmp_path / "mine.json")
    assert not autosave.path.exists()


def test_trained_weights_are_copied_at_the_next_interval(qtbot, doc, folder):
    keeper = Autosave(doc, folder, interval_ms=50)
    try:
        doc.network.W[1][0, 0] = 0.5  # as a training run changes weights: no edit, no undo entry
        with qtbot.waitSignal(keeper.written, timeout=5000):
            doc.weights_trained()
        assert read_recovery_file(keeper.path).preset.network.W[1][0, 0] == 0.5
    finally:
        keeper.finish()


def test_a_restored_document_is_copied_at_once(doc, folder):
    doc.open_recovered(doc.snapshot("mine"), "mine", "/somewhere/mine.json")
    keeper = Autosave(doc, folder)
    try:
        work = read_recovery_file(keeper.path)
        assert (work.name, work.path) == ("mine", "/somewhere/mine.json")
    finally:
        keeper.finish()


def test_a_folder_that_cannot_be_made_is_reported_in_words(doc, tmp_path):
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    keeper = Autosave(doc, blocked / "recovery")
    problems = []
    keeper.problemRaised.connect(problems.append)
    try:
        doc.set_parameter(1, 0, 0, 0.7)
        assert not keeper.write_now()
        assert problems and "worked-example" in problems[0] and "Save your work" in problems[0]
        assert doc.modified and doc.network.W[1][0, 0] == 0.7
    finally:
        keeper.finish()


def test_a_failing_copy_is_reported_once_until_one_succeeds(doc, autosave, monkeypatch):
    problems = []
    autosave.problemRaised.connect(problems.append)
    doc.set_parameter(1, 0, 0, 0.7)

    def disk_full(*args):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    with monkeypatch.context() as patch:
        patch.setattr(autosave_module, "write_recovery_file", disk_full)
        assert not autosave.write_now() and not autosave.write_now()
    assert len(problems) == 1 and os.strerror(errno.ENOSPC) in problems[0]
    assert autosave.write_now()
    with monkeypatch.context() as patch:
        patch.setattr(autosave_module, "write_recovery_file", disk_full)
        assert not autosave.write_now()
    assert len(problems) == 2


def test_finishing_leaves_neither_copy_nor_lock(doc, autosave, folder):
    doc.set_parameter(1, 0, 0, 0.7)
    assert autosave.write_now()
    autosave.finish()
    assert sorted(folder.iterdir()) == []
    doc.set_parameter(1, 0, 0, 0.8)
    assert sorted(folder.iterdir()) == []  # no longer watching


def test_a_copy_whose_owner_lives_is_not_claimed_and_one_whose_owner_is_gone_is(qapp, folder):
    owner = QObject()
    doc = Document(parent=owner)
    keeper = Autosave(doc, folder, parent=owner)
    doc.set_parameter(1, 0, 0, 0.7)
    assert keeper.write_now()
    copy = keeper.path
    assert claim_leftovers(folder) == []
    owner.deleteLater()  # dropped without a normal close
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    leftovers = claim_leftovers(folder)
    assert [leftover.path for leftover in leftovers] == [copy]
    assert claim_leftovers(folder) == []  # claimed: a second start does not see it
    work = leftovers[0].read()
    assert np.array_equal(work.preset.network.W[1], [[0.7, 0.2], [0.25, 0.3]])
    leftovers[0].release()
    again = claim_leftovers(folder)
    assert len(again) == 1
    again[0].remove()
    assert sorted(folder.iterdir()) == []


def test_damaged_copies_are_set_aside_and_debris_is_swept(qapp, folder):
    folder.mkdir()
    (folder / "1-dead.json").write_text("{ half a docu")
    (folder / ".1-dead.json.abc.tmp").write_text("{ half")
    # A lock whose process is gone (this machine, no such process id).
    (folder / "2-gone.lock").write_text(f"999999999\nbpviz\n{QSysInfo.machineHostName()}\n")
    leftovers = claim_leftovers(folder)
    assert [leftover.path.name for leftover in leftovers] == ["1-dead.json"]
    with pytest.raises(ValueError):
        leftovers[0].read()
    leftovers[0].set_aside()
    assert sorted(p.name for p in folder.iterdir()) == ["1-dead.json.damaged"]
    assert claim_leftovers(folder) == []


def test_copies_are_offered_newest_first(qapp, folder):
    folder.mkdir()
    for name, age in (("old", 300), ("new", 10), ("middle", 100)):
        path = folder / f"{name}.json"
        path.write_text("{}")
        stamp = path.stat().st_mtime - age
        os.utime(path, (stamp, stamp))
    leftovers = claim_leftovers(folder)
    assert [leftover.path.stem for leftover in leftovers] == ["new", "middle", "old"]
    for leftover in leftovers:
        leftover.release()


def test_recovered_work_counts_as_unsaved_until_saved(doc, tmp_path):
    doc.set_parameter(1, 0, 0, 0.7)
    recovered = doc.snapshot("lesson")
    fresh = Document()
    fresh.open_recovered(recovered, "lesson", tmp_path / "lesson.json")
    assert fresh.modified and fresh.name == "lesson" and fresh.path == tmp_path / "lesson.json"
    assert fresh.network.W[1][0, 0] == 0.7
    fresh.set_parameter(1, 0, 0, 0.8)
    fresh.undo_stack.undo()  # back where it was restored: still nowhere on disk
    assert fresh.modified
    fresh.save(fresh.path)
    assert not fresh.modified
