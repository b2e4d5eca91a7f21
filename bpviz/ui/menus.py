"""The window's menus and keyboard shortcuts, built from one table of actions."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from bpviz import __version__
from bpviz.engine.presets import load_preset, preset_names
from bpviz.engine.step_through import GRANULARITIES

if TYPE_CHECKING:
    from .main_window import MainWindow

StandardKey = QKeySequence.StandardKey


def build_menus(w: "MainWindow") -> dict[str, QAction]:
    """Create the menus of `w` and return its actions by name (the shortcuts list reads them)."""
    actions: dict[str, QAction] = {}
    bar = w.menuBar()

    def add(menu, name: str, text: str, slot, shortcuts=(), checkable=False, checked=False, tip=""):
        action = QAction(text, w)
        keys = _unique_keys(shortcuts)
        if keys:
            action.setShortcuts(keys)
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setCheckable(checkable)
        if checkable:
            action.setChecked(checked)
            action.toggled.connect(slot)
        else:
            action.triggered.connect(lambda _=False: slot())
        if tip:
            action.setStatusTip(tip)
        menu.addAction(action)
        w.addAction(action)  # shortcuts work even when the menu bar is hidden
        actions[name] = action
        return action

    file = bar.addMenu("&File")
    add(file, "new", "&New", w.new_document, [StandardKey.New])
    add(file, "open", "&Open…", w.open_file, [StandardKey.Open])
    presets = file.addMenu("Open &preset")
    for name in preset_names():
        try:
            title = load_preset(name).title
        except (ValueError, OSError):
            continue  # a damaged preset file is left out of the menu, not fatal
        action = presets.addAction(title)
        action.triggered.connect(partial(w.open_preset, name))
    recent = file.addMenu("&Recent")

    def rebuild_recent_menu() -> None:
        recent.clear()
        paths = w.recent_files()
        for path in paths:
            action = recent.addAction(Path(path).name)
            action.setToolTip(path)
            action.triggered.connect(partial(w.open_file, path))
        recent.setEnabled(bool(paths))

    w.rebuild_recent_menu = rebuild_recent_menu
    rebuild_recent_menu()
    file.addSeparator()
    add(file, "save", "&Save", w.save, [StandardKey.Save])
    add(file, "save_as", "Save &as…", w.save_as, [StandardKey.SaveAs, "Ctrl+Shift+S"])
    file.addSeparator()
    add(file, "quit", "&Quit", w.close, [StandardKey.Quit, "Ctrl+Q"])

    edit = bar.addMenu("&Edit")
    undo = w.doc.undo_stack.createUndoAction(w, "&Undo")
    undo.setShortcuts(_unique_keys([StandardKey.Undo]))
    redo = w.doc.undo_stack.createRedoAction(w, "&Redo")
    redo.setShortcuts(_unique_keys([StandardKey.Redo, "Ctrl+Shift+Z"]))
    for name, action in (("undo", undo), ("redo", redo)):
        edit.addAction(action)
        w.addAction(action)
        actions[name] = action
    edit.addSeparator()
    add(edit, "edit_value", "&Edit focused value…", w.canvas.edit_focused, ["F2"],
        tip="Type a new value for the focused weight or bias")
    add(edit, "reinitialise", "Re-&initialise weights", _reinitialise(w), ["Ctrl+R"],
        tip="Draw new weights with the network's scheme and the next seed")

    view = bar.addMenu("&View")
    o = w.options
    add(view, "show_numbers", "Show &numbers", lambda on: setattr(o, "show_numbers", on), ["N"],
        checkable=True, checked=o.show_numbers)
    add(view, "show_gradients", "Show &gradients on edges", lambda on: setattr(o, "show_gradients", on),
        ["G"], checkable=True, checked=o.show_gradients,
        tip="Edges show ∂L/∂w in the backward pass and Δw at the update")
    add(view, "show_neuron_maps", "Show neuron &maps", lambda on: setattr(o, "show_neuron_maps", on), ["M"],
        checkable=True, checked=o.show_neuron_maps,
        tip="Each neuron shows its output x (δ in the backward pass) over the input plane, for 2-D inputs")
    o.changed.connect(lambda: actions["show_neuron_maps"].setChecked(o.show_neuron_maps))
    digits = view.addMenu("&Digits")
    group = QActionGroup(w)
    for n in (2, 3, 4, 5, 6, 8, 10, 12):
        action = digits.addAction(f"{n} significant digits")
        action.setCheckable(True)
        action.setChecked(n == o.digits)
        action.triggered.connect(partial(setattr, o, "digits", n))
        group.addAction(action)
    view.addSeparator()
    add(view, "zoom_in", "Zoom &in", w.canvas.zoom_in, [StandardKey.ZoomIn, "Ctrl+="])
    add(view, "zoom_out", "Zoom &out", w.canvas.zoom_out, [StandardKey.ZoomOut])
    add(view, "zoom_fit", "&Fit network to window", w.canvas.zoom_fit, ["Ctrl+0"])
    view.addSeparator()
    add(view, "layout_step", "&Step-through layout", lambda: w.apply_layout("step"), ["F5"],
        tip="The network, the example, the inspector and the weights table")
    add(view, "layout_train", "&Training layout", lambda: w.apply_layout("train"), ["F6"],
        tip="The network, the data, the training controls, the output map and the curves")
    panels = view.addMenu("&Panels")
    for dock in w.docks.values():
        panels.addAction(dock.toggleViewAction())

    step = bar.addMenu("&Step")
    sb = w.step_bar
    add(step, "forward", "&Forward", sb.step_forward, ["Space", "Right"])
    add(step, "back", "&Back", sb.step_back, ["Left", "Backspace"])
    add(step, "end_of_phase", "To the &end of the phase", sb.end_of_phase, ["End", "Shift+Right"])
    add(step, "reset", "&Reset to the start of the step", sb.reset, ["Home"])
    add(step, "play", "&Play / pause", sb.toggle_play, ["P", "Ctrl+Space"])
    step.addSeparator()
    granularity = step.addMenu("Move by")
    ggroup = QActionGroup(w)
    for n, g in enumerate(GRANULARITIES, start=1):
        action = add(granularity, f"granularity_{g}", {"step": "whole step"}.get(g, g).capitalize(),
                     lambda on, g=g: on and setattr(o, "granularity", g), [str(n)],
                     checkable=True, checked=(g == o.granularity))
        ggroup.addAction(action)
    o.changed.connect(lambda: actions[f"granularity_{o.granularity}"].setChecked(True))

    train = bar.addMenu("&Train")
    s = w.session
    add(train, "train_play", "&Train / pause", lambda: (w.apply_layout("train") if w.layout_name != "train"
                                                         else None, s.toggle()), ["T"])
    add(train, "train_epoch", "One &epoch", s.one_epoch, ["E"])
    add(train, "train_batch", "One &batch", s.one_batch, ["Shift+E"])
    add(train, "train_reset", "&Reset to the starting weights", s.reset, ["Ctrl+Shift+R"])
    add(train, "train_restore", "Restore the last &finite weights", s.restore_last_finite)

    help_ = bar.addMenu("&Help")
    add(help_, "shortcuts", "&Keyboard shortcuts", lambda: w.dialogs.information(
        w, "Keyboard shortcuts", shortcuts_html(actions)), [StandardKey.HelpContents, "F1"])
    add(help_, "about", "&About bpviz", lambda: w.dialogs.information(w, "About bpviz", ABOUT))
    return actions


def _unique_keys(shortcuts) -> list[QKeySequence]:
    """Return the key sequences, each once (a standard key may already be one of the others)."""
    keys: list[QKeySequence] = []
    for shortcut in shortcuts:
        for key in (QKeySequence.keyBindings(shortcut) if isinstance(shortcut, StandardKey)
                    else [QKeySequence(shortcut)]):
            if not key.isEmpty() and key not in keys:
                keys.append(key)
    return keys


def _reinitialise(w: "MainWindow"):
    def run() -> None:
        net = w.doc.network
        w.doc.reinitialise(net.init, net.seed + 1)
        w.statusBar().showMessage(f"New weights: {net.init} initialisation, seed {net.seed + 1}", 5000)
    return run


def shortcuts_html(actions: dict[str, QAction]) -> str:
    """Return a table of every action that has a shortcut."""
    rows = []
    for action in actions.values():
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
        keys = [k for k in keys if _on_a_keyboard(k)]
        if keys:
            rows.append(f"<tr><td>{action.text().replace('&', '')}</td><td><b>{' or '.join(keys)}</b></td></tr>")
    extra = [
        ("Canvas: focus the previous / next neuron", "Up / Down"),
        ("Canvas: add a neuron to the focused layer", "+ or Insert"),
        ("Canvas: remove the focused neuron", "− or Delete"),
        ("Canvas: zoom", "Ctrl + mouse wheel"),
    ]
    rows += [f"<tr><td>{a}</td><td><b>{k}</b></td></tr>" for a, k in extra]
    return "<table cellspacing=6>" + "".join(rows) + "</table>"


def _on_a_keyboard(key: str) -> bool:
    """Whether a key a standard shortcut names is one a keyboard has (not the media key "Undo")."""
    named = {"Space", "Left", "Right", "Up", "Down", "Home", "End", "Backspace", "Del", "Ins",
             "PgUp", "PgDown", "Esc", "Return", "Enter", "Tab"}
    last = key.split("+")[-1]
    return len(last) <= 1 or last in named or (last[0] == "F" and last[1:].isdigit())


ABOUT = (f"<h3>bpviz {__version__}</h3>"
         "<p>Watch backpropagation work, neuron by neuron: the forward pass, the loss, the backward "
         "pass and the update, with every number the equations produce.</p>"
         "<p>Licensed under the MIT licence.</p>")
