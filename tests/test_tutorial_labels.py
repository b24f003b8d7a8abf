"""The tutorial's first day explains every evidence label a player will meet."""

from pathlib import Path

from game.core import events as ev
from game.core.content.loader import load_level
from game.core.engine import new_world
from game.ui.present import EVIDENCE_LABELS


def _day_one_text() -> str:
    level = load_level(Path("levels/sesame_garden.yaml")).level
    assert level is not None
    _, events = new_world(level, 1)
    return " ".join(e.text for e in events if isinstance(e, ev.BulletinShown))


def test_the_tutorial_names_every_evidence_label_on_day_one():
    text = _day_one_text()
    missing = [label for label in EVIDENCE_LABELS.values() if f"{label}:" not in text]
    assert missing == []
