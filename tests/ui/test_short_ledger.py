"""The phone's ledger stays short late in a level: earlier days share one card, each entry
once with its days and count; today's, yesterday's and disputable changes keep their own."""

from __future__ import annotations

from html import escape
from pathlib import Path

from game.core import events as ev
from game.core.actions import END_DAY
from game.core.content.loader import load_level
from game.ui import present
from game.ui.play import PlaySession
from game.ui.scenes.day import DayScene

LEVELS = Path(__file__).parents[2] / "levels"


def _change(day: int, delta: int, reason: str, change_id: int) -> ev.ScoreChanged:
    return ev.ScoreChanged(
        day, delta, "behaviour", reason, "r", "f:1:1", "game", (), 600, "Evening", change_id
    )


def test_the_same_entry_on_several_earlier_days_reads_once_with_its_days_and_count():
    level = load_level(LEVELS / "sesame_garden.yaml").level
    changes = [_change(d, -4, "Xiaoyu pulls you down.", d) for d in (3, 2, 1)]
    text = present.ledger_earlier_markup(level, changes)
    assert text.count("Xiaoyu pulls you down.") == 1
    assert "Days 1-3</b>, \u00d73" in text


def test_a_late_ledger_has_fewer_cards_than_changes_and_names_every_reason(app) -> None:
    level = load_level(LEVELS / "nosedive.yaml").level
    session = PlaySession.start(level, 1)
    while session.world.day < level.spec.player.days:
        session.act(END_DAY)
    app.director.play(session)
    app.tick(0.016)
    while not isinstance(app.top, DayScene):
        app.pop()
        app.tick(0.016)
    rows = app.top._ledger_rows()
    changes = session.changes()
    text = " ".join(r.markup for r in rows)
    assert len(rows) - 1 < len(changes) / 2
    assert all(escape(c.reason) in text for c in changes)


def test_an_entry_on_days_apart_names_its_days_not_the_span_between_them():
    level = load_level(LEVELS / "sesame_garden.yaml").level
    changes = [_change(d, 2, "Friends pull.", d) for d in (1, 5, 6)]
    text = present.ledger_earlier_markup(level, changes)
    assert "Days 1, 5-6</b>, \u00d73" in text
