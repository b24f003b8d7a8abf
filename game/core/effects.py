"""Apply an `Effects` block from an event, a prompt answer or a service."""

from game.core import events as ev
from game.core.firing import fire, fire_action_rules
from game.core.money import change_money
from game.core.rules.action import Match
from game.core.scoring import change_score, refresh
from game.core.spec.effects import CharacterChange, Effects
from game.core.world import Draft


def apply_effects(
    w: Draft,
    out: list[ev.Event],
    effects: Effects | None,
    origin: str,
    cause: str,
    told: bool = False,
) -> None:
    """Apply each effect in its documented order; `origin` is the id that scores cite.
    `told`: the story has just said what happens (an event's bulletin), so joins need no
    notice of their own and the player hears the news once."""
    if effects is None:
        return
    told = told or bool(effects.message)
    if effects.message:
        out.append(ev.Notice(w.day, effects.message))
    change_money(w, out, effects.money, cause)
    w.flags = (w.flags | set(effects.set_flags)) - set(effects.clear_flags)
    w.actions_left = max(0, w.actions_left + effects.actions)
    if effects.score:
        s = effects.score
        change_score(
            w,
            out,
            delta=s.delta,
            factor=s.factor,
            reason=s.reason,
            rule_id=origin,
            evidence=s.evidence.value,
            sources=s.sources,
            cause=cause,
            disputable=s.disputable,
        )
    w.enabled_rules = (w.enabled_rules | set(effects.enable_rules)) - set(effects.disable_rules)
    w.imposed = (w.imposed | set(effects.restrict)) - set(effects.lift)
    w.granted = (w.granted | set(effects.grant)) - set(effects.revoke)
    for change in effects.characters:
        _change_character(w, out, change, cause, told)
    if effects.fabricated_post:
        publish_post(w, out, effects.fabricated_post, fabricated=True)
    if effects.prompt and effects.prompt not in w.open_prompts and effects.prompt not in w.answers:
        w.open_prompts = (*w.open_prompts, effects.prompt)
        out.append(ev.PromptShown(w.day, effects.prompt))
    refresh(w, out)


def _change_character(
    w: Draft, out: list[ev.Event], change: CharacterChange, cause: str, told: bool
) -> None:
    index = w.level.character_index[change.id]
    if change.score:
        scores = list(w.char_scores)
        scores[index] += change.score
        w.char_scores = tuple(scores)
    if change.befriends is True and change.id not in w.friends:
        w.friends = w.friends | {change.id}
        out.append(ev.FriendAdded(w.day, change.id))
    elif change.befriends is False and change.id in w.friends:
        w.friends = w.friends - {change.id}
        out.append(ev.FriendLost(w.day, change.id, "They removed you."))
    if change.joins and change.id not in w.in_scheme:
        w.in_scheme = w.in_scheme | {change.id}
        name = w.level.characters[change.id].name
        if not told:
            out.append(ev.Notice(w.day, f"{name} joined the scheme."))
        if change.id in w.friends:
            for rule in w.level.friend_joined_rules:
                fire(w, out, rule, f"{name} joined")


def publish_post(w: Draft, out: list[ev.Event], post_id: str, *, fabricated: bool) -> None:
    """A post in the player's name; post rules fire whoever wrote it."""
    tags = w.level.post_tags[post_id]
    w.posted = (*w.posted, post_id)
    if fabricated:
        w.fabricated = w.fabricated | {post_id}
    out.append(ev.PostPublished(w.day, post_id, fabricated))
    match = Match("post", post_id, tags)
    cause = "A post in your name" if fabricated else "Your post"
    fire_action_rules(w, out, match, cause)
