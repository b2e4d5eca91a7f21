"""The `bpviz` command.

    bpviz [FILE]          open the window (on the hand-worked example, or on FILE)
    bpviz explain NET     print one step of backpropagation as a worked example
    bpviz --install-desktop / --uninstall-desktop
                          add bpviz to (or remove it from) the desktop's application menu
    bpviz --version

Sub-commands run headless; the window's modules are imported only when it opens.
"""

from __future__ import annotations

import argparse
import sys

from bpviz import __version__


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line on stderr and exit status 2."""

    def error(self, message: str) -> None:  # noqa: D401 - argparse's name
        self.exit(2, f"{self.prog}: error: {message}\n")


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv and argv[0] == "explain":
        from bpviz.explain import run_explain

        return run_explain(argv[1:], _Parser)

    parser = _Parser(prog="bpviz", description="Watch backpropagation work, neuron by neuron.",
                     epilog="Sub-commands: 'bpviz explain --help' prints one step as a worked example.")
    parser.add_argument("file", nargs="?", help="a network (.json) or preset name to open")
    parser.add_argument("--version", action="version", version=f"bpviz {__version__}")
    desktop = parser.add_mutually_exclusive_group()
    desktop.add_argument("--install-desktop", action="store_true",
                         help="add bpviz to the desktop's application menu (a .desktop file and its icon)")
    desktop.add_argument("--uninstall-desktop", action="store_true",
                         help="remove what --install-desktop added")
    args = parser.parse_args(argv)
    if args.install_desktop or args.uninstall_desktop:
        if args.file:
            parser.error("--install-desktop and --uninstall-desktop take no file")
        from bpviz.desktop_file import run

        return run("install" if args.install_desktop else "uninstall")

    from bpviz.qt_check import missing_display_support

    problem = missing_display_support()
    if problem:
        print(f"bpviz: {problem}", file=sys.stderr)
        return 1
    from bpviz.ui.shell.app import run_window

    return run_window(args.file)
