"""Recovery at start: offer the work a crashed bpviz left, then keep this window's work safe.

The copies, their locks and the autosave timing live in bpviz/state/document/autosave.py; this module
asks the person (through the window's Dialogs) and opens what they choose to restore.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from bpviz.state.document import autosave
from bpviz.state.document.autosave import Autosave

from bpviz.ui.shell.i18n import tr

if TYPE_CHECKING:
    from bpviz.ui.shell.main_window import MainWindow


def start_recovery(window: "MainWindow", folder: Path | None = None) -> bool:
    """Offer each copy left by a crash, newest first, then autosave the window's document.

    One copy can be restored into the window; the copies after it stay for the next start.
    Declined copies are removed, "later" ones kept, unreadable ones set aside. Return True
    when the window now holds restored work.
    """
    folder = Path(folder) if folder is not None else autosave.recovery_folder()
    restored = None
    leftovers = autosave.claim_leftovers(folder)
    for index, leftover in enumerate(leftovers):
        if restored is not None:
            leftover.release()
            continue
        try:
            work = leftover.read()
        except (OSError, ValueError) as error:
            leftover.set_aside()
            reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
            window.show_message(tr("A recovery copy could not be read ({reason}); it was set "
                                   "aside in {folder}.", "recovery").format(reason=reason, folder=folder))
            continue
        when = _when(work.saved_at)
        standing = work.standing()
        if standing == "outdated":  # saved after this copy was taken: it must not roll the file back
            leftover.set_aside(autosave.OUTDATED_SUFFIX)
            window.show_message(tr("A recovery copy of “{name}” from {when} is older than {path}, which was "
                                   "saved after it; the copy was set aside in {folder}.", "recovery").format(
                                       name=work.name, when=when, path=work.path, folder=folder))
            continue
        window.show()  # the question appears over the window it will fill
        answer = window.dialogs.restore_recovered(window, work.name, when)
        if answer == "restore":
            trusted = work.path if standing == "current" else None  # else Save asks where
            window.doc.open_recovered(work.preset, work.name, trusted, work.base)
            window.apply_layout("train" if window.doc.lab.dataset is not None else "step")
            leftover.remove()
            restored = (work.name, when, len(leftovers) - index - 1)
        elif answer == "discard":
            leftover.remove()
        else:
            leftover.release()
    window.autosave = Autosave(window.doc, folder, parent=window)
    window.autosave.problemRaised.connect(window.show_message)
    if restored is not None:
        window.show_message(_restored_message(*restored))
    return restored is not None


def _when(saved_at: datetime) -> str:
    """Return the time of a copy as the question shows it: HH:MM today, with the date before."""
    if saved_at.date() == datetime.now().date():
        return saved_at.strftime("%H:%M")
    return saved_at.strftime("%Y-%m-%d %H:%M")


def _restored_message(name: str, when: str, more: int) -> str:
    text = tr("Restored the unsaved work of “{name}” from {when}. Save it to keep it.",
              "recovery").format(name=name, when=when)
    if more == 1:
        text += " " + tr("One more copy of unsaved work will be offered the next time bpviz starts.",
                         "recovery")
    elif more > 1:
        text += " " + tr("{count} more copies of unsaved work will be offered the next time bpviz "
                         "starts.", "recovery").format(count=more)
    return text
