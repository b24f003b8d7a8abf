"""A playing session frees a scene's widgets as soon as the scene leaves."""

from __future__ import annotations

import gc
import weakref
from typing import TYPE_CHECKING

from game.ui.scenes.overlays import HelpScene

if TYPE_CHECKING:
    from game.ui.app import App


def _help_widget_after_pop(app: App) -> weakref.ref:
    app.push(HelpScene(app.kit, app))
    app.tick(0.016)
    widget = weakref.ref(app.top.widgets[-1])
    app.pop()
    return widget


def test_after_settle_memory_a_closed_dialogs_widgets_are_freed_at_once(app: App) -> None:
    app.settle_memory()
    try:
        gone = _help_widget_after_pop(app)
        assert gone() is None
    finally:
        gc.unfreeze()


def test_settle_memory_freezes_what_start_up_made(app: App) -> None:
    app.settle_memory()
    try:
        assert gc.get_freeze_count() > 0 and app.collect_on_exit
    finally:
        gc.unfreeze()
