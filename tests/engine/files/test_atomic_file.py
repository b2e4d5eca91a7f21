"""Atomic writes: a failure at any point leaves the old file whole and no debris beside it."""

import errno
import os
import stat

import numpy as np
import pytest

from bpviz.engine import load_network, save_network
from bpviz.engine.files.atomic_file import atomic_open, write_bytes_atomically, write_text_atomically
from bpviz.engine.data.csv_data import load_csv, save_csv
from bpviz.engine.data.datasets import make_dataset


def names_in(folder):
    return sorted(p.name for p in folder.iterdir())


def disk_full(*args):
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def test_a_write_replaces_the_file_and_leaves_nothing_else(tmp_path):
    target = tmp_path / "a.txt"
    target.write_text("old")
    write_text_atomically(target, "new ∂L/∂w\n")
    assert target.read_text(encoding="utf-8") == "new ∂L/∂w\n"
    assert names_in(tmp_path) == ["a.txt"]


def test_bytes_are_written_as_given(tmp_path):
    write_bytes_atomically(tmp_path / "b.bin", b"\x00\xff\r\n")
    assert (tmp_path / "b.bin").read_bytes() == b"\x00\xff\r\n"


def test_an_error_midway_through_writing_keeps_the_old_file(tmp_path):
    target = tmp_path / "a.txt"
    target.write_text("old contents")
    with pytest.raises(RuntimeError, match="midway"):
        with atomic_open(target) as file:
            file.write("half of the new")
            raise RuntimeError("midway")
    assert target.read_text() == "old contents"
    assert names_in(tmp_path) == ["a.txt"]


def test_a_full_disk_at_the_flush_keeps_the_old_file(tmp_path, monkeypatch):
    target = tmp_path / "a.txt"
    target.write_text("old contents")
    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(OSError) as error:
        write_text_atomically(target, "new contents")
    assert error.value.errno == errno.ENOSPC
    assert target.read_text() == "old contents"
    assert names_in(tmp_path) == ["a.txt"]


def test_a_failed_rename_keeps_the_old_file(tmp_path, monkeypatch):
    target = tmp_path / "a.txt"
    target.write_text("old contents")

    def refused(source, destination):
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

    monkeypatch.setattr(os, "replace", refused)
    with pytest.raises(PermissionError):
        write_text_atomically(target, "new contents")
    assert target.read_text() == "old contents"
    assert names_in(tmp_path) == ["a.txt"]


def test_a_missing_folder_is_an_os_error_and_creates_nothing(tmp_path):
    with pytest.raises(FileNotFoundError):
        write_text_atomically(tmp_path / "missing" / "a.txt", "x")
    assert names_in(tmp_path) == []


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_permissions_are_kept_and_new_files_are_readable(tmp_path):
    kept = tmp_path / "private.txt"
    kept.write_text("old")
    kept.chmod(0o600)
    write_text_atomically(kept, "new")
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    write_text_atomically(tmp_path / "new.txt", "new")
    assert stat.S_IMODE((tmp_path / "new.txt").stat().st_mode) == 0o644


def test_only_write_modes_are_accepted(tmp_path):
    with pytest.raises(ValueError, match="'a'"):
        with atomic_open(tmp_path / "a.txt", "a"):
            pass


def test_a_network_save_that_fails_keeps_the_saved_network(tmp_path, monkeypatch, worked_net):
    path = tmp_path / "net.json"
    save_network(worked_net, path)
    before = path.read_bytes()
    worked_net.W[1][0, 0] = 9.0
    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(OSError):
        save_network(worked_net, path)
    assert path.read_bytes() == before and load_network(path).W[1][0, 0] == 0.15
    assert names_in(tmp_path) == ["net.json"]


def test_a_csv_export_that_fails_keeps_the_exported_file(tmp_path, monkeypatch):
    path = tmp_path / "data.csv"
    first = make_dataset("xor", n=20, noise=0.0, seed=0)
    save_csv(first, path)
    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(OSError):
        save_csv(make_dataset("circles", n=40, noise=0.1, seed=1), path)
    again = load_csv(path)
    assert np.array_equal(again.X, first.X) and len(again) == 20
    assert names_in(tmp_path) == ["data.csv"]
