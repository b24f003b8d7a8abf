"""`Outcome`: what a run reached, reduced once from its events.

The debrief, `simulate`'s statistics, lint's reachability checks and the class report all
read an Outcome instead of scanning events themselves. Build one with `OutcomeBuilder`
while playing (or `outcome_of` for a record) so each step's events stay tied to the action
that caused them.
"""

from collections.abc import Callable, Generator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from game.core import events as ev
from game.core.actions import Action
from game.core.conditions import holds
from game.core.engine import new_world, step
from game.core.level import Level
from game.core.scoring import decided_by, has_joined
from game.core.values import quick_init
from game.core.world import World

LARGEST = 8
"""How many of the largest score changes an Outcome keeps."""


@quick_init
@dataclass(frozen=True, slots=True)
class ScoreMove:
    """One landed score change, with why and what caused it."""

    day: int
    delta: int
    reason: str
    cause: str
    rule_id: str
    evidence: str


@quick_init
@dataclass(frozen=True, slots=True)
class Choice:
    """One action the player took and what it did at once (money, decided score change)."""

    day: int
    action: Action
    text: str
    money: int
    score: int
    """Score change decided by this action (landed now, or waiting for the regime's update)."""


@dataclass(frozen=True)
class Outcome:
    """What one run reached. Mappings are keyed by the level's ids; days count from 1
    (0 means "from the start")."""

    level_id: str
    seed: int
    days: int
    path: tuple[tuple[int, int], ...]
    """(day, score): the start as day 0, then the score at the end of each day."""
    start_tier: str
    final_tier: str
    tiers_reached: Mapping[str, int]
    """Tier id to the first day it was held."""
    perks_gained: Mapping[str, int]
    """Perk id to the first day it was held (0: from the start)."""
    perks_lost: Mapping[str, int]
    perks_held: frozenset[str]
    restrictions_applied: Mapping[str, int]
    """Restriction id to the first day it applied (0: from the start)."""
    restrictions_lifted: Mapping[str, int]
    restrictions_held: frozenset[str]
    goals: Mapping[str, tuple[str, int]]
    """Goal id to ("met" or "failed", day judged)."""
    money_start: int
    money_end: int
    spent: Mapping[str, int]
    """What money went on (reason to total, positive), in the order first spent."""
    earned: Mapping[str, int]
    friends_made: tuple[tuple[int, str], ...]
    friends_cut: tuple[tuple[int, str], ...]
    """(day, character) the player removed."""
    friends_lost: tuple[tuple[int, str, str], ...]
    """(day, character, why) who removed the player, or were removed by the story."""
    posts_written: tuple[tuple[int, str], ...]
    posts_fabricated: tuple[tuple[int, str], ...]
    posts_not_written: tuple[str, ...]
    """Posts the player was offered on some day and never wrote."""
    answers: Mapping[str, tuple[str, bool]]
    """Prompt id to (option, left at its pre-ticked default)."""
    services_used: tuple[tuple[int, str], ...]
    refusals: tuple[tuple[int, str, str], ...]
    """(day, action, reason) for every refused action."""
    rule_fires: Mapping[str, tuple[int, int]]
    """Rule or event id to (times it changed the score, total change)."""
    largest_changes: tuple[ScoreMove, ...]
    """The largest landed score changes, largest first."""
    moves: tuple[ScoreMove, ...]
    """Every landed score change in the order it landed (the debrief's full ledger)."""
    choices: tuple[Choice, ...]
    bulletins: Mapping[str, int]
    """Event id to the day its news bulletin was shown (the Truth page links what the
    player read, even news that moved nothing)."""
    joined: bool
    """Whether the player had a score at the end (an opt-in regime's `score.joined_if`)."""
    joined_day: int | None
    """The day the player first had a score (0: from the start), or None if never."""
    ended: bool

    @property
    def final_score(self) -> int:
        return self.path[-1][1]

    @property
    def scored_path(self) -> tuple[tuple[int, int], ...]:
        """The path from the end of the day the player joined: an opt-in score's earlier
        days had no score to show, and a player who never joined has none at all."""
        if self.joined_day is None:
            return ()
        return tuple((d, s) for d, s in self.path if d >= self.joined_day)

    @property
    def goals_met(self) -> tuple[str, ...]:
        return tuple(g for g, (state, _) in self.goals.items() if state == "met")

    @property
    def first_restriction_day(self) -> int | None:
        return min(self.restrictions_applied.values(), default=None)


