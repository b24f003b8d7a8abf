"""The player's network as arrays: friends' pull, penalties by association, characters' days."""

import numpy as np

from game.core import events as ev
from game.core.level import Level
from game.core.rules.association import AssociationRule
from game.core.rules.friend_pull import FriendPullRule
from game.core.scoring import has_joined
from game.core.world import Draft, World

State = World | Draft


Fit = tuple[tuple[str, bool, bool], ...]
"""Per character: (id, whether the rule's relation and tags let them count at all, whether
they count without being a friend, as family)."""


def _fit(w: State, rule_id: str, relation: str | None, tags: tuple[str, ...] = ()) -> Fit:
    """The parts of a rule's mask that never change during a level, worked out once per level
    (`Level.made`): every evening only friendship and scores are left to check."""
    key = ("fit", rule_id)
    found = w.level.made.get(key)
    if isinstance(found, tuple):
        return found
    family = relation == "family"  # a str enum: compares with the relations as is
    wanted = set(tags)
    fit = tuple(
        (
            c.id,
            (relation is None or c.relation == relation)
            and (not wanted or not wanted.isdisjoint(c.tags)),
            family and c.relation == "family",
        )
        for c in w.level.spec.characters
    )
    w.level.remember(key, fit)
    return fit


def pulled_by(w: State, rule: FriendPullRule) -> list[bool]:
    """Which characters this friend-pull rule counts: friends in the scheme, optionally of one
    relation (family counts as family whether befriended or not). Someone not in the scheme
    has no score to pull with: the phone shows them as "not in the scheme"."""
    friends, scored = w.friends, w.in_scheme
    fit = _fit(w, rule.id, rule.relation)
    return [fits and (kin or cid in friends) and cid in scored for cid, fits, kin in fit]


def pull_delta(w: State, rule: FriendPullRule) -> int:
    """`weight` of the gap to the friends' mean, capped at `max_step`; 0 with no friends."""
    counted = [s for s, m in zip(w.char_scores, pulled_by(w, rule), strict=True) if m]
    if not counted:
        return 0
    mean = numpy_mean(counted)
    delta = round(rule.weight * (mean - w.score))
    return max(-rule.max_step, min(rule.max_step, delta))  # np.clip costs 12 us on one int


def numpy_mean(values: list[float]) -> float:
    """`np.mean(values)` to the last bit: numpy's sum divided by the count. Below 8 numbers
    numpy adds them one after another, so plain additions give the same double without
    making an array (the evening's pull has a handful of friends); from 8 it adds in pairs."""
    if len(values) < 8:
        total = 0.0
        for value in values:
            total += value
    else:
        total = float(np.add.reduce(np.array(values)))
    return total / len(values)


def associated(w: State, rule: AssociationRule) -> list[bool]:
    """Which characters this association rule counts against the player now (filters AND)."""
    friends = w.friends
    fit = _fit(w, rule.id, rule.relation, rule.tags)
    below, at_least = rule.score_below, rule.score_at_least
    return [
        fits
        and (kin or cid in friends)
        and (below is None or s < below)
        and (at_least is None or s >= at_least)
        for (cid, fits, kin), s in zip(fit, w.char_scores, strict=True)
    ]


def association_count(w: State, rule: AssociationRule) -> int:
    """How many connected people match the rule, capped at `max_people`."""
    return min(sum(associated(w, rule)), rule.max_people)


def pulling_down(w: State) -> list[tuple[str, str]]:
    """(character id, why) for everyone who costs the player points tonight, in level order:
    the same masks the evening uses, so the Friends tab and the engine never disagree."""
    why: dict[str, list[str]] = {}
    chars = w.level.spec.characters
    for rule in w.level.spec.rules:
        if rule.id not in w.enabled_rules:
            continue
        if isinstance(rule, AssociationRule) and rule.delta < 0:
            for c, hit in zip(chars, associated(w, rule), strict=True):
                if hit:
                    why.setdefault(c.id, []).append(rule.reason)
        elif isinstance(rule, FriendPullRule) and rule.weight > 0:
            for c, m, s in zip(chars, pulled_by(w, rule), w.char_scores, strict=True):
                if m and round(s) < w.score:  # as the player reads both: 563.9 shows as 564
                    why.setdefault(c.id, []).append(
                        f"their {w.level.spec.score.name} is below yours"
                    )
    # each reason is a sentence of its own (a rule's reason starts with a capital letter)
    return [(c.id, ". ".join(r.rstrip(". ") for r in why[c.id])) for c in chars if c.id in why]


def characters_live_a_day(w: Draft, out: list[ev.Event], rng: np.random.Generator) -> None:
    """Scores drift by traits; some characters post; some cut a low-scoring player.

    The number of draws is fixed per evening so a replay draws the same numbers.
    """
    chars = w.level.spec.characters
    n = len(chars)
    if n == 0:
        return
    noise = rng.standard_normal(n).tolist()
    rolls = rng.random(2 * n).tolist()  # the draws of random(n) twice: posting, then picking
    posts, picks = rolls[:n], rolls[n:]
    level = w.level
    # the same double operations numpy does elementwise: (score + drift) + volatility * noise
    w.char_scores = tuple(
        s + d + v * z
        for s, d, v, z in zip(
            w.char_scores, level.character_drift, level.character_volatility, noise, strict=True
        )
    )
    published = {pid for _, pid in w.feed}
    for i, c in enumerate(chars):
        if posts[i] < c.post_chance:
            options = [
                p.id
                for p in w.level.spec.feed
                if p.author == c.id and p.day is None and p.id not in published
            ]
            if options:
                pid = options[int(picks[i] * len(options))]
                w.feed = (*w.feed, (w.day, pid))
                out.append(ev.FeedPosted(w.day, pid, c.id))
        below = c.unfriends_below
        if c.id in w.friends and below is not None and w.score < below:
            w.friends = w.friends - {c.id}
            why = cut_ties_reason(level, w.score, below, joined=has_joined(w))
            out.append(ev.FriendLost(w.day, c.id, why))


def cut_ties_reason(level: Level, score: int, below: int, joined: bool = True) -> str:
    """Why a character dropped the player, in what the regime shows: the line crossed when it
    shows the number, the tier when it shows only tiers (a court list: "Listed"), nothing more
    when the score is hidden. A player outside an opt-in score is dropped for having none
    (Sesame's Mei read 'your Sesame score is below 600' beside 'you have no Sesame score')."""
    spec = level.spec.score
    if not joined:
        return f"Cut ties with you: you have no {spec.name}."
    if spec.display == "hidden":
        return f"Cut ties with you over your {spec.name}."
    if spec.display == "tier":
        return f"Cut ties with you over your {spec.name} ({level.tier_for(score).label})."
    return f"Cut ties with you because your {spec.name} is below {spec.shown(below)}."


def post_for_a_quiet_evening(w: Draft, out: list[ev.Event]) -> bool:
    """A character posts one of their undated posts not published yet, taking turns by day
    (friends first, since their posts are the ones a player follows); False when none is left."""
    published = {pid for _, pid in w.feed}
    waiting = [
        p
        for p in w.level.spec.feed
        if p.day is None and p.id not in published and p.author in w.level.character_index
    ]
    friends = [p for p in waiting if p.author in w.friends]
    choices = friends or waiting
    if not choices:
        return False
    post = choices[w.day % len(choices)]
    w.feed = (*w.feed, (w.day, post.id))
    out.append(ev.FeedPosted(w.day, post.id, post.author))
    return True
