"""Turning points of a player's own run, and what each choice cost.

The debrief's first screen shows three to five moments from the run (the largest score
changes and the choices behind them, goals won or lost and why, a friend cut, a post not
written, a pre-ticked box left ticked) and, for each one tied to a choice, a counterfactual:
the player's own record replayed with that one choice changed, same seed. Replays are pure
engine runs, so the same record always gives the same lines; `counterfactuals` yields one
per call so a screen can spread them over frames.
"""

import re
from collections.abc import Generator, Iterator, Sequence
from dataclasses import dataclass

from game.core import events as ev
from game.core.actions import Action
from game.core.engine import new_world, step
from game.core.level import Level
from game.core.money import money_text
from game.core.offers import refusal
from game.core.outcome import Outcome, outcome_of, outcome_steps
from game.core.spec.base import EVIDENCE_LABELS
from game.core.world import World
from game.sim.asides import split_aside

MIN_POINTS, MAX_POINTS = 3, 5
"""How many turning points the debrief shows (fewer only when the run has fewer)."""
GOAL_LOST, GOAL_WON = 100, 35
BIG_SHARE = 0.15
"""A change no choice made that moves the score by this share of its range is always named
(the largest MUST_NAME of them): a run that dives needs its falls explained."""
MUST_NAME = 2
"""A goal a choice lost matters most; one a choice won (usually by using a service) is
rarely a surprise, so it comes after choices that moved the score."""


@dataclass(frozen=True)
class TurningPoint:
    """One moment of the run, in one line, and the record with that choice changed."""

    day: int
    kind: str
    """choice, goal, friend, answer, reply, post or happening."""
    line: str
    weight: int
    """How much it mattered; the largest are shown."""
    had_you: str = ""
    """The changed choice as the start of a sentence ("Had you kept Wei"); empty if none."""
    alternative: tuple[Action, ...] | None = None
    """The player's record with this one choice changed; None when no choice is behind it."""
    big: bool = False
    """A change of at least BIG_SHARE of the score's range that no choice made."""


@dataclass(frozen=True)
class Counterfactual:
    """The replayed run with one choice changed, compared with the real one."""

    point: TurningPoint
    score: int
    """Final score of the changed run minus the real final score."""
    money: int
    goals_met: tuple[str, ...]
    """Labels of goals met only in the changed run."""
    goals_missed: tuple[str, ...]
    """Labels of goals met in the real run but not in the changed one."""
    tier: str
    """The final tier's label in the changed run when it differs, else empty."""
    line: str
    same: bool = False
    """True when the changed run ends just like the real one (score, money, goals, tier,
    perks, restrictions): the choice made no difference the debrief could show."""


def turning_points(
    level: Level, seed: int, actions: Sequence[Action], outcome: Outcome | None = None
) -> list[TurningPoint]:
    """Three to five moments of this run that mattered most, in the order they happened."""
    actions = tuple(actions)
    outcome = outcome or outcome_of(level, seed, actions)
    worlds, evidence = _walk(level, seed, actions)
    candidates = [
        *_choices(level, actions, worlds, evidence),
        *_goals(level, outcome, actions, worlds, evidence),
        *_answers(level, outcome, actions, worlds),
        *_replies(level, actions, worlds, evidence),
        *_unwritten(level, outcome, actions, worlds),
        *_happenings(level, outcome),
    ]
    return _pick(candidates)


def counterfactuals(
    level: Level,
    seed: int,
    actions: Sequence[Action],
    points: Sequence[TurningPoint],
    outcome: Outcome | None = None,
) -> Iterator[Counterfactual]:
    """One counterfactual per `next()` (one replay each), for the points that have one."""
    for found in counterfactual_steps(level, seed, actions, points, outcome):
        if found is not None:
            yield found


