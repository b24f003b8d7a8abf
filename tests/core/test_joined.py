"""Whether the player has a score yet is the engine's to say: an opt-in regime's
`score.joined_if`, or from day 1 when a level has none."""

from game.core.actions import Action
from game.core.content.loader import load_level
from game.core.engine import new_world, step
from game.core.scoring import has_joined
from game.paths import PROJECT_ROOT

LEVELS = PROJECT_ROOT / "levels"


def test_a_level_without_joined_if_scores_the_player_from_day_one() -> None:
    level = load_level(LEVELS / "nosedive.yaml").level
    assert level.spec.score.joined_if is None
    assert has_joined(new_world(level, 1)[0])


def test_an_opt_in_level_s_player_has_a_score_once_its_condition_holds() -> None:
    level = load_level(LEVELS / "sesame_garden.yaml").level
    world, _ = new_world(level, 1)
    assert not has_joined(world)
    world, _ = step(world, Action("answer", "join_beta", "join"))
    assert "joined" in world.flags and has_joined(world)