@dataclass
class OutcomeBuilder:
    """Folds a run's steps into an Outcome; feed it every step in order (handlers' return
    values are ignored: `setdefault` keeps the first day something happened)."""

    start: World
    _world: World = field(init=False)
    _path: list[tuple[int, int]] = field(init=False)
    _tiers: dict[str, int] = field(init=False)
    _gained: dict[str, int] = field(default_factory=dict)
    _lost: dict[str, int] = field(default_factory=dict)
    _applied: dict[str, int] = field(init=False)
    _lifted: dict[str, int] = field(default_factory=dict)
    _goals: dict[str, tuple[str, int]] = field(default_factory=dict)
    _spent: dict[str, int] = field(default_factory=dict)
    _earned: dict[str, int] = field(default_factory=dict)
    _made: list[tuple[int, str]] = field(default_factory=list)
    _cut: list[tuple[int, str]] = field(default_factory=list)
    _lost_friends: list[tuple[int, str, str]] = field(default_factory=list)
    _written: list[tuple[int, str]] = field(default_factory=list)
    _fabricated: list[tuple[int, str]] = field(default_factory=list)
    _offered_posts: dict[str, None] = field(default_factory=dict)
    _answers: dict[str, tuple[str, bool]] = field(default_factory=dict)
    _services: list[tuple[int, str]] = field(default_factory=list)
    _refusals: list[tuple[int, str, str]] = field(default_factory=list)
    _fires: dict[str, tuple[int, int]] = field(default_factory=dict)
    _moves: list[ScoreMove] = field(default_factory=list)
    _choices: list[Choice] = field(default_factory=list)
    _bulletins: dict[str, int] = field(default_factory=dict)
    _seen_day: int = 0
    _joined_day: int | None = None

    def __post_init__(self) -> None:
        w = self.start
        self._world = w
        self._joined_day = 0 if has_joined(w) else None
        self._path = [(0, w.score)]
        self._tiers = {w.tier: 0}
        self._applied = dict.fromkeys(sorted(w.restrictions), 0)
        self._gained = dict.fromkeys(sorted(w.perks), 0)
        self._note_posts(w)

    def begin(self, events: Sequence[ev.Event]) -> None:
        """The events of the first morning (those `new_world` returned)."""
        self._fold(events)

    def add(self, action: Action, world: World, events: Sequence[ev.Event]) -> None:
        """One step: the action taken, the world after it and the events it produced."""
        before = self._world
        self._fold(events)
        if events and not isinstance(events[0], ev.ActionRefused) and action.verb != "end_day":
            self._choices.append(self._choice(action, before, world, events))
        self._world = world
        if self._joined_day is None and has_joined(world):
            self._joined_day = before.day  # an evening's pre-ticked answer joins that day
        if world.day != before.day:
            self._note_posts(world)

    def _choice(
        self, action: Action, before: World, after: World, events: Sequence[ev.Event]
    ) -> Choice:
        landed = 0
        text = None
        for e in events:  # one pass: a step can make many events
            if isinstance(e, ev.ScoreChanged):
                landed += e.delta
            elif text is None and isinstance(e, ev.ActionTaken):
                text = e.text
        decided = sum(p.delta for p in decided_by(before, after))
        if text is None:
            text = str(action)
        return Choice(before.day, action, text, after.money - before.money, landed + decided)

    def _note_posts(self, w: World) -> None:
        if w.day == self._seen_day:
            return
        self._seen_day = w.day
        for post in w.level.spec.posts:
            if post.id not in self._offered_posts and holds(post.available, w):
                self._offered_posts[post.id] = None

    def _fold(self, events: Sequence[ev.Event]) -> None:
        for e in events:
            handler = _HANDLERS.get(type(e))
            if handler is not None:
                handler(self, e)

    def build(self) -> Outcome:
        w = self._world
        written = {p for _, p in self._written}
        moves = sorted(self._moves, key=lambda m: (-abs(m.delta), m.day))[:LARGEST]
        return Outcome(
            level_id=w.level.id,
            seed=w.seed,
            days=w.level.spec.player.days,
            path=tuple(self._path),
            start_tier=self.start.tier,
            final_tier=w.tier,
            tiers_reached=dict(self._tiers),
            perks_gained=dict(self._gained),
            perks_lost=dict(self._lost),
            perks_held=w.perks,
            restrictions_applied=dict(self._applied),
            restrictions_lifted=dict(self._lifted),
            restrictions_held=w.restrictions,
            goals=dict(self._goals),
            money_start=self.start.money,
            money_end=w.money,
            spent=dict(self._spent),
            earned=dict(self._earned),
            friends_made=tuple(self._made),
            friends_cut=tuple(self._cut),
            friends_lost=tuple(self._lost_friends),
            posts_written=tuple(self._written),
            posts_fabricated=tuple(self._fabricated),
            posts_not_written=tuple(p for p in self._offered_posts if p not in written),
            answers=dict(self._answers),
            services_used=tuple(self._services),
            refusals=tuple(self._refusals),
            rule_fires=dict(self._fires),
            largest_changes=tuple(moves),
            moves=tuple(self._moves),
            choices=tuple(self._choices),
            bulletins=dict(self._bulletins),
            joined=has_joined(w),
            joined_day=self._joined_day,
            ended=w.ended,
        )