def counterfactual_steps(
    level: Level,
    seed: int,
    actions: Sequence[Action],
    points: Sequence[TurningPoint],
    outcome: Outcome | None = None,
) -> Generator[Counterfactual | None, None, None]:
    """`counterfactuals` an action at a time: None after each replayed action, so a screen
    can replay within a frame's budget, and each counterfactual as it is found."""
    real = outcome or outcome_of(level, seed, actions)
    for point in points:
        if point.alternative is not None:
            other = yield from outcome_steps(level, seed, point.alternative)
            yield compare(level, real, point, other)


def compare(level: Level, real: Outcome, point: TurningPoint, other: Outcome) -> Counterfactual:
    """The changed run against the real one, as numbers and one sentence."""
    labels = {g.id: g.label for g in level.spec.goals}
    met, was = set(other.goals_met), set(real.goals_met)
    gained = tuple(labels[g] for g in labels if g in met - was)
    missed = tuple(labels[g] for g in labels if g in was - met)
    labels_of_tiers = {t.id: t.label for t in level.tiers}
    moved = other.final_tier != real.final_tier and other.joined
    tier = labels_of_tiers[other.final_tier] if moved else ""  # no score, no tier
    score = other.final_score - real.final_score
    money = other.money_end - real.money_end
    two_states = level.spec.score.max - level.spec.score.min <= 1
    joined = _joined_words(level, real, other)
    if joined:
        parts = [joined]
    elif two_states and tier:
        parts = []  # the state reached says it
    else:
        parts = [_score_words(level, score)]
    parts += [f"'{g}' met" for g in gained] + [f"'{g}' missed" for g in missed]
    if tier:
        parts.append(f"{tier} at the end" if two_states else f"{tier} tier at the end")
    consequences = _consequences(level, real, other)
    parts += consequences[:MAX_CONSEQUENCES]
    line = f"{point.had_you}: {', '.join(parts)}."
    same = not (score or gained or missed or tier or consequences or real.joined != other.joined)
    return Counterfactual(point, score, money, gained, missed, tier, line, same)


MAX_CONSEQUENCES = 2
"""Plain consequences named after the score, goals and tier, so a line stays one sentence."""


def _consequences(level: Level, real: Outcome, other: Outcome) -> list[str]:
    """What the other choice would have changed in the player's life at the end: perks,
    restrictions and money, in plain words."""
    spec = level.spec
    out = [
        f"with '{spec.label_of('perks', p)}'" for p in sorted(other.perks_held - real.perks_held)
    ]
    out += [
        f"without '{spec.label_of('perks', p)}'" for p in sorted(real.perks_held - other.perks_held)
    ]
    for words, held in (
        ("with", other.restrictions_held - real.restrictions_held),
        ("free of", real.restrictions_held - other.restrictions_held),
    ):
        if held:
            out.append(
                f"{words} {_penalties([spec.label_of('restrictions', r) for r in sorted(held)])}"
            )
    money = other.money_end - real.money_end
    if money:
        out.append(f"{money_text(abs(money))} {'more' if money > 0 else 'less'} money by the end")
    return out


def _penalties(labels: list[str]) -> str:
    """ "the penalty 'A'", or "the penalties 'A' and 'B'" (a restriction, in plain words)."""
    quotes = [quoted(label) for label in labels[:MAX_CONSEQUENCES]]
    if len(labels) > MAX_CONSEQUENCES:
        quotes.append(f"{len(labels) - MAX_CONSEQUENCES} more")
    if len(quotes) == 1:
        return f"the penalty {quotes[0]}"
    return f"the penalties {', '.join(quotes[:-1])} and {quotes[-1]}"


def quoted(text: str) -> str:
    """'text' in single quotes, unless it is quoted already (a title such as "'Step on
    it!'", the rider's own words, is not wrapped twice); text with a single quote inside
    goes in double quotes ("Lea: 'Link your contacts!'" read 'Lea: 'Link your contacts!'')."""
    if len(text) > 1 and text[0] == text[-1] == "'":
        return text
    return f'"{text}"' if "'" in text else f"'{text}'"


