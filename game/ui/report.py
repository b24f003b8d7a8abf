"""The evening report, Papers, Please style: what changed today and why, in a few short lines.

Pure functions over the day's events (no pygame): the score's move, the biggest reasons,
what the regime granted, stamped or took away, who reacted, and what the morning brings.
"""

import re
from dataclasses import dataclass, field

from game.core import events as ev
from game.core.level import Level
from game.core.scoring import morning_actions
from game.core.world import World
from game.ui import present

MAX_REASONS = 3
MAX_LINES = 6
MAX_MORNING = 3
MAX_FACES = 4
MAX_POSTS = 2


@dataclass
class Report:
    lines: list[str] = field(default_factory=list)
    """Today, at most MAX_LINES: the score's move, the questions settled for the player and
    every reason (never cut), then what else changed in the lines left, and each goal met or
    missed today (never cut either)."""
    morning: list[str] = field(default_factory=list)
    """What the next morning brings (under a "Tomorrow" heading when there is any)."""
    left: str = ""
    """How many days are left ("8 days left."), after the morning; empty after the last."""
    faces: list[tuple[str, str]] = field(default_factory=list)
    """(character id, expression) of the people today was about."""
    tones: dict[str, str] = field(default_factory=dict)
    """A line's tone where it tells a shown rise ("good") or fall ("bad") of the score."""

    def spoken(self) -> str:
        """The report as one text for self-voicing."""
        parts = [*self.lines, *(["Tomorrow.", *self.morning] if self.morning else [])]
        parts += [self.left] if self.left else []
        return " ".join(p if p.endswith((".", "!", "?")) else p + "." for p in parts)


def split_day(events: list[ev.Event]) -> tuple[list[ev.Event], list[ev.Event]]:
    """The evening's events and the next morning's (after DayStarted)."""
    cut = next((i for i, e in enumerate(events) if isinstance(e, ev.DayStarted)), len(events))
    return events[:cut], events[cut + 1 :]


def evening_report(
    level: Level,
    day_events: list[ev.Event],
    morning: list[ev.Event],
    world: World,
    tonight: list[ev.Event] | None = None,
) -> Report:
    """`day_events`: everything that happened on the day, from its morning to its evening;
    `tonight`: the evening's own events, whose story lines (a loan paid back) are told here,
    since no action of the player's showed them during the day."""
    report = Report()
    changes = [e for e in day_events if isinstance(e, ev.ScoreChanged)]
    end = next((e for e in reversed(day_events) if isinstance(e, ev.DayEnded)), None)
    out = not present.joined(world) and not changes and not present.hidden(level)
    score = f"{level.spec.score.name}: none, {present.NOT_JOINED}."
    report.lines.append(score if out else _score_line(level, changes, end))
    _tone(report, report.lines[-1], _net(level, changes, end))
    report.lines += _defaults(level, day_events)
    report.lines += _told(report, _reasons(level, changes))
    room = max(0, MAX_LINES - len(report.lines))  # the reasons are never cut: they add up
    told = [e.text for e in tonight or () if isinstance(e, ev.Notice)]
    goals = _goal_lines(level, day_events)  # nor the goals judged: the last evening judges
    rest = [x for x in _status(level, day_events) + told if x not in goals]  # them all
    report.lines += rest[: max(0, room - len(goals))] + goals
    if len(report.lines) == 1 and not changes:
        posts = _posts(level, day_events)
        report.lines = report.lines + posts if posts else [_quiet_day(level, world)]
    people = [e for e in morning if isinstance(e, ev.CharacterReacted | ev.TalkStarted)]
    rest = [e for e in morning if e not in people and not isinstance(e, ev.ScoreChanged)]
    news = [present.event_line(level, e) for e in people + rest]
    report.morning = _morning_score(report, level, morning, world)
    report.morning += [x for x in news if x][:MAX_MORNING]
    started = next((e.actions for e in day_events if isinstance(e, ev.DayStarted)), None)
    if not world.ended and started not in (None, morning_actions(world)):
        report.morning.append(present.actions_note(level, world))
    if not world.ended:
        left = level.spec.player.days - world.day + 1
        report.left = f"{left} day{'s' if left != 1 else ''} left."
    said = " ".join(report.lines + report.morning)
    report.faces = _named_faces(level, said, dict(_faces(day_events) + _faces(morning)))
    return report


def _named_faces(level: Level, said: str, moods: dict[str, str]) -> list[tuple[str, str]]:
    """A face for each person the report names, and for no one else: those the day's events
    were about first (with the mood those gave them), then the others in the order they
    are named ('Wei paid back 150.'), neutral."""
    first = {c: i for c, i in ((c, _named_at(level, c, said)) for c in level.characters) if i >= 0}
    acted = [(c, m) for c, m in moods.items() if c in first]
    others = sorted((c for c in first if c not in moods), key=lambda c: first[c])
    return [*acted, *((c, "neutral") for c in others)][:MAX_FACES]


