"""Edit ▸ Preferences: live changes, OK / Apply / Cancel, settings kept and restored, α for File ▸ New."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from bpviz.ui.shell.preferences import Preferences, PreferencesDialog
from bpviz.ui.look.theme import apply_theme, current_theme, theme_palette

Button = QDialogButtonBox.StandardButton


@pytest.fixture(autouse=True)
def system_theme_after(qapp):
    """Every test ends with the application in the system theme, as the rest of the suite expects."""
    yield
    apply_theme(qapp, "system")


def window_colour() -> QColor:
    return QApplication.palette().color(QPalette.ColorRole.Window)


def open_preferences(window, qtbot) -> PreferencesDialog:
    """Open the dialog with Ctrl+, on the canvas, as a person would, and return it."""
    qtbot.keyClick(window.canvas, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(PreferencesDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def click(qtbot, dialog: PreferencesDialog, button: Button) -> None:
    qtbot.mouseClick(dialog.buttons.button(button), Qt.MouseButton.LeftButton)


def choose_theme(dialog: PreferencesDialog, name: str) -> None:
    dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData(name))


def type_into(qtbot, spin, text: str) -> None:
    spin.selectAll()
    qtbot.keyClicks(spin, text)


def test_the_dialog_opens_on_what_the_window_shows(window, qtbot):
    window.options.digits = 6
    dialog = open_preferences(window, qtbot)
    assert dialog.digits_spin.value() == 6
    assert dialog.font_spin.value() == 100
    assert dialog.theme_combo.currentData() == "system"
    assert dialog.lr_spin.value() == 0.5
    click(qtbot, dialog, Button.Cancel)


def test_typing_digits_changes_the_view_options_at_once(window, qtbot):
    dialog = open_preferences(window, qtbot)
    type_into(qtbot, dialog.digits_spin, "8")
    assert window.options.digits == 8
    assert window.options.fmt(0.1234567891) == "0.12345679"
    checked = [a.text() for a in window.menuBar().findChildren(type(window.actions["new"]))
               if a.isCheckable() and a.isChecked() and "significant" in a.text()]
    assert checked == ["8 significant digits"]  # View ▸ Digits follows
    click(qtbot, dialog, Button.Ok)


def test_cancel_puts_back_every_change(window, qtbot, settings):
    before = window_colour()
    dialog = open_preferences(window, qtbot)
    type_into(qtbot, dialog.digits_spin, "9")
    type_into(qtbot, dialog.font_spin, "150")
    choose_theme(dialog, "dark")
    assert window.options.digits == 9 and window.options.font_scale == 1.5
    assert window_colour() == theme_palette("dark").color(QPalette.ColorRole.Window)
    click(qtbot, dialog, Button.Cancel)
    assert not dialog.isVisible()
    assert window.options.digits == 4 and window.options.font_scale == 1.0
    assert current_theme() == "system" and window_colour() == before
    assert settings.value("view/digits") in (4, "4")
    assert settings.value("appearance/theme") is None


def test_apply_keeps_the_changes_and_cancel_then_returns_to_them(window, qtbot, settings):
    dialog = open_preferences(window, qtbot)
    type_into(qtbot, dialog.digits_spin, "6")
    click(qtbot, dialog, Button.Apply)
    assert settings.value("view/digits") in (6, "6")
    type_into(qtbot, dialog.digits_spin, "3")
    assert window.options.digits == 3
    click(qtbot, dialog, Button.Cancel)
    assert window.options.digits == 6


def test_ok_keeps_the_preferences_and_a_new_window_restores_them(window, qtbot, settings):
    dialog = open_preferences(window, qtbot)
    choose_theme(dialog, "dark")
    type_into(qtbot, dialog.digits_spin, "5")
    type_into(qtbot, dialog.font_spin, "125")
    type_into(qtbot, dialog.lr_spin, "0.25")
    click(qtbot, dialog, Button.Ok)
    assert Preferences.load(settings) == Preferences(theme="dark", digits=5, font_scale=1.25, default_lr=0.25)

    apply_theme(QApplication.instance(), "system")  # as on a fresh start
    from bpviz.ui.shell.main_window import MainWindow

    again = MainWindow(settings=QSettings(settings.fileName(), QSettings.Format.IniFormat))
    qtbot.addWidget(again)
    assert again.options.digits == 5 and again.options.font_scale == 1.25
    assert current_theme() == "dark"
    assert window_colour() == QColor("#2b2b2b")


def test_file_new_starts_with_the_chosen_learning_rate(window, qtbot):
    dialog = open_preferences(window, qtbot)
    type_into(qtbot, dialog.lr_spin, "0.125")
    click(qtbot, dialog, Button.Ok)
    assert window.doc.lr == 0.5  # the open document keeps its own α
    window.actions["new"].trigger()
    assert window.doc.name == "untitled" and window.doc.lr == 0.125
    assert not window.doc.modified
    assert float(window.example_panel.lr_edit.text()) == 0.125


def test_restore_defaults_sets_every_control_back(window, qtbot):
    dialog = open_preferences(window, qtbot)
    choose_theme(dialog, "high_contrast")
    type_into(qtbot, dialog.digits_spin, "12")
    click(qtbot, dialog, Button.RestoreDefaults)
    assert dialog.chosen() == Preferences()
    assert window.options.digits == 4 and current_theme() == "system"
    click(qtbot, dialog, Button.Cancel)


def test_a_damaged_settings_file_gives_the_defaults(tmp_path):
    settings = QSettings(str(tmp_path / "damaged.ini"), QSettings.Format.IniFormat)
    for key, value in (("appearance/theme", "purple"), ("view/digits", "many"),
                       ("view/font_scale", "nan"), ("document/default_lr", "-inf")):
        settings.setValue(key, value)
    assert Preferences.load(settings) == Preferences()


def test_values_out_of_range_are_kept_within_it(tmp_path):
    settings = QSettings(str(tmp_path / "odd.ini"), QSettings.Format.IniFormat)
    Preferences(theme="light", digits=40, font_scale=9.0, default_lr=-2.0).save(settings)
    assert Preferences.load(settings) == Preferences(theme="light", digits=15, font_scale=4.0, default_lr=0.0)


def test_the_language_is_kept_for_the_next_start_and_the_dialog_says_so(window, qtbot):
    dialog = open_preferences(window, qtbot)
    combo = dialog.language_combo
    assert [combo.itemData(k) for k in range(combo.count())] == ["system", "en", "de", "es", "fr", "pt_BR", "zh_CN"]
    assert combo.itemText(3) == "Español" and not dialog.language_note.isVisibleTo(dialog)
    combo.setCurrentIndex(combo.findData("de"))
    assert dialog.language_note.isVisibleTo(dialog) and "Deutsch" in dialog.language_note.text()
    note = dialog.language_note
    assert note.height() >= note.heightForWidth(note.width())  # its lines whole
    assert window.menuBar().actions()[0].text() == "&File"  # this window keeps its language
    click(qtbot, dialog, Button.Ok)
    assert Preferences.load(window.settings).language == "de"


def test_a_language_chosen_or_the_systems_sets_how_numbers_are_typed(qapp):
    from PySide6.QtCore import QLocale

    from bpviz.state.document.parsing import decimal_comma
    from bpviz.ui.shell import i18n

    before = QLocale()
    try:
        assert i18n.language_for("fr") == "fr"
        assert i18n.language_for("system", QLocale("pt_PT")) == "pt_BR"
        assert i18n.language_for("system", QLocale("zh_TW")) == "en"  # no traditional Chinese: English
        assert i18n.language_for("system", QLocale("nl_NL")) == "en"
        assert i18n.start_language(qapp, "en") == "en" and not decimal_comma()
        assert i18n.current_language() == "en"
    finally:
        QLocale.setDefault(before)
