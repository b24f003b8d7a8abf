"""What the regime lets the player see: every event turned into words, honouring the level's
display and explanation settings. Pure functions, no pygame, so they are easy to test."""

import re
from html import escape

from game.core import events as ev
from game.core.conditions import holds
from game.core.level import Level
from game.core.money import money_text
from game.core.scoring import has_joined, morning_actions
from game.core.spec.conditions import Condition
from game.core.spec.score import Tier
from game.core.spec.story import Event, Goal
from game.core.world import PendingChange, World
from game.design.debrief.cards import EVIDENCE_LABELS
from game.design.debrief.ledger import day_span
from game.design.debrief.states import two_states

EVIDENCE_MEANINGS = {
    "documented": "Written in a law, an official notice, a company statement or court data.",
    "reported": "Told by journalists or researchers who checked it, but not in an official paper.",
    "claimed": "Someone said it (a company, an official, a website), and nobody has proved it.",
    "speculative": "A guess or a fear from the press that no good source confirms.",
    "fiction": "Made up for a story (like the TV show Black Mirror), not a real system.",
    "game": "Made up for this game to make it play; the real number or rule is unknown.",
}
"""What each evidence label means, in words a 14-year-old reads (help, tooltips, tutorial)."""


def evidence_meaning(value: str) -> str:
    return EVIDENCE_MEANINGS.get(value, "")


def evidence_label(value: str) -> str:
    return EVIDENCE_LABELS.get(value, value.replace("_", " ").capitalize())


NOT_JOINED = "you have not joined"
"""What the phone says in place of the score of an opt-in regime the player has not joined."""


def joined(world: World) -> bool:
    """Whether the player has a score to show: the engine's answer (`score.joined_if`)."""
    return has_joined(world)


def shows_number(level: Level) -> bool:
    return level.spec.score.display == "exact"


def hidden(level: Level) -> bool:
    return level.spec.score.display == "hidden"


def explains(level: Level) -> str:
    """full, amount or none; a hidden score explains nothing until the debrief."""
    return "none" if hidden(level) else level.spec.score.explanations.value


def score_text(level: Level, value: int) -> str:
    """A score as this regime shows it: number, tier label, or nothing."""
    if shows_number(level):
        return level.spec.score.shown(value)
    if hidden(level):
        return "?"
    return level.tier_for(value).label


def other_score_text(level: Level, value: int) -> str:
    """Someone else's score, where the regime lets the player see it."""
    return score_text(level, value) if level.spec.score.others_visible else "not shown to you"


def signed(level: Level, delta: int) -> str:
    shown = level.spec.score.shown(abs(delta))
    return f"+{shown}" if delta >= 0 else f"\u2212{shown}"


def state_reached(level: Level, delta: int) -> str:
    """The state a change on a two-state score leads to ('Listed' for a fall): its 0 and 1
    mean nothing to a player, so the phone names the state instead of '-1'."""
    score = level.spec.score
    return level.tier_for(score.max if delta > 0 else score.min).label


def why_it_moved(level: Level) -> str:
    """The heading over the Score tab's ledger, in the level's own words for its score."""
    name = level.spec.score.name
    return f"What changed your {name}" if two_states(level) else f"Why your {name} moved"


def pulling_it_down(level: Level) -> str:
    """The heading over the friends who cost the player points."""
    name = level.spec.score.name
    return "Counting against you" if two_states(level) else f"Pulling your {name} down"


def change_line(level: Level, change: ev.ScoreChanged, full: bool = False) -> str:
    """One score change as the regime tells it (full=True: the whole truth, for the debrief)."""
    mode = "full" if full else explains(level)
    if mode == "none":
        return "Your score changed."
    if two_states(level):
        state = state_reached(level, change.delta)
        if mode == "amount":
            return f"{level.spec.score.name}: now {state}."
        return f"{state}: {change.reason} ({evidence_label(change.evidence)})"
    amount = signed(level, change.delta)
    if mode == "amount":
        return f"Your score changed by {amount}."
    return f"{amount} {change.reason} ({evidence_label(change.evidence)})"


def queued_line(level: Level, change: PendingChange) -> str | None:
    """A change the player's action decided that lands at the regime's next update (a daily
    score moves in the evening): said at once, so the choice answers back, while the dial
    waits for the update. As much as the regime explains; nothing when the score is hidden."""
    if hidden(level):
        return None
    if change.due:
        when = f"On the evening of day {change.due}"
    else:
        when = "Tonight" if level.spec.score.update == "daily" else "At the next update"
    if explains(level) != "full":
        return f"Noted. {when}, your {level.spec.score.name} counts it."
    if two_states(level):
        return f"{when}: {state_reached(level, change.delta)}. {change.reason}"
    label = evidence_label(change.evidence)
    return f"{when}: {signed(level, change.delta)} {change.reason} ({label})"


