"""StepBar: the controls under the network canvas for stepping through one step of training.

It shows where the cursor is (a Forward → Loss → Backward → Update strip, the current event,
"event k of n"), moves it only through the document's playback methods, auto-plays with a
timer it owns, and plots the loss of every finished step so a class sees it fall.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QSignalBlocker, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import (
    QComboBox, QHBoxLayout, QLabel, QSizePolicy, QSlider, QStyle, QVBoxLayout, QWidget,
)

from bpviz.engine.nn.step_through import GRANULARITIES
from bpviz.state import Document, ViewOptions

from bpviz.ui.look.fonts import dock_font
from bpviz.ui.look.engine_words import event_title
from bpviz.ui.stepping.phase_strip import PhaseStrip
from bpviz.ui.widgets.step_button import StepButton
from bpviz.ui.lab.plot_axes import show_plain_values
from bpviz.ui.shell.i18n import tr, tr_noop

# The keys of each slot (QKeySequence strings): the Step menu binds them, the buttons' tooltips
# name them. Page Down and Page Up too: they are what a presentation clicker sends.
SHORTCUTS: dict[str, tuple[str, ...]] = {
    "step_forward": ("Space", "Right", "PgDown"),
    "step_back": ("Left", "Backspace", "PgUp"),
    "end_of_phase": ("End", "Shift+Right"),
    "reset": ("Home",),
    "toggle_play": ("P", "Ctrl+Space"),
}

KEY_NAMES = {"Right": "→", "Left": "←"}  # the others as the keyboard of the person's language names them

# In English; shown through tr(..., "StepBar").
GRANULARITY_LABELS = {"neuron": tr_noop("neuron", "StepBar"), "layer": tr_noop("layer", "StepBar"),
                      "phase": tr_noop("phase", "StepBar"), "step": tr_noop("whole step", "StepBar")}
SLOWEST_MS, FASTEST_MS = 2000, 100  # the speed slider's ends
PLOT_HEIGHT = 120  # pixels, at font scale 1

READY = tr_noop("Ready: press → or Space to begin", "StepBar")
STEP_DONE = tr_noop("Step {step} done: → starts step {next}", "StepBar")

class StepBar(QWidget):
    """Phase strip, step buttons, auto-play, granularity and the loss history of the document."""

    messageRaised = Signal(str)
    playingChanged = Signal(bool)

    def __init__(self, doc: Document, options: ViewOptions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc, self.options = doc, options
        self._timer = QTimer(self)  # a child: destroyed (and so stopped) with the bar
        self._timer.timeout.connect(self._on_timer_timeout)
        self._drawn: tuple | None = None  # what the loss plot shows: (finished steps, this step's loss)
        self._build()
        doc.cursorMoved.connect(self._on_cursor_moved)
        doc.historyChanged.connect(self._on_history_changed)
        doc.structureChanged.connect(self._on_history_changed)
        options.changed.connect(self._on_options_changed)
        self._on_options_changed()
        self._on_history_changed()

    # -- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.phase_strip = PhaseStrip()
        self.title_label = QLabel()
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.title_label.setWordWrap(True)  # a narrow window wraps the event's title, never cuts it
        self.count_label = QLabel()
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.count_label.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)

        pixmap = QStyle.StandardPixmap
        self.reset_button = self._button(self.tr("Reset"), pixmap.SP_MediaSkipBackward, self.reset,
                                         self.tr("Back to the start of this step, weights as before it"))
        self.back_button = self._button(self.tr("← Back"), pixmap.SP_MediaSeekBackward, self.step_back,
                                        self.tr("Hide the last revealed event"))
        self.forward_button = self._button(self.tr("Forward →"), pixmap.SP_MediaSeekForward, self.step_forward,
                                           self.tr("Reveal the next event (past the end: the next step)"))
        self.phase_button = self._button(self.tr("End of phase"), pixmap.SP_MediaSkipForward, self.end_of_phase,
                                         self.tr("Jump to the end of the current phase"))
        self.play_button = self._button(self.tr("Play"), pixmap.SP_MediaPlay, self.toggle_play,
                                        self.tr("Play or pause: reveal one move at a time, step after step"))

        self.speed_slider = QSlider(Qt.Orientation.Horizontal)
        self.speed_slider.setRange(FASTEST_MS, SLOWEST_MS)
        self.speed_slider.setMinimumWidth(60)
        self.speed_slider.valueChanged.connect(self._on_speed_slider_changed)
        self.granularity_combo = QComboBox()
        for name in GRANULARITIES:
            self.granularity_combo.addItem(tr(GRANULARITY_LABELS[name], "StepBar"), name)
        self.granularity_combo.setToolTip(self.tr("How far one press of Forward or Back moves"))
        # Never narrower than its longest choice ("neurone", "Neuron"): the slider gives way first.
        self.granularity_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.granularity_combo.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self.granularity_combo.currentIndexChanged.connect(self._on_granularity_combo_changed)

        self.step_label = QLabel()
        self.loss_label = QLabel()
        self.loss_label.setTextFormat(Qt.TextFormat.PlainText)
        self.plot = pg.PlotWidget()
        self.plot.setMinimumWidth(140)
        self.plot.setBackground(self.palette().color(self.backgroundRole()))
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.showGrid(x=False, y=True, alpha=0.25)
        self.loss_curve = self.plot.plot(pen=pg.mkPen("#0072b2", width=2))
        self.loss_points = pg.ScatterPlotItem(
            size=8, brush=pg.mkBrush("#0072b2"), pen=pg.mkPen("w"), hoverable=True,
            hoverSize=12, tip=lambda x, y, data: self.tr("step {x:.0f}: L = {y:.6g}").format(x=x, y=y))
        self.plot.addItem(self.loss_points)

        # The phase strip runs across the whole bar; under it the status, the buttons and the
        # settings sit left of the loss plot, so the bar fits a 1024-pixel projector's window.
        strip_row = QHBoxLayout()
        strip_row.addWidget(self.phase_strip)
        strip_row.addStretch(1)
        strip_row.addWidget(self.step_label)
        status_row = QHBoxLayout()
        status_row.addWidget(self.title_label, 1)
        status_row.addWidget(self.count_label)
        buttons_row = QHBoxLayout()
        for button in self._step_buttons()[:-1]:
            buttons_row.addWidget(button)
        buttons_row.addWidget(self.play_button)
        buttons_row.addStretch(1)
        settings_row = QHBoxLayout()  # auto-play's speed, and how far each move goes
        settings_row.addWidget(QLabel(self.tr("Speed")))
        settings_row.addWidget(self.speed_slider, 1)
        settings_row.addSpacing(8)
        settings_row.addWidget(QLabel(self.tr("Move by")))
        settings_row.addWidget(self.granularity_combo)
        settings_row.addStretch(1)
        left = QVBoxLayout()
        for row in (status_row, buttons_row, settings_row):
            left.addLayout(row)

        right = QVBoxLayout()
        right.setSpacing(2)
        right.addWidget(self.loss_label, 0, Qt.AlignmentFlag.AlignRight)
        right.addWidget(self.plot)

        lower = QHBoxLayout()
        lower.addLayout(left, 3)
        lower.addSpacing(8)
        lower.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(strip_row)
        layout.addLayout(lower)

    def _button(self, text: str, icon: QStyle.StandardPixmap, slot, tip: str) -> StepButton:
        keys = self.tr(" or ").join(KEY_NAMES.get(k) or QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText)
                                    for k in SHORTCUTS[slot.__name__])
        button = StepButton(self.style().standardIcon(icon), text)
        button.setToolTip(self.tr("{tip}. Keys: {keys}").format(tip=tip, keys=keys))
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys belong to the window, not a button
        button.clicked.connect(slot)
        return button

    # -- public slots (the main window binds the keys in SHORTCUTS to these) -----------------

    def step_forward(self) -> None:
        """Reveal the next event (or group, at the chosen granularity)."""
        self._move(self.doc.advance, self.options.granularity)

    def step_back(self) -> None:
        """Hide the current event (or group); at the start, go back into the previous step."""
        self._move(self.doc.retreat, self.options.granularity)

    def end_of_phase(self) -> None:
        self._move(self.doc.finish_phase)

    def reset(self) -> None:
        """Return to the start of this step; stops auto-play."""
        self._set_playing(False)
        self._move(self.doc.reset_step)

    def toggle_play(self) -> None:
        self._set_playing(not self.is_playing())

    def is_playing(self) -> bool:
        return self._timer.isActive()

    def highlighted_phase(self) -> str | None:
        """Return the phase the strip highlights ("Forward" .. "Update"), None at the start."""
        return self.phase_strip.highlighted()

    def plotted_losses(self) -> list[float]:
        """Return the loss values the history plot shows, one per finished step."""
        _, y = self.loss_curve.getData()
        return [] if y is None else [float(v) for v in y]

    # -- handlers ----------------------------------------------------------------------------

    def _move(self, method, *args) -> None:
        try:
            method(*args)
        except ValueError as exc:
            self._set_playing(False)
            self.messageRaised.emit(str(exc))

    def _set_playing(self, playing: bool) -> None:
        if playing == self.is_playing():
            return
        if playing:
            self._timer.start(self.options.play_interval_ms)
        else:
            self._timer.stop()
        pixmap = QStyle.StandardPixmap.SP_MediaPause if playing else QStyle.StandardPixmap.SP_MediaPlay
        self.play_button.setIcon(self.style().standardIcon(pixmap))
        self.play_button.set_words(self.tr("Pause") if playing else self.tr("Play"))
        self.playingChanged.emit(playing)

    def _on_timer_timeout(self) -> None:
        self._move(self.doc.advance, self.options.granularity)

    def _on_cursor_moved(self) -> None:
        self._draw_losses()
        doc, cursor = self.doc, self.doc.cursor
        self.phase_strip.set_phase(cursor.phase, finished=cursor.at_end)
        event = cursor.current
        if event is None:
            self.title_label.setText(self.tr(READY))
            self.count_label.setText(self.tr("0 of {n} events").format(n=len(cursor)))
        else:
            done = self.tr(STEP_DONE).format(step=doc.step_count + 1, next=doc.step_count + 2)
            self.title_label.setText(done if cursor.at_end else event_title(event))
            self.count_label.setText(self.tr("event {k} of {n}").format(k=cursor.position, n=len(cursor)))
        self.step_label.setText(self.tr("Step {n}").format(n=doc.step_count + 1))
        if doc.batch_size > 1:  # the title wraps: the bar is no wider for it
            self.title_label.setText(self.title_label.text() + " · " + self.tr("sample {s} of {B} shown").format(
                s=doc.shown_sample + 1, B=doc.batch_size))
        if doc.revealed.known("loss"):
            loss, where = float(cursor.trace.loss), self.tr("this step")
        elif doc.loss_history:
            loss, where = doc.loss_history[-1], self.tr("step {n}").format(n=doc.step_count)
        else:
            loss, where = None, None
        if loss is None:
            self.loss_label.setText("L = –")
            self.loss_label.setToolTip(self.tr("The loss is computed after the forward pass"))
        else:
            self.loss_label.setText(f"L = {self.options.fmt(loss)} ({where})")
            self.loss_label.setToolTip(f"L = {self.options.full(loss)}")
        self.back_button.setEnabled(self.doc.playback.can_retreat)
        self.reset_button.setEnabled(not cursor.at_start)

    def _on_history_changed(self) -> None:
        self._drawn = None  # the finished steps changed: draw them again
        self._on_cursor_moved()

    def _draw_losses(self) -> None:
        """Plot the loss of every finished step and, once its loss is revealed, of this one."""
        doc = self.doc
        loss = doc.revealed.value("loss")
        current = [] if loss is None else [loss]
        drawn = (len(doc.loss_history), tuple(current))
        if drawn == self._drawn:
            return
        self._drawn = drawn
        losses = list(doc.loss_history) + current
        steps = list(range(1, len(losses) + 1))
        self.loss_curve.setData(steps, losses)
        self.loss_points.setData(steps, losses)
        self.plot.setXRange(0.5, max(len(losses), 1) + 0.5, padding=0)
        spacing = _tick_spacing(len(losses))  # whole steps only: no tick at step 1.5
        self.plot.getAxis("bottom").setTickSpacing(spacing, spacing)

    def _on_options_changed(self) -> None:
        options = self.options
        font = dock_font(self.font(), options.font_scale)
        self.setFont(font)
        for widget in (self.phase_strip, *self.phase_strip.findChildren(QLabel)):
            widget.setFont(font)  # their style sheet stops the font reaching them by itself
        icon = round(16 * options.font_scale)
        for button in self._step_buttons():
            button.setIconSize(QSize(icon, icon))
        bold = QFont(font)
        bold.setBold(True)
        self.step_label.setFont(bold)
        self._style_plot(font)
        self.plot.setFixedHeight(round(PLOT_HEIGHT * max(1.0, options.font_scale) ** 0.5))
        with QSignalBlocker(self.granularity_combo):
            self.granularity_combo.setCurrentIndex(self.granularity_combo.findData(options.granularity))
        with QSignalBlocker(self.speed_slider):
            self.speed_slider.setValue(FASTEST_MS + SLOWEST_MS - options.play_interval_ms)
        self.speed_slider.setToolTip(self.tr("Auto-play speed: one move every {seconds:g} s").format(
            seconds=options.play_interval_ms / 1000))
        if self._timer.interval() != options.play_interval_ms:
            self._timer.setInterval(options.play_interval_ms)
        self._on_cursor_moved()

    def _style_plot(self, font: QFont) -> None:
        size = f"{font.pointSizeF():g}pt"
        # The plot sits on the bar's own background, so its text takes the theme's colour.
        self.plot.setBackground(self.palette().color(self.backgroundRole()))
        for name, text in (("left", self.tr("loss L")), ("bottom", self.tr("step"))):
            axis = self.plot.getAxis(name)
            axis.setTickFont(font)
            axis.setTextPen(self.palette().color(self.foregroundRole()))
            axis.setPen("#606060")
            axis.setLabel(text, **{"font-size": size})
            show_plain_values(axis)  # "(x0.001)" beside a loss puzzles more than it helps

    def _step_buttons(self) -> tuple[StepButton, ...]:
        return (self.reset_button, self.back_button, self.forward_button, self.phase_button,
                self.play_button)

    def _on_speed_slider_changed(self, value: int) -> None:
        self.options.play_interval_ms = FASTEST_MS + SLOWEST_MS - value

    def _on_granularity_combo_changed(self, index: int) -> None:
        self.options.granularity = self.granularity_combo.itemData(index)


def _tick_spacing(count: int, most: int = 6) -> int:
    """Return the smallest of 1, 2, 5, 10, 20, 50, ... that puts at most `most` ticks on `count` steps."""
    decade = 1
    while True:
        for spacing in (decade, 2 * decade, 5 * decade):
            if count <= most * spacing:
                return spacing
        decade *= 10