def _score(b: OutcomeBuilder, e: ev.ScoreChanged) -> None:
    count, total = b._fires.get(e.rule_id, (0, 0))
    b._fires[e.rule_id] = (count + 1, total + e.delta)
    b._moves.append(ScoreMove(e.day, e.delta, e.reason, e.cause, e.rule_id, e.evidence))


def _money(b: OutcomeBuilder, e: ev.MoneyChanged) -> None:
    book = b._spent if e.delta < 0 else b._earned
    book[e.reason] = book.get(e.reason, 0) + abs(e.delta)


def _friend_lost(b: OutcomeBuilder, e: ev.FriendLost) -> None:
    if e.reason == ev.REMOVED_BY_PLAYER:
        b._cut.append((e.day, e.character))
    else:
        b._lost_friends.append((e.day, e.character, e.reason))


def _post(b: OutcomeBuilder, e: ev.PostPublished) -> None:
    (b._fabricated if e.fabricated else b._written).append((e.day, e.post))


def _day_end(b: OutcomeBuilder, e: ev.DayEnded) -> None:
    b._path.append((e.day, e.score))


def _tier(b: OutcomeBuilder, e: ev.TierChanged) -> None:
    b._tiers.setdefault(e.new, e.day)


def _refused(b: OutcomeBuilder, e: ev.ActionRefused) -> None:
    b._refusals.append((e.day, e.action, e.reason))


_HANDLERS: dict[type, Callable[[OutcomeBuilder, Any], object]] = {
    ev.ScoreChanged: _score,
    ev.MoneyChanged: _money,
    ev.DayEnded: _day_end,
    ev.TierChanged: _tier,
    ev.PerkGranted: lambda b, e: b._gained.setdefault(e.perk, e.day),
    ev.PerkLost: lambda b, e: b._lost.setdefault(e.perk, e.day),
    ev.RestrictionApplied: lambda b, e: b._applied.setdefault(e.restriction, e.day),
    ev.RestrictionLifted: lambda b, e: b._lifted.setdefault(e.restriction, e.day),
    ev.GoalMet: lambda b, e: b._goals.setdefault(e.goal, ("met", e.day)),
    ev.GoalFailed: lambda b, e: b._goals.setdefault(e.goal, ("failed", e.day)),
    ev.FriendAdded: lambda b, e: b._made.append((e.day, e.character)),
    ev.FriendLost: _friend_lost,
    ev.PostPublished: _post,
    ev.PromptAnswered: lambda b, e: b._answers.__setitem__(e.prompt, (e.option, e.by_default)),
    ev.ServiceUsed: lambda b, e: b._services.append((e.day, e.service)),
    ev.BulletinShown: lambda b, e: b._bulletins.setdefault(e.event_id, e.day),
    ev.ActionRefused: _refused,
}


def outcome_of(level: Level, seed: int, actions: Sequence[Action]) -> Outcome:
    """Replay a record's actions and reduce them (the same as building while playing)."""
    replay = outcome_steps(level, seed, actions)
    while True:
        try:
            next(replay)
        except StopIteration as finished:
            outcome: Outcome = finished.value
            return outcome


def outcome_steps(
    level: Level, seed: int, actions: Sequence[Action]
) -> Generator[None, None, Outcome]:
    """`outcome_of` one action at a time: it pauses after each, so a screen can spread a
    replay over frames, and returns the outcome."""
    world, events = new_world(level, seed)
    builder = OutcomeBuilder(world)
    builder.begin(events)
    for action in actions:
        yield
        world, events = step(world, action)
        builder.add(action, world, events)
    return builder.build()
