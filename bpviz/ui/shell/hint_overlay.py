"""HintOverlay: a few first steps laid over the network canvas on the very first start.

It darkens the canvas, shows five short hints (the keys read from the window's own actions,
so they stay true if a shortcut changes), and goes at the next key or click. Like the
presenter's blank screen, the key that dismisses it does nothing else: a first Space never
also steps the lesson. Help ▸ Show hints brings it back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import QApplication, QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from bpviz.ui.widgets.cover_overlay import CoverOverlay
from bpviz.ui.look.fonts import font_at
from bpviz.ui.shell.i18n import tr

if TYPE_CHECKING:
    from bpviz.ui.shell.main_window import MainWindow

SHOWN_KEY = "hints/first_run_shown"  # in the window's settings: true once the hints have been shown
BASE_POINT_SIZE = 14.0                # × the view options' font scale
BACKDROP = QColor(12, 18, 28, 150)    # the canvas shows through, dimmed

CARD_STYLE = """
#HintCard { background: rgba(24, 34, 50, 240); border: 1px solid rgba(255, 255, 255, 70); border-radius: 14px; }
#HintCard QLabel { color: #f2f2f2; background: transparent; }
#HintCard QLabel#HintFooter { color: #b9c6d6; }
#HintCard QLabel#KeyCap { color: #111111; background: #f4f4f4; border: 1px solid #c4c4c4;
                          border-bottom: 3px solid #9a9a9a; border-radius: 6px; padding: 1px 9px; }
"""

_ARROWS = {"Left": "←", "Right": "→", "Up": "↑", "Down": "↓"}


def _keys(actions: dict[str, QAction], name: str, count: int = 1) -> list[str]:
    """Return the first `count` keys of the action `name` as a keyboard labels them (← not "Left")."""
    action = actions.get(name)
    if action is None:
        return []
    keys = [_ARROWS.get(k.toString(QKeySequence.SequenceFormat.PortableText))
            or k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()[:count]]
    return [k for k in keys if k]


def hint_rows(actions: dict[str, QAction]) -> list[tuple[list[str], str]]:
    """Return the hints as (key caps, what they do), leaving out a hint whose action has no key."""
    rows = [
        (_keys(actions, "forward") + _keys(actions, "back"),
         tr("step forward / back through the algorithm, one neuron at a time", "HintOverlay")),
        ([tr("Click", "HintOverlay")],
         tr("a neuron, an edge or the loss: its equations, with the numbers", "HintOverlay")),
        ([tr("Double-click", "HintOverlay")] + _keys(actions, "edit_value"),
         tr("type a new weight or bias", "HintOverlay")),
        (_keys(actions, "train_play"), tr("train on a data set, and pause", "HintOverlay")),
        (_keys(actions, "shortcuts"), tr("every keyboard shortcut", "HintOverlay")),
    ]
    return [(keys, text) for keys, text in rows if keys]


class HintOverlay(CoverOverlay):
    """A dimmed cover over `parent` with a card of hints; any key or click takes it away."""

    def __init__(self, parent: QWidget, rows: list[tuple[list[str], str]], font_scale: float = 1.0) -> None:
        super().__init__(parent, BACKDROP)
        self.setObjectName("hint-overlay")

        card = self.card = QFrame(objectName="HintCard")
        card.setStyleSheet(CARD_STYLE)
        card.setMaximumWidth(int(760 * font_scale))
        self._font_scale = font_scale
        self._sized: list[tuple[QWidget, float]] = []  # each text and its size against the hints' text
        text_font = font_at(QApplication.font(), BASE_POINT_SIZE * font_scale)
        title = QLabel(tr("Getting started", "HintOverlay"), font=font_at(text_font, text_font.pointSizeF() * 1.35,
                                                                            bold=True))
        self._sized.append((title, 1.35))
        grid = QGridLayout()
        grid.setHorizontalSpacing(int(18 * font_scale))
        grid.setVerticalSpacing(int(10 * font_scale))
        self.key_caps: list[str] = []
        for row, (keys, text) in enumerate(rows):
            caps = QWidget()
            caps_layout = QGridLayout(caps)
            caps_layout.setContentsMargins(0, 0, 0, 0)
            caps_layout.setHorizontalSpacing(int(6 * font_scale))
            for k, key in enumerate(keys):
                cap = QLabel(key, objectName="KeyCap", font=font_at(text_font, text_font.pointSizeF(), bold=True))
                cap.setTextFormat(Qt.TextFormat.PlainText)
                self._sized.append((cap, 1.0))
                caps_layout.addWidget(cap, 0, k)
                self.key_caps.append(key)
            grid.addWidget(caps, row, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            label = QLabel(text, font=text_font, wordWrap=True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            self._sized.append((label, 1.0))
            grid.addWidget(label, row, 1)
        grid.setColumnStretch(1, 1)
        footer = QLabel(tr("Press any key or click to begin. Help ▸ Show hints brings these back.", "HintOverlay"),
                        objectName="HintFooter", wordWrap=True,
                        font=font_at(text_font, text_font.pointSizeF() * 0.85))
        self._sized.append((footer, 0.85))
        inner = QVBoxLayout(card)
        self._layouts = (inner, grid)
        inner.addWidget(title)
        inner.addLayout(grid)
        inner.addWidget(footer)

        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(1)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """Draw the hints smaller, down to 60 %, where the canvas is too short for them whole
        (German and French hints wrap to more lines): a hint is never cut."""
        room = self.height() - 24
        width = min(self.card.maximumWidth(), self.width() - 24)
        for factor in (1.0, 0.9, 0.8, 0.7, 0.6):
            scale = self._font_scale * factor
            for widget, size in self._sized:
                widget.setFont(font_at(widget.font(), BASE_POINT_SIZE * scale * size))
            inner, grid = self._layouts
            margin = int(26 * scale)
            inner.setContentsMargins(margin, margin, margin, margin)
            inner.setSpacing(int(16 * scale))
            grid.setVerticalSpacing(int(10 * scale))
            self.card.layout().activate()
            if self.card.heightForWidth(width) <= room:
                break

    def focusOutEvent(self, event) -> None:
        # A click elsewhere in the window (a dock, the menu bar) sends the hints away too;
        # switching to another program does not.
        super().focusOutEvent(event)
        if event.reason() not in (Qt.FocusReason.ActiveWindowFocusReason, Qt.FocusReason.PopupFocusReason):
            self.dismiss()


def show_hints(window: "MainWindow") -> HintOverlay:
    """Lay the hints over `window`'s canvas (Help ▸ Show hints) and return the overlay."""
    overlay = window.canvas.findChild(HintOverlay)
    if overlay is not None and not overlay.isVisible():
        overlay.setParent(None)  # rebuilt: the shortcuts or the text size may have changed since
        overlay.deleteLater()
        overlay = None
    if overlay is None:
        overlay = HintOverlay(window.canvas, hint_rows(window.actions), window.options.font_scale)
    overlay.cover()
    return overlay


def show_first_run_hints(window: "MainWindow") -> HintOverlay | None:
    """Show the hints if `window`'s settings say they were never shown, and record that they were."""
    if window.settings.value(SHOWN_KEY, False) in (True, "true"):
        return None
    window.settings.setValue(SHOWN_KEY, True)
    return show_hints(window)