def _morning_score(
    report: Report, level: Level, morning: list[ev.Event], world: World
) -> list[str]:
    """The score's move that comes with the morning (the dial behind the report shows it
    already), with its reasons; the next evening starts from the score it leads to."""
    changes = [e for e in morning if isinstance(e, ev.ScoreChanged)]
    if not changes or present.hidden(level):
        return []
    end = ev.DayEnded(world.day, world.score, world.money)
    line = _score_line(level, changes, end, "Overnight")
    _tone(report, line, _net(level, changes, end))
    return [line, *_told(report, _reasons(level, changes))]


def _net(level: Level, changes: list[ev.ScoreChanged], end: ev.DayEnded | None) -> int:
    """The score's shown move over these changes (0 when the regime hides it)."""
    return 0 if present.hidden(level) or end is None else sum(c.delta for c in changes)


def _tone(report: Report, line: str, delta: int) -> None:
    if delta:
        report.tones[line] = "good" if delta > 0 else "bad"


def _told(report: Report, reasons: list[tuple[str, int]]) -> list[str]:
    """The reasons' lines, each toned by its move."""
    for line, delta in reasons:
        _tone(report, line, delta)
    return [line for line, _ in reasons]


TITLES = frozenset(
    [
        "Old",
        "Young",
        "Little",
        "Big",
        "Mr",
        "Mrs",
        "Ms",
        "Miss",
        "Dr",
        "Aunt",
        "Auntie",
        "Uncle",
        "Cousin",
        "Inspector",
        "Officer",
        "Lao",
        "Xiao",
    ]
)
"""First words of a name that do not name the person alone ('Old Peng', 'Ms He', 'Lao Ma')."""


def _named_at(level: Level, cid: str, text: str) -> int:
    """Where the text first names a character, as a whole word: the full name, or the
    name's first word ('Tomas' for Tomas Reyes, 'Hu' for Hu Jun); -1 where it does not
    ('Bo' is not named in 'Both')."""
    name = level.characters[cid].name
    words = re.findall(r"\w+", name)
    calls = [name] + ([words[0]] if len(words) > 1 and words[0] not in TITLES else [])
    found = [m.start() for n in calls for m in [re.search(_whole(n), text)] if m]
    return min(found, default=-1)


def _whole(name: str) -> str:
    return rf"(?<!\w){re.escape(name)}(?!\w)"


def _score_line(
    level: Level, changes: list[ev.ScoreChanged], end: ev.DayEnded | None, name: str = ""
) -> str:
    name = name or level.spec.score.name
    if present.hidden(level) or end is None:
        return f"{name}: not shown to you." if changes else f"{name}: no change you can see."
    after = end.score
    before = after - sum(c.delta for c in changes)
    if not changes or before == after:
        return f"{name}: {present.score_text(level, after)}, unchanged."
    if present.shows_number(level):
        return (
            f"{name}: {level.spec.score.shown(before)} \u2192 {level.spec.score.shown(after)} "
            f"({present.signed(level, after - before)})."
        )
    return f"{name}: {present.score_text(level, before)} \u2192 {present.score_text(level, after)}."


def _defaults(level: Level, events: list[ev.Event]) -> list[str]:
    """Questions left unanswered, settled by their pre-ticked box when the day ended: told
    before the reasons, since what they caused was not the player's own choice. Several share
    one line, so the score line, this line and the reasons always fit the report whole."""
    settled = [e for e in events if isinstance(e, ev.PromptAnswered) and e.by_default]
    if len(settled) <= 1:
        lines = [present.event_line(level, e) for e in settled]
        return [x for x in lines if x]
    labels = "; ".join(present.option_label(level, e.option) for e in settled)
    return [
        f"You did not answer {len(settled)} questions, so their pre-ticked boxes counted: {labels}."
    ]


def _reasons(level: Level, changes: list[ev.ScoreChanged]) -> list[tuple[str, int]]:
    """The biggest moves, the same reason added up, as the regime would explain them. On a
    day with more reasons than lines, the last line adds up the rest, so the lines always
    come to the score's move the report opens with."""
    if present.explains(level) != "full":
        return []
    summed: dict[str, int] = {}
    for c in changes:
        summed[c.reason] = summed.get(c.reason, 0) + c.delta
    ranked = [kv for kv in sorted(summed.items(), key=lambda kv: -abs(kv[1])) if kv[1]]
    named = ranked if len(ranked) <= MAX_REASONS else ranked[: MAX_REASONS - 1]
    lines = [(f"{_moved(level, delta)} {reason}", delta) for reason, delta in named]
    rest = ranked[len(named) :]
    if rest:
        total = sum(delta for _, delta in rest)
        lines.append(
            (f"{len(rest)} smaller reasons cancel each other out (see the Score tab).", 0)
            if total == 0  # not '+0.00 from 2 smaller reasons'
            else (
                f"{_moved(level, total)} from {len(rest)} smaller reasons (see the Score tab).",
                total,
            )
        )
    return lines


