"""Random user actions on the real MainWindow, for the randomized UI test (test_monkey.py).

Every action is something a person can do in the window: a key, a click on the canvas or on
the output plot, a menu item, a value typed into a field (often garbage), a file opened with
File ▸ Open. Each returns one line saying what it did, so that a failing run reads as a
recipe to repeat by hand. All randomness comes from the one seeded generator given.
"""

from __future__ import annotations

import random
from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMenu

K, M = Qt.Key, Qt.KeyboardModifier
NONE, CTRL, SHIFT = M.NoModifier, M.ControlModifier, M.ShiftModifier
LEFT, RIGHT = Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton

# What a person types: numbers in several spellings, and garbage.
GARBAGE = ("abc", "1e999", "nan", "", "−3,5", "inf", "-inf", "1,2,3", "0x1F", "--2", "1e-400",
           "  ", "½", "1e308", "3.", ".", "-", "e5", "12abc", "٣", "NaN", "+", "1 000")
NUMBERS = ("0", "0.5", "-0.25", "1", "-1", "2.5", "0,75", "−0.1", "1e-3", "7", "-12.5", "3")
RATES = ("1e6", "1000", "100", "99", "10", "9.99", "50", "0", "-1", "1e-30", "0.1", "0.5", "2")
STEP_KEYS = ((K.Key_Space, NONE), (K.Key_Right, NONE), (K.Key_Left, NONE), (K.Key_Backspace, NONE),
             (K.Key_End, NONE), (K.Key_Right, SHIFT), (K.Key_Home, NONE))
CANVAS_KEYS = (K.Key_Up, K.Key_Down, K.Key_Plus, K.Key_Minus, K.Key_Insert, K.Key_Delete)
MAX_NEURONS = 9    # growth stops here, so the run stays fast and the canvas legible
MAX_LAYERS = 5     # weighted layers
MAX_POINTS = 120   # generated data sets stay small: an epoch takes milliseconds
LONGEST_RUN = 4    # actions training may go on before the monkey pauses it


