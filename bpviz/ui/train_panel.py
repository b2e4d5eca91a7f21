"""TrainPanel: the training knobs, the buttons that run training, and what the last epoch did.

Every knob calls one document method (one undoable command) and is refreshed from the
document with its signals blocked; every button calls one TrainingSession method. The status
lines are redrawn at most once per pass of the event loop, however many epochs were recorded.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFormLayout, QFrame, QGridLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QProgressBar, QPushButton, QScrollArea, QSizePolicy, QSpinBox, QStyle, QVBoxLayout, QWidget,
)

from bpviz.engine.training import MAX_LR
from bpviz.state import Document, ViewOptions
from bpviz.state.data_editing import DEFAULT_TRAINING
from bpviz.state.parsing import parse_number
from bpviz.state.training_session import TrainingSession

from .redraw_timer import RedrawTimer
from .fonts import dock_font

MAX_SEED = 2**31 - 1
MAX_EPOCHS = 1_000_000
DEFAULT_RATE = "0.001"  # the penalty rate offered when a person first picks L1 or L2
RATE_ROOM = "0.0001"  # the penalty rate field always shows a rate like this whole
RATE_PADDING = 14     # px: the line edit's frame and text margins
PENALTIES = (("none", "none"), ("l1", "L1  (λ Σ|w|)"), ("l2", "L2  (½ λ Σ w²)"))

# What the panel tells a person, declared once.
LR_OUT_OF_RANGE = f"Learning rate α: training needs a number greater than 0 and at most {MAX_LR:g}"
RATE_NEGATIVE = "Penalty rate λ: it must be 0 or more"
LR_TIP = ("α, the size of each step downhill: w ← w − α ∂L/∂w. Training needs 0 < α ≤ "
          f"{MAX_LR:g}; press Enter to apply")
BATCH_TIP = ("Samples per step: each step averages ∂L/∂w over this many training samples. "
             "1 is stochastic gradient descent")
WHOLE_TIP = "Use every training sample in each step (batch gradient descent: one step per epoch)"
PENALTY_TIP = ("A weight penalty added to the loss, pulling weights towards 0: L1 adds λ Σ|w|, "
               "L2 adds ½ λ Σ w². The loss shown here and in the curves then includes the penalty")
EPOCHS_TIP = ("How many epochs Play trains (one epoch visits every training sample once); "
              "0 trains until you press Pause")
SEED_TIP = "Seeds the order the samples are shuffled in: the same seed gives the same batches"
PLAY_TIP = "Train until paused, or for the number of epochs set above"
PAUSE_TIP = "Pause training; the weights stay as they are"
EPOCH_TIP = "Train one epoch: every training sample once, batch by batch"
BATCH_BUTTON_TIP = "Take one step of gradient descent on the next batch"
RESET_TIP = "Put back the weights training started from, and clear the curves"
REINIT_TIP = "Draw new starting weights (same scheme, next seed) and clear the curves; undoable"
CANCEL_TIP = "Stop this run; the epochs done so far stay"
RESTORE_TIP = "Put back the last weights that were all finite numbers, then try a smaller α"
LOSS_TIP = "Mean loss over the set, penalty included, after the last epoch"
ACCURACY_TIP = "Share of samples the network classifies right, after the last epoch"


class TrainPanel(QWidget):
    """Set α, batch size, penalty, epochs and seed; play, step and reset training; read its state."""

    messageRaised = Signal(str)

    def __init__(self, doc: Document, session: TrainingSession, options: ViewOptions,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc, self.session, self.options = doc, session, options
        self._rate_text = DEFAULT_RATE
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
            self._call(self.session.play, self.doc.training["epochs"])

    def one_epoch(self) -> None:
        self._call(self.session.one_epoch)

    def one_batch(self) -> None:
        self._call(self.session.one_batch)

    def reset(self) -> None:
        """Back to the weights training started from (bit for bit), the curves cleared."""
        self._call(self.session.reset)

    def reinitialise(self) -> None:
        """New starting weights (the network's scheme, the next seed); the old curves are cleared."""
        self._call(self.session.pause)
        net = self.doc.network
        if self._call(self.doc.reinitialise, net.init):
            self.doc.clear_epochs()

    def restore(self) -> None:
        self._call(self.session.restore_last_finite)

    def progress_text(self) -> str:
        """Return "k / n epochs · 730 epochs/s · 3 s left" for a fixed-length run, else ""."""
        progress = self.session.progress()
        if progress is None:
            return ""
        done, wanted = progress
        parts = [f"{done} / {wanted} epochs"]
        if self.session.epochs_per_second > 0:
            parts.append(f"{self.session.epochs_per_second:.0f} epochs/s")
        left = self.session.seconds_left()
        if left is not None:
            parts.append(f"{left:.0f} s left")
        return " · ".join(parts)

    # -- building -------------------------------------------------------------------------------

    def _build(self) -> None:
        icon = self.style().standardIcon
        P = QStyle.StandardPixmap

        self.lr_edit = QLineEdit()
        self.lr_edit.setToolTip(LR_TIP)
        self.lr_edit.setAccessibleName("Learning rate α")
        self.lr_edit.editingFinished.connect(self._on_lr_edit_finished)

        self.batch_spin = QSpinBox()
        self.batch_spin.setKeyboardTracking(False)  # typing "32" is one choice, not "3" then "32"
        self.batch_spin.setToolTip(BATCH_TIP)
        self.batch_spin.valueChanged.connect(self._on_batch_spin_changed)
        self.whole_check = QCheckBox("whole set")
        self.whole_check.setToolTip(WHOLE_TIP)
        self.whole_check.toggled.connect(self._on_whole_check_toggled)

        self.penalty_combo = QComboBox()
        for name, label in PENALTIES:
            self.penalty_combo.addItem(label, name)
        self.penalty_combo.setToolTip(PENALTY_TIP)
        self.penalty_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.penalty_combo.setMinimumContentsLength(5)
        self.penalty_combo.currentIndexChanged.connect(self._on_penalty_combo_changed)
        self.rate_edit = QLineEdit()
        self.rate_edit.setToolTip("λ, the penalty rate (0 or more; press Enter to apply). " + PENALTY_TIP)
        self.rate_edit.setAccessibleName("Penalty rate λ")
        self.rate_edit.editingFinished.connect(self._on_rate_edit_finished)

        self.epochs_spin = QSpinBox()
        self.epochs_spin.setRange(0, MAX_EPOCHS)
        self.epochs_spin.setSpecialValueText("until stopped")
        self.epochs_spin.setKeyboardTracking(False)
        self.epochs_spin.setToolTip(EPOCHS_TIP)
        self.epochs_spin.valueChanged.connect(self._on_epochs_spin_changed)
        self.seed_spin = QSpinBox()
        self.seed_spin.setRange(0, MAX_SEED)
        self.seed_spin.setKeyboardTracking(False)
        self.seed_spin.setToolTip(SEED_TIP)
        self.seed_spin.valueChanged.connect(self._on_seed_spin_changed)

        settings = QGroupBox("Settings")
        form = QFormLayout(settings)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow("Learning rate α", self.lr_edit)
        form.addRow("Batch size", _row(self.batch_spin, self.whole_check))
        form.addRow("Penalty", _row(self.penalty_combo, self.rate_edit))
        form.addRow("Epochs", self.epochs_spin)
        form.addRow("Shuffle seed", self.seed_spin)

        self.play_button = _button(icon(P.SP_MediaPlay), "Play", PLAY_TIP, self.toggle_play)
        self.epoch_button = _button(icon(P.SP_MediaSeekForward), "One epoch", EPOCH_TIP, self.one_epoch)
        self.batch_button = _button(icon(P.SP_MediaSkipForward), "One batch", BATCH_BUTTON_TIP,
                                    self.one_batch)
        self.reset_button = _button(icon(P.SP_MediaSkipBackward), "Reset", RESET_TIP, self.reset)
        self.reinit_button = _button(icon(P.SP_BrowserReload), "Re-initialise", REINIT_TIP,
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
        self.cancel_button = _button(icon(P.SP_DialogCancelButton), "Cancel", CANCEL_TIP,
                                     lambda: self._call(self.session.cancel))
        self.progress_box = QWidget()
        progress = QVBoxLayout(self.progress_box)
        progress.setContentsMargins(0, 0, 0, 0)
        progress.addWidget(self.progress_bar)
        progress.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignRight)

        self.banner = QFrame()
        self.banner.setObjectName("DivergenceBanner")
        self.banner.setStyleSheet("#DivergenceBanner { background: #b2182b; border-radius: 4px; }"
                                  "#DivergenceBanner QLabel { color: white; }")
        self.banner_label = QLabel()
        self.banner_label.setWordWrap(True)
        self.banner_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.restore_button = _button(icon(P.SP_ArrowBack), "Restore last finite weights",
                                      RESTORE_TIP, self.restore)
        banner = QVBoxLayout(self.banner)
        banner.setContentsMargins(8, 6, 8, 8)
        banner.addWidget(self.banner_label)
        banner.addWidget(self.restore_button)
        self.banner.hide()

        self.epoch_label = QLabel()
        self.speed_label = QLabel()
        self.train_loss_label, self.test_loss_label = QLabel(), QLabel()
        self.train_accuracy_label, self.test_accuracy_label = QLabel(), QLabel()
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        status = QGroupBox("Last epoch")
        grid = QGridLayout(status)
        grid.addWidget(self.epoch_label, 0, 0)
        grid.addWidget(self.speed_label, 0, 1, 1, 2)
        for column, text in ((1, "train"), (2, "test")):
            grid.addWidget(_bold(text), 1, column)
        loss_name, accuracy_name = QLabel("loss L"), QLabel("accuracy")
        loss_name.setToolTip(LOSS_TIP)
        accuracy_name.setToolTip(ACCURACY_TIP)
        for row, (name, train, test, tip) in enumerate((
                (loss_name, self.train_loss_label, self.test_loss_label, LOSS_TIP),
                (accuracy_name, self.train_accuracy_label, self.test_accuracy_label, ACCURACY_TIP)), 2):
            grid.addWidget(name, row, 0)
            grid.addWidget(train, row, 1)
            grid.addWidget(test, row, 2)
            train.setToolTip(tip)
            test.setToolTip(tip)
        grid.addWidget(self.problem_label, 4, 0, 1, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)

        # The banner grows the panel, never squeezes its siblings: the panel's content scrolls.
        self.banner.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.banner_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
        self.content = QWidget()
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(settings)
        layout.addLayout(buttons)
        layout.addWidget(self.progress_box)
        layout.addWidget(self.banner)
        layout.addWidget(status)
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
        if self.doc.dataset is None:
            return 1
        try:
            return max(1, len(self.doc.split()[0]))
        except ValueError:
            return max(1, len(self.doc.dataset))

    def _on_settings_changed(self) -> None:
        training, n = self.doc.training, self._training_size()
        whole = training["batch_size"] >= n
        with QSignalBlocker(self.batch_spin), QSignalBlocker(self.whole_check):
            self.batch_spin.setRange(1, n)
            self.batch_spin.setValue(min(training["batch_size"], n))
            self.batch_spin.setSuffix(f"  of {n}")
            self.batch_spin.setEnabled(not whole)
            self.whole_check.setChecked(whole)
        penalty = "l1" if training["l1"] > 0 else "l2" if training["l2"] > 0 else "none"
        if penalty != "none":
            self._rate_text = f"{training[penalty]:g}"
        with QSignalBlocker(self.penalty_combo), QSignalBlocker(self.rate_edit):
            self.penalty_combo.setCurrentIndex(self.penalty_combo.findData(penalty))
            self.rate_edit.setText(self._rate_text)
            self.rate_edit.setEnabled(penalty != "none")
        with QSignalBlocker(self.epochs_spin), QSignalBlocker(self.seed_spin):
            self.epochs_spin.setValue(training["epochs"] or 0)
            self.seed_spin.setValue(min(int(training["seed"]), MAX_SEED))
        self._schedule_status()

    def _on_lr_changed(self) -> None:
        if not self.lr_edit.isModified():  # never overwrite what a person is typing
            self.lr_edit.setText(f"{self.doc.lr:g}")
        self._schedule_status()

    def _on_session_state_changed(self) -> None:
        running = self.session.running
        self.play_button.setText("Pause" if running else "Play")
        self.play_button.setIcon(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MediaPause if running else QStyle.StandardPixmap.SP_MediaPlay))
        self.play_button.setToolTip(PAUSE_TIP if running else PLAY_TIP)
        if self.session.divergence is None:
            self.banner.hide()
        if running:
            self._schedule_status()
        else:  # a pause, a step or a reset: rare, so shown at once
            self._status_timer.stop()
            self._refresh_status()

    def _on_session_diverged(self, message: str) -> None:
        self.banner_label.setText(message)
        self.banner.show()
        QTimer.singleShot(0, self, lambda: self.scroll.ensureWidgetVisible(self.banner, 0, 0))

    def _on_options_changed(self) -> None:
        font = dock_font(self.font(), self.options.font_scale)
        self.setFont(font)
        for widget in (self.banner, self.banner_label, self.restore_button):
            widget.setFont(font)  # a style-sheeted widget does not follow its parent's font
        metrics = self.rate_edit.fontMetrics()
        self.rate_edit.setMinimumWidth(metrics.horizontalAdvance(RATE_ROOM) + RATE_PADDING)
        self._schedule_status()

    def _schedule_status(self) -> None:
        self._status_timer.request()

    def _refresh_status(self) -> None:
        """Show the last epoch's numbers, the speed, a fixed run's progress and any problem."""
        fmt, session = self.options.fmt, self.session
        last = self.doc.epochs[-1] if self.doc.epochs else None
        self.epoch_label.setText(f"Epoch {session.epoch}")
        running = session.running
        self.speed_label.setText(f"{session.epochs_per_second:.0f} epochs/s" if running else "")
        self.train_loss_label.setText(fmt(last.train_loss) if last else "–")
        self.test_loss_label.setText(fmt(last.test_loss) if last else "–")
        self.train_accuracy_label.setText(_percent(last.train_accuracy) if last else "–")
        self.test_accuracy_label.setText(_percent(last.test_accuracy) if last else "–")
        progress = session.progress() if running else None
        self.progress_box.setVisible(progress is not None)
        if progress is not None:
            done, wanted = progress
            self.progress_bar.setRange(0, max(1, wanted))
            self.progress_bar.setValue(max(0, min(done, wanted)))
            self.progress_bar.setFormat(self.progress_text())
        problem = session.problem()
        self.problem_label.setText(f"Cannot train yet: {problem}" if problem else "")
        self.problem_label.setVisible(bool(problem))

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
        self._call(self.doc.set_training, **settings)

    def _on_lr_edit_finished(self) -> None:
        try:
            lr = parse_number(self.lr_edit.text(), "Learning rate α")
            if not 0 < lr <= MAX_LR:
                raise ValueError(LR_OUT_OF_RANGE)
        except ValueError as exc:
            self.messageRaised.emit(str(exc))
            self.lr_edit.setText(f"{self.doc.lr:g}")
            return
        if lr == self.doc.lr:
            self.lr_edit.setText(f"{self.doc.lr:g}")  # and no longer "modified"
            return
        was_running, progress = self.session.running, self.session.progress()
        if self._call(self.doc.set_lr, lr) and was_running:
            # The new α takes effect now: the run goes on with the epochs it had left.
            self._call(self.session.pause)
            self._call(self.session.play, None if progress is None else progress[1] - progress[0])
        self.lr_edit.setText(f"{self.doc.lr:g}")

    def _on_batch_spin_changed(self, value: int) -> None:
        self._set_training(batch_size=value)

    def _on_whole_check_toggled(self, whole: bool) -> None:
        n = self._training_size()
        self._set_training(batch_size=n if whole else min(DEFAULT_TRAINING["batch_size"], n))

    def _on_penalty_combo_changed(self, index: int) -> None:
        rate = float(self._rate_text)
        self._set_penalty(self.penalty_combo.itemData(index), rate or float(DEFAULT_RATE))

    def _on_rate_edit_finished(self) -> None:
        try:
            rate = parse_number(self.rate_edit.text(), "Penalty rate λ")
            if rate < 0:
                raise ValueError(RATE_NEGATIVE)
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

    def _on_epochs_spin_changed(self, value: int) -> None:
        self._set_training(epochs=value or None)

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


def _bold(text: str) -> QLabel:
    return QLabel(f"<b>{text}</b>")  # rich text: the label keeps following the panel's font


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{100 * value:.1f} %"
