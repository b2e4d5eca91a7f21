"""Render the real window offscreen in a few states into screenshots/*.png.

    make screenshots        (or: .venv/bin/python tools/make_screenshots.py)
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from bpviz.state import Focus  # noqa: E402
from bpviz.engine.teaching.lessons import load_all  # noqa: E402
from bpviz.ui.shell.main_window import MainWindow  # noqa: E402
from bpviz.ui.shell.presenter import INSPECTOR_SHARE, PRESENTED  # noqa: E402

OUT = ROOT / "screenshots"
SIZE = (1600, 1000)


class Unattended:
    """Answers the window's questions without a person: changes are discarded, nothing is opened."""

    @staticmethod
    def save_changes(parent, name):
        return "discard"

    @staticmethod
    def information(parent, title, text):
        pass


def settle(app: QApplication) -> None:
    """Let every view catch up, the plots' coalesced redraws included (at most 150 ms late)."""
    end = time.perf_counter() + 0.4
    while time.perf_counter() < end:
        app.processEvents()


def shoot(window: MainWindow, app: QApplication, name: str) -> None:
    settle(app)
    path = OUT / f"{name}.png"
    window.grab().save(str(path))
    print(f"wrote {path.relative_to(ROOT)}")


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    OUT.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(settings=settings)
        window.dialogs = Unattended
        window.resize(*SIZE)
        window.show()
        doc = window.doc
        settle(app)
        shoot(window, app, "01-start")

        for _ in range(3):
            doc.advance()
        shoot(window, app, "02-forward-in-progress")

        doc.advance("phase")  # rest of the forward pass
        doc.advance()         # the loss
        for _ in range(3):
            doc.advance()
        shoot(window, app, "03-backward-in-progress")

        doc.advance()  # the second hidden neuron's δ
        doc.set_focus(Focus.neuron(1, 1))
        shoot(window, app, "04-inspector-hidden-neuron")

        window.show_tab(window.weights_table)
        doc.advance("step")
        shoot(window, app, "05-update-weights-table")

        window.open_preset("xor")
        window.session.play(epochs=150)
        while window.session.running:
            app.processEvents()
        shoot(window, app, "06-training-xor")

        window.open_preset("spiral")
        window.session.play(epochs=3000)
        while window.session.running:
            app.processEvents()
        shoot(window, app, "07-training-spiral")

        window.show_tab(window.matrices)
        shoot(window, app, "08-weight-matrices")

        # A lesson in progress: lesson 3 asks for δ, and a wrong answer gets its hint.
        window.apply_layout("step")
        lesson = next(e.lesson for e in load_all() if e.lesson and e.lesson.id.startswith("03"))
        window.lesson_dock.start(lesson, from_start=True)
        window.lesson_dock.runner.next()
        panel = window.lesson_dock.panel
        panel.answer_edit.setText("0.7414")
        panel.check()
        shoot(window, app, "09-lesson-in-progress")
        window.lesson_dock.runner.leave()

        # Presenter mode, halfway through the backward pass of the hand-worked example.
        window.open_preset("worked-example")
        for _ in range(8):
            window.doc.advance()
        window.presenter.enter()
        window.presenter.hint.hide()
        # Offscreen, "full screen" is an 800 × 800 screen: show it at a projector's size instead.
        window.showNormal()
        window.resize(*SIZE)
        window.resizeDocks([window.docks["inspector"]], [SIZE[0] * 2 // 5], Qt.Orientation.Horizontal)
        shoot(window, app, "10-presenter-mode")

        # A classroom projector: 1280 × 720 in presenter mode at the end of the backward pass,
        # and the normal window at 1024 × 768 at the end of the update.
        window.doc.advance()
        window.setGeometry(0, 0, 1280, 720)
        window.resizeDocks([window.docks["inspector"]], [int(INSPECTOR_SHARE * 1280)], Qt.Orientation.Horizontal)
        shoot(window, app, "11-presenter-1280x720-backward")
        window.presenter.leave()
        window.showNormal()
        window.setGeometry(0, 0, 1024, 768)
        window.doc.advance("phase")
        shoot(window, app, "12-window-1024x768-update")
        # A class watching: XOR on a 2-3-1 tanh network at 5 epochs a second, the neuron maps
        # forming, at 1280 × 720; then a deep sigmoid run against a deep ReLU run on one plot.
        window.setGeometry(0, 0, 1280, 720)
        window.lesson_dock.hide()
        window.open_preset("xor")
        window.show_tab(window.curves)
        window.doc.structure.set_layer_size(1, 3)
        window.doc.structure.reinitialise(seed=1)
        window.doc.lab.set_training(stop_accuracy=1.0)
        window.session.set_rate(5)
        window.train_panel.toggle_play()
        while window.session.running and len(window.doc.runs.epochs) < 12:
            app.processEvents()
        shoot(window, app, "13-training-5-epochs-a-second")
        # The same run in presenter mode: the network and its maps beside the output map.
        window.presenter.enter()
        window.presenter.hint.hide()
        window.showNormal()
        window.setGeometry(0, 0, 1280, 720)
        window.resizeDocks([window.docks["output"]], [int(PRESENTED["train"][1] * 1280)], Qt.Orientation.Horizontal)
        shoot(window, app, "15-presenter-training-1280x720")
        window.presenter.leave()
        window.showNormal()
        window.setGeometry(0, 0, 1280, 720)
        window.session.pause()
        window.session.set_rate(None)
        window.doc.lab.set_training(stop_accuracy=None)
        window.doc.lab.generate_data("spiral")
        for _ in range(3):
            window.doc.structure.add_layer(1, 6)
        window.doc.set_lr(0.5)
        window.show_tab(window.curves)
        window.curves.tabs.setCurrentIndex(2)
        for button in (window.curves.sigmoid_button, window.curves.relu_button):
            button.click()
            window.session.play(epochs=300)
            while window.session.running:
                app.processEvents()
        # The plot the comparison is about, given the room a teacher would drag it to.
        window.resizeDocks([window.docks["curves"]], [460], Qt.Orientation.Vertical)
        shoot(window, app, "14-gradients-sigmoid-against-relu")
        # The Inspector in matrix form at a projector's 1280 × 720: δ⁽¹⁾ = (W⁽²⁾)ᵀ δ⁽²⁾ ⊙ f′(z⁽¹⁾)
        # of the hand-worked example, neuron 2 of layer 1 just computed.
        window.open_preset("worked-example")
        window.apply_layout("step")
        window.show_tab(window.inspector)
        window.options.inspector_form = "matrix"
        for _ in range(9):
            window.doc.advance()
        window.resizeDocks([window.docks["inspector"]], [int(INSPECTOR_SHARE * 1280)], Qt.Orientation.Horizontal)
        window.statusBar().clearMessage()  # the training run's last words belong to its own picture
        settle(app)
        shoot(window, app, "16-inspector-matrix-form-1280x720")
        window.options.inspector_form = "neuron"
        # The computational graph of the same event, the paths of w₁₁⁽¹⁾ (two, through o₁ and o₂).
        window.show_graph(True)
        window.doc.set_focus(Focus.edge(1, 0, 0))
        settle(app)
        shoot(window, app, "17-computational-graph-1280x720")
        window.show_graph(False)
        # A batch of 4 at the end of its backward pass, sample 2 shown, an edge focused: each
        # sample's ∂Lₙ/∂w and their mean, in the Inspector and in the weights table.
        window.doc.set_example(np.array([[0.05, 0.1], [0.5, -0.2], [1.0, 1.0], [0.0, 0.3]]),
                               np.array([[0.01, 0.99], [0.9, 0.1], [0.0, 1.0], [0.5, 0.5]]))
        window.doc.reset_step()
        window.statusBar().clearMessage()
        window.doc.advance("phase")
        window.doc.advance("phase")
        window.doc.advance("phase")
        window.doc.show_sample(1)
        window.doc.set_focus(Focus.edge(1, 0, 0))
        settle(app)
        shoot(window, app, "18-batch-of-4-1280x720")
        window.show_tab(window.weights_table)
        settle(app)
        shoot(window, app, "19-batch-weights-table-1280x720")
        window.resize(*SIZE)
        doc.undo_stack.clear()
        window.doc.mark_saved()
        window.close()
        for number, language in enumerate(("de", "es", "fr", "pt_BR", "zh_CN"), start=20):
            shoot_language(app, settings, language, f"{number}-{language}-1280x720")


def shoot_language(app: QApplication, settings: QSettings, language: str, name: str) -> None:
    """The window in `language` at a projector's 1280 × 720, its first lesson open over the
    backward pass, as a class in that language sees it."""
    from bpviz.ui.shell.i18n import start_language, stop_language

    start_language(app, language)
    try:
        window = MainWindow(settings=settings)
        window.dialogs = Unattended
        window.setGeometry(0, 0, 1280, 720)
        window.show()
        lesson = next(e.lesson for e in window.lesson_dock.runner.entries() if e.lesson is not None)
        window.lesson_dock.start(lesson, from_start=True)
        window.doc.advance("phase")
        window.doc.advance("phase")
        window.doc.advance()
        shoot(window, app, name)
        window.doc.mark_saved()
        window.close()
    finally:
        stop_language(app)


if __name__ == "__main__":
    main()
