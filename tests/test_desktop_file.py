"""`bpviz --install-desktop`: a valid .desktop file and the icon, written under XDG_DATA_HOME, and removed again."""

from __future__ import annotations

import configparser
import os
import shlex
import struct
import sys
from pathlib import Path

import pytest

from bpviz import desktop_file
from bpviz.cli import main
from bpviz.desktop_file import ICON_SIZES, desktop_entry, launch_command, quote_exec_argument

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="freedesktop.org desktops only")

# Registered main categories of the Desktop Menu Specification, and the additional ones used here.
MAIN_CATEGORIES = {"AudioVideo", "Audio", "Video", "Development", "Education", "Game", "Graphics",
                   "Network", "Office", "Science", "Settings", "System", "Utility"}


@pytest.fixture
def data_home(tmp_path, monkeypatch) -> Path:
    """HOME and XDG_DATA_HOME inside the test's folder: the person's own menu is never touched."""
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return tmp_path / "data"


def read_entry(path: Path) -> dict[str, str]:
    """Return the [Desktop Entry] keys of a .desktop file, failing on anything the spec forbids."""
    text = path.read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    assert lines[0] == "[Desktop Entry]", "the first group must be [Desktop Entry]"
    keys = [line.split("=", 1)[0] for line in lines[1:]]
    assert all("=" in line for line in lines[1:]), "every line after the group header is Key=Value"
    assert len(keys) == len(set(keys)), "no key may appear twice in a group"
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read_string(text)
    return dict(parser["Desktop Entry"])


def png_size(path: Path) -> tuple[int, int]:
    """Return (width, height) read from a PNG file's IHDR chunk."""
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n" and head[12:16] == b"IHDR"
    return struct.unpack(">II", head[16:24])


def test_install_writes_a_valid_entry_that_starts_this_bpviz(data_home, capsys):
    assert main(["--install-desktop"]) == 0
    entry_path = data_home / "applications" / "bpviz.desktop"
    entry = read_entry(entry_path)
    assert entry["Type"] == "Application" and entry["Name"] == "bpviz"
    assert entry["Terminal"] == "false" and entry["Icon"] == "bpviz"
    categories = entry["Categories"]
    assert categories == "Education;Science;" and set(categories.rstrip(";").split(";")) & MAIN_CATEGORIES
    command = shlex.split(entry["Exec"])
    assert command[-1] == "%f" and command[:-1] == launch_command()
    assert os.access(command[0], os.X_OK)
    assert "bpviz.desktop" in capsys.readouterr().out


def test_the_entry_starts_the_bpviz_script_beside_the_running_interpreter():
    script = Path(sys.executable).parent / "bpviz"
    if not script.is_file():
        pytest.skip("bpviz is not installed as a script beside this interpreter")
    assert launch_command() == [str(script.absolute())]


def test_install_puts_the_icon_in_every_size_into_the_hicolor_theme(data_home):
    assert main(["--install-desktop"]) == 0
    hicolor = data_home / "icons" / "hicolor"
    for n in ICON_SIZES:
        assert png_size(hicolor / f"{n}x{n}" / "apps" / "bpviz.png") == (n, n)
    assert (hicolor / "scalable" / "apps" / "bpviz.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")


def test_without_xdg_data_home_the_entry_goes_under_the_home_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    assert main(["--install-desktop"]) == 0
    assert (tmp_path / ".local" / "share" / "applications" / "bpviz.desktop").is_file()


def test_a_relative_xdg_data_home_is_ignored_as_the_spec_says(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_DATA_HOME", "relative/data")
    assert desktop_file.data_home() == tmp_path / ".local" / "share"


def test_uninstall_removes_everything_install_wrote_and_only_that(data_home, capsys):
    main(["--install-desktop"])
    neighbour = data_home / "applications" / "other.desktop"
    neighbour.write_text("[Desktop Entry]\n", encoding="utf-8")
    assert main(["--uninstall-desktop"]) == 0
    assert not any(p.exists() for p in desktop_file.installed_files(data_home))
    assert neighbour.exists()
    assert "Removed" in capsys.readouterr().out
    assert main(["--uninstall-desktop"]) == 0
    assert "Nothing to remove" in capsys.readouterr().out


def test_an_unwritable_data_folder_is_one_clear_line_and_status_1(tmp_path, monkeypatch, capsys):
    blocker = tmp_path / "data"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker))
    assert main(["--install-desktop"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("bpviz: could not write") and "Traceback" not in err
    assert blocker.read_text(encoding="utf-8") == "a file where the folder should be"


def test_install_and_a_file_together_are_refused(data_home, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--install-desktop", "xor"])
    assert exit_info.value.code == 2
    assert "take no file" in capsys.readouterr().err
    assert not (data_home / "applications").exists()


@pytest.mark.parametrize("argument, written", [
    ("/usr/bin/bpviz", "/usr/bin/bpviz"),
    ("/home/ada/my apps/bin/bpviz", '"/home/ada/my apps/bin/bpviz"'),
    ('/opt/a"b$c`d\\e', '"/opt/a\\"b\\$c\\`d\\\\e"'),
    ("/opt/100%/bpviz", "/opt/100%%/bpviz"),
])
def test_exec_arguments_are_quoted_as_the_spec_says(argument, written):
    assert quote_exec_argument(argument) == written


def test_a_path_with_spaces_still_reads_back_as_one_argument():
    entry = desktop_entry(["/home/ada/my apps/python", "-m", "bpviz"])
    exec_line = next(line for line in entry.splitlines() if line.startswith("Exec="))
    assert shlex.split(exec_line[len("Exec="):]) == ["/home/ada/my apps/python", "-m", "bpviz", "%f"]