class Monkey:
    """Performs random actions on `window`; `files` are named files to open or import."""

    def __init__(self, window, qtbot, rng: random.Random, files: dict[str, Path], dialogs, folder: Path):
        self.w, self.qtbot, self.rng, self.files, self.dialogs = window, qtbot, rng, files, dialogs
        self.folder = folder
        self.last = ""     # the name of the last action
        self.opened = ""   # the name of the file the last File ▸ Open tried to open
        self._running_for = 0
        weighted = (
            (14, self.step), (3, self.granularity), (2, self.auto_step), (6, self.undo_or_redo),
            (7, self.click_canvas), (5, self.edit_on_canvas), (3, self.canvas_keys),
            (4, self.context_menu), (1, self.zoom),
            (3, self.network_size), (2, self.network_activation), (1, self.network_loss),
            (2, self.network_layers), (1, self.reinitialise),
            (3, self.example_value), (2, self.example_lr), (1, self.example_sample), (2, self.example_batch),
            (2, self.train_lr), (2, self.train_settings), (5, self.train_run),
            (3, self.data_set), (2, self.data_features), (3, self.data_points), (1, self.data_csv),
            (2, self.open_file), (2, self.open_preset), (1, self.save_as), (1, self.new_document),
            (2, self.view_options), (2, self.weights_table), (1, self.step_bar_controls),
        )
        self._weights = [w for w, _ in weighted]
        self._actions = [a for _, a in weighted]

    # -- the loop's side -------------------------------------------------------------------------

    def act(self) -> str:
        """Do one random action (or pause training that went on long enough); return what was done."""
        if self.w.session.running:
            self._running_for += 1
            if self._running_for > LONGEST_RUN:
                self._running_for, self.last = 0, "pause"
                return self._key_on_canvas(K.Key_T, NONE, "T (pause training)")
        else:
            self._running_for = 0
        action = self.rng.choices(self._actions, self._weights)[0]
        self.last = action.__name__
        return action()

    # -- helpers -----------------------------------------------------------------------------------

    def _pick(self, options):
        return options[self.rng.randrange(len(options))]

    def _text(self) -> str:
        return self._pick(GARBAGE) if self.rng.random() < 0.45 else self._pick(NUMBERS)

    def _key(self, key, modifier=NONE, widget=None) -> None:
        self.qtbot.keyClick(widget or self.w.focusWidget() or self.w, key, modifier)

    def _key_on_canvas(self, key, modifier, name: str) -> str:
        self.w.canvas.setFocus()
        self._key(key, modifier, self.w.canvas)
        return f"key {name} on the canvas"

    def _type(self, line_edit, text: str) -> None:
        """Replace what `line_edit` holds with `text`, typed, then press Enter."""
        line_edit.setFocus()
        line_edit.selectAll()
        self.qtbot.keyClick(line_edit, K.Key_Delete)
        self._keys(line_edit, text)
        self.qtbot.keyClick(line_edit, K.Key_Return)

    def _keys(self, widget, text: str) -> None:
        """Type `text` into `widget` one key at a time ("−" and "½" too, which QTest cannot type)."""
        for char in text:
            if char.isascii():
                self.qtbot.keyClick(widget, char)
            else:
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QApplication.sendEvent(widget, QKeyEvent(kind, K.Key_unknown, NONE, char))

    def _at(self, scene_point: QPointF) -> QPoint:
        return self.w.canvas.mapFromScene(scene_point)

    def _neuron(self) -> tuple[int, int]:
        sizes = self.w.doc.network.sizes
        layer = self.rng.randrange(len(sizes))
        return layer, self.rng.randrange(sizes[layer])

    def _edge(self) -> tuple[int, int, int]:
        sizes = self.w.doc.network.sizes
        layer = self.rng.randrange(1, len(sizes))
        return layer, self.rng.randrange(sizes[layer]), self.rng.randrange(sizes[layer - 1])

    def _big(self) -> bool:
        net = self.w.doc.network
        return max(net.sizes) >= MAX_NEURONS or net.L >= MAX_LAYERS

    def _show_layout(self, name: str) -> None:
        if self.w.layout_name != name:
            self._key_on_canvas(K.Key_F5 if name == "step" else K.Key_F6, NONE, "")

    # -- stepping ----------------------------------------------------------------------------------

    def step(self) -> str:
        key, modifier = self._pick(STEP_KEYS)
        name = key_name(key, modifier)
        if self.rng.random() < 0.8:
            return self._key_on_canvas(key, modifier, name)
        self._key(key, modifier)
        return f"key {name} where the focus is ({type(self.w.focusWidget()).__name__})"

    def granularity(self) -> str:
        if self.rng.random() < 0.7:
            n = self.rng.randrange(1, 5)
            return self._key_on_canvas(getattr(K, f"Key_{n}"), NONE, str(n))
        combo = self.w.step_bar.granularity_combo
        index = self.rng.randrange(combo.count())
        combo.setCurrentIndex(index)
        return f"step bar: move by {combo.itemText(index)}"

    def auto_step(self) -> str:
        """Auto-step at the fastest speed for a few moves, then pause: the same moves every run."""
        bar, moves = self.w.step_bar, self.rng.randrange(1, 4)
        bar.speed_slider.setValue(bar.speed_slider.maximum())
        self._key_on_canvas(K.Key_P, NONE, "P")
        for _ in range(moves):
            if not bar.is_playing():
                break
            with self.qtbot.waitSignal(self.w.doc.cursorMoved, timeout=5000, raising=False):
                pass
        if bar.is_playing():
            self._key_on_canvas(K.Key_P, NONE, "P")
        return f"fastest speed, key P (auto-step), {moves} moves, key P (pause)"

    def undo_or_redo(self) -> str:
        if self.rng.random() < 0.6:
            return self._key_on_canvas(K.Key_Z, CTRL, "Ctrl+Z")
        if self.rng.random() < 0.5:
            return self._key_on_canvas(K.Key_Z, CTRL | SHIFT, "Ctrl+Shift+Z")
        self.w.actions["redo"].trigger()
        return "Edit ▸ Redo"

    # -- the canvas --------------------------------------------------------------------------------

    def _canvas_target(self) -> tuple[str, QPointF]:
        c, kind = self.w.canvas, self._pick(("neuron", "neuron", "edge", "edge", "bias", "button",
                                             "loss", "target", "background"))
        sizes = self.w.doc.network.sizes
        if kind == "neuron":
            l, j = self._neuron()
            return f"neuron {j + 1} of layer {l}", c.neuron_scene_pos(l, j)
        if kind == "edge":
            l, j, i = self._edge()
            return f"edge w{j + 1}{i + 1}({l})", c.edge_scene_pos(l, j, i)
        if kind == "bias":
            l = self.rng.randrange(1, len(sizes))
            j = self.rng.randrange(sizes[l])
            return f"bias b{j + 1}({l})", c.bias_scene_pos(l, j)
        if kind == "button":
            l, which = self.rng.randrange(len(sizes)), self._pick(("add", "remove"))
            if which == "add" and self._big():
                which = "remove"
            return f"{which} button of layer {l}", c.button_scene_rect(l, which).center()
        if kind == "loss":
            return "the loss box", c.loss_scene_rect().center()
        if kind == "target":
            rects = c._chrome_places.targets
            if rects:
                k = self.rng.randrange(len(rects))
                return f"target t{k + 1}", rects[k].center()
        rect = c.sceneRect()
        return "the background", QPointF(rect.left() + 3, rect.bottom() - 3)

    def click_canvas(self) -> str:
        what, point = self._canvas_target()
        self.qtbot.mouseClick(self.w.canvas.viewport(), LEFT, NONE, self._at(point))
        return f"click {what} on the canvas"

    def edit_on_canvas(self) -> str:
        """Double-click something (or F2 on the focus), type a value, then Enter, Esc or nothing."""
        c = self.w.canvas
        if self.rng.random() < 0.3:
            what = self._key_on_canvas(K.Key_F2, NONE, "F2")
        else:
            name, point = self._canvas_target()
            self.qtbot.mouseDClick(c.viewport(), LEFT, NONE, self._at(point))
            what = f"double-click {name}"
        editor = c.editor
        if editor is None:
            return what + " (no editor)"
        text, end = self._text(), self.rng.random()
        editor.selectAll()
        self.qtbot.keyClick(editor, K.Key_Delete)
        self._keys(editor, text)
        if end < 0.75:
            self.qtbot.keyClick(editor, K.Key_Return)
            return f"{what}, type {text!r}, Enter"
        if end < 0.9:
            self.qtbot.keyClick(editor, K.Key_Escape)
            return f"{what}, type {text!r}, Esc"
        return f"{what}, type {text!r} and leave the editor open"

    def canvas_keys(self) -> str:
        key = self._pick(CANVAS_KEYS)
        if key in (K.Key_Plus, K.Key_Insert) and self._big():
            key = K.Key_Minus
        return self._key_on_canvas(key, NONE, key_name(key, NONE))

    def context_menu(self) -> str:
        c = self.w.canvas
        what, point = self._canvas_target()
        if self.rng.random() < 0.2:  # a column's own menu: above its neurons
            layer = self.rng.randrange(len(self.w.doc.network.sizes))
            point = QPointF(float(c.layout_geometry.column_x[layer]), c.layout_geometry.top - 4)
            what = f"column {layer}"
        menu = c.context_menu_at(point)
        choices = [a for a in _menu_actions(menu) if a.isEnabled()]
        if self._big():
            choices = [a for a in choices if not a.text().startswith("Add")] or choices
        if not choices:
            menu.deleteLater()
            return f"right-click {what}: an empty menu"
        action = self._pick(choices)
        text = action.text()
        action.trigger()
        menu.deleteLater()
        return f"right-click {what}, choose “{text}”"

    def zoom(self) -> str:
        key, modifier, name = self._pick(((K.Key_Equal, CTRL, "Ctrl+="), (K.Key_Minus, CTRL, "Ctrl+−"),
                                          (K.Key_0, CTRL, "Ctrl+0")))
        return self._key_on_canvas(key, modifier, name)

    # -- the network panel --------------------------------------------------------------------------

    def network_size(self) -> str:
        panel, net = self.w.network_panel, self.w.doc.network
        layer = self.rng.randrange(net.L + 1)
        size = self.rng.randrange(1, 4 if self._big() else MAX_NEURONS + 1)
        spin = panel.size_spin(layer)
        if self.rng.random() < 0.5:
            spin.setValue(size)
            return f"network panel: layer {layer} size spin to {size}"
        text = self._pick((str(size), "abc", "0", "-3", "99999", ""))
        self._type(spin.lineEdit(), text)
        return f"network panel: type {text!r} into layer {layer}'s size, Enter"

    def network_activation(self) -> str:
        net = self.w.doc.network
        layer = self.rng.randrange(1, net.L + 1)
        combo = self.w.network_panel.activation_combo(layer)
        index = self.rng.randrange(combo.count())
        combo.setCurrentIndex(index)
        return f"network panel: layer {layer} activation {combo.itemText(index)}"

    def network_loss(self) -> str:
        combo = self.w.network_panel.loss_combo
        index = self.rng.randrange(combo.count())
        combo.setCurrentIndex(index)
        return f"network panel: loss {combo.itemText(index)}"

    def network_layers(self) -> str:
        panel, net = self.w.network_panel, self.w.doc.network
        if net.L > 1 and (self._big() or self.rng.random() < 0.5):
            layer = self.rng.randrange(1, net.L)
            self.qtbot.mouseClick(panel.remove_button(layer), LEFT)
            return f"network panel: remove layer {layer}"
        self.qtbot.mouseClick(panel.add_layer_button, LEFT)
        return "network panel: add hidden layer"

    def reinitialise(self) -> str:
        if self.rng.random() < 0.4:
            return self._key_on_canvas(K.Key_R, CTRL, "Ctrl+R")
        panel = self.w.network_panel
        index = self.rng.randrange(panel.init_combo.count())
        panel.init_combo.setCurrentIndex(index)
        panel.seed_spin.setValue(self.rng.randrange(50))
        self.qtbot.mouseClick(panel.reinit_button, LEFT)
        return (f"network panel: {panel.init_combo.itemText(index)}, seed {panel.seed_spin.value()}, "
                "Re-initialise")

    # -- the example panel ---------------------------------------------------------------------------

    def example_value(self) -> str:
        table = self.w.example_panel.table
        if table.rowCount() == 0:
            return "example panel: no rows"
        row, text = self.rng.randrange(table.rowCount()), self._text()
        table.item(row, 0).setText(text)
        return f"example panel: row {row + 1} value {text!r}"

    def example_lr(self) -> str:
        text = self._pick(RATES) if self.rng.random() < 0.6 else self._text()
        self._type(self.w.example_panel.lr_edit, text)
        return f"example panel: type α {text!r}, Enter"

    def example_sample(self) -> str:
        spin = self.w.example_panel.sample_spin
        value = self.rng.randrange(0, 400)
        spin.setValue(value)
        return f"example panel: sample {value}"

    def example_batch(self) -> str:
        """Type a batch size (or garbage) into the Batch box, or show another sample of the batch (S)."""
        if self.rng.random() < 0.5:
            shift = self.rng.random() < 0.3
            self._key_on_canvas(K.Key_S, SHIFT if shift else NONE, "")
            return f"key {'Shift+S' if shift else 'S'}: show the {'previous' if shift else 'next'} sample"
        text = self._pick(("1", "2", "3", "4", "16", "17", "0")) if self.rng.random() < 0.8 else self._text()
        self._type(self.w.example_panel.batch_spin.lineEdit(), text)
        return f"example panel: type batch {text!r}, Enter"

    # -- the train panel ------------------------------------------------------------------------------

    def train_lr(self) -> str:
        text = self._pick(RATES) if self.rng.random() < 0.7 else self._text()
        self._type(self.w.train_panel.lr_edit, text)
        return f"train panel: type α {text!r}, Enter"

    def train_settings(self) -> str:
        p, which = self.w.train_panel, self.rng.randrange(6)
        if which == 0:
            value = self.rng.randrange(1, 40)
            p.batch_spin.setValue(value)
            return f"train panel: batch size {value}"
        if which == 1:
            self.qtbot.mouseClick(p.whole_check, LEFT)
            return "train panel: click “whole set”"
        if which == 2:
            index = self.rng.randrange(p.penalty_combo.count())
            p.penalty_combo.setCurrentIndex(index)
            return f"train panel: penalty {p.penalty_combo.itemText(index)}"
        if which == 3:
            text = self._pick(("0.001", "0.1", "0", "-1", "1e9", "abc", ""))
            self._type(p.rate_edit, text)
            return f"train panel: type λ {text!r}, Enter"
        if which == 4:
            value = self.rng.randrange(0, 3)
            p.epochs_spin.setValue(value)
            return f"train panel: epochs {value}"
        value = self.rng.randrange(0, 1000)
        p.seed_spin.setValue(value)
        return f"train panel: shuffle seed {value}"

    def train_run(self) -> str:
        p, which = self.w.train_panel, self.rng.randrange(9)
        keys = ((K.Key_T, NONE, "T (train / pause)"), (K.Key_E, NONE, "E (one epoch)"),
                (K.Key_E, SHIFT, "Shift+E (one batch)"), (K.Key_R, CTRL | SHIFT, "Ctrl+Shift+R (reset)"))
        if which < len(keys):
            return self._key_on_canvas(*keys[which])
        buttons = (("Play", p.play_button), ("One epoch", p.epoch_button), ("One batch", p.batch_button),
                   ("Reset", p.reset_button), ("Re-initialise", p.reinit_button))
        if which - len(keys) < len(buttons):
            name, button = buttons[which - len(keys)]
            self.qtbot.mouseClick(button, LEFT)
            return f"train panel: click {name}"
        self.w.actions["train_restore"].trigger()
        return "Train ▸ Restore the last finite weights"

    # -- the data panel and the output plot ---------------------------------------------------------

    def data_set(self) -> str:
        p, which = self.w.data_panel, self.rng.randrange(6)
        if which <= 1:
            p.points_spin.setValue(self.rng.randrange(10, MAX_POINTS))
            index = self.rng.randrange(p.generator_combo.count() - 1)  # the last is “your own points”
            p.generator_combo.setCurrentIndex(index)
            return f"data panel: {p.points_spin.value()} points of {p.generator_combo.itemText(index)}"
        if which == 2:
            value = self.rng.randrange(2, 9)
            p.classes_spin.setValue(value)
            return f"data panel: {value} classes"
        if which == 3:
            value = self.rng.randrange(0, 51)
            p.noise_spin.setValue(value)
            return f"data panel: noise {value} %"
        if which == 4:
            self.qtbot.mouseClick(p.regenerate_button, LEFT)
            return "data panel: Regenerate"
        value = self.rng.randrange(0, 91)
        p.test_spin.setValue(value)
        return f"data panel: test share {value} %"

    def data_features(self) -> str:
        boxes = self.w.data_panel.feature_boxes
        name = self._pick(list(boxes))
        self.qtbot.mouseClick(boxes[name], LEFT)
        return f"data panel: click feature {name}"

    def data_points(self) -> str:
        """Click the output plot: add a point, remove one (right), step with one (Ctrl), or clear."""
        p, plot = self.w.data_panel, self.w.boundary_plot
        if self.rng.random() < 0.08:
            self.qtbot.mouseClick(p.drawing.clear_button, LEFT)
            return "data panel: Clear points"
        self._show_layout("train")
        if p.drawing.class_buttons and self.rng.random() < 0.3:
            k = self.rng.randrange(len(p.drawing.class_buttons))
            p.drawing.class_buttons[k].click()
        (x0, x1), (y0, y1) = plot.plotItem.vb.viewRange()
        x, y = self.rng.uniform(x0, x1), self.rng.uniform(y0, y1)
        button, modifier, name = self._pick(((LEFT, NONE, "click"), (LEFT, NONE, "click"),
                                             (RIGHT, NONE, "right-click"), (LEFT, CTRL, "Ctrl+click")))
        data = self.w.doc.lab.dataset
        if name != "click" and data is not None and len(data):
            k = self.rng.randrange(len(data))
            if plot._positions.shape[0] == len(data):
                x, y = (float(v) for v in plot._positions[k])
        scene = plot.plotItem.vb.mapViewToScene(QPointF(x, y))
        self.qtbot.mouseClick(plot.viewport(), button, modifier, plot.mapFromScene(scene))
        return f"output plot: {name} at ({x:.3g}, {y:.3g})"

    def data_csv(self) -> str:
        p = self.w.data_panel
        if self.rng.random() < 0.3:
            self.dialogs.save_answer = str(self.folder / "export.csv")
            self.qtbot.mouseClick(p.csv.export_button, LEFT)
            return "data panel: Export CSV… to export.csv"
        name = self._pick([n for n in self.files if n.endswith(".csv")] + ["export.csv"])
        path = self.files.get(name, self.folder / name)
        self.dialogs.open_answer = str(path)
        self.qtbot.mouseClick(p.csv.import_button, LEFT)
        return f"data panel: Import CSV… {name}"

    # -- files ----------------------------------------------------------------------------------------

    def _answer_unsaved(self) -> str:
        answer = self._pick(("discard", "discard", "cancel", "save"))
        self.dialogs.changes_answer = answer
        self.dialogs.save_answer = str(self.folder / "kept.json")
        return answer

    def open_file(self) -> str:
        answer = self._answer_unsaved()
        names = [n for n in self.files if n.endswith(".json")] + [f"saved-{k}.json" for k in range(3)]
        name = self._pick(names)
        path = self.files.get(name, self.folder / name)
        self.dialogs.open_answer = str(path)
        asked = len(self.dialogs.asked)
        self.w.actions["open"].trigger()
        self.opened = name if "open" in self.dialogs.asked[asked:] else ""  # "" when cancelled
        return f"File ▸ Open… {name} (unsaved changes: {answer})"

    def open_preset(self) -> str:
        answer = self._answer_unsaved()
        actions = _menu_actions(_submenu(self.w, "File", "Open preset"))
        action = self._pick(actions)
        action.trigger()
        return f"File ▸ Open preset ▸ {action.text()} (unsaved changes: {answer})"

    def save_as(self) -> str:
        path = self.folder / f"saved-{self.rng.randrange(3)}.json"
        self.dialogs.save_answer = str(path)
        self.w.actions["save_as"].trigger()
        return f"File ▸ Save as… {path.name}"

    def new_document(self) -> str:
        answer = self._answer_unsaved()
        text = self._key_on_canvas(K.Key_N, CTRL, "Ctrl+N")
        return f"{text} (unsaved changes: {answer})"

    # -- views ------------------------------------------------------------------------------------------

    def view_options(self) -> str:
        which = self.rng.randrange(9)
        if which < 3:
            key = (K.Key_N, K.Key_G, K.Key_M)[which]
            return self._key_on_canvas(key, NONE, "NGM"[which])
        if which == 3:
            action = self._pick(_menu_actions(_submenu(self.w, "View", "Digits")))
            action.trigger()
            return f"View ▸ Digits ▸ {action.text()}"
        if which == 4:
            return self._key_on_canvas(self._pick((K.Key_F5, K.Key_F6)), NONE, "F5 or F6 (layout)")
        if which == 5:
            dock = self._pick(list(self.w.docks.values()))
            dock.toggleViewAction().trigger()
            return f"View ▸ Panels ▸ {dock.windowTitle()}"
        if which == 6:
            self.w.actions["matrix_form"].trigger()
            return "X (Inspector in matrix form, or back)"
        if which == 7:
            self.w.actions["graph"].trigger()
            return "C (computational graph, or back)"
        return self._key_on_canvas(K.Key_F1, NONE, "F1 (shortcuts)")

    def weights_table(self) -> str:
        self._show_layout("step")
        table = self.w.weights_table
        self.w.show_tab(table)
        view = table.view
        if self.rng.random() < 0.3:
            column = self.rng.randrange(-1, view.model().columnCount())
            view.sortByColumn(column, self._pick((Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder)))
            return f"weights table: sort by column {column}"
        if self.rng.random() < 0.2:
            index = self.rng.randrange(table.layer_box.count())
            table.layer_box.setCurrentIndex(index)
            return f"weights table: layer {table.layer_box.itemText(index)}"
        rows = view.model().rowCount()
        if rows == 0:
            return "weights table: empty"
        row = self.rng.randrange(min(rows, 40))
        view.scrollTo(view.model().index(row, 0))
        rect = view.visualRect(view.model().index(row, 0))
        self.qtbot.mouseClick(view.viewport(), LEFT, NONE, rect.center())
        return f"weights table: click row {row + 1}"

    def step_bar_controls(self) -> str:
        slider = self.w.step_bar.speed_slider
        value = self.rng.randrange(slider.minimum(), slider.maximum() + 1)
        slider.setValue(value)
        return f"step bar: speed slider {value}"


def key_name(key, modifier) -> str:
    """Return a key's name as a person reads it ("Shift+Right")."""
    name = Qt.Key(key).name.removeprefix("Key_")
    return ("Shift+" if modifier == SHIFT else "") + name


def _menu_actions(menu: QMenu) -> list:
    """Return every action of `menu` and its submenus (no separators, no submenu titles)."""
    found = []
    for action in menu.actions():
        if action.menu() is not None:
            found += _menu_actions(action.menu())
        elif not action.isSeparator():
            found.append(action)
    return found


def _submenu(window, *titles: str) -> QMenu:
    """Return the menu reached through `titles` from the menu bar ("File", "Open preset")."""
    actions = window.menuBar().actions()
    menu = None
    for title in titles:
        menu = next(a.menu() for a in actions if a.menu() is not None and _plain(a.text()) == _plain(title))
        actions = menu.actions()
    return menu


def _plain(text: str) -> str:
    return text.replace("&", "").lower()


def settle_events() -> None:
    """Let the event loop run the redraws and timers a change queued (without a timed wait)."""
    QApplication.processEvents()
