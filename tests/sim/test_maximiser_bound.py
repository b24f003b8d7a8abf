"""The maximiser's look-ahead is bounded per choice, so a level at the list limits plays in
seconds; on the shipped levels it still looks at every offer."""

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

import game.sim.bots as bots
from game.core.actions import Action
from game.core.content.loader import load_level
from game.core.level import Level
from game.core.verbs import Offer
from game.core.world import World
from game.sim.runner import run_episode
from tests.sim.largest_level import largest_level

LEVELS = Path(__file__).parents[2] / "levels"


def _looks_per_choice(
    level: Level, monkeypatch: pytest.MonkeyPatch, days: int
) -> list[tuple[int, int, int]]:
    """(offers, engine steps the maximiser took, rule checks they cost) for each choice
    without a question to answer, over the first `days` days of seed 0."""
    steps: list[Action] = []
    real_step = bots.step

    def counting_step(world: World, action: Action) -> object:
        steps.append(action)
        return real_step(world, action)

    monkeypatch.setattr(bots, "step", counting_step)
    looks = []

    def choose(world: World, offers: Sequence[Offer], rng: np.random.Generator) -> Action:
        steps.clear()
        action = bots.maximiser_bot(world, offers, rng)
        if not any(o.action.verb == "answer" for o in offers):
            by_action = {o.action: o for o in offers}
            cost = sum(bots.lookahead_cost(level, by_action[a]) for a in steps)
            looks.append((len(offers), len(steps), cost))
        return action

    run_episode(level, choose, 0, until_day=days + 1)
    return looks


def test_the_maximiser_looks_ahead_within_its_bounds_on_a_level_at_the_list_limits(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    looks = _looks_per_choice(largest_level(tmp_path), monkeypatch, days=2)
    assert max(offers for offers, _, _ in looks) > bots.MAX_LOOKAHEAD
    assert all(steps <= bots.MAX_LOOKAHEAD for _, steps, _ in looks)
    assert all(cost <= bots.LOOKAHEAD_CHECKS for _, _, cost in looks)


def test_the_maximiser_still_looks_at_something_past_its_bounds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    looks = _looks_per_choice(largest_level(tmp_path), monkeypatch, days=1)
    assert all(steps >= min(offers, 2) for offers, steps, _ in looks)  # the day's end and more


@pytest.mark.parametrize("name", ["nosedive", "the_list"])
def test_the_maximiser_looks_at_every_offer_on_a_shipped_level(
    name: str, monkeypatch: pytest.MonkeyPatch
):
    level = load_level(LEVELS / f"{name}.yaml").level
    assert level is not None
    looks = _looks_per_choice(level, monkeypatch, days=level.spec.player.days)
    assert all(steps == offers for offers, steps, _ in looks)
