"""One handler per player verb: check first, then change the draft.

A handler returns the reason the action is refused (the world is then left untouched) or
None once it has applied the action.
"""

from collections.abc import Callable

from game.core import events as ev
from game.core.actions import Action
from game.core.conditions import holds
from game.core.effects import apply_effects, publish_post
from game.core.firing import fire_action_rules
from game.core.pricing import price_for
from game.core.rules.action import Match
from game.core.scoring import change_score, worst_factors
from game.core.spec.conditions import Condition
from game.core.world import Draft

Handler = Callable[[Draft, list[ev.Event], Action], str | None]


def _buy(w: Draft, out: list[ev.Event], a: Action) -> str | None:
    item = w.level.items.get(a.target)
    if item is None or not holds(item.available, w):
        return "That item is not in the shop today."
    if item.once and w.owned.get(item.id, 0):
        return f"You already have {item.label}."
    price, note = price_for(item, w)
    if price > w.money:
        return f"{item.label} costs {price}; you have {w.money}."
    w.money -= price
    w.owned[item.id] = w.owned.get(item.id, 0) + 1
    extra = f" ({note})" if note else ""
    out.append(ev.ActionTaken(w.day, str(a), f"You bought {item.label} for {price}{extra}."))
    fire_action_rules(w, out, Match("buy", item.id, frozenset(item.tags)), f"Bought {item.label}")
    return None


def _post(w: Draft, out: list[ev.Event], a: Action) -> str | None:
    post = w.level.posts.get(a.target)
    if post is None or not holds(post.available, w):
        return "That post is not an option today."
    if post.id in w.posted:
        return "You already published that post."
    out.append(ev.ActionTaken(w.day, str(a), f"You posted: {post.text}"))
    publish_post(w, out, post.id, fabricated=False)
    return None


def _react(w: Draft, out: list[ev.Event], a: Action) -> str | None:
    post = w.level.feed.get(a.target)
    if post is None or all(pid != a.target for _, pid in w.feed):
        return "That post is not in your feed."
    key = f"{a.verb}:{post.id}"
    if key in w.reacted:
        return f"You already did that ({a.verb})."
    w.reacted = w.reacted | {key}
    author = w.level.characters[post.author]
    verb = "liked" if a.verb == "like" else "shared"
    out.append(ev.ActionTaken(w.day, str(a), f"You {verb} {author.name}'s post."))
    match = Match(a.verb, post.id, frozenset(post.tags), w.char_score(post.author))
    fire_action_rules(w, out, match, f"You {verb} a post by {author.name}")
    return None


def _character_match(w: Draft, verb: str, cid: str) -> Match:
    c = w.level.characters[cid]
    return Match(verb, cid, frozenset((*c.tags, c.relation.value)), w.char_score(cid))


def _befriend(w: Draft, out: list[ev.Event], a: Action) -> str | None:
    c = w.level.characters.get(a.target)
    if c is None:
        return "Nobody by that name."
    if c.id in w.friends:
        return f"{c.name} is already your friend."
    w.friends = w.friends | {c.id}
    out.append(ev.FriendAdded(w.day, c.id))
    out.append(ev.ActionTaken(w.day, str(a), f"You and {c.name} are now friends."))
    fire_action_rules(w, out, _character_match(w, "befriend", c.id), f"Befriended {c.name}")
    return None


def _unfriend(w: Draft, out: list[ev.Event], a: Action) -> str | None:
    c = w.level.characters.get(a.target)
    if c is None or c.id not in w.friends:
        return "That person is not your friend."
    w.friends = w.friends - {c.id}
    out.append(ev.FriendLost(w.day, c.id, "You removed them."))
    out.append(ev.ActionTaken(w.day, str(a), f"You unfriended {c.name}."))
    fire_action_rules(w, out, _character_match(w, "unfriend", c.id), f"Unfriended {c.name}")
    return None


def _help(w: Draft, out: list[ev.Event], a: Action) -> str | None:
    c = w.level.characters.get(a.target)
    if c is None or c.help is None or w.day < c.help.from_day:
        return "They have not asked for help."
    if c.id in w.helped:
        return f"You already helped {c.name}."
    if c.help.amount > w.money:
        return f"{c.name} needs {c.help.amount}; you have {w.money}."
    w.money -= c.help.amount
    w.helped = w.helped | {c.id}
    index = w.level.character_ids.index(c.id)
    w.char_scores = tuple(
        s + (c.help.score_boost if i == index else 0) for i, s in enumerate(w.char_scores)
    )
    if c.help.repay_day_after:
        w.loans = (*w.loans, (c.id, c.help.amount, w.day + c.help.repay_day_after))
    out.append(ev.ActionTaken(w.day, str(a), f"You lent {c.help.amount} to {c.name}."))
    fire_action_rules(w, out, _character_match(w, "help", c.id), f"Helped {c.name}")
    return None