def _joined_words(level: Level, real: Outcome, other: Outcome) -> str:
    """On an opt-in score one run may end with no score: then the other run's score is
    given as it is ('Sesame score at 527', 'Credit points at 890'), not as a change from a
    score never held."""
    score = level.spec.score
    if real.joined and other.joined:
        return ""
    if not other.joined:
        return f"still no {score.name}" if not real.joined else f"no {score.name}"
    return f"{score.name} at {score.shown(other.final_score)}"


def _score_words(level: Level, delta: int) -> str:
    """'City score 15 higher' in the level's own units (not '-4 Sesame score', which reads
    as a score of -4); the same words for no change."""
    score = level.spec.score
    if delta == 0 or score.max - score.min <= 1:
        return f"the same {score.name}" if delta == 0 else f"a different {score.name}"
    return f"{score.name} {score.shown(abs(delta))} {'higher' if delta > 0 else 'lower'}"


# the run, step by step ---------------------------------------------------------------------


def _walk(
    level: Level, seed: int, actions: tuple[Action, ...]
) -> tuple[list[World], list[tuple[str, ...]]]:
    """The world before each action, then the world at the end; and for each step, the
    evidence of the score changes it decided (landed now, or waiting for the regime's
    update), largest first, for the labels beside its points."""
    world, _ = new_world(level, seed)
    worlds, evidence = [world], []
    for action in actions:
        before = world
        world, events = step(world, action)
        worlds.append(world)
        moves = [(e.delta, e.evidence) for e in events if isinstance(e, ev.ScoreChanged)]
        moves += [(p.delta, p.evidence) for p in world.pending if p not in before.pending]
        ranked = sorted(moves, key=lambda m: -abs(m[0]))
        evidence.append(tuple(dict.fromkeys(e for d, e in ranked if d)))
    return worlds, evidence


def _without(actions: tuple[Action, ...], index: int) -> tuple[Action, ...]:
    return actions[:index] + actions[index + 1 :]


def _with(actions: tuple[Action, ...], index: int, action: Action) -> tuple[Action, ...]:
    return (*actions[:index], action, *actions[index:])


def _taken(before: World, after: World) -> bool:
    """True when the step did something (a refused action leaves the same world)."""
    return before is not after


# candidates --------------------------------------------------------------------------------


def _choices(
    level: Level,
    actions: tuple[Action, ...],
    worlds: list[World],
    evidence: list[tuple[str, ...]],
) -> Iterator[TurningPoint]:
    """Choices that moved the score (now or at the next update), and every friend cut."""
    for i, action in enumerate(actions):
        before, after = worlds[i], worlds[i + 1]
        if action.verb in {"end_day", "answer", "reply"} or not _taken(before, after):
            continue
        moved = _moved(before, after)
        if action.verb == "unfriend":
            name = level.characters[action.target].name
            line = f"Day {before.day}: you cut {name}{_points(level, moved, evidence[i])}."
            yield TurningPoint(
                before.day,
                "friend",
                line,
                60 + abs(moved),
                f"Had you kept {name}",
                _without(actions, i),
            )
        elif moved:
            line = f"Day {before.day}: {_did(level, action)}{_points(level, moved, evidence[i])}."
            yield TurningPoint(
                before.day,
                "choice",
                line,
                abs(moved),
                f"Had you not {_do(level, action)}",
                _without(actions, i),
            )


def _moved(before: World, after: World) -> int:
    """The score change one step decided: landed now, or waiting for the regime's update."""
    waiting = sum(p.delta for p in after.pending) - sum(p.delta for p in before.pending)
    return after.score - before.score + waiting