def _moved(level: Level, delta: int) -> str:
    """'+15' before a reason, or 'Listed:' on a two-state score (its 0 and 1 mean nothing)."""
    if present.two_states(level):
        return f"{present.state_reached(level, delta)}:"
    return present.signed(level, delta)


STATUS = (
    ev.CharacterReacted,
    ev.TierChanged,
    ev.RestrictionApplied,
    ev.RestrictionLifted,
    ev.PerkGranted,
    ev.PerkLost,
    ev.GoalMet,
    ev.GoalFailed,
    ev.FriendLost,
    ev.FriendAdded,
)


def _status(level: Level, events: list[ev.Event]) -> list[str]:
    """What else changed, netted over the evening: a tier, perk or restriction that changed
    and changed back is not told, and the tier's one move comes before what it brought."""
    netted = _netted([e for e in events if isinstance(e, STATUS)])
    netted.sort(key=lambda e: not isinstance(e, ev.TierChanged))
    lines = [_status_line(level, e) for e in netted]
    return list(dict.fromkeys(x for x in lines if x))


def _goal_lines(level: Level, events: list[ev.Event]) -> list[str]:
    """Each goal met or missed today: the last evening judges every goal still open, and
    cutting one of three to fit left the player wondering what became of it."""
    lines = [
        present.event_line(level, e) for e in events if isinstance(e, ev.GoalMet | ev.GoalFailed)
    ]
    return list(dict.fromkeys(x for x in lines if x))


def _netted(events: list[ev.Event]) -> list[ev.Event]:
    """The tier from its first old to its last new value; each perk and restriction by where
    it ended, only when that differs from where it began; each friendship by where it ended."""
    tiers = [e for e in events if isinstance(e, ev.TierChanged)]
    kept: list[ev.Event] = []
    if tiers and tiers[0].old != tiers[-1].new:
        kept.append(ev.TierChanged(tiers[-1].day, tiers[0].old, tiers[-1].new))
    held: dict[tuple[str, str], list[ev.Event]] = {}
    for e in events:
        match e:
            case ev.PerkGranted() | ev.PerkLost():
                held.setdefault(("perk", e.perk), []).append(e)
            case ev.RestrictionApplied() | ev.RestrictionLifted():
                held.setdefault(("restriction", e.restriction), []).append(e)
            case ev.FriendAdded() | ev.FriendLost():
                held.setdefault(("friend", e.character), []).append(e)
            case ev.TierChanged():
                pass
            case _:
                kept.append(e)
    for (kind, _), moves in held.items():
        # a perk granted then lost (or back) nets to nothing; a friendship is told as it
        # ended the day, with the reason it ended (the morning's Friends tab shows that)
        if kind == "friend" or type(moves[0]) is type(moves[-1]):
            kept.append(moves[-1])
    return kept


def _status_line(level: Level, e: ev.Event) -> str | None:
    if isinstance(e, ev.TierChanged) and present.two_states(level):
        return None  # the score's own line says it: 'Overnight: Not listed \u2192 Listed.'
    if isinstance(e, ev.TierChanged) and not present.hidden(level):
        order = {t.id: i for i, t in enumerate(level.tiers)}
        labels = {t.id: t.label for t in level.tiers}
        way = "up" if order.get(e.new, 0) > order.get(e.old, 0) else "down"
        return f"Tier {way}: {labels.get(e.old, e.old)} \u2192 {labels.get(e.new, e.new)}."
    return present.event_line(level, e)


def _faces(events: list[ev.Event]) -> list[tuple[str, str]]:
    moods: dict[str, str] = {}
    for e in events:
        match e:
            case ev.FriendLost():
                moods[e.character] = "angry"
            case ev.FriendAdded():
                moods.setdefault(e.character, "happy")
            case ev.CharacterReacted():
                moods[e.character] = e.mood
            case ev.TalkStarted():
                moods.setdefault(e.character, "worried")
            case ev.FeedPosted():
                moods.setdefault(e.author, "neutral")
    return list(moods.items())


def _posts(level: Level, events: list[ev.Event]) -> list[str]:
    """On a day with nothing else to tell, what people posted (the engine makes sure a second
    quiet evening in a row has a post while any is left)."""
    texts = {p.id: p.text for p in level.spec.feed}
    lines = []
    for e in events:
        if isinstance(e, ev.FeedPosted) and e.post in texts:
            character = level.characters.get(e.author)
            name = character.name if character is not None else e.author
            lines.append(f'{name} posted: "{texts[e.post]}"')
    return lines[:MAX_POSTS]


def _quiet_day(level: Level, world: World) -> str:
    """No change: say so, and point at what is still open, so the next day has a purpose."""
    open_goals = [g.label for g in level.spec.goals if g.id not in world.goals]
    if open_goals:
        return f"A quiet day. Still open: {open_goals[0]}."
    return "A quiet day. Nothing you did was scored."
