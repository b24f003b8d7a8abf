"""apply: ask for a service (a loan, a ticket, a job); gates and prices decide.

A refused application costs nothing and fires no rule: only a granted one does.
"""

from collections.abc import Iterator

from game.core import events as ev
from game.core.actions import Action
from game.core.conditions import holds
from game.core.effects import apply_effects
from game.core.firing import fire_action_rules
from game.core.level_spec import LevelSpec
from game.core.money import change_money, money_text
from game.core.pricing import price_for
from game.core.rules.action import Match
from game.core.scoring import worst_factors
from game.core.spec.conditions import Condition
from game.core.spec.services import Service
from game.core.verbs.base import Offer, Refused, State, Verb, offer
from game.core.world import Draft, World


def _targets(spec: LevelSpec) -> dict[str, frozenset[str]]:
    return {s.id: frozenset({s.category}) for s in spec.services}


def _candidates(w: World) -> Iterator[Offer]:
    used = w.used_services
    for s in w.level.spec.services:
        available = s.available is None or holds(s.available, w)
        if available and not (s.once and s.id in used):
            price, note = price_for(s, w)
            tags = frozenset({s.category})
            gate = _gate(w, s, price, note)
            if gate is None:
                yield offer(w, "apply", s.id, s.button, tags, None, price, note)
                continue
            why, refusal, reason = gate
            yield offer(w, "apply", s.id, s.button, tags, refusal, price, note, None, why, reason)


def _refusal(w: State, a: Action) -> str | None:
    s = w.level.services.get(a.target)
    if s is None or not holds(s.available, w):
        return "That service is not offered."
    if s.once and s.id in w.used_services:
        return f"You already have: {s.label}."
    price, note = price_for(s, w)
    gate = _gate(w, s, price, note)
    return None if gate is None else gate[1]


def refused_by(label: str) -> str:
    """How a refusal by a restriction starts: the service's name, for a toast or the news,
    where nothing else names it (a card that shows the name can leave this out)."""
    return f"{label} refused: "


def _gate(w: State, s: Service, price: int, note: str | None) -> tuple[Refused, str, str] | None:
    """The checks of `_refusal` a service on offer can still fail (gates, then the price):
    which refused it, the engine's sentence, and the reason without the service's name."""
    blocked = [r for r in s.blocked_by if r in w.restrictions] if s.blocked_by else None
    if blocked:
        r = w.level.restrictions[blocked[0]]
        reason = f"{r.label}." + (f" {r.description}" if r.description else "")
        if blocked[0] in w.level.tier_for(w.score).restrictions:
            reason += _adverse_action_notice(w)
        return Refused.RESTRICTION, refused_by(s.label) + reason, reason
    if s.requires is not None and not holds(s.requires, w):
        text = s.refusal + (_adverse_action_notice(w) if _score_gated(s.requires) else "")
        return Refused.REQUIREMENT, text, text
    if price > w.money:
        cost, have = money_text(price), money_text(w.money)
        why = f" ({note})" if note else ""
        return (
            Refused.PRICE,
            f"{s.label} costs {cost}; you have {have}.",
            f"It costs {cost}{why}; you have {have}.",
        )
    return None


_SCORE_KEYS = frozenset({"score_at_least", "score_below", "tier_in"})


def _score_gated(requires: Condition) -> bool:
    return bool(requires.model_fields_set & _SCORE_KEYS)


def _adverse_action_notice(w: State) -> str:
    """Where the law requires it, a refusal based on the score names the factors that hurt."""
    if not w.level.spec.score.adverse_action_notices:
        return ""
    worst = worst_factors(w)
    return " Main factors: " + ", ".join(worst) + "." if worst else ""


def _apply(w: Draft, out: list[ev.Event], a: Action) -> None:
    s = w.level.services[a.target]
    price, note = price_for(s, w)
    change_money(w, out, -price, s.label)
    w.used_services = w.used_services | {s.id}
    extra = f" ({note})" if note else ""
    out.append(ev.ServiceUsed(w.day, s.id, price, s.outcome + extra))
    apply_effects(w, out, s.effects, s.id, s.label)
    fire_action_rules(w, out, Match("apply", s.id, frozenset({s.category})), s.label)


APPLY = Verb("apply", _targets, _candidates, _refusal, _apply)
