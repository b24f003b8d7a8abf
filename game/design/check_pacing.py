"""Pacing: every day brings something new, and a player who stays out is not left with one
"Nothing changed." evening after another, in any seed tried (the engine fills a second quiet
evening with a character's post while undated posts last).

A beat is an event on that day (scripted, or one that fires for a player who only ends each
day, in every seed tried), a message asking for a choice (a prompt, a friend asking for help,
a character's message waiting for a reply),
a deadline (a condition's `day_at_most`), or something that starts that day (`day_at_least`:
a price, an item, a rule). Day 1 always counts: the briefing is its beat.
"""

import itertools
from collections.abc import Iterator

from game.core import events as ev
from game.core.actions import END_DAY, Action
from game.core.engine import new_world, step
from game.core.level import Level
from game.core.level_spec import LevelSpec
from game.core.spec.intended import Check
from game.design.entry_paths import entry_path
from game.design.findings import Finding
from game.design.walk import conditions

SEEDS = (0, 1, 2)
DAYS = ("player", "days")


def static_beats(spec: LevelSpec) -> dict[int, list[str]]:
    """Beats the file schedules by day, with what each one is."""
    beats: dict[int, list[str]] = {}

    def add(day: int | None, what: str) -> None:
        if day is not None:
            beats.setdefault(day, []).append(what)

    for event in spec.events:
        add(event.day, f"event '{event.id}'")
    for post in spec.feed:
        add(post.day, f"feed post '{post.id}'")
    for character in spec.characters:
        if character.help is not None:
            add(character.help.from_day, f"{character.id} asks for help")
        for talk in character.talks:
            if talk.when is None:
                add(talk.day, f"{character.id} sends a message ({talk.id})")
    for path, condition in conditions(spec):
        where = entry_path(spec, path[:2])
        add(condition.day_at_least, f"something starts ({where})")
        add(condition.day_at_most, f"a deadline ({where})")
    return beats


ANSWERS = (None, 0, 1, 2)
"""How the idle player answers prompts: leaves the pre-ticked default, or always picks the
first, second or third option (staying out of a scheme is often one of these)."""


def idle_days(
    level: Level, seeds: tuple[int, ...] = SEEDS, answer: int | None = None
) -> list[dict[int, tuple[bool, bool]]]:
    """Per seed, for a player who only answers prompts and ends each day:
    day -> (news that day, news that evening)."""
    out = []
    for seed in seeds:
        world, events = new_world(level, seed)
        days: dict[int, tuple[bool, bool]] = {}
        morning = _news(events, level)
        while not world.ended:
            day = world.day
            heard_today = False
            for pid in list(world.open_prompts) if answer is not None else ():
                options = level.prompts[pid].options
                if answer < len(options):
                    world, events = step(world, Action("answer", pid, options[answer].id))
                    heard_today = heard_today or _news(events, level)
            world, events = step(world, END_DAY)
            evening, next_morning = _split(events)
            heard = _news(evening, level)
            days[day] = (morning or heard or heard_today, heard)
            morning = _news(next_morning, level)
        out.append(days)
    return out


def _answers(level: Level) -> list[int | None]:
    most = max((len(p.options) for p in level.spec.prompts), default=0)
    return [a for a in ANSWERS if a is None or a < most]


def _split(events: list[ev.Event]) -> tuple[list[ev.Event], list[ev.Event]]:
    cut = next((i for i, e in enumerate(events) if isinstance(e, ev.DayStarted)), len(events))
    return events[:cut], events[cut + 1 :]


def _news(events: list[ev.Event], level: Level) -> bool:
    shown = level.spec.score.display != "hidden"
    return any(ev.is_news(e, shown) for e in events)


def pacing(level: Level, seeds: tuple[int, ...] = SEEDS) -> Iterator[Finding]:
    """Days with no beat, and quiet evenings two days running, for a player who stays out
    whichever way they answer the prompts."""
    days = level.spec.player.days
    scheduled = static_beats(level.spec)
    variants = {a: idle_days(level, seeds, a) for a in _answers(level)}
    runs = [run for group in variants.values() for run in group]
    for day in range(2, days + 1):
        if day not in scheduled and not all(run.get(day, (False, False))[0] for run in runs):
            yield Finding(
                Check.QUIET_DAY,
                f"day_{day}",
                DAYS,
                f"day {day} brings nothing new (no event, message with a choice, deadline or "
                "change) for a player who only ends the day",
                f"add an event with day: {day}, a help request, or a deadline",
            )
    pairs: dict[int, str] = {}
    for answer, group in variants.items():
        how = "leaves prompts as ticked" if answer is None else f"picks option {answer + 1}"
        for seed, run in zip(seeds, group, strict=True):
            quiet = [d for d in range(1, days + 1) if not run.get(d, (1, 1))[1]]
            for a, b in itertools.pairwise(quiet):
                if b == a + 1:
                    pairs.setdefault(a, f"{how} (seed {seed})")
    for a, how in sorted(pairs.items()):
        yield Finding(
            Check.QUIET_EVENINGS,
            f"day_{a}",
            DAYS,
            f"the evenings of days {a} and {a + 1} both say 'Nothing changed.' for a player "
            f"who only ends the day and {how}",
            "add undated feed posts (a second quiet evening in a row brings one), or give one "
            "of those evenings a consequence, a message or a score change",
        )


def failing_days(level: Level, seeds: tuple[int, ...] = SEEDS) -> list[str]:
    """The pacing findings as plain lines, for reports."""
    return [f.message for f in pacing(level, seeds)]
