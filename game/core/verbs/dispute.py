"""dispute: contest a score change the regime admits may be an error (FICO-style rights).

`score.dispute_chance` is the chance it is upheld, `score.dispute_fee` what it costs,
`score.dispute_delay` the days before an upheld correction lands. The
draw comes from a generator seeded by the level seed and the change, so a replay agrees and
the world's own stream is untouched. Upheld or not, a change is disputed only once.
"""

from collections.abc import Iterator

import numpy as np

from game.core import events as ev
from game.core.actions import Action
from game.core.firing import fire_action_rules
from game.core.level_spec import LevelSpec
from game.core.money import change_money, money_text
from game.core.rules.action import Match
from game.core.scoring import change_score
from game.core.verbs.base import Offer, State, Verb, offer
from game.core.world import Draft, World


def _targets(spec: LevelSpec) -> dict[str, frozenset[str]]:
    return {r.id: frozenset() for r in spec.rules if r.disputable} if spec.score.dispute else {}


def _candidates(w: World) -> Iterator[Offer]:
    """Each change still disputable: of `_refusal`'s checks only the fee is left."""
    if w.level.spec.score.dispute:
        refusal = _unaffordable(w)
        for change_id in sorted(w.disputable):
            yield offer(w, "dispute", str(change_id), "Dispute", _NO_TAGS, refusal)


_NO_TAGS: frozenset[str] = frozenset()


def _refusal(w: State, a: Action) -> str | None:
    score = w.level.spec.score
    if not score.dispute:
        return "There is no way to dispute a score change here."
    change_id = int(a.target) if a.target.isdigit() else -1
    if change_id not in w.disputable:
        return "That change cannot be disputed."
    return _unaffordable(w)


def _unaffordable(w: State) -> str | None:
    """The last check of `_refusal`, the only one a change on offer can still fail."""
    fee = w.level.spec.score.dispute_fee
    return (
        f"A dispute costs {money_text(fee)}; you have {money_text(w.money)}."
        if fee > w.money
        else None
    )


def upheld(seed: int, change_id: int, chance: float) -> bool:
    """Whether the dispute of this change succeeds, the same way every replay."""
    if chance >= 1:
        return True
    return bool(np.random.default_rng([seed, change_id, 0xD15]).random() < chance)


def _apply(w: Draft, out: list[ev.Event], a: Action) -> None:
    score = w.level.spec.score
    change_id = int(a.target)
    rule_id, delta, factor = w.disputable.pop(change_id)
    change_money(w, out, -score.dispute_fee, "Dispute fee")
    if not upheld(w.seed, change_id, score.dispute_chance):
        out.append(ev.ActionTaken(w.day, str(a), "Your dispute was rejected: the change stands."))
        fire_action_rules(w, out, Match("dispute", rule_id, frozenset()), "Your dispute")
        return
    change_score(
        w,
        out,
        delta=-delta,
        factor=factor,
        reason="Dispute upheld: the error was corrected.",
        rule_id=rule_id,
        evidence="game",
        sources=(),
        cause="Your dispute",
        due=w.day + score.dispute_delay if score.dispute_delay else 0,
    )
    later = f" The correction lands in {score.dispute_delay} days." if score.dispute_delay else ""
    out.append(ev.ActionTaken(w.day, str(a), "Your dispute was upheld." + later))
    fire_action_rules(w, out, Match("dispute", rule_id, frozenset()), "Your dispute")


DISPUTE = Verb("dispute", _targets, _candidates, _refusal, _apply)
