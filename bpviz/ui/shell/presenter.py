"""Presenter: the window full screen for a projector, driven from a keyboard or a clicker.

Entering keeps all it needs to come back exactly: the docks (saveState), the window's
geometry and state, the font scale, the menu and status bars. While presenting only the
canvas, the step bar and the inspector show; text and neurons grow by the presenter scale (a
setting, 1.6× unless changed); B or "." blanks the screen and Esc leaves. From the training
layout the output map shows beside the canvas instead, for a class watching it train. Page Down and Page
Up step like → and ← (the window's actions carry them, in presenter mode or not).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLabel, QTabWidget, QWidget

from bpviz.ui.shell.blank_overlay import BlankOverlay
from bpviz.ui.look.fonts import font_at
from bpviz.ui.look.theme import apply_theme, current_theme

if TYPE_CHECKING:
    from bpviz.ui.shell.main_window import MainWindow

SCALE_KEY = "presenter/scale"
DEFAULT_SCALE = 1.6
SCALES = (1.25, 1.6, 2.0, 2.5)        # the choices the View menu offers
MIN_SCALE, MAX_SCALE = 1.0, 3.0       # a scale read from the settings file is kept within these
DOCKS_SHOWN = ("inspector",)          # the canvas and the step bar are the central widget
INSPECTOR_SHARE = 0.34                # of the screen's width: equations at 1.6× need the room
# What shows beside the canvas, by the layout presenter mode was entered from: the equations
# while stepping, the output map (a square, so a larger share) while training.
PRESENTED = {"step": (DOCKS_SHOWN, INSPECTOR_SHARE), "train": (("output",), 0.38)}
HINT_MS = 5000                        # how long the keys hint shows after entering
BLANK_KEYS = (Qt.Key.Key_B, Qt.Key.Key_Period)  # "." is what many clickers send for "blank"


@dataclass(frozen=True)
class _Saved:
    """What presenter mode changes, as it was before entering."""

    dock_state: QByteArray
    geometry: QRect
    window_state: Qt.WindowState
    font_scale: float
    menu_bar: bool
    status_bar: bool
    inspector_tab: QWidget | None
    theme: str
    docks: tuple[str, ...]  # the docks shown while presenting


class Presenter(QObject):
    """Presenter mode of one main window: enter, leave, blank, and the scale setting."""

    activeChanged = Signal(bool)
    blankedChanged = Signal(bool)
    highContrastChanged = Signal(bool)

    def __init__(self, window: "MainWindow", settings: QSettings) -> None:
        super().__init__(window)
        self._window, self._settings = window, settings
        self._saved: _Saved | None = None
        self._theme_before_contrast = "system"
        self.overlay = BlankOverlay(window)
        self.overlay.dismissed.connect(lambda: self.blankedChanged.emit(False))
        self.hint = QLabel(window)
        self.hint.setObjectName("presenter-hint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)  # a narrow projector screen wraps it rather than clipping it
        self.hint.setStyleSheet("QLabel#presenter-hint { background: rgba(20, 20, 20, 215); color: white;"
                                " border-radius: 8px; padding: 10px 18px; }")
        self.hint.hide()
        self._hint_timer = QTimer(self)
        self._hint_timer.setSingleShot(True)
        self._hint_timer.timeout.connect(self.hint.hide)

    # -- the setting ------------------------------------------------------------------------------

    @property
    def scale(self) -> float:
        """How much presenter mode grows text and neurons (the setting; 1.6 unless changed)."""
        try:
            value = float(self._settings.value(SCALE_KEY, DEFAULT_SCALE))
        except (TypeError, ValueError):
            value = DEFAULT_SCALE  # a damaged settings file falls back to the default
        return min(MAX_SCALE, max(MIN_SCALE, value)) if math.isfinite(value) else DEFAULT_SCALE

    @scale.setter
    def scale(self, value: float) -> None:
        value = float(value)
        if not math.isfinite(value):
            raise ValueError(f"the presenter scale must be a number, not {value}")
        value = min(MAX_SCALE, max(MIN_SCALE, value))
        self._settings.setValue(SCALE_KEY, value)
        if self._saved is not None:
            self._window.options.font_scale = self._saved.font_scale * value

    # -- entering and leaving ---------------------------------------------------------------------

    @property
    def active(self) -> bool:
        return self._saved is not None

    @property
    def blanked(self) -> bool:
        return self.overlay.isVisible()

    def set_active(self, on: bool) -> None:
        """Enter presenter mode (on) or leave it (off); nothing happens if it is already so."""
        if on:
            self.enter()
        else:
            self.leave()

    def toggle(self) -> None:
        self.set_active(not self.active)

    def enter(self) -> None:
        """Go full screen with the canvas, the step bar and the inspector, scaled up."""
        if self.active:
            return
        w = self._window
        tabs = self._inspector_tabs()
        shown, share = PRESENTED.get(getattr(w, "layout_name", "step"), PRESENTED["step"])
        self._saved = _Saved(w.saveState(), w.geometry(), w.windowState(), w.options.font_scale,
                             w.menuBar().isVisibleTo(w), w.statusBar().isVisibleTo(w),
                             tabs.currentWidget() if tabs is not None else None, current_theme(), shown)
        w.menuBar().hide()
        w.statusBar().hide()
        for key, dock in w.docks.items():
            dock.setVisible(key in shown)
            if key in shown:
                dock.setTitleBarWidget(QWidget())  # the tab bar names it already: give the room to text
        lessons = getattr(w, "lesson_dock", None)
        if lessons is not None:  # a lesson under way stays on screen; otherwise its panel goes
            lessons.setVisible(lessons.runner.lesson is not None)
        if tabs is not None:
            tabs.setCurrentWidget(w.inspector)
        w.options.font_scale = self._saved.font_scale * self.scale
        w.showFullScreen()
        screen = w.screen().geometry().width() if w.screen() is not None else w.width()
        w.resizeDocks([w.docks[k] for k in shown], [int(share * screen)], Qt.Orientation.Horizontal)
        w.installEventFilter(self)
        w.canvas.installEventFilter(self)
        w.canvas.setFocus(Qt.FocusReason.OtherFocusReason)
        self._show_hint()
        self.activeChanged.emit(True)

    def leave(self) -> None:
        """Come back to the layout, window state, fonts and bars there were before entering."""
        if not self.active:
            return
        w, saved = self._window, self._saved
        self._saved = None
        self.unblank()
        self._hint_timer.stop()
        self.hint.hide()
        for key in saved.docks:
            w.docks[key].setTitleBarWidget(None)
        w.options.font_scale = saved.font_scale
        w.menuBar().setVisible(saved.menu_bar)
        w.statusBar().setVisible(saved.status_bar)
        w.setWindowState(saved.window_state)
        if not saved.window_state & (Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen):
            w.setGeometry(saved.geometry)  # exactly where it was (restoreGeometry would fit it to the screen)
        # The fonts just shrank back: let every layout learn its smaller minimum first, or the
        # saved widths would be fitted around the central widget's full-screen minimum.
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        # A window manager that gives the size back later is fine: the main window lays the
        # restored state out again when that resize comes.
        w.restoreState(saved.dock_state)
        w.removeEventFilter(self)
        w.canvas.removeEventFilter(self)
        tabs = self._inspector_tabs()
        if tabs is not None and saved.inspector_tab is not None:
            tabs.setCurrentWidget(saved.inspector_tab)
        if current_theme() != saved.theme:
            self._apply_theme(saved.theme)
        self.activeChanged.emit(False)

    # -- high contrast ----------------------------------------------------------------------------

    @property
    def high_contrast(self) -> bool:
        """Whether the high-contrast theme is the one in force."""
        return current_theme() == "high_contrast"

    def set_high_contrast(self, on: bool) -> None:
        """Switch to the high-contrast theme (on), or back to the theme there was before it (off).

        Leaving presenter mode also brings back the theme there was before entering.
        """
        if on and not self.high_contrast:
            self._theme_before_contrast = current_theme()
            self._apply_theme("high_contrast")
        elif not on and self.high_contrast:
            self._apply_theme(self._theme_before_contrast)

    def _apply_theme(self, name: str) -> None:
        apply_theme(QApplication.instance(), name)
        self.highContrastChanged.emit(self.high_contrast)

    # -- blanking ---------------------------------------------------------------------------------

    def blank(self) -> None:
        """Cover the screen in black; the next key or click brings the lesson back."""
        if not self.blanked:
            self._hint_timer.stop()
            self.hint.hide()
            self.overlay.cover()
            self.blankedChanged.emit(True)

    def unblank(self) -> None:
        if self.blanked:
            self.overlay.uncover()
            self.blankedChanged.emit(False)

    # -- keys -------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Keys reach the window only when the focused widget did not want them (an editor keeps
        # its Esc and its letters), so typing a value never blanks or leaves by accident.
        if watched is self._window and event.type() == QEvent.Type.KeyPress and not event.isAutoRepeat():
            plain = not event.modifiers() & ~(Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier)
            if event.key() == Qt.Key.Key_Escape and plain:
                self.leave()
                return True
            if event.key() in BLANK_KEYS and plain:
                self.blank()
                return True
        elif watched is self._window and event.type() == QEvent.Type.Resize and self.hint.isVisible():
            self._place_hint()
        elif watched is self._window.canvas and event.type() in (QEvent.Type.Move, QEvent.Type.Resize):
            # Qt moves a moved widget's pixels by copying them, over the hint lying across it
            # (a child of the window, not of the canvas's parent): paint the hint again after.
            if self.hint.isVisible():
                QTimer.singleShot(0, self.hint, self.hint.update)
        return False

    # -- helpers ----------------------------------------------------------------------------------

    def _inspector_tabs(self) -> QTabWidget | None:
        """Return the tab widget that holds the inspector (and the weights table), if any."""
        parent = self._window.inspector.parentWidget()  # the tab widget's page stack
        tabs = parent.parentWidget() if parent is not None else None
        return tabs if isinstance(tabs, QTabWidget) else None

    def _show_hint(self) -> None:
        training = self._saved is not None and self._saved.docks != DOCKS_SHOWN
        self.hint.setText(self.tr("T trains or pauses  ·  [ and ] slower and faster  ·  B blanks the screen  ·  "
                                  "Esc leaves presenter mode") if training else
                          self.tr("Page Down / Page Up or → / ← step  ·  B blanks the screen  ·  "
                                  "H high contrast  ·  Esc leaves presenter mode"))
        self.hint.setFont(font_at(QApplication.font(), 11.0 * self._window.options.font_scale))
        self._place_hint()
        self.hint.show()
        self.hint.raise_()
        self._hint_timer.start(HINT_MS)

    def _place_hint(self) -> None:
        margins = self.hint.contentsMargins()
        natural = (self.hint.fontMetrics().horizontalAdvance(self.hint.text())
                   + margins.left() + margins.right() + 40)  # 40: the style sheet's padding, and a little air
        width = max(100, min(natural, self._window.width() - 40))
        self.hint.resize(width, self.hint.heightForWidth(width))
        self.hint.move((self._window.width() - width) // 2, 24)
