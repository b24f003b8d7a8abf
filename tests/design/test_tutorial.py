"""The tutorial "Your first level in 15 minutes" builds a level that loads and plays."""

from pathlib import Path

from game.core.content.loader import load_level, load_level_text
from game.design.reference import generate
from game.design.tutorial import STEPS, level_text
from game.sim.bots import BUILT_IN, chooser_for
from game.sim.runner import run_episode

FIRST_LEVEL = Path(__file__).parent / "first_level.yaml"


def test_tutorial_file_is_the_sum_of_the_steps():
    assert FIRST_LEVEL.read_text(encoding="utf-8") == level_text()


def test_every_step_of_the_tutorial_is_printed_in_the_reference():
    text = generate()
    for step in STEPS:
        assert step.yaml.rstrip() in text


def test_tutorial_level_validates():
    result = load_level(FIRST_LEVEL)
    assert result.ok, [p.format() for p in result.problems]


def test_tutorial_level_plays_to_its_end_with_a_bot():
    level = load_level(FIRST_LEVEL).level
    episode = run_episode(level, BUILT_IN["conformist"], seed=3)
    assert episode.world.ended
    assert episode.world.day == level.spec.player.days


def test_level_is_incomplete_until_the_debrief_step():
    assert not load_level_text(level_text(len(STEPS) - 1)).ok


def test_the_tutorials_own_bot_throws_the_birthday_party():
    level = load_level(FIRST_LEVEL).level
    bot = chooser_for(level, "tidy_neighbour")
    for seed in range(5):
        episode = run_episode(level, bot, seed=seed)
        assert episode.world.goals.get("party") == "met", seed
