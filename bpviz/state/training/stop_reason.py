"""Why a run of training ended by itself, in the words the window says it with."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from bpviz.engine.training.training import EpochStats, TrainingSettings
from bpviz.state.document.view_options import percent


def _tr(text: str) -> str:
    return QCoreApplication.translate("TrainingSession", text)  # the session's own context


def stop_reason(settings: TrainingSettings, stats: EpochStats, stop_at: int | None, run_from: int | None) -> str:
    """Return why the run ends after epoch `stats` (a target met, or the `stop_at` epochs asked
    for since `run_from` done), or "" when it goes on."""
    target = settings.target_met(stats)
    if target == "accuracy":
        return _tr("Stopped at epoch {n}: the training accuracy, {value}, reached its target "
                   "of {target}.").format(n=stats.epoch, value=percent(stats.train_accuracy),
                                          target=percent(settings.stop_accuracy))
    if target is not None:
        return _tr("Stopped at epoch {n}: the training loss, {value:.6g}, fell to its target "
                   "of {target:g}.").format(n=stats.epoch, value=stats.train_loss, target=settings.stop_loss)
    if stop_at is not None and stats.epoch >= stop_at:
        return _tr("Stopped at epoch {n}, after the {done} epochs asked for.").format(
            n=stats.epoch, done=stop_at - (run_from or 0))
    return ""
