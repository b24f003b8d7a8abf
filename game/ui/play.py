"""One level being played: the world, the actions taken and every event, replayable."""

from collections.abc import Iterator
from dataclasses import dataclass, field

from game.core import events as ev
from game.core.actions import Action
from game.core.engine import step
from game.core.level import Level
from game.core.outcome import Outcome, OutcomeBuilder
from game.core.record import SessionRecord, replay
from game.core.scoring import decided_by
from game.core.world import PendingChange, World

DEFAULT_SEED = 1
"""Every student in a class gets the same scenario unless a seed is chosen."""


@dataclass(frozen=True)
class Step:
    """One action sent to the engine and kept in the run: its events are the run's
    `events[start:end]`; `decided`, the changes it queued for a later update."""

    action: Action
    start: int
    end: int
    decided: tuple[PendingChange, ...]


@dataclass
class PlaySession:
    """The player's run of a level; the UI only ever changes it through `act`."""

    level: Level
    seed: int
    world: World
    actions: list[Action] = field(default_factory=list)
    events: list[ev.Event] = field(default_factory=list)
    builder: OutcomeBuilder | None = None
    script: list[Action] = field(default_factory=list)
    """Every action the player took, in order, including those a reloaded version refused:
    a later reload that restores the file plays them again."""
    dropped: list[tuple[Action, str]] = field(default_factory=list)
    """Actions of the script the current version of the level refused, with the reason."""
    mornings: dict[int, list[ev.Event]] = field(default_factory=dict)
    """Each day's morning, as the evening before reported it under Tomorrow (the first day
    has none: no evening came before it)."""
    steps: list[Step] = field(default_factory=list)
    """Each action whose events are in the run, in order (a refusal too, when logged)."""

    @classmethod
    def start(cls, level: Level, seed: int, actions: list[Action] | None = None) -> "PlaySession":
        """A fresh run, or a resumed one when recorded actions are given."""
        world, _ = replay(level, seed, [])
        session = cls(level, seed, world)
        session._rebuild(actions or [])
        return session

    def _rebuild(self, actions: list[Action], log_refusals: bool = True) -> None:
        for _ in self.replaying(actions, log_refusals):
            pass

    def replaying(self, actions: list[Action], log_refusals: bool = True) -> Iterator[int]:
        """Start the level again and play `actions` onto it, yielding how many are done after
        each one, so a long resume can be spread over frames; run to the end, it is exactly
        `start` with these actions. Without `log_refusals` (a live reload) an action this
        version refuses is only listed in `dropped`, not logged as the player's own try."""
        world, events = replay(self.level, self.seed, [])
        self.world, self.events, self.actions = world, list(events), []
        self.script, self.dropped, self.mornings, self.steps = [], [], {}, []
        self.builder = OutcomeBuilder(world)
        self.builder.begin(events)
        for done, action in enumerate(actions, 1):
            self.script.append(action)
            events = self._step(action, log_refusals)
            if events and isinstance(events[0], ev.ActionRefused):
                self.dropped.append((action, events[0].reason))
            yield done

    def act(self, action: Action) -> list[ev.Event]:
        """Send one action to the engine; refused actions are not recorded."""
        events = self._step(action)
        if not (events and isinstance(events[0], ev.ActionRefused)):
            self.script.append(action)
        return events

    def _step(self, action: Action, log_refusal: bool = True) -> list[ev.Event]:
        """The engine's events for this action, kept in the run (a refusal only with
        `log_refusal`)."""
        before = self.world
        self.world, events = step(self.world, action)
        refused = bool(events) and isinstance(events[0], ev.ActionRefused)
        if refused and not log_refusal:
            return events
        if not refused:
            self.actions.append(action)
        start = len(self.events)
        self.events.extend(events)
        self.steps.append(Step(action, start, len(self.events), decided_by(before, self.world)))
        self._keep_morning(events)
        assert self.builder is not None  # set by start()
        self.builder.add(action, self.world, events)
        return events

    def _keep_morning(self, events: list[ev.Event]) -> None:
        """The events after a DayStarted in one step are the new day's morning."""
        for i, e in enumerate(events):
            if isinstance(e, ev.DayStarted):
                self.mornings[e.day] = events[i + 1 :]

    def today(self) -> tuple[list[ev.Event], list[Step]]:
        """Today so far: the morning's events (from the day's start to the first action after
        it) and the steps taken since, each with its events (`events[step.start:step.end]`)."""
        days = [i for i, e in enumerate(self.events) if isinstance(e, ev.DayStarted)]
        begun = days[-1] if days else -1
        steps = [s for s in self.steps if s.start > begun]
        end = steps[0].start if steps else len(self.events)
        return self.events[max(begun, 0) : end], steps

    def outcome(self) -> Outcome:
        """What this run reached so far (the debrief reads this, never the raw events)."""
        assert self.builder is not None
        return self.builder.build()

    def reload(self, level: Level) -> list[tuple[Action, str]]:
        """Replay the player's whole script onto a new version of the level (live reload).

        Returns the actions this version refuses, with why; they stay in the script, so saving
        the file back the way it was plays them again.
        """
        self.level = level
        self._rebuild(list(self.script), log_refusals=False)
        return list(self.dropped)

    def record(self, *, with_events: bool = True) -> SessionRecord:
        """The run as a record; saves leave the events out (a resume replays the actions),
        which keeps the save written after every action small."""
        events = tuple(ev.describe(e) for e in self.events) if with_events else ()
        return SessionRecord(
            self.level.id, self.level.content_hash, self.seed, tuple(self.actions), events
        )

    def changes(self) -> list[ev.ScoreChanged]:
        return [e for e in self.events if isinstance(e, ev.ScoreChanged)]

    def of_type(self, kind: type) -> list:
        return [e for e in self.events if isinstance(e, kind)]
