"""The only code that moves money: every change is a MoneyChanged event with its reason."""

from game.core import events as ev
from game.core.world import Draft


def money_text(amount: int) -> str:
    """An amount as the player reads it, in every screen and message: 12,500, not 12500
    (and a minus sign, not a hyphen, for less than nothing)."""
    return f"{amount:,}" if amount >= 0 else f"\u2212{-amount:,}"


def change_money(w: Draft, out: list[ev.Event], delta: int, reason: str) -> None:
    """Add `delta` (negative to spend) and report it; a zero change reports nothing."""
    if delta == 0:
        return
    w.money += delta
    out.append(ev.MoneyChanged(w.day, delta, reason, w.money))