def _points(level: Level, delta: int, evidence: tuple[str, ...] = (), said: str = "") -> str:
    """', +15 [Speculative]' in the level's units, with the evidence labels of the rules
    behind it, or nothing for no change; on a score of two states (listed or not), whose 0
    and 1 mean nothing to a player, the state it led to (', now Listed [Documented]'), unless
    the words before it (`said`, a reason) already end by naming it: once, never 'listed (now
    Listed)'. The change follows a comma, not brackets: a reason or a label may end in
    brackets of its own, and '(the points are a game number) (-20) [Documented]' read as
    three asides in a row."""
    if not delta:
        return ""
    score = level.spec.score
    # no-break spaces: '[Game' at a line's end and 'abstraction]' on the next read as two
    labels = ", ".join(EVIDENCE_LABELS.get(e, e).replace(" ", "\u00a0") for e in evidence)
    labelled = f" [{labels}]" if labels else ""
    if score.max - score.min <= 1:
        state = level.tier_for(score.max if delta > 0 else score.min).label
        if _names(said, state):
            return labelled
        return f", now {state}{labelled}"
    return f", {'+' if delta > 0 else '-'}{score.shown(abs(delta))}{labelled}"


def _names(words: str, state: str) -> bool:
    """True when `words` end by naming `state` ('...: listed' names Listed; '...: not listed'
    names Not listed, not Listed)."""
    end = re.sub(r"[^a-z0-9 ]+", " ", words.lower()).split()
    want = state.lower().split()
    if not want or end[-len(want) :] != want:
        return False
    return len(end) == len(want) or end[-len(want) - 1] not in {"not", "no", "un"}


def _goals(
    level: Level,
    outcome: Outcome,
    actions: tuple[Action, ...],
    worlds: list[World],
    evidence: list[tuple[str, ...]],
) -> Iterator[TurningPoint]:
    """Goals won or lost: by a choice when one settled it, else with the refusal behind it."""
    for goal in level.spec.goals:
        state, day = outcome.goals.get(goal.id, ("failed", outcome.days))
        word = "met" if state == "met" else "missed"
        index = next(
            (
                i
                for i, a in enumerate(actions)
                if a.verb != "end_day"
                and goal.id in worlds[i + 1].goals
                and goal.id not in worlds[i].goals
            ),
            None,
        )
        if index is not None:
            action, moved = actions[index], _moved(worlds[index], worlds[index + 1])
            did = f"{_did(level, action)}{_points(level, moved, evidence[index])}"
            line = f"Day {day}: {did}, and '{goal.label}' was {word}."
            had_you, alt = f"Had you not {_do(level, action)}", _without(actions, index)
            if action.verb == "answer":
                had_you, alt = _answered_otherwise(level, actions, index)
            elif action.verb == "reply":
                had_you, alt = _replied_otherwise(level, actions, index)
            weight = GOAL_LOST if state != "met" else GOAL_WON
            yield TurningPoint(day, "goal", line, weight, had_you, alt)
        elif state != "met":
            why = _refused_for(goal.met_if.model_dump(), outcome)
            yield TurningPoint(day, "goal", missed_line(goal.label, why), 50)


def missed_line(label: str, why: str = "") -> str:
    """A goal missed with no choice behind it; without `why`, a screen that lists the missed
    goals beside the turning points says it already."""
    return f"'{label}' was missed{why}."


def _refused_for(condition: dict[str, object], outcome: Outcome) -> str:
    """': on day 5, <reason>' for the first refusal of something the goal needed."""
    wanted = {str(v) for v in condition.values() if isinstance(v, str)}
    wanted |= {str(x) for v in condition.values() if isinstance(v, list | tuple) for x in v}
    for day, action, reason in outcome.refusals:
        if action.split(" ")[-1] in wanted:
            return f": on day {day}, {reason[:1].lower()}{reason[1:].rstrip('.')}"
    return ""


