"""Say, before Qt starts, why the window could not open on this machine."""

from __future__ import annotations

import ctypes.util
import os
import sys

# Libraries Qt's xcb platform plugin loads, with the Debian packages that provide them.
XCB_LIBRARIES = {
    "xcb-cursor": "libxcb-cursor0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-keysyms": "libxcb-keysyms1",
    "xkbcommon-x11": "libxkbcommon-x11-0",
}


def missing_display_support() -> str | None:
    """Return a message saying what is missing for the window to open, or None if nothing is."""
    if not sys.platform.startswith("linux"):
        return None
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith("xcb"):
        return None  # offscreen, wayland, vnc...: Qt reports its own problems
    if not os.environ.get("DISPLAY"):
        if os.environ.get("WAYLAND_DISPLAY") and not platform:
            return None
        return ("no display: run bpviz on a desktop (DISPLAY is not set), or under a virtual one "
                "with 'xvfb-run -a bpviz'")
    missing = [pkg for lib, pkg in XCB_LIBRARIES.items() if ctypes.util.find_library(lib) is None]
    if missing:
        return ("Qt needs system libraries that this machine lacks. On Debian or Ubuntu, install "
                f"them with: sudo apt-get install {' '.join(missing)}")
    return None
