"""help: lend money to someone who asked; their score rises, and they may pay it back."""

from collections.abc import Iterator

from game.core import events as ev
from game.core.actions import Action
from game.core.firing import fire_action_rules
from game.core.level_spec import LevelSpec
from game.core.money import change_money
from game.core.verbs.base import Offer, State, Verb
from game.core.verbs.people import character_match, character_tags
from game.core.world import Draft, World


def _targets(spec: LevelSpec) -> dict[str, frozenset[str]]:
    return {c.id: character_tags(c) for c in spec.characters if c.help is not None}


def _candidates(w: World) -> Iterator[Offer]:
    for c in w.level.spec.characters:
        if c.help and w.day >= c.help.from_day and c.id not in w.helped:
            action = Action("help", c.id)
            yield Offer(
                action,
                f"Lend {c.help.amount}",
                w.level.character_tags[c.id],
                _refusal(w, action),
                c.help.amount,
                target_score=w.char_score(c.id),
            )


def _refusal(w: State, a: Action) -> str | None:
    c = w.level.characters.get(a.target)
    if c is None or c.help is None or w.day < c.help.from_day:
        return "They have not asked for help."
    if c.id in w.helped:
        return f"You already helped {c.name}."
    if c.help.amount > w.money:
        return f"{c.name} needs {c.help.amount}; you have {w.money}."
    return None


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
    out.append(ev.ActionTaken(w.day, str(a), f"You lent {c.help.amount} to {c.name}."))
    fire_action_rules(w, out, character_match(w, "help", c.id), f"Helped {c.name}")


HELP = Verb("help", _targets, _candidates, _refusal, _apply)
