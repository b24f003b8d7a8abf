"""Evenings and mornings: evening rules, characters' days, updates, income, morning events."""

import numpy as np

from game.core import events as ev
from game.core.conditions import holds
from game.core.effects import apply_effects
from game.core.goals import check_goals, final_goals
from game.core.money import change_money, money_text
from game.core.network import characters_live_a_day, post_for_a_quiet_evening
from game.core.rule_runs import EVENING
from game.core.scoring import daily_modifiers, land_pending, morning_actions, refresh, update_due
from game.core.talks import morning_talks
from game.core.verbs import answer_prompt
from game.core.world import Draft


def evening(w: Draft, out: list[ev.Event], rng: np.random.Generator) -> None:
    """Close the day; on the last day, close the level."""
    start = len(out)
    for prompt_id in w.open_prompts:
        answer_prompt(w, out, prompt_id, w.level.prompts[prompt_id].default, by_default=True)
    _evening_rules(w, out, rng)
    characters_live_a_day(w, out, rng)
    _repay_loans(w, out)
    land_pending(w, out, scheduled_only=not update_due(w))
    _, extra_income = daily_modifiers(w)
    income = max(0, w.level.spec.player.income + extra_income)
    change_money(w, out, income, "Daily income")
    refresh(w, out)
    check_goals(w, out)
    _no_second_quiet_evening(w, out[start:], out)
    w.history = (*w.history, (w.day, w.score))
    out.append(ev.DayEnded(w.day, w.score, w.money))
    if w.day >= w.level.spec.player.days:
        _end_level(w, out)
    else:
        w.day += 1
        morning(w, out, rng)


def _no_second_quiet_evening(w: Draft, tonight: list[ev.Event], out: list[ev.Event]) -> None:
    """Two evenings in a row with nothing to hear leave a player with nothing to react to: on
    the second, a character posts (chosen without a random draw, so the stream is unchanged)."""
    shown = w.level.spec.score.display != "hidden"
    quiet = not any(ev.is_news(e, shown) for e in tonight)
    if quiet and w.quiet_evening:
        quiet = not post_for_a_quiet_evening(w, out)
    w.quiet_evening = quiet


def morning(w: Draft, out: list[ev.Event], rng: np.random.Generator) -> None:
    """Start a day: actions, dated feed posts, scripted and conditional events."""
    w.actions_left = morning_actions(w)
    w.actions_today = 0
    w.fires_today = {}
    out.append(ev.DayStarted(w.day, w.actions_left))
    for post in w.level.spec.feed:
        if post.day == w.day:
            w.feed = (*w.feed, (w.day, post.id))
            out.append(ev.FeedPosted(w.day, post.id, post.author))
    events = w.level.spec.events
    rolls = rng.random(len(events)).tolist()  # the same doubles, compared as Python floats
    for event, roll in zip(events, rolls, strict=True):
        if event.once and event.id in w.events_done:
            continue
        on_day = event.day is None or (
            event.day == w.day if event.when is None else w.day >= event.day
        )
        if on_day and holds(event.when, w) and roll < event.chance:
            w.events_done = w.events_done | {event.id}
            b = event.bulletin
            if b:
                out.append(
                    ev.BulletinShown(
                        w.day,
                        event.id,
                        b.headline,
                        b.text,
                        b.evidence.value if b.evidence else "",
                        b.sources,
                    )
                )
            cause = b.headline if b else "News"
            apply_effects(w, out, event.effects, event.id, cause, told=b is not None)
    morning_talks(w, out)
    refresh(w, out)
    check_goals(w, out)


def _evening_rules(w: Draft, out: list[ev.Event], rng: np.random.Generator) -> None:
    rules = w.level.evening_rules
    rolls = rng.random(len(rules)).tolist()  # the same doubles as Python floats
    for rule, roll in zip(rules, rolls, strict=True):
        EVENING[type(rule)](w, out, rule, roll)


def _repay_loans(w: Draft, out: list[ev.Event]) -> None:
    if not w.loans:
        return
    due = [loan for loan in w.loans if loan[2] <= w.day]
    w.loans = tuple(loan for loan in w.loans if loan[2] > w.day)
    for cid, amount, _ in due:
        name = w.level.characters[cid].name
        change_money(w, out, amount, f"{name} paid back the loan")
        out.append(ev.Notice(w.day, f"{name} paid back {money_text(amount)}."))


def _end_level(w: Draft, out: list[ev.Event]) -> None:
    final_goals(w, out)
    w.ended = True
    met = tuple(g for g, s in w.goals.items() if s == "met")
    failed = tuple(g for g, s in w.goals.items() if s == "failed")
    out.append(ev.LevelEnded(w.day, met, failed, w.score, w.tier))
