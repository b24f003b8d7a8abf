"""The debrief's turning points quote a post with the same straight marks as the levels'
own text and the rest of the line ('Join the beta' beside "Rent in Hangzhou...")."""

from game.core.content.loader import load_level
from game.design.debrief import build_debrief
from game.paths import PROJECT_ROOT
from game.sim.bots import chooser_for
from game.sim.runner import run_episode

CURLY = "\u2018\u2019\u201c\u201d"


def test_a_post_never_written_is_quoted_with_straight_marks() -> None:
    level = load_level(PROJECT_ROOT / "levels" / "sesame_garden.yaml").level
    choose = chooser_for(level, "conformist")
    assert level is not None and choose is not None
    episode = run_episode(level, choose, 1)
    doc = build_debrief(level, 1, episode.actions, episode.outcome, with_costs=False)
    posts = [p.line for p in doc.points if p.kind == "post"]
    assert posts and all('"' in line for line in posts)
    assert not any(mark in p.line for p in doc.points for mark in CURLY)
