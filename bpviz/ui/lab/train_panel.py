"""TrainPanel: the training knobs, the buttons that run training, and what the last epoch did.

Every knob calls one document method (one undoable command) and is refreshed from the
document with its signals blocked; every button calls one TrainingSession method. The status
lines are redrawn at most once per pass of the event loop, however many epochs were recorded.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFormLayout, QFrame, QGridLayout, QGroupBox, QHBoxLayout,
    QLineEdit, QProgressBar, QPushButton, QScrollArea, QSizePolicy, QStyle, QVBoxLayout, QWidget,
)

from bpviz.engine.training.training import MAX_LR
from bpviz.engine.limits import MAX_PENALTY, MAX_SEED
from bpviz.state import Document, ViewOptions
from bpviz.engine.files.lab_document import TRAINING_DEFAULTS
from bpviz.state.document.parsing import in_locale, parse_number
from bpviz.state.training.training_session import TrainingSession

from bpviz.ui.widgets.redraw_timer import RedrawTimer
from bpviz.ui.look.fonts import dock_font
from bpviz.ui.shell.i18n import tr_noop
from bpviz.ui.widgets.checked_spin_box import CheckedSpinBox
from bpviz.ui.lab.divergence_banner import DivergenceBanner
from bpviz.ui.lab.speed_choice import SpeedChoice
from bpviz.ui.lab.train_status_box import LastEpochBox
from bpviz.ui.lab.train_stop_box import StopBox

DEFAULT_RATE = "0.001"  # the penalty rate offered when a person first picks L1 or L2
RATE_ROOM = "0.0001"  # the penalty rate field always shows a rate like this whole
RATE_PADDING = 14     # px: the line edit's frame and text margins
PENALTIES = (("none", tr_noop("none", "TrainPanel")), ("l1", "L1  (λ Σ|w|)"), ("l2", "L2  (½ λ Σ w²)"))

# What the panel tells a person, declared once in English; the panel shows each through self.tr.
LR_OUT_OF_RANGE = tr_noop("Learning rate α: training needs a number greater than 0 and at most {max_lr:g}",
                          "TrainPanel")
RATE_NEGATIVE = tr_noop("Penalty rate λ: it must be 0 or more", "TrainPanel")
RATE_TOO_LARGE = tr_noop("Penalty rate λ: at most {max:g}; a larger one drives every weight to 0 in a few steps",
                         "TrainPanel")
LR_TIP = tr_noop("α, the size of each step downhill: w ← w − α ∂L/∂w. Training needs 0 < α ≤ "
                 "{max_lr:g}; press Enter to apply", "TrainPanel")
BATCH_TIP = tr_noop("Samples per step: each step averages ∂L/∂w over this many training samples. "
                    "1 is stochastic gradient descent", "TrainPanel")
WHOLE_TIP = tr_noop("Use every training sample in each step (batch gradient descent: one step per epoch)",
                    "TrainPanel")
PENALTY_TIP = tr_noop("A weight penalty added to the loss, pulling weights towards 0: L1 adds λ Σ|w|, "
                      "L2 adds ½ λ Σ w². The loss shown here and in the curves then includes the penalty",
                      "TrainPanel")
SEED_TIP = tr_noop("Seeds the order the samples are shuffled in: the same seed gives the same batches", "TrainPanel")
PLAY_TIP = tr_noop("Train until paused, or until a stop set below", "TrainPanel")
PAUSE_TIP = tr_noop("Pause training; the weights stay as they are", "TrainPanel")
EPOCH_TIP = tr_noop("Train one epoch: every training sample once, batch by batch", "TrainPanel")
BATCH_BUTTON_TIP = tr_noop("Take one step of gradient descent on the next batch", "TrainPanel")
RESET_TIP = tr_noop("Put back the weights training started from and begin a new run (the curves so far "
                    "stay, faded)", "TrainPanel")
REINIT_TIP = tr_noop("Draw new starting weights (same scheme, next seed) and begin a new run (the curves "
                     "so far stay, faded); undoable", "TrainPanel")
CANCEL_TIP = tr_noop("Stop this run; the epochs done so far stay", "TrainPanel")


class TrainPanel(QWidget):
    """Set α, batch size, penalty, epochs and seed; play, step and reset training; read its state."""

    messageRaised = Signal(str)

    def __init__(self, doc: Document, session: TrainingSession, options: ViewOptions,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc, self.session, self.options = doc, session, options
        self._rate_text = DEFAULT_RATE
        self._button_shows_running: bool | None = None  # what the Play button says now
        self._build()
        self._status_timer = RedrawTimer(self, self._refresh_status)  # once per event-loop pass
        doc.dataChanged.connect(self._on_settings_changed)
        doc.exampleChanged.connect(self._on_lr_changed)
        doc.epochsChanged.connect(self._schedule_status)
        session.stateChanged.connect(self._on_session_state_changed)
        session.diverged.connect(self._on_session_diverged)
        session.problemRaised.connect(self.messageRaised)
        options.changed.connect(self._on_options_changed)
        self._on_options_changed()
        self._on_settings_changed()
        self._on_lr_changed()
        self._on_session_state_changed()

    # -- public slots, for the window's keys ----------------------------------------------------

    def toggle_play(self) -> None:
        """Pause a run, or start one: for the epochs set, or until paused."""
        if self.session.running:
            self._call(self.session.pause)
        else:
            self._call(self.session.play, self.doc.lab.settings.epochs)

    def one_epoch(self) -> None:
        self._call(self.session.one_epoch)

    def one_batch(self) -> None:
        self._call(self.session.one_batch)

    def reset(self) -> None:
        """Back to the weights training started from (bit for bit), the curves cleared."""
        self._call(self.session.reset)

    def reinitialise(self) -> None:
        """New starting weights (the network's scheme, the next seed); the curves so far stay, faded."""
        self._call(self.session.pause)
        self._call(self.doc.structure.reinitialise, self.doc.network.init)

    def restore(self) -> None:
        self._call(self.session.restore_last_finite)

    def progress_text(self) -> str:
        """Return "k / n epochs · 730 epochs/s · 3 s left" for a fixed-length run, else ""."""
        progress = self.session.progress()
        if progress is None:
            return ""
        done, wanted = progress
        parts = [self.tr("{done} / {wanted} epochs").format(done=done, wanted=wanted)]
        if self.session.epochs_per_second > 0:
            parts.append(self.tr("{speed:.0f} epochs/s").format(speed=self.session.epochs_per_second))
        left = self.session.seconds_left()
        if left is not None:
            parts.append(self.tr("{left:.0f} s left").format(left=left))
        return " · ".join(parts)

    # -- building -------------------------------------------------------------------------------

    def _build(self) -> None:
        icon = self.style().standardIcon
        P = QStyle.StandardPixmap

        self.lr_edit = QLineEdit()
        self.lr_edit.setToolTip(self.tr(LR_TIP).format(max_lr=MAX_LR))
        self.lr_edit.setAccessibleName(self.tr("Learning rate α"))
        self.lr_edit.editingFinished.connect(self._on_lr_edit_finished)

        self.batch_spin = CheckedSpinBox(self.tr("Batch size"))
        self.batch_spin.refused.connect(self.messageRaised)
        self.batch_spin.setKeyboardTracking(False)  # typing "32" is one choice, not "3" then "32"
        self.batch_spin.setToolTip(self.tr(BATCH_TIP))
        self.batch_spin.valueChanged.connect(self._on_batch_spin_changed)
        self.whole_check = QCheckBox(self.tr("whole set"))
        self.whole_check.setToolTip(self.tr(WHOLE_TIP))
        self.whole_check.toggled.connect(self._on_whole_check_toggled)

        self.penalty_combo = QComboBox()
        for name, label in PENALTIES:
            self.penalty_combo.addItem(self.tr(label), name)
        self.penalty_combo.setToolTip(self.tr(PENALTY_TIP))
        self.penalty_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.penalty_combo.setMinimumContentsLength(5)
        self.penalty_combo.currentIndexChanged.connect(self._on_penalty_combo_changed)
        self.rate_edit = QLineEdit()
        self.rate_edit.setToolTip(self.tr("λ, the penalty rate (0 to {max:g}; press Enter to apply). {penalty}").format(
            max=MAX_PENALTY, penalty=self.tr(PENALTY_TIP)))
        self.rate_edit.setAccessibleName(self.tr("Penalty rate λ"))
        self.rate_edit.editingFinished.connect(self._on_rate_edit_finished)

        self.speed_combo = SpeedChoice(self.session, self.messageRaised.emit)
        self.stop_box = StopBox(self.doc)
        self.stop_box.messageRaised.connect(self.messageRaised)
        self.epochs_spin = self.stop_box.epochs_spin
        self.seed_spin = CheckedSpinBox(self.tr("Seed"))
        self.seed_spin.refused.connect(self.messageRaised)
        self.seed_spin.setRange(0, MAX_SEED)
        self.seed_spin.setKeyboardTracking(False)
        self.seed_spin.setToolTip(self.tr(SEED_TIP))
        self.seed_spin.valueChanged.connect(self._on_seed_spin_changed)

        settings = QGroupBox(self.tr("Settings"))
        form = QFormLayout(settings)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Learning rate α"), self.lr_edit)
        form.addRow(self.tr("Speed"), self.speed_combo)
        form.addRow(self.tr("Batch size"), _row(self.batch_spin, self.whole_check))
        form.addRow(self.tr("Penalty"), _row(self.penalty_combo, self.rate_edit))
        form.addRow(self.tr("Shuffle seed"), self.seed_spin)

        self.play_button = _button(icon(P.SP_MediaPlay), self.tr("Play"), self.tr(PLAY_TIP), self.toggle_play)
        self.epoch_button = _button(icon(P.SP_MediaSeekForward), self.tr("One epoch"), self.tr(EPOCH_TIP),
                                    self.one_epoch)
        self.batch_button = _button(icon(P.SP_MediaSkipForward), self.tr("One batch"), self.tr(BATCH_BUTTON_TIP),
                                    self.one_batch)
        self.reset_button = _button(icon(P.SP_MediaSkipBackward), self.tr("Reset"), self.tr(RESET_TIP), self.reset)
        self.reinit_button = _button(icon(P.SP_BrowserReload), self.tr("Re-initialise"), self.tr(REINIT_TIP),
                                     self.reinitialise)
        buttons = QGridLayout()
        buttons.addWidget(self.play_button, 0, 0, 1, 2)
        buttons.addWidget(self.epoch_button, 1, 0)
        buttons.addWidget(self.batch_button, 1, 1)
        buttons.addWidget(self.reset_button, 2, 0)
        buttons.addWidget(self.reinit_button, 2, 1)

        self.progress_bar = QProgressBar()
        self.progress_bar.setTextVisible(True)
        self.progress_bar.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.cancel_button = _button(icon(P.SP_DialogCancelButton), self.tr("Cancel"), self.tr(CANCEL_TIP),
                                     lambda: self._call(self.session.cancel))
        self.progress_box = QWidget()
        progress = QVBoxLayout(self.progress_box)
        progress.setContentsMargins(0, 0, 0, 0)
        progress.addWidget(self.progress_bar)
        progress.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignRight)

        self.banner = DivergenceBanner(self.restore)

        self.last_epoch = LastEpochBox()

        self.content = QWidget()
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(4, 4, 4, 4)
        # What a class watches first (the buttons, the last epoch), then the knobs.
        layout.addLayout(buttons)
        layout.addWidget(self.progress_box)
        layout.addWidget(self.banner)
        layout.addWidget(self.last_epoch)
        layout.addWidget(settings)
        layout.addWidget(self.stop_box)
        layout.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.content)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)

    # -- refreshing from the document and the session ------------------------------------------

    def _training_size(self) -> int:
        """Return how many samples an epoch trains on (at least 1)."""
        if self.doc.lab.dataset is None:
            return 1
        try:
            return max(1, len(self.doc.lab.split()[0]))
        except ValueError:
            return max(1, len(self.doc.lab.dataset))

    def _on_settings_changed(self) -> None:
        training, n = self.doc.lab.settings, self._training_size()
        whole = training.batch_size >= n
        with QSignalBlocker(self.batch_spin), QSignalBlocker(self.whole_check):
            self.batch_spin.setRange(1, n)
            self.batch_spin.setValue(min(training.batch_size, n))
            self.batch_spin.setSuffix(self.tr("  of {n}").format(n=n))
            self.batch_spin.setEnabled(not whole)
            self.whole_check.setChecked(whole)
        penalty = "l1" if training.l1 > 0 else "l2" if training.l2 > 0 else "none"
        if penalty != "none":
            self._rate_text = f"{getattr(training, penalty):g}"
        with QSignalBlocker(self.penalty_combo), QSignalBlocker(self.rate_edit):
            self.penalty_combo.setCurrentIndex(self.penalty_combo.findData(penalty))
            self.rate_edit.setText(in_locale(self._rate_text))
            self.rate_edit.setEnabled(penalty != "none")
        with QSignalBlocker(self.seed_spin):
            self.seed_spin.setValue(min(int(training.seed), MAX_SEED))
        self._schedule_status()

    def _on_lr_changed(self) -> None:
        if not self.lr_edit.isModified():  # never overwrite what a person is typing
            self.lr_edit.setText(in_locale(f"{self.doc.lr:g}"))
        self._schedule_status()

    def _on_session_state_changed(self) -> None:
        running = self.session.running
        if running != self._button_shows_running:  # not every frame: a new icon repaints it
            self._button_shows_running = running
            self.play_button.setText(self.tr("Pause") if running else self.tr("Play"))
            self.play_button.setIcon(self.style().standardIcon(
                QStyle.StandardPixmap.SP_MediaPause if running else QStyle.StandardPixmap.SP_MediaPlay))
            self.play_button.setToolTip(self.tr(PAUSE_TIP) if running else self.tr(PLAY_TIP))
        if self.session.divergence is None:
            self.banner.hide()
        if running:
            self._schedule_status()
        else:  # a pause, a step or a reset: rare, so shown at once
            self._status_timer.stop()
            self._refresh_status()

    def _on_session_diverged(self, message: str) -> None:
        self.banner.show_message(message)
        QTimer.singleShot(0, self, lambda: self.scroll.ensureWidgetVisible(self.banner, 0, 0))

    def _on_options_changed(self) -> None:
        font = dock_font(self.font(), self.options.font_scale)
        self.setFont(font)
        self.banner.set_panel_font(font)
        metrics = self.rate_edit.fontMetrics()
        self.rate_edit.setMinimumWidth(metrics.horizontalAdvance(RATE_ROOM) + RATE_PADDING)
        self._schedule_status()

    def _schedule_status(self) -> None:
        self._status_timer.request()

    def _refresh_status(self) -> None:
        """Show the last epoch's numbers, the speed, a fixed run's progress and any problem."""
        session, running = self.session, self.session.running
        self.last_epoch.refresh(self.doc, session, self.options)
        progress = session.progress() if running else None
        self.progress_box.setVisible(progress is not None)
        if progress is not None:
            done, wanted = progress
            self.progress_bar.setRange(0, max(1, wanted))
            self.progress_bar.setValue(max(0, min(done, wanted)))
            self.progress_bar.setFormat(self.progress_text())

    # -- edits ------------------------------------------------------------------------------------

    def _call(self, method, *args, **kwargs) -> bool:
        """Call a document or session method; a refusal becomes a message. Return whether it worked."""
        try:
            method(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001 - in front of a class, a message beats a crash
            self.messageRaised.emit(str(exc))
            self._on_settings_changed()
            self._on_lr_changed()
            return False
        return True

    def _set_training(self, **settings) -> None:
        self._call(self.doc.lab.set_training, **settings)

    def _on_lr_edit_finished(self) -> None:
        try:
            lr = parse_number(self.lr_edit.text(), self.tr("Learning rate α"))
            if not 0 < lr <= MAX_LR:
                raise ValueError(self.tr(LR_OUT_OF_RANGE).format(max_lr=MAX_LR))
        except ValueError as exc:
            self.messageRaised.emit(str(exc))
            self.lr_edit.setText(in_locale(f"{self.doc.lr:g}"))
            return
        if lr == self.doc.lr:
            self.lr_edit.setText(in_locale(f"{self.doc.lr:g}"))  # and no longer "modified"
            return
        was_running, progress = self.session.running, self.session.progress()
        if self._call(self.doc.set_lr, lr) and was_running:
            # The new α takes effect now: the run goes on with the epochs it had left.
            self._call(self.session.pause)
            self._call(self.session.play, None if progress is None else progress[1] - progress[0])
        self.lr_edit.setText(in_locale(f"{self.doc.lr:g}"))

    def _on_batch_spin_changed(self, value: int) -> None:
        self._set_training(batch_size=value)

    def _on_whole_check_toggled(self, whole: bool) -> None:
        n = self._training_size()
        self._set_training(batch_size=n if whole else min(TRAINING_DEFAULTS["batch_size"], n))

    def _on_penalty_combo_changed(self, index: int) -> None:
        rate = float(self._rate_text)
        self._set_penalty(self.penalty_combo.itemData(index), rate or float(DEFAULT_RATE))

    def _on_rate_edit_finished(self) -> None:
        try:
            rate = parse_number(self.rate_edit.text(), self.tr("Penalty rate λ"))
            if rate < 0:
                raise ValueError(self.tr(RATE_NEGATIVE))
            if rate > MAX_PENALTY:
                raise ValueError(self.tr(RATE_TOO_LARGE).format(max=MAX_PENALTY))
        except ValueError as exc:
            self.messageRaised.emit(str(exc))
            self._on_settings_changed()
            return
        self._set_penalty(self.penalty_combo.currentData(), rate)

    def _set_penalty(self, penalty: str, rate: float) -> None:
        """Ask for penalty "none", "l1" or "l2" at `rate` (a rate of 0 is no penalty)."""
        if penalty != "none":
            self._rate_text = f"{rate:g}"
        self._set_training(l1=rate if penalty == "l1" else 0.0, l2=rate if penalty == "l2" else 0.0)
        self._on_settings_changed()  # the combo shows what the document holds ("none" for λ = 0)

    def _on_seed_spin_changed(self, value: int) -> None:
        self._set_training(seed=value)


def _button(icon, text: str, tip: str, slot) -> QPushButton:
    button = QPushButton(icon, text)
    button.setToolTip(tip)
    button.setSizePolicy(QSizePolicy.Policy.MinimumExpanding, QSizePolicy.Policy.Fixed)
    button.clicked.connect(slot)
    return button


def _row(*widgets: QWidget) -> QWidget:
    """Return the widgets side by side, the first one stretching."""
    box = QWidget()
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    for k, widget in enumerate(widgets):
        layout.addWidget(widget, 1 if k == 0 else 0)
    return box
