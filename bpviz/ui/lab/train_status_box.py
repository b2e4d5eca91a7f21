"""LastEpochBox: what the last epoch of training measured, and how the run stands.

The epoch, the speed while running, the training and test loss and accuracy, why the last
run ended by itself, and why training cannot start, if it cannot. The Train panel redraws
it at most once per pass of the event loop, however many epochs were recorded.
"""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QWidget

from bpviz.state import Document, ViewOptions
from bpviz.state.training.training_session import TrainingSession
from bpviz.state.document.view_options import percent

from bpviz.ui.shell.i18n import tr_noop
from bpviz.ui.widgets.plain_text import plain_label

LOSS_TIP = tr_noop("Mean loss over the set, penalty included, after the last epoch", "LastEpochBox")
ACCURACY_TIP = tr_noop("Share of samples the network classifies right, after the last epoch", "LastEpochBox")


class LastEpochBox(QGroupBox):
    """Epoch n, epochs/s; loss and accuracy on the training and test set; a stop or a problem."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Last epoch"))
        self.epoch_label = QLabel()
        self.speed_label = QLabel()
        self.train_loss_label, self.test_loss_label = QLabel(), QLabel()
        self.train_accuracy_label, self.test_accuracy_label = QLabel(), QLabel()
        self.stop_label = QLabel()  # why the last run ended by itself
        self.stop_label.setWordWrap(True)
        self.problem_label = plain_label(QLabel())
        self.problem_label.setWordWrap(True)
        grid = QGridLayout(self)
        grid.addWidget(self.epoch_label, 0, 0)
        grid.addWidget(self.speed_label, 0, 1, 1, 2)
        for column, text in ((1, self.tr("train")), (2, self.tr("test"))):
            grid.addWidget(QLabel(f"<b>{text}</b>"), 1, column)  # rich text: it keeps following the panel's font
        loss_tip, accuracy_tip = self.tr(LOSS_TIP), self.tr(ACCURACY_TIP)
        for row, (name, train, test, tip) in enumerate((
                (self.tr("loss L"), self.train_loss_label, self.test_loss_label, loss_tip),
                (self.tr("accuracy"), self.train_accuracy_label, self.test_accuracy_label, accuracy_tip)), 2):
            name = QLabel(name)
            for widget in (name, train, test):
                widget.setToolTip(tip)
            grid.addWidget(name, row, 0)
            grid.addWidget(train, row, 1)
            grid.addWidget(test, row, 2)
        grid.addWidget(self.stop_label, 4, 0, 1, 3)
        grid.addWidget(self.problem_label, 5, 0, 1, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)

    def refresh(self, doc: Document, session: TrainingSession, options: ViewOptions) -> None:
        """Show the last epoch's numbers, the speed, why the last run stopped, and any problem."""
        fmt, running = options.fmt, session.running
        last = doc.runs.epochs[-1] if doc.runs.epochs else None
        self.epoch_label.setText(self.tr("Epoch {n}").format(n=session.epoch))
        self.speed_label.setText(self.tr("{speed:.0f} epochs/s").format(speed=session.epochs_per_second)
                                 if running else "")
        self.train_loss_label.setText(fmt(last.train_loss) if last else "–")
        self.test_loss_label.setText(fmt(last.test_loss) if last else "–")
        self.train_accuracy_label.setText(percent(last.train_accuracy) if last else "–")
        self.test_accuracy_label.setText(percent(last.test_accuracy) if last else "–")
        self.stop_label.setText(session.stop_reason)
        self.stop_label.setVisible(bool(session.stop_reason) and not running)
        problem = session.problem()
        self.problem_label.setText(self.tr("Cannot train yet: {problem}").format(problem=problem) if problem else "")
        self.problem_label.setVisible(bool(problem))
