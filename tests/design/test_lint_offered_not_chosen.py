"""Lint's bot runs tell a gated service the engine offered on some days, and the bots passed
over, from one whose gate never let it through, as `simulate` does."""

from game.core.content.loader import load_level
from game.design.check_play import simulate
from game.design.tutorial import level_text

GATE = "    blocked_by: [no_hall]\n"


def _misses(tmp_path, requires: str) -> list[str]:
    path = tmp_path / "level.yaml"
    path.write_text(level_text().replace(GATE, GATE + f"    requires: {requires}\n", 1))
    level = load_level(path).level
    assert level is not None
    return list(simulate(level).misses.get("party", {}))


def test_a_service_offered_on_some_days_is_said_to_be_passed_over(tmp_path):
    misses = _misses(tmp_path, "{day_at_most: 2}")
    assert any("offered on 2 of 4 days, but the bot chose other actions" in m for m in misses)
    assert not any("did not hold" in m for m in misses), misses


def test_a_service_whose_requires_never_held_names_its_requires(tmp_path):
    misses = _misses(tmp_path, "{score_at_least: 99}")
    never = (
        "not used_service: hall (never applied for: its requires score_at_least: 99 did not hold)"
    )
    assert never in misses
    assert not any("offered on" in m for m in misses), misses
