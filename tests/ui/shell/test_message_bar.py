"""The message bar: a passing warning goes when the person moves on; a report with an action stays."""

from PySide6.QtCore import Qt

from bpviz.ui.shell.message_bar import MessageAction, MessageBar


def test_a_plain_warning_ends_with_the_next_good_edit(show_widget):
    bar = show_widget(MessageBar(), 600, 80)
    bar.show_message("That is not a number.")
    assert bar.text() == "That is not a number." and not bar.action_button.isVisible()
    bar.end_warning()
    assert bar.text() == ""


def test_a_message_with_an_action_stays_and_runs_it(show_widget, qtbot):
    bar = show_widget(MessageBar(), 600, 80)
    ran = []
    bar.show_message("Something went wrong.", MessageAction("Copy details", lambda: ran.append(1),
                                                            "Copied"))
    bar.end_warning()
    assert bar.text() == "Something went wrong." and bar.action_button.text() == "Copy details"
    qtbot.mouseClick(bar.action_button, Qt.MouseButton.LeftButton)
    assert ran == [1] and bar.action_button.text() == "Copied"
    bar.show_message("A plain one.")  # the next message brings no stale button
    assert not bar.action_button.isVisible()
    bar.end_warning()
    assert bar.text() == ""
