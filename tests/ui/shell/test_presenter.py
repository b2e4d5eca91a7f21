"""Presenter mode, driven by the keys a teacher or a presentation clicker sends."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QMenu

from bpviz.ui.look import palette
from bpviz.ui.shell.presenter import DEFAULT_SCALE, SCALE_KEY
from bpviz.ui.look.theme import apply_theme, current_theme

from tests.ui.conftest import laid_out


def press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier):
    """Press `key` where the person's keyboard would send it: the widget with the focus."""
    qtbot.keyClick(QApplication.focusWidget() or window, key, modifier)


def visible_docks(window) -> set[str]:
    return {name for name, dock in window.docks.items() if dock.isVisibleTo(window)}


def points(window) -> dict[str, float]:
    """Return the point sizes of a few texts the class reads: equations, step bar, canvas values."""
    return {"inspector": window.inspector._browser.font().pointSizeF(),
            "step bar": window.step_bar.font().pointSizeF(),
            "canvas": window.canvas._font(10.0).pointSizeF()}


def enter(qtbot, window):
    press(qtbot, window, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: window.isFullScreen())


def test_f11_goes_full_screen_with_the_canvas_inspector_and_step_bar_scaled_up(window, qtbot):
    before = points(window)
    radius = window.canvas.layout_geometry.radius
    enter(qtbot, window)
    assert window.presenter.active and window.actions["presenter"].isChecked()
    assert window.windowState() & Qt.WindowState.WindowFullScreen
    assert visible_docks(window) == {"inspector"}
    assert window.canvas.isVisible() and window.step_bar.isVisible()
    assert not window.menuBar().isVisible() and not window.statusBar().isVisible()
    after = points(window)
    for name in before:
        assert after[name] == pytest.approx(DEFAULT_SCALE * before[name]), name
    qtbot.waitUntil(lambda: window.canvas.layout_geometry.radius > radius)


def test_the_inspector_tab_is_brought_to_the_front(window, qtbot):
    window.show_tab(window.weights_table)
    enter(qtbot, window)
    assert window.inspector.isVisible() and not window.weights_table.isVisible()
    press(qtbot, window, Qt.Key.Key_Escape)
    assert window.weights_table.isVisible()  # and back to what the person had chosen


def test_page_down_and_page_up_step_one_event_in_presenter_mode(window, qtbot):
    enter(qtbot, window)
    cursor = window.doc.cursor
    press(qtbot, window, Qt.Key.Key_PageDown)
    assert cursor.position == 1
    press(qtbot, window, Qt.Key.Key_PageDown)
    press(qtbot, window, Qt.Key.Key_Space)
    press(qtbot, window, Qt.Key.Key_Right)
    assert cursor.position == 4
    press(qtbot, window, Qt.Key.Key_PageUp)
    press(qtbot, window, Qt.Key.Key_Left)
    assert cursor.position == 2


def test_page_down_steps_outside_presenter_mode_too(window, qtbot):
    press(qtbot, window, Qt.Key.Key_PageDown)
    press(qtbot, window, Qt.Key.Key_PageDown)
    press(qtbot, window, Qt.Key.Key_PageUp)
    assert window.doc.cursor.position == 1


@pytest.mark.parametrize("blank_key", [Qt.Key.Key_B, Qt.Key.Key_Period])
def test_b_or_a_clickers_dot_blanks_the_screen_and_the_next_key_only_unblanks(window, qtbot, blank_key):
    enter(qtbot, window)
    press(qtbot, window, Qt.Key.Key_PageDown)
    press(qtbot, window, blank_key)
    overlay = window.presenter.overlay
    assert overlay.isVisible() and window.presenter.blanked
    assert overlay.geometry() == window.rect()
    press(qtbot, window, Qt.Key.Key_PageDown)  # wakes the screen, does not step past what the class missed
    assert not overlay.isVisible()
    assert window.doc.cursor.position == 1
    assert QApplication.focusWidget() is window.canvas
    press(qtbot, window, Qt.Key.Key_PageDown)
    assert window.doc.cursor.position == 2


def test_a_click_unblanks_the_screen(window, qtbot):
    enter(qtbot, window)
    window.presenter.blank()
    qtbot.mouseClick(window.presenter.overlay, Qt.MouseButton.LeftButton)
    assert not window.presenter.blanked and window.presenter.active