def pending_markup(level: Level, pending: tuple[PendingChange, ...]) -> str | None:
    """The changes decided but not yet on the score (a daily score moves in the evening), as
    much as the regime explains; None when there are none or the score is hidden."""
    if not pending or hidden(level):
        return None
    head = "<b>Not on your score yet</b>"
    if explains(level) != "full":
        n = len(pending)
        waits = "change waits" if n == 1 else "changes wait"
        return f"{head}<br>{n} {waits} for the next update."
    lines = [escape(line) for c in pending if (line := queued_line(level, c))]
    return "<br>".join([head, *lines])


def ledger_markup(level: Level, change: ev.ScoreChanged, full: bool = False) -> str:
    """A ledger row as pygame_gui markup."""
    mode = "full" if full else explains(level)
    sep = " \u00b7 " if mode == "full" else ": "
    return f"<b>Day {change.day}</b>{sep}{ledger_entry(level, change, full)}"


def ledger_entry(level: Level, change: ev.ScoreChanged, full: bool = False) -> str:
    """What a ledger row says after its day, as much as the regime explains."""
    mode = "full" if full else explains(level)
    if mode == "none":
        return "your score changed."
    if two_states(level):  # the state it led to: 'Listed.', not '-1'
        stop = "" if mode == "amount" else "."
        amount = f"<b>{escape(state_reached(level, change.delta))}{stop}</b>"
    else:
        amount = f"<b>{escape(signed(level, change.delta))}</b>"
    if mode == "amount":
        return amount
    return (
        f"{escape(cause_lead(change.cause))} {amount} {escape(change.reason)} "
        f"<i>[{escape(evidence_label(change.evidence))}]</i>"
    )


def cause_lead(cause: str) -> str:
    """A change's cause or a bulletin's headline, as the start of its line: a colon after a
    name ('Shop:'), none after a question that ends in its own mark ('pay the rent?')."""
    return cause if cause.endswith(("?", "!", ".", ":")) else f"{cause}:"


def ledger_earlier_markup(level: Level, changes: list[ev.ScoreChanged]) -> str:
    """One card for the changes of earlier days, the same entry once with its days and count,
    so the phone's ledger stays short late in a level (the debrief keeps every line)."""
    days: dict[str, list[int]] = {}
    for change in changes:
        days.setdefault(ledger_entry(level, change), []).append(change.day)
    lines = []
    for entry, when in days.items():
        span = day_span(when)
        times = f", \u00d7{len(when)}" if len(when) > 1 else ""
        lines.append(f"\u2022 <b>{span}</b>{times}: {entry}")
    return "<b>Earlier days</b><br>" + "<br>".join(lines)


TOLD_BY_FRIEND_EVENT = ("befriend", "unfriend")
"""Verbs whose act the friend event it makes tells ("You removed Kit from your friends."), so
the engine's own line for the act ("You unfriended Kit.") is not read a second time."""


