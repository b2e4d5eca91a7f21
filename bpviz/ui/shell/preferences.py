"""Preferences: the language, the theme, the digits shown, the text size and the learning rate of a new document.

They live in the window's QSettings. The dialog applies each change at once, so the person
sees it; Apply and OK keep it, Cancel (or closing the dialog) puts back what was kept before.
The language is the exception: every text is looked up as its widget is made, so a new one
takes effect at the next start, and the dialog says so.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QSignalBlocker
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
                               QLabel, QVBoxLayout)

from bpviz.ui.shell.i18n import LANGUAGE_KEY, LANGUAGES, current_language, language_for
from bpviz.ui.widgets.checked_spin_box import CheckedDoubleSpinBox, CheckedSpinBox
from bpviz.ui.widgets.plain_text import plain_label
from bpviz.ui.look.theme import THEMES, apply_theme, current_theme, theme_labels

if TYPE_CHECKING:
    from bpviz.ui.shell.main_window import MainWindow

THEME_KEY = "appearance/theme"
DIGITS_KEY = "view/digits"            # the View ▸ Digits menu writes the same key
FONT_SCALE_KEY = "view/font_scale"
LR_KEY = "document/default_lr"

DIGITS_RANGE = (1, 15)                # significant digits (ViewOptions keeps within these too)
FONT_PERCENT_RANGE = (50, 400)        # text size, per cent of the usual
LR_RANGE = (0.0, 100.0)               # α for a new document; 0 is allowed (nothing moves)


@dataclass(frozen=True)
class Preferences:
    """What the Preferences dialog sets; the defaults are what a first start uses."""

    language: str = "system"   # or a code of LANGUAGES
    theme: str = "system"
    digits: int = 4
    font_scale: float = 1.0
    default_lr: float = 0.5

    @classmethod
    def load(cls, settings: QSettings) -> "Preferences":
        """Return the preferences kept in `settings`; a missing or damaged value gives its default."""
        d = cls()
        theme = str(settings.value(THEME_KEY, d.theme))
        language = str(settings.value(LANGUAGE_KEY, d.language))
        return cls(language=language if language in LANGUAGES else d.language,
                   theme=theme if theme in THEMES else d.theme,
                   digits=int(_number(settings.value(DIGITS_KEY), d.digits, *DIGITS_RANGE)),
                   font_scale=_number(settings.value(FONT_SCALE_KEY), d.font_scale,
                                      FONT_PERCENT_RANGE[0] / 100, FONT_PERCENT_RANGE[1] / 100),
                   default_lr=_number(settings.value(LR_KEY), d.default_lr, *LR_RANGE))

    def save(self, settings: QSettings) -> None:
        """Keep the preferences in `settings`."""
        settings.setValue(LANGUAGE_KEY, self.language)
        settings.setValue(THEME_KEY, self.theme)
        settings.setValue(DIGITS_KEY, self.digits)
        settings.setValue(FONT_SCALE_KEY, self.font_scale)
        settings.setValue(LR_KEY, self.default_lr)


def _number(value, default: float, low: float, high: float) -> float:
    """Return `value` as a finite number within [low, high], or `default` if it is not one."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        return default
    return min(high, max(low, number)) if math.isfinite(number) else default


def apply_preferences(window: "MainWindow", prefs: Preferences) -> None:
    """Show `window` (and the whole application, for the theme) as `prefs` say."""
    app = QApplication.instance()
    if current_theme(app) != prefs.theme:
        apply_theme(app, prefs.theme)
    window.options.digits = prefs.digits
    window.options.font_scale = prefs.font_scale


def current_preferences(window: "MainWindow") -> Preferences:
    """Return the preferences as `window` shows them now (the learning rate as kept in its settings)."""
    kept = Preferences.load(window.settings)
    return Preferences(language=kept.language, theme=current_theme(), digits=window.options.digits,
                       font_scale=window.options.font_scale, default_lr=kept.default_lr)


