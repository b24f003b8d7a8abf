"""Sesame Garden offers two ways to the sister's visa; once the player holds a visa, neither
is offered again (each service succeeds once, but the other one stayed on the phone)."""

import dataclasses

import pytest

from game.core.conditions import holds
from game.core.content.loader import load_level
from game.core.engine import new_world
from game.paths import PROJECT_ROOT

VISA_SERVICES = ("visa_sesame", "visa_bank")


@pytest.fixture(scope="module")
def day_five():
    result = load_level(PROJECT_ROOT / "levels" / "sesame_garden.yaml")
    assert result.ok, [p.format() for p in result.problems]
    world, _ = new_world(result.level, 1)
    return dataclasses.replace(world, day=5)


@pytest.mark.parametrize("service", VISA_SERVICES)
def test_a_visa_service_is_on_the_phone_before_the_player_has_a_visa(day_five, service):
    assert holds(day_five.level.services[service].available, day_five)


@pytest.mark.parametrize("service", VISA_SERVICES)
def test_a_visa_service_leaves_the_phone_once_the_player_has_a_visa(day_five, service):
    with_visa = dataclasses.replace(day_five, flags=day_five.flags | {"visa"})
    assert not holds(day_five.level.services[service].available, with_visa)
