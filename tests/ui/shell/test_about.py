"""Help ▸ About, Help ▸ Keyboard shortcuts in a scrolling window, and the application icon."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy
import pyqtgraph
import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from bpviz import __version__
from bpviz.engine.files import paths
from bpviz.ui.shell import about
from bpviz.ui.shell.about import AboutDialog
from bpviz.ui.shell.app_icon import app_icon
from bpviz.ui.shell.menus import shortcuts_html
from bpviz.ui.widgets.reading_dialog import SCREEN_SHARE, ReadingDialog

ROOT = Path(__file__).resolve().parents[3]


def open_about(window) -> AboutDialog:
    window.actions["about"].trigger()
    dialog = window.findChild(AboutDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_about_shows_the_version_the_licence_and_what_bpviz_runs_on(window):
    dialog = open_about(window)
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert f"bpviz {__version__}" in texts and "MIT licence" in texts
    assert dialog.version_labels == {"Python": dialog.version_labels["Python"], "Qt": qVersion(),
                                     "PySide6": PySide6.__version__, "numpy": numpy.__version__,
                                     "pyqtgraph": pyqtgraph.__version__}
    icon = dialog.icon_label.pixmap()
    assert not icon.isNull() and icon.width() == about.ICON_PIXELS


def test_the_full_licence_is_one_click_away(window, qtbot):
    dialog = open_about(window)
    assert not dialog.licence_view.isVisible()
    qtbot.mouseClick(dialog.licence_button, Qt.MouseButton.LeftButton)
    assert dialog.licence_view.isVisible()
    assert dialog.licence_view.toPlainText() == (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert dialog.licence_button.text() == "Hide the licence"
    qtbot.mouseClick(dialog.licence_button, Qt.MouseButton.LeftButton)
    assert not dialog.licence_view.isVisible()


def test_without_the_licence_file_the_about_box_still_names_the_licence(window, monkeypatch):
    monkeypatch.setattr(about, "licence_text", lambda: None)
    dialog = open_about(window)
    assert "MIT licence" in dialog.licence_view.toPlainText()


def test_close_closes_the_about_box(window, qtbot):
    dialog = open_about(window)
    close = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_the_shortcuts_list_has_the_new_entries(window):
    html = shortcuts_html(window.actions)
    assert "Preferences…" in html and "Ctrl+," in html


def test_a_long_text_scrolls_within_the_screen_rather_than_overflowing_it(window):
    html = shortcuts_html(window.actions) * 6  # far longer than any screen
    dialog = ReadingDialog(window, "Keyboard shortcuts", html)
    screen = dialog.screen().availableGeometry()
    assert dialog.height() <= screen.height() * SCREEN_SHARE
    dialog.show()
    assert dialog.browser.verticalScrollBar().maximum() > 0
    assert "Forward" in dialog.browser.toPlainText()
    dialog.close()


def test_the_application_icon_has_every_size():
    sizes = {(s.width(), s.height()) for s in app_icon().availableSizes()}
    assert sizes == {(n, n) for n in (16, 32, 48, 64, 128, 256)}


def test_the_icons_in_resources_are_the_ones_the_script_draws(tmp_path):
    spec = importlib.util.spec_from_file_location("make_icon", ROOT / "tools" / "make_icon.py")
    make_icon = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_icon)
    assert make_icon.main(["make_icon.py", str(tmp_path)]) == 0
    for n in make_icon.SIZES:
        drawn, kept = QImage(str(tmp_path / f"bpviz-{n}.png")), QImage(str(paths.ICONS / f"bpviz-{n}.png"))
        assert (drawn.width(), drawn.height()) == (kept.width(), kept.height()) == (n, n)
        # The same picture, up to antialiasing: the mean channel difference is below 1 %.
        difference = sum(abs(drawn.pixelColor(x, y).red() - kept.pixelColor(x, y).red())
                         + abs(drawn.pixelColor(x, y).alpha() - kept.pixelColor(x, y).alpha())
                         for x in range(0, n, max(1, n // 32)) for y in range(0, n, max(1, n // 32)))
        samples = len(range(0, n, max(1, n // 32))) ** 2
        assert difference / (2 * samples) < 2.55
    svg = (tmp_path / "bpviz.svg").read_text(encoding="utf-8")
    assert "<svg" in svg and 'viewBox="0 0 256 256"' in svg
