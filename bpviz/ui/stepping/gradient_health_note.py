"""GradientHealthNote: says in words when layers of the network have stopped learning.

Shown on the Gradients tab, from `engine.neuron_health` on the training samples and the last
epoch's gradient sizes. A dead ReLU layer (z ≤ 0 for every sample, so f′(z) = 0: nothing
flows back through it) is told apart from a saturated sigmoid or tanh layer (f′(z) ≈ 0: a
tiny gradient, the vanishing gradient), each with what to try. When a layer first dies, or
its gradient first becomes exactly 0, `messageRaised` says so once for the message bar.
"""

from __future__ import annotations

import time

import numpy as np
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from bpviz.engine.limits import weight_count
from bpviz.engine.nn.activations import SATURATION_FRACTION
from bpviz.engine.nn.neuron_health import layer_health
from bpviz.state import Document

from bpviz.ui.shell.i18n import tr_noop
from bpviz.ui.look.engine_words import activation_label

DEAD_LAYER = tr_noop("Layer {l} is dead: its {n} ReLU neurons have z ≤ 0 for every training sample, so "
                     "x = 0 and f′(z) = 0. No gradient flows back through it: ∂L/∂W of layers {below} "
                     "is exactly 0 and those weights cannot learn any more. Try {advice}, then Re-initialise.",
                     "GradientHealthNote")
DEAD_ALARM = tr_noop("Layer {l} died: every ReLU neuron there has z ≤ 0 for every sample, so no gradient "
                     "reaches the layers before it. The Gradients tab says what to try.", "GradientHealthNote")
SMALLER_LR = tr_noop("a smaller α (now {lr:g})", "GradientHealthNote")
LEAKY = tr_noop("leaky ReLU", "GradientHealthNote")
HE_INIT = tr_noop("He initialisation", "GradientHealthNote")
ZERO_GRADIENT = tr_noop("The gradient of layer {l} was exactly 0 in the last epoch: its weights no longer "
                        "change. Look for a dead layer after it, or Re-initialise with a smaller α.",
                        "GradientHealthNote")
SOME_DEAD = tr_noop("Dead: {k} of {n} ReLU neurons of layer {l} (z ≤ 0 for every sample; their weights "
                    "get no gradient). Leaky ReLU keeps a small slope below 0.", "GradientHealthNote")
SATURATED = tr_noop("Saturated: {k} of {n} {f} neurons of layer {l} have f′(z) below {share:.0%} of its "
                    "steepest slope on average, so their δ is tiny, not 0: they learn slowly. This is "
                    "the vanishing gradient; ReLU, or smaller starting weights, helps.", "GradientHealthNote")
# Looking costs a forward pass: at most this many multiply-adds (samples × weights), on at most
# MAX_SAMPLES training samples spread over the set; a look that took more than CHEAP_S is done
# at most once every CHECK_EVERY_S while epochs arrive.
MAX_WORK = 20_000_000
MAX_SAMPLES = 1000
MIN_SAMPLES = 32  # fewer would say little: a network that large is not looked at neuron by neuron
CHECK_EVERY_S = 1.0
CHEAP_S = 0.005
SOME_SAMPLES = tr_noop("(looked at on {n} of the {total} training samples)", "GradientHealthNote")
HE_ALREADY = ("auto", "he")  # the schemes that draw a ReLU layer's weights by He's rule
STYLE = ("QLabel { background: #fbe3e4; border: 1px solid #b2182b; border-radius: 4px; color: #3b0a0e; "
         "padding: 4px; }")


class GradientHealthNote(QLabel):
    """Hidden while every layer learns; otherwise which layers stopped, why, and what to try."""

    messageRaised = Signal(str)

    def __init__(self, doc: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setStyleSheet(STYLE)
        self._told: set[str] = set()  # the alarms already raised in the message bar, this run
        self._checked = (0.0, -1, 0.0)  # when the network was last looked at, at which epoch, how long it took
        self._later = QTimer(self, singleShot=True)  # a look put off while epochs arrive fast
        self._later.timeout.connect(self.refresh)
        self.hide()

    def refresh(self) -> None:
        """Look at the network on the training samples and the last epoch; say what stopped.
        A look that took long is done at most once every CHECK_EVERY_S while epochs arrive (and
        once more after the last of them)."""
        epoch = self.doc.runs.epochs[-1].epoch if self.doc.runs.epochs else 0
        at, seen, took = self._checked
        wait = CHECK_EVERY_S - (time.perf_counter() - at)
        if took > CHEAP_S and 0 <= seen < epoch and wait > 0:
            if not self._later.isActive():  # the last epochs are looked at too, a moment later
                self._later.start(int(wait * 1000) + 1)
            return
        self._later.stop()
        start = time.perf_counter()
        lines, alarms = self.findings()
        self._checked = (start, epoch, time.perf_counter() - start)
        if not self.doc.runs.epochs:
            self._told.clear()  # a new run: its alarms are news again
        for alarm in alarms:
            if alarm not in self._told:
                self._told.add(alarm)
                self.messageRaised.emit(alarm)
        self.setText("\n".join(lines))
        self.setVisible(bool(lines))

    def findings(self) -> tuple[list[str], list[str]]:
        """Return (every line to show, the ones worth the message bar: a dead layer, a zero gradient)."""
        doc, net = self.doc, self.doc.network
        if doc.lab.data_problem() is not None or not doc.runs.epochs:
            return [], []
        train, _ = doc.lab.split()
        weights = weight_count(net.sizes)
        looked = min(len(train.X), MAX_SAMPLES, MAX_WORK // max(1, weights))
        if looked >= MIN_SAMPLES:
            X = train.X[np.linspace(0, len(train.X) - 1, looked).round().astype(int)]
            with np.errstate(all="ignore"):
                health = layer_health(net, X)
        else:
            health = []
        lines, alarms = [], []
        dead_layer = None
        for h in health:
            n = len(h.dead)
            if h.all_dead:
                dead_layer = dead_layer or h.layer
                # δ of layer l and every layer before it is 0, and the next layer's inputs are all 0.
                below = f"1–{h.layer + 1}"
                lines.append(self.tr(DEAD_LAYER).format(l=h.layer, n=n, below=below, advice=self._advice()))
                alarms.append(self.tr(DEAD_ALARM).format(l=h.layer))
            elif h.dead.any():
                lines.append(self.tr(SOME_DEAD).format(k=int(h.dead.sum()), n=n, l=h.layer))
            if h.saturated.any():
                lines.append(self.tr(SATURATED).format(k=int(h.saturated.sum()), n=n, l=h.layer,
                                                       f=activation_label(h.activation),
                                                       share=SATURATION_FRACTION))
        if lines and looked < len(train.X):
            lines.append(self.tr(SOME_SAMPLES).format(n=looked, total=len(train.X)))
        norms = doc.runs.epochs[-1].grad_norms
        for l, norm in enumerate(norms, 1):
            if norm == 0 and (dead_layer is None or l > dead_layer + 1):
                text = self.tr(ZERO_GRADIENT).format(l=l)
                lines.append(text)
                alarms.append(text)
        return lines, alarms

    def _advice(self) -> str:
        """Return "a smaller α (now 0.5), leaky ReLU or He initialisation": He only where the
        network's scheme does not already give ReLU layers He's weights."""
        tries = [self.tr(SMALLER_LR).format(lr=self.doc.lr), self.tr(LEAKY)]
        if self.doc.network.init not in HE_ALREADY:
            tries.append(self.tr(HE_INIT))
        return self.tr("{first} or {last}").format(first=", ".join(tries[:-1]), last=tries[-1])
