"""help: lend money to someone who asked; their score rises, and they may pay it back."""

from collections.abc import Iterator

from game.core import events as ev
from game.core.actions import Action
from game.core.firing import fire_action_rules
from game.core.level_spec import LevelSpec
from game.core.money import change_money, money_text
from game.core.spec.characters import Character
from game.core.verbs.base import Offer, State, Verb, offer
from game.core.verbs.people import character_match, character_tags
from game.core.world import Draft, World


def _targets(spec: LevelSpec) -> dict[str, frozenset[str]]:
    return {c.id: character_tags(c) for c in spec.characters if c.help is not None}


def _candidates(w: World) -> Iterator[Offer]:
    """Who asked and was not helped yet; of `_refusal`'s checks only the money one is left."""
    tags, day, helped, scores = w.level.character_tags, w.day, w.helped, w.char_scores
    for i, c in enumerate(w.level.spec.characters):  # char_scores are in this order
        if c.help and day >= c.help.from_day and c.id not in helped:
            yield offer(
                w,
                "help",
                c.id,
                f"Lend {money_text(c.help.amount)}",
                tags[c.id],
                _unaffordable(w, c),
                c.help.amount,
                target_score=round(scores[i]),
            )


def _refusal(w: State, a: Action) -> str | None:
    c = w.level.characters.get(a.target)
    if c is None or c.help is None or w.day < c.help.from_day:
        return "They have not asked for help."
    if c.id in w.helped:
        return f"You already helped {c.name}."
    return _unaffordable(w, c)


def _unaffordable(w: State, c: Character) -> str | None:
    """The last check of `_refusal`, the only one a request on offer can still fail."""
    assert c.help is not None
    return (
        f"{c.name} needs {money_text(c.help.amount)}; you have {money_text(w.money)}."
        if c.help.amount > w.money
        else None
    )


def _apply(w: Draft, out: list[ev.Event], a: Action) -> None:
    c = w.level.characters[a.target]
    assert c.help is not None  # checked by _refusal
    change_money(w, out, -c.help.amount, f"Lent to {c.name}")
    w.helped = w.helped | {c.id}
    index = w.level.character_index[c.id]
    w.char_scores = tuple(
        s + (c.help.score_boost if i == index else 0) for i, s in enumerate(w.char_scores)
    )
    if c.help.repay_day_after:
        w.loans = (*w.loans, (c.id, c.help.amount, w.day + c.help.repay_day_after))
    out.append(ev.ActionTaken(w.day, str(a), f"You lent {money_text(c.help.amount)} to {c.name}."))
    fire_action_rules(w, out, character_match(w, "help", c.id), f"Helped {c.name}")


HELP = Verb("help", _targets, _candidates, _refusal, _apply)
