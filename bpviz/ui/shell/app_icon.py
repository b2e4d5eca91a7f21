"""The application icon, in every size tools/make_icon.py drew (bpviz/resources/icons)."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from bpviz.engine.files import paths
from bpviz.desktop_file import ICON_SIZES


def app_icon() -> QIcon:
    """Return bpviz's icon with a pixmap for each drawn size (an empty icon if the files are missing)."""
    icon = QIcon()
    for n in ICON_SIZES:
        path = paths.ICONS / f"bpviz-{n}.png"
        if path.is_file():
            icon.addFile(str(path))
    return icon
