"""The desktop menu entry: a freedesktop.org .desktop file and the icon in the hicolor theme.

    bpviz --install-desktop     writes ~/.local/share/applications/bpviz.desktop and the
                                icons under ~/.local/share/icons/hicolor/
    bpviz --uninstall-desktop   removes them again

Both follow $XDG_DATA_HOME when it is set. Nothing here imports Qt: the command runs headless.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
from pathlib import Path

from bpviz.engine.files import paths

APP_ID = "bpviz"
ICON_SIZES = (16, 32, 48, 64, 128, 256)

# The Exec key's reserved characters (Desktop Entry Specification, "The Exec key"): an
# argument holding any of them is quoted, and inside quotes ", `, $ and \ are escaped.
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")
_ESCAPED_IN_QUOTES = '"`$\\'


class DesktopInstallError(OSError):
    """The entry could not be written or removed; the message says which file and why."""


def data_home() -> Path:
    """Return $XDG_DATA_HOME, or ~/.local/share when it is unset or not absolute (as the spec says)."""
    value = os.environ.get("XDG_DATA_HOME", "")
    if value and Path(value).is_absolute():
        return Path(value)
    return Path.home() / ".local" / "share"


def launch_command() -> list[str]:
    """Return the command that starts this bpviz: its `bpviz` script, or the interpreter with -m bpviz."""
    script_name = "bpviz.exe" if sys.platform == "win32" else "bpviz"
    beside_python = Path(sys.executable).parent / script_name
    if beside_python.is_file() and os.access(beside_python, os.X_OK):
        return [str(beside_python.absolute())]  # a virtual environment's own script, not its target
    on_path = shutil.which(script_name)
    if on_path:
        return [str(Path(on_path).absolute())]
    return [str(Path(sys.executable).absolute()), "-m", "bpviz"]


def quote_exec_argument(argument: str) -> str:
    """Return `argument` as the Exec key writes it: quoted and escaped when it holds a reserved character."""
    if argument and not (set(argument) & _RESERVED):
        return argument.replace("%", "%%")
    escaped = "".join("\\" + c if c in _ESCAPED_IN_QUOTES else c for c in argument)
    return '"' + escaped.replace("%", "%%") + '"'


def desktop_entry(command: list[str]) -> str:
    """Return the text of bpviz.desktop, starting `command` (one optional file after it: %f)."""
    exec_line = " ".join(quote_exec_argument(a) for a in command) + " %f"
    lines = [
        "[Desktop Entry]",
        "Type=Application",
        "Version=1.5",
        "Name=bpviz",
        "GenericName=Backpropagation visualiser",
        "Comment=Watch backpropagation work, neuron by neuron, and train small networks live",
        f"Exec={exec_line}",
        f"Icon={APP_ID}",
        "Terminal=false",
        "Categories=Education;Science;",
        "Keywords=neural network;backpropagation;gradient;deep learning;machine learning;",
        f"StartupWMClass={APP_ID}",
    ]
    return "\n".join(lines) + "\n"


def installed_files(home: Path | None = None) -> list[Path]:
    """Return every file the installation writes: the .desktop file, then the icons."""
    home = home or data_home()
    hicolor = home / "icons" / "hicolor"
    icons = [hicolor / f"{n}x{n}" / "apps" / f"{APP_ID}.png" for n in ICON_SIZES]
    return [home / "applications" / f"{APP_ID}.desktop", *icons, hicolor / "scalable" / "apps" / f"{APP_ID}.svg"]


def _icon_sources() -> list[Path]:
    """Return the icon files shipped with bpviz, in installed_files' order after the .desktop file."""
    return [paths.ICONS / f"bpviz-{n}.png" for n in ICON_SIZES] + [paths.ICONS / "bpviz.svg"]


def install(home: Path | None = None, command: list[str] | None = None) -> list[Path]:
    """Write the .desktop file and the icons under `home` (default data_home()); return the files written.

    Raises DesktopInstallError naming the file when one cannot be read or written.
    """
    targets = installed_files(home)
    sources = _icon_sources()
    missing = [s for s in sources if not s.is_file()]
    if missing:
        raise DesktopInstallError(f"the icon {missing[0]} is missing from this installation of bpviz")
    entry = desktop_entry(command or launch_command())
    partial = targets[0].with_name(targets[0].name + ".part")
    try:
        for source, target in zip(sources, targets[1:]):
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
        # The entry goes last: a menu never shows bpviz before its icon is in place.
        targets[0].parent.mkdir(parents=True, exist_ok=True)
        partial.write_text(entry, encoding="utf-8")
        os.replace(partial, targets[0])
    except OSError as e:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise DesktopInstallError(f"could not write {e.filename or targets[0]}: {e.strerror or e}") from e
    return targets


def uninstall(home: Path | None = None) -> list[Path]:
    """Remove the .desktop file and the icons under `home`; return the files that were there."""
    removed = []
    for path in installed_files(home):
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        except OSError as e:
            raise DesktopInstallError(f"could not remove {path}: {e.strerror or e}") from e
        removed.append(path)
    return removed


def run(action: str) -> int:
    """Install or uninstall ("install" / "uninstall") for the command line; print what changed."""
    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        print("bpviz: the desktop entry is for Linux and BSD desktops (freedesktop.org); "
              "nothing was changed.", file=sys.stderr)
        return 1
    try:
        files = install() if action == "install" else uninstall()
    except DesktopInstallError as e:
        print(f"bpviz: {e}", file=sys.stderr)
        return 1
    if action == "install":
        print(f"Installed {files[0]} (starts {' '.join(launch_command())})")
        print(f"and its icon in {len(files) - 1} sizes under {files[1].parents[2]}")
    elif files:
        print("Removed " + ", ".join(str(f) for f in files))
    else:
        print(f"Nothing to remove: no bpviz desktop entry under {data_home()}")
    return 0
