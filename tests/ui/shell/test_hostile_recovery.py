"""Recovery copies that lie, locks that cannot be read, and the debris of killed saves."""

from __future__ import annotations

import json
import os
import time
from datetime import datetime

from bpviz.engine.files.bounded_read import file_digest
from bpviz.engine.limits import MAX_FILE_BYTES
from bpviz.engine.files.presets import load_preset
from bpviz.engine.files.recovery_file import write_recovery_file
from tests.hostile_corpus import bounded, fingerprint

from tests.ui.shell.test_recovery import copies, drop_without_closing, saved_then_edited


def offered(dialogs) -> list:
    return [q for q in dialogs.asked if isinstance(q, tuple) and q[0] == "restore"]


def test_a_copy_older_than_the_file_saved_after_it_is_set_aside_not_offered(start, dialogs, tmp_path,
                                                                            recovery_folder):
    first = saved_then_edited(start, dialogs, tmp_path / "mine.json")
    copy = first.autosave.path
    kept = copy.read_bytes()
    assert first.save()  # the newer work reaches the file; then the kill, before the copy goes:
    copy.write_bytes(kept)
    drop_without_closing(first)
    saved = fingerprint(tmp_path / "mine.json")

    dialogs.restore_answer = "restore"
    second = start()
    assert offered(dialogs) == []
    assert "older than" in second.message_bar.text() and "set aside" in second.message_bar.text()
    assert copies(recovery_folder) == [] and copy.with_name(copy.name + ".outdated").exists()
    assert fingerprint(tmp_path / "mine.json") == saved


def test_restored_work_never_saves_to_a_file_it_did_not_come_from(start, dialogs, tmp_path, recovery_folder):
    notes = tmp_path / "notes.txt"
    notes.write_text("a person's notes, not a bpviz document\n", encoding="utf-8")
    recovery_folder.mkdir()
    write_recovery_file(recovery_folder / "1-forged.json", load_preset("xor"), "xor", notes,
                        datetime.now(), file_digest(notes, MAX_FILE_BYTES))
    kept = fingerprint(notes)
    dialogs.restore_answer = "restore"
    dialogs.save_answer = ""  # Save asks where: the person cancels
    window = start()
    assert len(offered(dialogs)) == 1 and window.doc.path is None
    assert not window.save()
    assert "save" in dialogs.asked and fingerprint(notes) == kept


def test_a_copy_whose_lock_names_no_process_is_offered(start, dialogs, recovery_folder):
    recovery_folder.mkdir()
    for name, lock in (("1-empty", b""), ("2-garbage", b"\x00\xffnot a lock\n"), ("3-huge", b"9" * 5000)):
        write_recovery_file(recovery_folder / f"{name}.json", load_preset("xor"), name, None,
                            datetime.now())
        (recovery_folder / f"{name}.lock").write_bytes(lock)
        old = time.time() - 3600
        os.utime(recovery_folder / f"{name}.lock", (old, old))
    os.mkfifo(recovery_folder / "4-fifo.lock")
    write_recovery_file(recovery_folder / "4-fifo.json", load_preset("xor"), "4-fifo", None,
                        datetime.now())
    dialogs.restore_answer = "later"
    with bounded():
        start()
    assert sorted(q[1] for q in offered(dialogs)) == ["1-empty", "2-garbage", "3-huge", "4-fifo"]


def test_a_fifo_or_a_folder_in_the_recovery_folder_is_set_aside_and_the_start_goes_on(start, dialogs,
                                                                                      recovery_folder):
    recovery_folder.mkdir()
    os.mkfifo(recovery_folder / "1-fifo.json")
    (recovery_folder / "2-folder.json").mkdir()
    (recovery_folder / "3-text.json").write_text(json.dumps({"format": "bpviz-recovery", "name": "<b>x"}))
    with bounded():
        window = start()
    assert offered(dialogs) == [] and "could not be read" in window.message_bar.text()
    assert copies(recovery_folder) == []


def test_the_debris_of_killed_saves_goes_when_the_file_is_next_opened_or_saved(window, dialogs, tmp_path):
    dialogs.save_answer = str(tmp_path / "mine.json")
    assert window.save_as()
    debris = [tmp_path / ".mine.json.k1l2d3.tmp", tmp_path / ".mine.json.x9y8z7.tmp"]
    other = tmp_path / ".other.json.abc123.tmp"
    for path in debris + [other]:
        path.write_text("{half a docu", encoding="utf-8")
    assert window.open_file(str(tmp_path / "mine.json"))
    assert not any(p.exists() for p in debris) and other.exists()
    debris[0].write_text("{", encoding="utf-8")
    assert window.save()
    assert not debris[0].exists()
