"""What things cost for this player right now (perk discounts, device-based pricing)."""

from game.core.conditions import holds
from game.core.spec.catalog import Item
from game.core.spec.services import Service


def price_for(entry: Item | Service, world: object) -> tuple[int, str | None]:
    """The price and, when it differs from the list price, why."""
    for rule in entry.price_if:
        if holds(rule.when, world):
            return rule.price, rule.note
    return entry.price, None