class PreferencesDialog(QDialog):
    """Edit ▸ Preferences: every change shows at once; OK and Apply keep it, Cancel undoes it."""

    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self._window = window
        self._kept = current_preferences(window)
        self.setWindowTitle(self.tr("Preferences"))

        self.language_combo = QComboBox()
        system = LANGUAGES[language_for("system")]
        self.language_combo.addItem(self.tr("As the system: {language}").format(language=system), "system")
        for code, name in LANGUAGES.items():
            self.language_combo.addItem(name, code)  # each in its own language
        self.language_note = QLabel()
        self.language_note.setWordWrap(True)
        self.theme_combo = QComboBox()
        for name, label in theme_labels().items():
            self.theme_combo.addItem(label, name)
        self.problem_label = plain_label(QLabel())  # what a field refused, until the next change
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #b2182b;")
        self.problem_label.hide()
        self.font_spin = CheckedSpinBox(self.tr("Text size"))
        self.font_spin.setSuffix(" %")
        self.font_spin.setSingleStep(10)
        self.font_spin.setRange(*FONT_PERCENT_RANGE)
        self.font_spin.setToolTip(self.tr("The size of the numbers, labels and neurons on the canvas and "
                                          "in every panel (100 % is the usual size)"))
        self.digits_spin = CheckedSpinBox(self.tr("Significant digits"))
        self.digits_spin.setRange(*DIGITS_RANGE)
        self.digits_spin.setToolTip(self.tr("Significant digits of every number shown; hovering a number "
                                            "shows it in full"))
        self.lr_spin = CheckedDoubleSpinBox(self.tr("Learning rate α"))
        self.lr_spin.setDecimals(4)
        self.lr_spin.setSingleStep(0.05)
        for spin in (self.font_spin, self.digits_spin, self.lr_spin):
            spin.refused.connect(self._say)
        self.lr_spin.setRange(*LR_RANGE)
        self.lr_spin.setToolTip(self.tr("The learning rate α that File ▸ New starts with"))

        appearance = QGroupBox(self.tr("Appearance"))
        form = QFormLayout(appearance)
        form.addRow(self.tr("&Language:"), self.language_combo)
        form.addRow(self.language_note)
        form.addRow(self.tr("&Theme:"), self.theme_combo)
        form.addRow(self.tr("Text &size:"), self.font_spin)
        numbers = QGroupBox(self.tr("Numbers"))
        form = QFormLayout(numbers)
        form.addRow(self.tr("Significant &digits:"), self.digits_spin)
        new_documents = QGroupBox(self.tr("New documents"))
        form = QFormLayout(new_documents)
        form.addRow(self.tr("Learning rate &α:"), self.lr_spin)
        note = QLabel(self.tr("Open documents keep their own α; File ▸ New uses this one."))
        note.setWordWrap(True)
        form.addRow(note)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.RestoreDefaults)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(self.apply)
        self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(
            lambda: self._show(Preferences()))

        layout = QVBoxLayout(self)
        for box in (appearance, numbers, new_documents):
            layout.addWidget(box)
        layout.addWidget(self.problem_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self._show(self._kept)
        self.theme_combo.currentIndexChanged.connect(self._on_control_changed)
        self.language_combo.currentIndexChanged.connect(self._on_control_changed)
        for spin in (self.font_spin, self.digits_spin, self.lr_spin):
            spin.valueChanged.connect(self._on_control_changed)

    # -- what the controls say ----------------------------------------------------------------

    def _say(self, problem: str) -> None:
        self.problem_label.setText(problem)
        self.problem_label.show()

    def chosen(self) -> Preferences:
        """Return the preferences the controls show now."""
        return Preferences(language=self.language_combo.currentData(),
                           theme=self.theme_combo.currentData(), digits=self.digits_spin.value(),
                           font_scale=self.font_spin.value() / 100, default_lr=self.lr_spin.value())

    def _show(self, prefs: Preferences) -> None:
        """Set the controls to `prefs` and apply them (once, however many controls change)."""
        with QSignalBlocker(self.theme_combo), QSignalBlocker(self.font_spin), QSignalBlocker(self.language_combo), \
                QSignalBlocker(self.digits_spin), QSignalBlocker(self.lr_spin):
            self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(prefs.language)))
            self.theme_combo.setCurrentIndex(max(0, self.theme_combo.findData(prefs.theme)))
            self.font_spin.setValue(round(prefs.font_scale * 100))
            self.digits_spin.setValue(prefs.digits)
            self.lr_spin.setValue(prefs.default_lr)
        self._on_control_changed()

    def _on_control_changed(self, *_) -> None:
        chosen = self.chosen()
        apply_preferences(self._window, chosen)
        # The texts were looked up as the window was made: another language waits for the next start.
        language = language_for(chosen.language)
        self.language_note.setText(
            "" if language == current_language() else
            self.tr("bpviz speaks {language} from its next start (this window keeps its language).").format(
                language=LANGUAGES[language]))
        if self.language_note.isVisibleTo(self) != (language != current_language()):
            self.language_note.setVisible(language != current_language())
            self.layout().activate()
            self.resize(self.width(), max(self.height(), self.sizeHint().height()))  # the note whole, never squeezed

    # -- keeping or undoing ---------------------------------------------------------------------

    def apply(self) -> None:
        """Keep what the controls show: in the settings, and as what Cancel now returns to."""
        self._kept = self.chosen()
        self._kept.save(self._window.settings)

    def accept(self) -> None:
        self.apply()
        super().accept()

    def reject(self) -> None:
        apply_preferences(self._window, self._kept)
        super().reject()


def show_preferences(window: "MainWindow") -> PreferencesDialog:
    """Open the Preferences over `window` without blocking (deleted once closed) and return it."""
    presenter = getattr(window, "presenter", None)
    if presenter is not None and presenter.active:
        presenter.leave()  # presenter mode scales the text itself; set the usual size at the desk
    dialog = PreferencesDialog(window)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def restore_preferences(window: "MainWindow", settings: QSettings | None = None) -> Preferences:
    """Apply the preferences kept in `settings` (default: the window's) at a start; return them."""
    prefs = Preferences.load(settings if settings is not None else window.settings)
    apply_preferences(window, prefs)
    return prefs
