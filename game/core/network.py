"""The player's network as arrays: friends' pull, penalties by association, characters' days."""

import numpy as np

from game.core import events as ev
from game.core.rules.association import AssociationRule
from game.core.rules.friend_pull import FriendPullRule
from game.core.world import Draft


def _mask(w: Draft, relation: str | None, include_family: bool) -> np.ndarray:
    """Which characters count: friends, optionally limited to a relation (family always counts)."""
    chars = w.level.spec.characters
    return np.array(
        [
            (c.id in w.friends or (include_family and c.relation == "family"))
            and (relation is None or c.relation == relation)
            for c in chars
        ],
        dtype=bool,
    )


def pull_delta(w: Draft, rule: FriendPullRule) -> int:
    """`weight` of the gap to the friends' mean, capped at `max_step`; 0 with no friends."""
    mask = _mask(w, rule.relation.value if rule.relation else None, rule.relation == "family")
    if not mask.any():
        return 0
    mean = float(np.asarray(w.char_scores)[mask].mean())
    delta = round(rule.weight * (mean - w.score))
    return max(-rule.max_step, min(rule.max_step, delta))  # np.clip costs 12 us on one int


def association_count(w: Draft, rule: AssociationRule) -> int:
    """How many connected people match the rule, capped at `max_people`."""
    relation = rule.relation.value if rule.relation else None
    mask = _mask(w, relation, relation == "family")
    scores = np.asarray(w.char_scores)
    if rule.score_below is not None:
        mask &= scores < rule.score_below
    if rule.score_at_least is not None:
        mask &= scores >= rule.score_at_least
    if rule.tags:
        wanted = set(rule.tags)
        mask &= np.array(
            [not wanted.isdisjoint(c.tags) for c in w.level.spec.characters], dtype=bool
        )
    return min(int(mask.sum()), rule.max_people)


def characters_live_a_day(w: Draft, out: list[ev.Event], rng: np.random.Generator) -> None:
    """Scores drift by traits; some characters post; some cut a low-scoring player.

    The number of draws is fixed per evening so a replay draws the same numbers.
    """
    chars = w.level.spec.characters
    n = len(chars)
    if n == 0:
        return
    noise, post_roll, pick_roll = rng.standard_normal(n), rng.random(n), rng.random(n)
    drift = np.array([c.drift for c in chars])
    spread = np.array([c.volatility for c in chars])
    w.char_scores = tuple(float(s) for s in np.asarray(w.char_scores) + drift + spread * noise)
    published = {pid for _, pid in w.feed}
    for i, c in enumerate(chars):
        if post_roll[i] < c.post_chance:
            options = [
                p.id
                for p in w.level.spec.feed
                if p.author == c.id and p.day is None and p.id not in published
            ]
            if options:
                pid = options[int(pick_roll[i] * len(options))]
                w.feed = (*w.feed, (w.day, pid))
                out.append(ev.FeedPosted(w.day, pid, c.id))
        if c.id in w.friends and c.unfriends_below is not None and w.score < c.unfriends_below:
            w.friends = w.friends - {c.id}
            reason = f"{c.name} cut ties: your score is below {c.unfriends_below}."
            out.append(ev.FriendLost(w.day, c.id, reason))
