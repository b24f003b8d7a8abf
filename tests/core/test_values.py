"""quick_init: value classes made through slot setters behave like ordinary frozen dataclasses."""

import pickle
from dataclasses import FrozenInstanceError, dataclass, field, replace

import pytest

from game.core import events as ev
from game.core.actions import Action
from game.core.values import quick_init
from game.core.verbs import Offer


def test_a_quick_value_has_its_fields_defaults_and_equality():
    offer = Offer(Action("buy", "tea"), "Buy", frozenset({"food"}), price=3)
    assert (offer.refusal, offer.price, offer.target_score) == (None, 3, None)
    assert offer == Offer(Action("buy", "tea"), "Buy", frozenset({"food"}), None, 3)
    assert hash(offer.action) == hash(Action("buy", "tea"))


def test_a_quick_value_stays_frozen():
    with pytest.raises(FrozenInstanceError):
        Action("buy", "tea").verb = "post"  # type: ignore[misc]


def test_an_event_keeps_its_inherited_day_through_replace_and_pickle():
    event = ev.PerkGranted(3, "fast_lane")
    assert replace(event, day=4) == ev.PerkGranted(4, "fast_lane")
    assert pickle.loads(pickle.dumps(event)) == event


def test_a_missing_argument_is_a_type_error_as_with_dataclasses():
    with pytest.raises(TypeError):
        ev.PerkGranted(3)  # type: ignore[call-arg]


def test_a_class_with_a_default_factory_is_refused():
    with pytest.raises(TypeError, match="plain fields"):

        @quick_init
        @dataclass(frozen=True, slots=True)
        class Bag:
            items: list[int] = field(default_factory=list)
