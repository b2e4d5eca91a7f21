"""The window's menus and keyboard shortcuts, built from one table of actions."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from bpviz.engine.files.presets import load_preset, preset_names
from bpviz.engine.nn.step_through import GRANULARITIES
from bpviz.state.training.training_session import WATCHABLE_RATES

from bpviz.ui.shell.about import show_about
from bpviz.ui.export.export_handout import export_worked_example
from bpviz.ui.shell.hint_overlay import show_hints
from bpviz.ui.shell.i18n import tr
from bpviz.ui.widgets.plain_text import tooltip
from bpviz.ui.export.picture_export import picture_titles
from bpviz.ui.shell.preferences import show_preferences
from bpviz.ui.shell.presenter import SCALES as PRESENTER_SCALES
from bpviz.ui.lab.speed_choice import speed_name
from bpviz.ui.shell.preset_titles import preset_title
from bpviz.ui.stepping.step_bar import SHORTCUTS as STEP_KEYS

if TYPE_CHECKING:
    from bpviz.ui.shell.main_window import MainWindow

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

    file = bar.addMenu(tr("&File", "menus"))
    add(file, "new", tr("&New", "menus"), w.new_document, [StandardKey.New])
    add(file, "open", tr("&Open…", "menus"), w.open_file, [StandardKey.Open])
    presets = file.addMenu(tr("Open &preset", "menus"))
    for name in preset_names():
        try:
            title = load_preset(name).title
        except (ValueError, OSError):
            continue  # a damaged preset file is left out of the menu, not fatal
        action = presets.addAction(preset_title(title))
        action.triggered.connect(partial(w.open_preset, name))
    recent = file.addMenu(tr("&Recent", "menus"))

    def rebuild_recent_menu() -> None:
        recent.clear()
        paths = w.recent_files()
        for path in paths:
            action = recent.addAction(Path(path).name.replace("&", "&&"))  # a file's "&" is no mnemonic
            action.setToolTip(tooltip(path))
            action.triggered.connect(partial(w.open_file, path))
        recent.setEnabled(bool(paths))

    w.recentChanged.connect(rebuild_recent_menu)
    rebuild_recent_menu()
    file.addSeparator()
    add(file, "save", tr("&Save", "menus"), w.save, [StandardKey.Save])
    add(file, "save_as", tr("Save &as…", "menus"), w.save_as, [StandardKey.SaveAs, "Ctrl+Shift+S"])
    add(file, "export_handout", tr("&Export worked example…", "menus"), partial(export_worked_example, w),
        ["Ctrl+Shift+E"], tip=tr("The current step, every equation with its numbers, as a PDF, web page "
                                 "or Markdown handout", "menus"))
    pictures = file.addMenu(tr("Export p&icture", "menus"))
    for name, title in picture_titles().items():
        add(pictures, f"picture_{name}", f"{title}…", partial(w.pictures.export, name),
            tip=tr("A PNG (twice the screen's pixels) or an SVG, as the file name ends", "menus"))
    add(file, "record", tr("Record a&nimation…", "menus"), w.recordings.ask_and_record,
        tip=tr("A step-through or a training run as an animated GIF or a sequence of PNG pictures", "menus"))
    file.addSeparator()
    add(file, "quit", tr("&Quit", "menus"), w.close, [StandardKey.Quit, "Ctrl+Q"])

    edit = bar.addMenu(tr("&Edit", "menus"))
    undo = w.doc.undo_stack.createUndoAction(w, tr("&Undo", "menus"))
    undo.setShortcuts(_unique_keys([StandardKey.Undo]))
    redo = w.doc.undo_stack.createRedoAction(w, tr("&Redo", "menus"))
    redo.setShortcuts(_unique_keys([StandardKey.Redo, "Ctrl+Shift+Z"]))
    for name, action in (("undo", undo), ("redo", redo)):
        edit.addAction(action)
        w.addAction(action)
        actions[name] = action
    edit.addSeparator()
    add(edit, "edit_value", tr("&Edit focused value…", "menus"), w.canvas.edit_focused, ["F2"],
        tip=tr("Type a new value for the focused weight or bias", "menus"))
    add(edit, "reinitialise", tr("Re-&initialise weights", "menus"), _reinitialise(w), ["Ctrl+R"],
        tip=tr("Draw new weights with the network's scheme and the next seed", "menus"))
    edit.addSeparator()
    add(edit, "preferences", tr("&Preferences…", "menus"), lambda: show_preferences(w),
        [StandardKey.Preferences, "Ctrl+,"],
        tip=tr("The theme, the digits shown, the text size and the learning rate of a new document", "menus"))

    view = bar.addMenu(tr("&View", "menus"))
    o = w.options
    add(view, "show_numbers", tr("Show &numbers", "menus"), lambda on: setattr(o, "show_numbers", on), ["N"],
        checkable=True, checked=o.show_numbers)
    add(view, "show_gradients", tr("Show &gradients on edges", "menus"), lambda on: setattr(o, "show_gradients", on),
        ["G"], checkable=True, checked=o.show_gradients,
        tip=tr("Edges show ∂L/∂w in the backward pass and Δw at the update", "menus"))
    add(view, "show_neuron_maps", tr("Show neuron &maps", "menus"), lambda on: setattr(o, "show_neuron_maps", on),
        ["M"], checkable=True, checked=o.show_neuron_maps,
        tip=tr("Each neuron shows its output x (δ in the backward pass) over the input plane, for 2-D inputs",
               "menus"))
    o.changed.connect(lambda: actions["show_neuron_maps"].setChecked(o.show_neuron_maps))
    add(view, "matrix_form", tr("Inspector in matri&x form", "menus"),
        lambda on: setattr(o, "inspector_form", "matrix" if on else "neuron"), ["X"], checkable=True,
        checked=o.inspector_form == "matrix",
        tip=tr("The Inspector writes the focused layer's step as vectors and matrices: z = W x + b, "
               "δ = (W)ᵀ δ ⊙ f'(z), ∂L/∂W = δ xᵀ", "menus"))
    o.changed.connect(lambda: actions["matrix_form"].setChecked(o.inspector_form == "matrix"))
    add(view, "graph", tr("&Computational graph", "menus"), w.show_graph, ["C"], checkable=True,
        tip=tr("The centre shows the step's operations (w·x, z, f, the loss) with their values and "
               "gradients, and the focused weight's paths to L; again for the network", "menus"))
    digits = view.addMenu(tr("&Digits", "menus"))
    group = QActionGroup(w)
    for n in (2, 3, 4, 5, 6, 8, 10, 12):
        action = digits.addAction(tr("{n} significant digits", "menus").format(n=n))
        action.setCheckable(True)
        action.setData(n)
        action.triggered.connect(partial(setattr, o, "digits", n))
        group.addAction(action)
    _check_digits(group, o.digits)
    o.changed.connect(lambda: _check_digits(group, o.digits))  # Preferences may choose other digits
    view.addSeparator()
    # The zoom is the shown view's: the network, or the computational graph.
    add(view, "zoom_in", tr("Zoom &in", "menus"), lambda: w.central_views.currentWidget().zoom_in(),
        [StandardKey.ZoomIn, "Ctrl+="])
    add(view, "zoom_out", tr("Zoom &out", "menus"), lambda: w.central_views.currentWidget().zoom_out(),
        [StandardKey.ZoomOut])
    add(view, "zoom_fit", tr("&Fit network to window", "menus"), lambda: w.central_views.currentWidget().zoom_fit(),
        ["Ctrl+0"])
    view.addSeparator()
    add(view, "layout_step", tr("&Step-through layout", "menus"), lambda: w.apply_layout("step"), ["F5"],
        tip=tr("The network, the example, the inspector and the weights table", "menus"))
    add(view, "layout_train", tr("&Training layout", "menus"), lambda: w.apply_layout("train"), ["F6"],
        tip=tr("The network, the data, the training controls, the output map and the curves", "menus"))
    add(view, "enlarge_output", tr("&Enlarge the output map", "menus"), w.output_enlarger.toggle, ["F7"],
        tip=tr("The output map large, over the window; again to put it back", "menus"))
    _add_presenter_entries(w, view, add, actions)
    panels = view.addMenu(tr("&Panels", "menus"))
    for dock in w.docks.values():
        panels.addAction(dock.toggleViewAction())

    step = bar.addMenu(tr("&Step", "menus"))
    sb = w.step_bar

    def stepping(move):
        """`move`, in the step-through layout: the training layout has no step bar to follow it in."""
        return lambda: (w.apply_layout("step") if w.layout_name != "step" else None, move())

    for name, text, move in (("forward", tr("&Forward", "menus"), sb.step_forward),
                             ("back", tr("&Back", "menus"), sb.step_back),
                             ("end_of_phase", tr("To the &end of the phase", "menus"), sb.end_of_phase),
                             ("reset", tr("&Reset to the start of the step", "menus"), sb.reset),
                             ("play", tr("&Play / pause", "menus"), sb.toggle_play)):
        add(step, name, text, stepping(move), STEP_KEYS[move.__name__])
    add(step, "restore_start", tr("Back to the &starting weights", "menus"), w.doc.structure.restore_start_weights,
        tip=tr("The weights as opened or last edited, before any stepping or training (undoable)", "menus"))
    step.addSeparator()
    add(step, "next_sample", tr("Show the &next sample of the batch", "menus"), w.show_next_sample, ["S"],
        tip=tr("In a batch, the canvas and the Inspector show one sample's values: the next one", "menus"))
    add(step, "previous_sample", tr("Show the pre&vious sample of the batch", "menus"),
        lambda: w.show_next_sample(-1), ["Shift+S"])
    granularity = step.addMenu(tr("Move by", "menus"))
    ggroup = QActionGroup(w)
    moves = {"neuron": tr("Neuron", "menus"), "layer": tr("Layer", "menus"), "phase": tr("Phase", "menus"),
             "step": tr("Whole step", "menus")}
    for n, g in enumerate(GRANULARITIES, start=1):
        action = add(granularity, f"granularity_{g}", moves.get(g, g.capitalize()),
                     lambda on, g=g: on and setattr(o, "granularity", g), [str(n)],
                     checkable=True, checked=(g == o.granularity))
        ggroup.addAction(action)
    o.changed.connect(lambda: actions[f"granularity_{o.granularity}"].setChecked(True))

    train = bar.addMenu(tr("&Train", "menus"))
    s = w.session
    add(train, "train_play", tr("&Train / pause", "menus"), lambda: (w.apply_layout("train") if w.layout_name != "train"
                                                         else None, w.train_panel.toggle_play()), ["T"])
    add(train, "train_epoch", tr("One &epoch", "menus"), s.one_epoch, ["E"])
    add(train, "train_batch", tr("One &batch", "menus"), s.one_batch, ["Shift+E"])
    add(train, "train_reset", tr("&Reset to the starting weights", "menus"), s.reset, ["Ctrl+Shift+R"])
    add(train, "train_restore", tr("Restore the last &finite weights", "menus"), s.restore_last_finite)
    train.addSeparator()
    speed = train.addMenu(tr("&Speed", "menus"))
    sgroup, by_rate = QActionGroup(w), {}
    for rate in (None, *reversed(WATCHABLE_RATES)):
        name = tr("As fast as possible", "menus") if rate is None else speed_name(rate)
        by_rate[rate] = add(speed, f"speed_{rate or 'fastest'}", name, lambda on, rate=rate: on and s.set_rate(rate),
                            checkable=True, checked=(rate == s.rate))
        sgroup.addAction(by_rate[rate])
    speed.addSeparator()
    add(speed, "speed_slower", tr("&Slower", "menus"), lambda: s.step_rate(-1), ["["])
    add(speed, "speed_faster", tr("&Faster", "menus"), lambda: s.step_rate(+1), ["]"])
    s.rateChanged.connect(lambda: by_rate[s.rate].setChecked(True))

    help_ = bar.addMenu(tr("&Help", "menus"))
    add(help_, "shortcuts", tr("&Keyboard shortcuts", "menus"), lambda: w.dialogs.information(
        w, tr("Keyboard shortcuts", "menus"), shortcuts_html(actions)), [StandardKey.HelpContents, "F1"])
    add(help_, "show_hints", tr("Show &hints", "menus"), lambda: show_hints(w),
        tip=tr("The first steps, over the network: the keys to step, inspect, edit and train", "menus"))
    lessons = help_.addMenu(tr("&Lessons", "menus"))
    add(lessons, "lessons", tr("&Choose a lesson…", "menus"), w.lesson_dock.choose, ["F9"],
        tip=tr("Guided lessons through the seed: one neuron, the forward pass, the backward pass, "
               "XOR, vanishing gradients", "menus"))
    add(lessons, "open_lesson", tr("&Open lesson file…", "menus"), w.lesson_dock.open_file,
        tip=tr("Read a lesson a teacher wrote as a TOML file", "menus"))
    help_.addSeparator()
    add(help_, "about", tr("&About bpviz", "menus"), lambda: show_about(w))
    return actions


def _check_digits(group: QActionGroup, digits: int) -> None:
    """Check the Digits entry for `digits`, or none when the menu does not offer that many."""
    chosen = next((a for a in group.actions() if a.data() == digits), None)
    if chosen is not None:
        chosen.setChecked(True)
    elif group.checkedAction() is not None:
        group.setExclusionPolicy(QActionGroup.ExclusionPolicy.ExclusiveOptional)
        group.checkedAction().setChecked(False)
        group.setExclusionPolicy(QActionGroup.ExclusionPolicy.Exclusive)


def _add_presenter_entries(w: "MainWindow", view, add, actions: dict[str, QAction]) -> None:
    """Add presenter mode (F11), high contrast (H) and the presenter's text size to the View menu."""
    presenter = w.presenter
    add(view, "presenter", tr("P&resenter mode", "menus"), presenter.set_active, ["F11"], checkable=True,
        tip=tr("Full screen for a projector: the canvas, the step bar and the inspector, larger. "
               "Esc leaves, B blanks the screen", "menus"))
    presenter.activeChanged.connect(actions["presenter"].setChecked)
    add(view, "high_contrast", tr("&High contrast", "menus"), presenter.set_high_contrast, ["H"], checkable=True,
        checked=presenter.high_contrast, tip=tr("Black on white with strong frames, for a washed-out projector; "
                                                "the data colours stay blue and orange", "menus"))
    presenter.highContrastChanged.connect(actions["high_contrast"].setChecked)
    # The preferences may have changed the theme since: show the one in force.
    view.aboutToShow.connect(lambda: actions["high_contrast"].setChecked(presenter.high_contrast))
    sizes = view.addMenu(tr("Presenter te&xt size", "menus"))
    group = QActionGroup(w)
    for factor in PRESENTER_SCALES:
        action = sizes.addAction(tr("{factor:g} × the usual size", "menus").format(factor=factor))
        action.setCheckable(True)
        action.setChecked(abs(factor - presenter.scale) < 1e-9)
        action.triggered.connect(partial(setattr, presenter, "scale", factor))
        group.addAction(action)


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
        w.doc.structure.reinitialise(net.init, net.seed + 1)
        w.statusBar().showMessage(tr("New weights: {init} initialisation, seed {seed}", "menus").format(
            init=net.init, seed=net.seed + 1), 5000)
    return run


