"""A service card names its service, so its refusal must not name it again: the offer says
which check refused it and gives the reason without the service's name."""

from __future__ import annotations

from game.core.actions import END_DAY, Action
from game.core.content.loader import load_level
from game.core.engine import new_world, step
from game.core.level import Level
from game.core.offers import offer_for, offers
from game.core.verbs import Refused
from game.core.world import World
from game.paths import shipped
from game.sim.bots import chooser_for
from game.sim.runner import run_episode


def _bot_actions(level_id: str, strategy: str) -> tuple[Level, list[Action]]:
    level = load_level(shipped("levels") / f"{level_id}.yaml").level
    assert level is not None
    choose = chooser_for(level, strategy)
    assert choose is not None
    return level, list(run_episode(level, choose, 1).actions)


def _world_after(level_id: str, strategy: str, cut: int | None = None, days: int | None = None):
    level, actions = _bot_actions(level_id, strategy)
    if days is not None:
        cut = [i for i, a in enumerate(actions) if a == END_DAY][days - 1] + 1
    world: World = new_world(level, 1)[0]
    for action in actions[:cut]:
        world, _ = step(world, action)
    return world


def test_an_offer_refused_for_its_price_says_so_in_a_field_of_its_own() -> None:
    world = _world_after("sesame_garden", "conformist", cut=23)
    car = offer_for(world, Action("apply", "rent_car"))
    assert car is not None and car.refusal is not None
    assert car.refused_for is Refused.PRICE
    assert car.reason == "It costs 200 (deposit waived); you have 141."


def test_an_offer_refused_by_a_restriction_gives_its_reason_without_the_services_name() -> None:
    world = _world_after("citizen_score_2020", "dissident", days=7)
    train = offer_for(world, Action("apply", "train_grandma"))
    assert train is not None and train.refusal is not None
    assert train.refused_for is Refused.RESTRICTION
    assert train.reason == (
        "No train or plane tickets. Press guess: low scorers cannot travel. Real bans hit "
        "court debtors and some passengers."
    )


def test_every_refused_offer_says_which_check_refused_it_and_why() -> None:
    level, actions = _bot_actions("citizen_score_2020", "dissident")
    world, _ = new_world(level, 1)
    kinds = set()
    for action in actions:
        for o in offers(world):
            assert (o.refusal is None) == (o.refused_for is None) == (o.reason is None), o
            kinds.add(o.refused_for)
        world, _ = step(world, action)
    assert {Refused.TIME, Refused.RESTRICTION} <= kinds