def _answers(
    level: Level, outcome: Outcome, actions: tuple[Action, ...], worlds: list[World]
) -> Iterator[TurningPoint]:
    """Each question the regime asked: a ticked box left ticked, or the answer given."""
    for pid, (option, by_default) in outcome.answers.items():
        prompt = level.prompts[pid]
        chosen = level.options[option][1].label
        if by_default:
            other = next(o for o in prompt.options if o.id != option)
            index = next(i for i, w in enumerate(worlds) if pid in w.open_prompts)
            line = f"Day {worlds[index].day}: {quoted(prompt.title)}: you left {quoted(chosen)} ticked."
            yield TurningPoint(
                worlds[index].day,
                "answer",
                line,
                70,
                f"Had you answered {quoted(other.label)}",
                _with(actions, index, Action("answer", pid, other.id)),
            )
            continue
        answered = next(
            (i for i, a in enumerate(actions) if a.verb == "answer" and a.target == pid), None
        )
        if answered is None:
            continue
        verb, alt = _answered_otherwise(level, actions, answered)
        line = f"Day {worlds[answered].day}: {quoted(prompt.title)}: you answered {quoted(chosen)}."
        yield TurningPoint(worlds[answered].day, "answer", line, 65, verb, alt)


def _answered_otherwise(
    level: Level, actions: tuple[Action, ...], index: int
) -> tuple[str, tuple[Action, ...]]:
    """An explicit answer changed: the pre-ticked box left alone, or the other option."""
    action = actions[index]
    prompt = level.prompts[action.target]
    if action.option != prompt.default:
        ticked = next(o for o in prompt.options if o.id == prompt.default).label
        return f"Had you left the box ticked ('{ticked}')", _without(actions, index)
    other = next(o for o in prompt.options if o.id != action.option)
    swapped = Action("answer", action.target, other.id)
    return f"Had you answered {quoted(other.label)}", _with(
        _without(actions, index), index, swapped
    )


REPLY_WEIGHT = 40
"""A reply to a friend rarely moves the score, but the debrief should still name it: after
the regime's questions and cut friends, before a post never written."""


def _replies(
    level: Level,
    actions: tuple[Action, ...],
    worlds: list[World],
    evidence: list[tuple[str, ...]],
) -> Iterator[TurningPoint]:
    """Each message the player answered, in their own words, with the other reply as the
    counterfactual."""
    for i, action in enumerate(actions):
        if action.verb != "reply" or not _taken(worlds[i], worlds[i + 1]):
            continue
        day, moved = worlds[i].day, _moved(worlds[i], worlds[i + 1])
        line = f"Day {day}: {_did(level, action)}{_points(level, moved, evidence[i])}."
        had_you, alt = _replied_otherwise(level, actions, i)
        yield TurningPoint(day, "reply", line, REPLY_WEIGHT + abs(moved), had_you, alt)


def _replied_otherwise(
    level: Level, actions: tuple[Action, ...], index: int
) -> tuple[str, tuple[Action, ...]]:
    """The same message answered with the first other reply it offered."""
    action = actions[index]
    _, talk = level.talks[action.target]
    other = next(r for r in talk.replies if r.id != action.option)
    swapped = Action("reply", action.target, other.id)
    return f"Had you replied {quoted(other.label)}", _with(_without(actions, index), index, swapped)


def _unwritten(
    level: Level, outcome: Outcome, actions: tuple[Action, ...], worlds: list[World]
) -> Iterator[TurningPoint]:
    """The first critical post the player never wrote, written on the first day they could."""
    critical = [
        p
        for p in outcome.posts_not_written
        if level.posts[p].tone == "critical" or "critical" in level.posts[p].tags
    ]
    for pid in critical[:1]:
        action = Action("post", pid)
        index = next((i for i, w in enumerate(worlds[:-1]) if refusal(w, action) is None), None)
        if index is None:
            continue
        day = worlds[index].day
        text = _quote(level.posts[pid].text)
        yield TurningPoint(
            day,
            "post",
            f"You never posted {text}.",
            30,
            f"Had you posted it on day {day}",
            _with(actions, index, action),
        )