def _message(w: Draft, out: list[ev.Event], a: Action) -> str | None:
    c = w.level.characters.get(a.target)
    if c is None or (c.id not in w.friends and c.relation != "family"):
        return "You can message friends and family only."
    count = w.messages.get(c.id, 0)
    w.messages[c.id] = count + 1
    reply = c.replies[count % len(c.replies)] if c.replies else f"{c.name} reads your message."
    out.append(ev.ActionTaken(w.day, str(a), f"{c.name}: {reply}"))
    fire_action_rules(w, out, _character_match(w, "message", c.id), f"Messaged {c.name}")
    return None


def _apply(w: Draft, out: list[ev.Event], a: Action) -> str | None:
    s = w.level.services.get(a.target)
    if s is None or not holds(s.available, w):
        return "That service is not offered."
    if s.once and s.id in w.used_services:
        return f"You already have: {s.label}."
    blocked = [r for r in s.blocked_by if r in w.restrictions]
    if blocked:
        r = w.level.restrictions[blocked[0]]
        return f"{s.label} refused: {r.label}." + (f" {r.description}" if r.description else "")
    if not holds(s.requires, w):
        return s.refusal + _adverse_action_notice(w, s.requires)
    price, note = price_for(s, w)
    if price > w.money:
        return f"{s.label} costs {price}; you have {w.money}."
    w.money -= price
    w.used_services = w.used_services | {s.id}
    extra = f" ({note})" if note else ""
    out.append(ev.ServiceUsed(w.day, s.id, price, s.outcome + extra))
    apply_effects(w, out, s.effects, s.id, s.label)
    fire_action_rules(w, out, Match("apply", s.id, frozenset({s.category})), s.label)
    return None


_SCORE_KEYS = frozenset({"score_at_least", "score_below", "tier_in"})


def _adverse_action_notice(w: Draft, requires: Condition) -> str:
    """Where the law requires it, a refusal based on the score names the factors that hurt."""
    if not w.level.spec.score.adverse_action_notices or not requires.model_fields_set & _SCORE_KEYS:
        return ""
    worst = worst_factors(w)
    return " Main factors: " + ", ".join(worst) + "." if worst else ""


def _dispute(w: Draft, out: list[ev.Event], a: Action) -> str | None:
    if not w.level.spec.score.dispute:
        return "There is no way to dispute a score change here."
    change_id = int(a.target) if a.target.isdigit() else -1
    if change_id not in w.disputable:
        return "That change cannot be disputed."
    rule_id, delta, factor = w.disputable.pop(change_id)
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
    )
    out.append(ev.ActionTaken(w.day, str(a), "Your dispute was upheld."))
    fire_action_rules(w, out, Match("dispute", rule_id, frozenset()), "Your dispute")
    return None


def answer_prompt(
    w: Draft, out: list[ev.Event], prompt_id: str, option_id: str, *, by_default: bool
) -> None:
    """Record an answer and apply its effects (also used for pre-ticked defaults)."""
    prompt, option = w.level.options[option_id]
    w.answers[prompt_id] = option_id
    w.open_prompts = tuple(p for p in w.open_prompts if p != prompt_id)
    out.append(ev.PromptAnswered(w.day, prompt_id, option_id, by_default))
    apply_effects(w, out, option.effects, prompt.id, prompt.title)
    fire_action_rules(w, out, Match("answer", option_id, frozenset({prompt_id})), prompt.title)


def _answer(w: Draft, out: list[ev.Event], a: Action) -> str | None:
    if a.target not in w.open_prompts:
        return "There is no such question waiting."
    options = [o.id for o in w.level.prompts[a.target].options]
    if a.option not in options:
        return f"Choose one of: {', '.join(options)}."
    answer_prompt(w, out, a.target, a.option, by_default=False)
    return None


HANDLERS: dict[str, Handler] = {
    "buy": _buy,
    "post": _post,
    "like": _react,
    "share": _react,
    "befriend": _befriend,
    "unfriend": _unfriend,
    "help": _help,
    "message": _message,
    "apply": _apply,
    "dispute": _dispute,
    "answer": _answer,
}

FREE_VERBS = frozenset({"answer"})
"""Verbs that do not use up one of the day's actions."""