def shortcuts_html(actions: dict[str, QAction]) -> str:
    """Return a table of every action that has a shortcut."""
    rows = []
    for action in actions.values():
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
        keys = [k for k in keys if _on_a_keyboard(k)]
        if keys:
            either = tr(" or ", "menus").join(keys)
            rows.append(f"<tr><td>{action.text().replace('&', '')}</td><td><b>{either}</b></td></tr>")
    extra = [
        (tr("Canvas: focus the next / previous neuron, layer by layer, then the loss (past the ends: "
            "the next control)", "menus"), tr("Tab / Shift+Tab", "menus")),
        (tr("Canvas: the neuron above / below (on a weight: the neighbouring weight)", "menus"),
         tr("Up / Down", "menus")),
        (tr("Canvas: the layer before / after (after the output: the loss)", "menus"),
         tr("Ctrl+Left / Ctrl+Right", "menus")),
        (tr("Canvas: from a neuron to its incoming weights, and back", "menus"), "W"),
        (tr("Canvas: edit the focused weight, the focused neuron's bias or an input", "menus"),
         tr("Enter or F2", "menus")),
        (tr("Canvas: add a neuron to the focused layer", "menus"), tr("+ or Insert", "menus")),
        (tr("Canvas: remove the focused neuron", "menus"), tr("− or Delete", "menus")),
        (tr("Canvas: zoom", "menus"), tr("Ctrl + mouse wheel", "menus")),
    ]
    rows += [f"<tr><td>{a}</td><td><b>{k}</b></td></tr>" for a, k in extra]
    return "<table cellspacing=6>" + "".join(rows) + "</table>"


def _on_a_keyboard(key: str) -> bool:
    """Whether a key a standard shortcut names is one a keyboard has (not the media key "Undo")."""
    named = {"Space", "Left", "Right", "Up", "Down", "Home", "End", "Backspace", "Del", "Ins",
             "PgUp", "PgDown", "Esc", "Return", "Enter", "Tab"}
    last = key.split("+")[-1]
    return len(last) <= 1 or last in named or (last[0] == "F" and last[1:].isdigit())

