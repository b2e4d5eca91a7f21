"""The first-run hints: shown over the canvas once, sent away by a key or a click, back from the Help menu."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QSettings, Qt
from PySide6.QtWidgets import QFrame, QLabel

from bpviz.ui.shell.hint_overlay import SHOWN_KEY, HintOverlay, show_first_run_hints


def overlay_of(window) -> HintOverlay | None:
    overlay = window.canvas.findChild(HintOverlay)
    return overlay if overlay is not None and overlay.isVisible() else None


def test_a_window_opened_by_a_test_or_a_script_shows_no_hints(window):
    assert window.canvas.findChild(HintOverlay) is None
    assert window.settings.value(SHOWN_KEY) is None


def test_the_first_start_covers_the_canvas_with_five_hints_from_the_real_shortcuts(window, qtbot):
    overlay = show_first_run_hints(window)
    qtbot.waitUntil(lambda: overlay.hasFocus())
    assert overlay_of(window) is overlay
    assert overlay.geometry() == window.canvas.rect()
    for key in ("Space", "←", "F2", "T", "F1"):
        assert key in overlay.key_caps
    window.canvas.resize(window.canvas.width() - 100, window.canvas.height())
    assert overlay.geometry() == window.canvas.rect()  # it follows the canvas


def test_a_key_only_dismisses_the_hints_and_they_never_come_back_by_themselves(window, qtbot, settings):
    overlay = show_first_run_hints(window)
    qtbot.waitUntil(lambda: overlay.hasFocus())
    with qtbot.waitSignal(overlay.dismissed):
        qtbot.keyClick(overlay, Qt.Key.Key_Space)
    assert overlay_of(window) is None
    assert window.doc.cursor.position == 0  # the dismissing Space did not also step
    assert window.canvas.hasFocus()
    qtbot.keyClick(window.canvas, Qt.Key.Key_Space)
    assert window.doc.cursor.position == 1  # the next one does

    assert show_first_run_hints(window) is None
    from bpviz.ui.shell.main_window import MainWindow

    again = MainWindow(settings=QSettings(settings.fileName(), QSettings.Format.IniFormat))
    qtbot.addWidget(again)
    assert show_first_run_hints(again) is None and overlay_of(again) is None


def test_a_click_dismisses_the_hints_and_does_nothing_else(window, qtbot):
    canvas = window.canvas
    focus_before = window.doc.focus
    overlay = show_first_run_hints(window)
    x, y = canvas.layout_geometry.centre(2, 1)  # output neuron 2, under the hints
    on_neuron = overlay.mapFrom(canvas.viewport(), canvas.mapFromScene(QPointF(x, y)))
    with qtbot.waitSignal(overlay.dismissed):
        qtbot.mouseClick(overlay, Qt.MouseButton.LeftButton, pos=on_neuron)
    assert overlay_of(window) is None
    assert window.doc.focus == focus_before  # the click went to the hints, not to the neuron
    qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=canvas.mapFromScene(QPointF(x, y)))
    assert window.doc.focus != focus_before  # the same click now reaches it


def test_help_show_hints_brings_them_back_after_the_first_run(window, qtbot):
    show_first_run_hints(window).dismiss()
    window.actions["show_hints"].trigger()
    overlay = overlay_of(window)
    assert overlay is not None
    qtbot.waitUntil(lambda: overlay.hasFocus())
    qtbot.keyClick(overlay, Qt.Key.Key_Escape)
    assert overlay_of(window) is None


def card_height(overlay: HintOverlay) -> int:
    return overlay.findChild(QFrame, "HintCard").sizeHint().height()


def test_the_hints_grow_with_the_text_size(window):
    small = show_first_run_hints(window)
    small_height, small_pt = card_height(small), small.card.findChild(QLabel).font().pointSizeF()
    small.dismiss()
    window.options.font_scale = 2.0
    window.actions["show_hints"].trigger()
    big = overlay_of(window)
    assert big.card.findChild(QLabel).font().pointSizeF() > small_pt
    assert small_height < card_height(big) <= big.height()  # larger, and still whole on the canvas


def test_hints_too_tall_for_a_short_canvas_are_drawn_smaller_never_cut(window, qtbot):
    window.resize(1024, 620)
    overlay = show_first_run_hints(window)
    qtbot.waitUntil(lambda: overlay.height() < 500)
    assert overlay.card.heightForWidth(min(overlay.card.maximumWidth(), overlay.width() - 24)) <= overlay.height() - 24