def event_line(level: Level, event: ev.Event) -> str | None:
    """A line for the day's log, or None for events the player does not read as news."""
    spec = level.spec
    match event:
        case ev.ScoreChanged():
            return None if hidden(level) else change_line(level, event)
        case ev.TierChanged():  # on a two-state score the change's own line names the state
            quiet = hidden(level) or two_states(level)
            return None if quiet else f"Tier: {_tier_label(level, event.new)}."
        case ev.PerkGranted():
            return f"Perk gained: {spec.label_of('perks', event.perk)}."
        case ev.PerkLost():
            return f"Perk lost: {spec.label_of('perks', event.perk)}."
        case ev.RestrictionApplied():
            return f"Restriction on you: {spec.label_of('restrictions', event.restriction)}."
        case ev.RestrictionLifted():
            return f"Restriction lifted: {spec.label_of('restrictions', event.restriction)}."
        case ev.ActionRefused():
            return event.reason
        case ev.ActionTaken() if event.action.split(" ")[0] in TOLD_BY_FRIEND_EVENT:
            return None
        case ev.ActionTaken() | ev.Notice() | ev.ServiceUsed():
            return event.text
        case ev.BulletinShown():
            label = f" ({evidence_label(event.evidence)})" if event.evidence else ""
            return f"{cause_lead(event.headline)} {event.text}{label}"
        case ev.TalkStarted():
            character, talk = level.talks[event.talk]
            return f"{character.name}: {talk.text}"
        case ev.TalkReplied():
            _, talk = level.talks[event.talk]
            label = next((r.label for r in talk.replies if r.id == event.reply), event.reply)
            return f"You replied: {label}"
        case ev.CharacterReacted():
            return f"{level.characters[event.character].name}: {event.text}"
        case ev.FriendAdded():
            return f"{level.characters[event.character].name} is now your friend."
        case ev.FriendLost() if event.reason == ev.REMOVED_BY_PLAYER:
            return f"You removed {level.characters[event.character].name} from your friends."
        case ev.FriendLost():
            return f"{level.characters[event.character].name}: {event.reason}"
        case ev.PostPublished() if event.fabricated:  # its words: the news told the story
            return f'Posted in your name, not by you: "{level.posts[event.post].text}"'
        case ev.BadgeEarned():
            return f"Badge earned: {event.badge}."
        case ev.GoalMet():
            return f"Goal met: {spec.label_of('goals', event.goal)}."
        case ev.GoalFailed():
            return f"Goal missed: {spec.label_of('goals', event.goal)}."
        case ev.PromptAnswered() if event.by_default:
            label = option_label(level, event.option)
            return f"You did not answer, so the pre-ticked box counted: {label}."
    return None


def answer_line(level: Level, events: list[ev.Event]) -> str | None:
    """The player's own answer to a question, told when nothing else it caused has a line of
    its own: many answers only set a flag or move money, and the dialog closing with no word
    left the player unsure the choice counted."""
    if any(event_line(level, e) for e in events):
        return None
    answer = next(
        (e for e in events if isinstance(e, ev.PromptAnswered) and not e.by_default), None
    )
    return f"You answered: {option_label(level, answer.option)}." if answer else None


def option_label(level: Level, option_id: str) -> str:
    """The words of a question's answer, as its box showed them."""
    option = level.options.get(option_id)
    return option[1].label if option else option_id


def _tier_label(level: Level, tier_id: str) -> str:
    return next((t.label for t in level.tiers if t.id == tier_id), tier_id)


TIER_GLYPHS = {
    "circle": "\u25cf",
    "square": "\u25a0",
    "triangle": "\u25b2",
    "diamond": "\u25c6",
    "star": "\u2605",
    "cross": "\u2716",
    "bars": "\u2261",
    "shield": "\u2617",  # a badge shape; the inverse bullet (U+25D8) read as a broken character
}
"""Each tier icon as a glyph the bundled font draws, so it sits inline in text."""


_RANGE = re.compile(r"\s*\([^)]*\)$")


def without_range(label: str) -> str:
    """A tier's name without the range its label ends with ("Good (670 to 739)" is "Good"),
    for where room is short and the range is shown elsewhere; the label itself if that is all."""
    return _RANGE.sub("", label) or label


def tier_glyph(tier: Tier) -> str:
    return TIER_GLYPHS.get(tier.icon, "\u25cf")


def tier_of(world: World) -> Tier:
    return next((t for t in world.level.tiers if t.id == world.tier), world.level.tiers[0])


def toast_tone(event: ev.Event) -> str:
    """good, bad or neutral: colours a toast (its text also says which)."""
    if isinstance(event, ev.ScoreChanged):
        return "good" if event.delta > 0 else "bad"
    if isinstance(event, ev.ActionRefused | ev.PerkLost | ev.RestrictionApplied | ev.GoalFailed):
        return "bad"
    if isinstance(event, ev.PerkGranted | ev.GoalMet | ev.BadgeEarned | ev.RestrictionLifted):
        return "good"
    return "neutral"


def tone_mark(tone: str | None, good: str, bad: str) -> str | None:
    """A green up triangle for good news, a red down one for bad (in the palette's `good`
    and `bad` colours), else None: ups and downs read at a glance, by shape and colour."""
    if tone == "good":
        return f"<font color='{good}'>\u25b2</font>"
    if tone == "bad":
        return f"<font color='{bad}'>\u25bc</font>"
    return None


def _by_day(what: str, day: int) -> str:
    """'Pay the rent: by day 6', unless the label already ends with its day."""
    said = f"by day {day}" in what.lower()
    return escape(what) if said else f"{escape(what)}: by day {day}"