def _happenings(level: Level, outcome: Outcome) -> Iterator[TurningPoint]:
    """The largest score changes no choice made (an evening rule, a chance, the story);
    those of at least BIG_SHARE of the score's range are marked big. Those up to the end of
    the day an opt-in score was joined are left out, as the chart leaves them out: a grant
    of 1,000 points on joining is where it starts, not a turn it took."""
    score = level.spec.score
    big = max(1, round(BIG_SHARE * (score.max - score.min)))
    charted = [m for m in outcome.largest_changes if m.day > (outcome.joined_day or 0)]
    for move in charted[:MAX_POINTS]:
        rule = level.rules.get(move.rule_id)
        if rule is not None and getattr(rule, "kind", "") == "action":
            continue
        main, aside = split_aside(move.reason)  # the figures go before a closing aside
        reason = main.rstrip(".")
        points = _points(level, move.delta, (move.evidence,), said=reason)
        line = f"Day {move.day}: {reason}{points}." + (f" {aside}" if aside else "")
        weight = abs(move.delta) // 2
        yield TurningPoint(move.day, "happening", line, weight, big=abs(move.delta) >= big)


def _pick(candidates: list[TurningPoint]) -> list[TurningPoint]:
    """The big changes no choice made (at most MUST_NAME), the weightiest of each kind, then
    the weightiest of the rest, by day."""
    ranked = sorted(candidates, key=lambda p: (-p.weight, p.day))
    chosen = [p for p in ranked if p.big][:MUST_NAME]
    seen: set[object] = {p.line for p in chosen}
    for first_of_kind in (True, False):
        for p in ranked:
            kinds = {c.kind for c in chosen}
            key = p.alternative if p.alternative is not None else p.line
            if len(chosen) >= MAX_POINTS or key in seen:
                continue
            if first_of_kind and p.kind in kinds:
                continue
            chosen.append(p)
            seen.add(key)
    return sorted(chosen, key=lambda p: p.day)


# words ------------------------------------------------------------------------------------


def _quote(text: str, limit: int = 34) -> str:
    short = text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"
    return f'"{short}"'


def _did(level: Level, a: Action) -> str:
    """What the player did, as the rest of a sentence starting with 'you'."""
    return "you " + _phrase(level, a, past=True)


def _do(level: Level, a: Action) -> str:
    """What the player did, after 'Had you not' (a post is 'it': its line quotes it)."""
    return "posted it" if a.verb == "post" else _phrase(level, a, past=False)


def _phrase(level: Level, a: Action, *, past: bool) -> str:
    forms = {
        "buy": ("bought", "bought"),
        "post": ("posted", "posted"),
        "like": ("liked", "liked"),
        "share": ("shared", "shared"),
        "befriend": ("befriended", "befriended"),
        "unfriend": ("cut", "cut"),
        "help": ("helped", "helped"),
        "message": ("messaged", "messaged"),
        "apply": ("chose", "chosen"),
        "dispute": ("disputed", "disputed"),
        "answer": ("answered", "answered"),
        "reply": ("replied", "replied"),
    }
    verb = forms.get(a.verb, (a.verb, a.verb))[0 if past else 1]
    return f"{verb} {_what(level, a)}"


def _what(level: Level, a: Action) -> str:
    t = a.target
    if a.verb == "buy" and t in level.items:
        return level.items[t].label
    if a.verb == "post" and t in level.posts:
        return _quote(level.posts[t].text)
    if a.verb in {"like", "share"} and t in level.feed:
        post = level.feed[t]
        author = level.characters[post.author].name if post.author in level.characters else ""
        return f"{author}'s post" if author else _quote(post.text)
    if t in level.characters:
        return level.characters[t].name
    if a.verb == "reply" and t in level.talks:
        character, talk = level.talks[t]
        label = next((r.label for r in talk.replies if r.id == a.option), a.option)
        return f"{quoted(label)} to {character.name}"
    if a.verb == "apply" and t in level.services:
        return quoted(level.services[t].label)  # a label is an order ("Rent a bike"): quoted
    if a.verb == "dispute":
        return "a score change"
    if a.verb == "answer" and a.option in level.options:
        prompt, option = level.options[a.option]
        return f"{quoted(option.label)} to {quoted(prompt.title)}"
    return t