def test_esc_restores_the_exact_earlier_layout_fonts_and_window_state(window, qtbot):
    window.docks["output"].show()
    window.docks["network"].hide()
    window.resizeDocks([window.docks["inspector"]], [430], Qt.Orientation.Horizontal)
    laid_out()
    before_docks, before_points = visible_docks(window), points(window)
    bars = (window.menuBar().isVisible(), window.statusBar().isVisible())
    before_state = window.saveState()
    before_width = window.docks["inspector"].width()
    enter(qtbot, window)
    press(qtbot, window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert not window.presenter.active and not window.actions["presenter"].isChecked()
    assert visible_docks(window) == before_docks
    assert points(window) == before_points
    assert (window.menuBar().isVisible(), window.statusBar().isVisible()) == bars
    assert window.menuBar().isVisible()
    assert window.docks["inspector"].titleBarWidget() is None
    qtbot.waitUntil(lambda: window.docks["inspector"].width() == before_width)
    assert window.saveState() == before_state


def test_esc_in_the_canvas_editor_cancels_the_edit_and_stays_in_presenter_mode(window, qtbot):
    enter(qtbot, window)
    window.canvas.edit_parameter(1, 0, 0)
    editor = window.canvas.editor
    qtbot.waitUntil(editor.hasFocus)
    qtbot.keyClick(editor, Qt.Key.Key_B)  # a letter typed is text, not "blank the screen"
    assert not window.presenter.blanked
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert window.presenter.active and window.isFullScreen()


def test_the_scale_is_a_persisted_setting_applied_at_once(window, qtbot, settings):
    base = window.inspector._browser.font().pointSizeF()
    enter(qtbot, window)
    window.presenter.scale = 2.0
    assert settings.value(SCALE_KEY) in (2.0, "2.0", "2")
    assert window.inspector._browser.font().pointSizeF() == pytest.approx(2.0 * base)
    press(qtbot, window, Qt.Key.Key_Escape)
    assert window.inspector._browser.font().pointSizeF() == pytest.approx(base)


def test_the_text_size_menu_sets_the_scale(window, settings):
    sizes = next(m for m in window.findChildren(QMenu) if m.title().replace("&", "") == "Presenter text size")
    assert [a.isChecked() for a in sizes.actions()].count(True) == 1
    sizes.actions()[-1].trigger()
    assert window.presenter.scale == 2.5


def test_a_damaged_scale_setting_falls_back_to_the_default(window, settings):
    settings.setValue(SCALE_KEY, "huge")
    assert window.presenter.scale == DEFAULT_SCALE
    settings.setValue(SCALE_KEY, "40")
    assert window.presenter.scale == 3.0


def test_closing_while_presenting_saves_the_persons_own_layout(window, qtbot, settings):
    visible = visible_docks(window)
    enter(qtbot, window)
    window.close()
    assert not window.presenter.active
    assert visible_docks(window) == visible
    assert settings.value("window/state") == window.saveState()


@pytest.fixture(autouse=True)
def same_theme_afterwards():
    """Give the application back the theme it had: a theme is global to every later test."""
    before = current_theme()
    yield
    if current_theme() != before:
        apply_theme(QApplication.instance(), before)


def test_h_switches_to_high_contrast_and_esc_brings_the_earlier_theme_back(window, qtbot):
    apply_theme(QApplication.instance(), "light")
    enter(qtbot, window)
    press(qtbot, window, Qt.Key.Key_H)
    assert current_theme() == "high_contrast" and window.actions["high_contrast"].isChecked()
    assert QApplication.palette().color(QPalette.ColorRole.WindowText) == QColor("#000000")
    press(qtbot, window, Qt.Key.Key_H)
    assert current_theme() == "light"
    press(qtbot, window, Qt.Key.Key_H)
    press(qtbot, window, Qt.Key.Key_Escape)
    assert current_theme() == "light" and not window.actions["high_contrast"].isChecked()


def test_high_contrast_keeps_the_colour_blind_safe_data_colours(window, qtbot):
    before = window.canvas.grab().toImage()
    window.actions["high_contrast"].trigger()
    assert current_theme() == "high_contrast"
    assert (palette.POSITIVE.name(), palette.NEGATIVE.name()) == ("#2166ac", "#e66101")
    after = window.canvas.grab().toImage()
    assert before.pixelColor(5, 5) == after.pixelColor(5, 5) == palette.BACKGROUND


def test_docks_are_laid_out_again_when_the_window_manager_restores_the_size_late(window, qtbot, monkeypatch):
    window.resizeDocks([window.docks["inspector"]], [400], Qt.Orientation.Horizontal)
    laid_out()
    before_state, before_width = window.saveState(), window.docks["inspector"].width()
    normal = window.geometry()
    enter(qtbot, window)
    full = window.size()
    # A window manager that un-fullscreens after the fact: nothing changes size during leave().
    monkeypatch.setattr(window, "setWindowState", lambda state: None)
    monkeypatch.setattr(window, "setGeometry", lambda rect: None)
    window.presenter.leave()
    assert window.size() == full
    monkeypatch.undo()
    window.setWindowState(Qt.WindowState.WindowNoState)  # ... and now it does
    window.setGeometry(normal)
    qtbot.waitUntil(lambda: window.docks["inspector"].width() == before_width)
    assert window.saveState() == before_state


def test_the_clicker_keys_work_while_the_inspector_has_the_focus(window, qtbot):
    enter(qtbot, window)
    browser = window.inspector._browser
    browser.setFocus()
    qtbot.waitUntil(browser.hasFocus)
    press(qtbot, window, Qt.Key.Key_PageDown)
    assert window.doc.cursor.position == 1
    press(qtbot, window, Qt.Key.Key_Period)
    assert window.presenter.blanked
    press(qtbot, window, Qt.Key.Key_Space)
    assert browser.hasFocus() and window.doc.cursor.position == 1
    press(qtbot, window, Qt.Key.Key_Escape)
    assert not window.presenter.active


def test_from_the_training_layout_the_output_map_shows_beside_the_canvas(window, qtbot):
    window.open_preset("xor")
    window.apply_layout("train")
    before = visible_docks(window)
    enter(qtbot, window)
    assert visible_docks(window) == {"output"} and not window.step_bar.isVisible()
    assert "T trains or pauses" in window.presenter.hint.text()
    press(qtbot, window, Qt.Key.Key_T)
    assert window.session.running
    window.session.pause()
    press(qtbot, window, Qt.Key.Key_Escape)
    assert visible_docks(window) == before and window.docks["output"].titleBarWidget() is None
