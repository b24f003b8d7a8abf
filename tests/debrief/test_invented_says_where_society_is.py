"""The Invented page tells the player where the society view is: it is the debrief's own
Society page, not something "after the debrief", which would send a player looking for a
screen that never comes."""

from game.core.content.loader import load_level
from game.paths import PROJECT_ROOT

LEVELS = sorted((PROJECT_ROOT / "levels").glob("*.yaml"))


def test_no_level_says_the_society_view_comes_after_the_debrief():
    saying = []
    for path in LEVELS:
        level = load_level(path).level
        assert level is not None, path
        if "after the debrief" in (level.spec.debrief.invented or ""):
            saying.append(path.stem)
    assert not saying, saying
