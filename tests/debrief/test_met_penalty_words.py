"""A truth card met through a restriction or a perk says so in plain English: 'you got the
penalty 'No plane tickets'' (it said 'a restriction on you, No plane tickets')."""

from pathlib import Path

import pytest

from game.core.content.loader import load_level
from game.core.level import Level
from game.design.debrief.met import meetings
from game.sim.bots import chooser_for
from game.sim.runner import run_episode

LEVELS = Path(__file__).parents[2] / "levels"


def _lines(level_id: str, strategy: str, seeds: range) -> set[str]:
    level: Level = load_level(LEVELS / f"{level_id}.yaml").level
    out = set()
    for seed in seeds:
        o = run_episode(level, chooser_for(level, strategy), seed).outcome
        out |= {m.line for m in meetings(level.spec, o, str)}
    return out


@pytest.fixture(scope="module")
def listed() -> set[str]:
    """The List played by the dissident bot, who is listed on day 3 or 4."""
    return _lines("the_list", "dissident", range(3))


def test_a_restriction_met_is_a_penalty_you_got_named_in_quotes(listed):
    assert any(
        line.endswith(": you got the penalty 'Your name and ID number are published'.")
        for line in listed
    ), sorted(listed)


def test_no_met_line_says_a_restriction_on_you_or_a_perk_you_held(listed):
    perks = _lines("sesame_garden", "maximiser", range(3))
    said = [ln for ln in listed | perks if "a restriction on you" in ln or "a perk you held" in ln]
    assert not said, said
    assert any(": you got the perk '" in ln for ln in perks), sorted(perks)
