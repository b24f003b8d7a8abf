"""buy: an item from the shop, at the price this player is charged today."""

from collections.abc import Iterator

from game.core import events as ev
from game.core.actions import Action
from game.core.conditions import holds
from game.core.firing import fire_action_rules
from game.core.level_spec import LevelSpec
from game.core.money import change_money, money_text
from game.core.pricing import price_for
from game.core.rules.action import Match
from game.core.spec.catalog import Item
from game.core.verbs.base import Offer, State, Verb, offer
from game.core.world import Draft, World


def _targets(spec: LevelSpec) -> dict[str, frozenset[str]]:
    return {i.id: frozenset(i.tags) for i in spec.items}


def _candidates(w: World) -> Iterator[Offer]:
    tags, owned = w.level.item_tags, w.owned
    for item in w.level.spec.items:
        available = item.available is None or holds(item.available, w)
        if available and not (item.once and owned.get(item.id)):
            price, note = price_for(item, w)
            refusal = _unaffordable(w, item, price)
            yield offer(w, "buy", item.id, "Buy", tags[item.id], refusal, price, note)


def _refusal(w: State, a: Action) -> str | None:
    item = w.level.items.get(a.target)
    if item is None or not holds(item.available, w):
        return "That item is not in the shop today."
    if item.once and w.owned.get(item.id, 0):
        return f"You already have {item.label}."
    price, _ = price_for(item, w)
    return _unaffordable(w, item, price)


def _unaffordable(w: State, item: Item, price: int) -> str | None:
    """The last check of `_refusal`, the only one an item on offer can still fail."""
    return (
        f"{item.label} costs {money_text(price)}; you have {money_text(w.money)}."
        if price > w.money
        else None
    )


def _apply(w: Draft, out: list[ev.Event], a: Action) -> None:
    item = w.level.items[a.target]
    price, note = price_for(item, w)
    change_money(w, out, -price, f"Bought {item.label}")
    w.owned[item.id] = w.owned.get(item.id, 0) + 1
    extra = f" ({note})" if note else ""
    out.append(
        ev.ActionTaken(w.day, str(a), f"You bought {item.label} for {money_text(price)}{extra}.")
    )
    fire_action_rules(
        w, out, Match("buy", item.id, w.level.item_tags[item.id]), f"Bought {item.label}"
    )


BUY = Verb("buy", _targets, _candidates, _refusal, _apply)