def deadlines(level: Level, world: World) -> list[str]:
    """Dates the player must act by, read from the level and today's state, so a bill or a
    goal mentioned once in a morning note stays in view until its day has passed."""
    out = [
        _by_day(goal.label, day)
        for goal in level.spec.goals
        if world.goals.get(goal.id) is None and (day := _goal_day(goal)) and day >= world.day
    ]
    for event in level.spec.events:
        if event.day is None or event.day <= world.day or event.id in world.events_done:
            continue
        if event.when is not None and _harms(event):
            ways = _ways_out(level, world, event.when)
            if ways and _holds_ignoring_day(event.when, world):
                line = _by_day(_either(level, ways), event.day - 1)
                out.append(f"{line} ({escape(_if_not(level, event))})")
        elif event.when is None and event.effects is not None and event.effects.money < 0:
            what = event.bulletin.headline if event.bulletin else "A charge"
            out.append(f"{escape(what)}: pay {money_text(-event.effects.money)} on day {event.day}")
    return out


def _either(level: Level, ways: list[str]) -> str:
    """Ways out joined into one sentence: 'Pay in full or pay the minimum', each way after
    the first starting in lower case unless its first word is a name or an acronym."""
    return " or ".join([ways[0], *(_mid_sentence(level, way) for way in ways[1:])])


def _mid_sentence(level: Level, label: str) -> str:
    """A label (a service's, which starts with a verb) as it reads after 'or'."""
    found = re.match(r"[^\W\d_]+", label)
    first = found.group() if found else ""
    names = {word for c in level.characters.values() for word in re.findall(r"\w+", c.name)}
    acronym = len(first) > 1 and not first[1:].islower()
    if not first[:1].isupper() or first == "I" or first in names or acronym:
        return label
    return label[:1].lower() + label[1:]


def _if_not(level: Level, event: Event) -> str:
    """What comes on the event's day to a player who does none of the ways out: its
    headline, or the harm itself (two deadlines on one bill then say what each avoids)."""
    if event.bulletin is not None:
        return f"if not: {event.bulletin.headline}"
    effects = event.effects
    assert effects is not None, "only harmful events have ways out"
    if effects.score is not None and effects.score.delta < 0:
        return f"if not: {level.spec.score.name} {signed(level, effects.score.delta)}"
    if effects.money < 0:
        return f"if not: a charge of {money_text(-effects.money)}"
    return "if not: a restriction"


def _goal_day(goal: Goal) -> int | None:
    """The last day an open goal can still be met, when its conditions bound the day."""
    days = []
    if goal.met_if.day_at_most is not None:
        days.append(goal.met_if.day_at_most)
    if goal.failed_if is not None and goal.failed_if.day_at_least is not None:
        days.append(goal.failed_if.day_at_least - 1)
    return min(days, default=None)


def _harms(event: Event) -> bool:
    effects = event.effects
    if effects is None:
        return False
    score = effects.score.delta if effects.score is not None else 0
    return effects.money < 0 or score < 0 or bool(effects.restrict)


def _ways_out(level: Level, world: World, when: Condition) -> list[str]:
    """Services open now whose effects make the harmful event's condition false (shop items
    have no effects, so only a service can be the way out)."""
    needed = {when.flag, *(when.flags or ())} - {None}
    barred = {when.not_flag, *(when.not_flags or ())} - {None}
    ways = []
    for offer in level.spec.services:
        effects = offer.effects
        if effects is None or not holds(offer.available, world):
            continue
        if needed & set(effects.clear_flags) or barred & set(effects.set_flags):
            ways.append(offer.label)
    return ways


def _holds_ignoring_day(condition: Condition, world: World) -> bool:
    """Whether a condition holds today, its day bounds aside (they are the deadline)."""
    return holds(condition.model_copy(update={"day_at_least": None, "day_at_most": None}), world)


def actions_note(level: Level, world: World) -> str:
    """How many actions a day the player has now, and which perks or restrictions held make
    it more or fewer than usual: a restriction that takes one a day was said nowhere but in
    its description."""
    usual, now = level.spec.player.actions_per_day, morning_actions(world)
    if now == usual:
        return f"Back to {usual} actions a day."
    held = [level.perks[p] for p in sorted(world.perks)]
    held += [level.restrictions[r] for r in sorted(world.restrictions)]
    why = ", ".join(h.label for h in held if h.actions)
    return f"{now} action{'s' if now != 1 else ''} a day now, not {usual}: {why}."
