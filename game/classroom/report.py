"""The class report: many students' results merged into totals, never names.

`build_report` is pure: the same results in any order give an equal report, so a report
built from the server's database equals one built from the students' files.
"""

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

import numpy as np

from game.classroom.code import CodeError, decode
from game.classroom.levels import without_numbers
from game.classroom.results import Results
from game.core.level import Level
from game.core.outcome import outcome_of
from game.core.record import action_from_json
from game.core.spec.society import CITIZENS, SocietyWords
from game.design.debrief.states import two_states

PERCENTILES = (10, 25, 50, 75, 90)
TOWN_CITIZENS = 3000
TOWN_SEED = 1
"""The class's modelled town (the level's rules over a population), the same on the report
page and on the projector: the model can tip one way or the other with its size and seed
(Red List's firms, 2,000 or 3,000 of them), so two sizes could tell a class two stories."""
CRITICAL_TAGS = frozenset({"critical", "dissent", "honest", "solidarity", "privacy"})
"""Posts that say what the system would rather not hear (the same tags the bots read)."""
TOP_TURNING_POINTS = 5


@dataclass(frozen=True)
class Tally:
    """How many of the class did something: `key` is a level id, `label` what students read."""

    key: str
    label: str
    count: int
    of: int

    @property
    def share(self) -> float:
        return self.count / self.of if self.of else 0.0


@dataclass(frozen=True)
class Band:
    """The class's scores on one day at the PERCENTILES."""

    day: int
    values: tuple[int, ...]


@dataclass(frozen=True)
class StudentRow:
    """One student's line in the CSV (nickname only)."""

    nickname: str
    session: str
    level_hash: str
    seed: int
    strategy: str
    final_score: int
    shown_score: str
    """The final score as the game showed it (a 1-5 rating stored as 193 shows 1.93)."""
    final_tier: str
    money_end: int
    goals: tuple[tuple[str, str], ...]
    perks: tuple[str, ...]
    restrictions: tuple[str, ...]
    friends_cut: tuple[str, ...]
    posts_written: tuple[str, ...]
    kept_default: tuple[str, ...]
    """Questions whose pre-ticked answer stood at the end, chosen or left unanswered."""
    replay_of: str = ""
    """For a game played again from a seat that had finished (`ClassReport.replays`): the
    nickname of that seat's first game, the one counted; empty for a counted game."""


@dataclass(frozen=True)
class ClassReport:
    level_id: str
    title: str
    level_hash: str
    sessions: tuple[str, ...]
    students: int
    bands: tuple[Band, ...]
    tiers: tuple[tuple[str, int], ...]
    """(label, minimum score) of the level's tiers, for the chart's lines."""
    goals: tuple[Tally, ...]
    perks: tuple[Tally, ...]
    restrictions: tuple[Tally, ...]
    choices: tuple[Tally, ...]
    turning_points: tuple[Tally, ...]
    prompts: tuple[str, ...]
    rows: tuple[StudentRow, ...]
    level_questions: tuple[str, ...] = ()
    """The level's own discussion questions (its debrief's), for after the class's three."""
    tier_numbers: tuple[str, ...] = ()
    """Each tier's minimum as the game shows it (a 1-5 rating stored as 450 shows 4.50), in
    the order of `tiers`; empty when the level is not here (the stored numbers are shown)."""
    hide_scores: bool = False
    """A session code here hid scores from its students (`class new --hide-scores`): what
    the class is shown (the page, the projector) gives tiers without score numbers."""
    members: SocietyWords = CITIZENS
    """How the level speaks of its society's members (citizens, firms)."""
    unjoined: int = 0
    """Students who never joined an opt-in score (Sesame's "Not now"): they had none, so
    the chart leaves them out and their rows give no score."""
    states: str = ""
    """The score's name when it has two states, each a tier (a court list: listed or not);
    empty for a score that counts. A class that saw states is told of states, not scores."""
    names_note: str = ""
    """One line under the perks and restrictions when the level the class played is not
    here and some tiers, perks or restrictions have no words in the copy here (or there is
    no copy): they are numbered, and this says why, once; empty otherwise."""
    goals_note: str = ""
    """One line under the goals when the level the class played is not here: goals are named
    as the copy here names them, and those it lacks are numbered, their words unknown; empty
    when the level the class played is here."""
    replays: tuple[StudentRow, ...] = ()
    """Games played again from a seat (a computer account) whose first game is counted: listed
    (`StudentRow.replay_of` names the first), never in the class's figures, so a student who
    played again under a new nickname is not two students."""

    @property
    def replays_line(self) -> str:
        """One line for the class (no nicknames): how many games were played again and left
        out of the figures; empty when none was."""
        n = len(self.replays)
        if not n:
            return ""
        games = "1 game was" if n == 1 else f"{n} games were"
        return (
            f"{games} played again on a computer that had already finished: only each "
            "computer's first game is counted."
        )

    @property
    def numbered(self) -> bool:
        """Whether the chart's tier lines carry score numbers: not when the class saw none
        (scores hidden) or when the score is a state (its numbers are 0 and 1)."""
        return not self.hide_scores and not self.states

    @property
    def charted(self) -> bool:
        """Whether anyone had a score to chart (on an opt-in score, maybe nobody joined)."""
        return self.unjoined < self.students

    @property
    def chart_note(self) -> str:
        """Who the chart of scores leaves out, in a line under it; empty when no one."""
        if not self.unjoined:
            return ""
        if not self.charted:
            return "None of you joined, so nobody had a score to chart."
        joined = self.students - self.unjoined
        return (
            f"{self.unjoined} of {self.students} never joined, so had no score: "
            f"the chart shows the {joined} who did, from the day each joined."
        )

    @property
    def moved_heading(self) -> str:
        if self.states:
            return f"How the class's {self.states.lower()} changed"
        return "How the class's scores moved"

    @property
    def changes_heading(self) -> str:
        what = "changes" if self.states else "score changes"
        return f"Biggest {what}, most common first"


UNKNOWN_GOAL = "Goal {n}"
"""A goal whose words are not known here (no copy of its level has it), numbered in the
order of its id: the report says once why (`ClassReport.goals_note`), not on each line."""

NAMED_KINDS = ("goal", "tier", "perk", "restriction")
"""What a results file names by id and a report names in the level's words: goals, tiers,
perks and restrictions. One with no words here is numbered ("Goal 1", "Perk 2")."""

KIND_PLURALS = {"goal": "goals", "tier": "tiers", "perk": "perks", "restriction": "restrictions"}


def level_words(level: Level | None) -> dict[str, dict[str, str]]:
    """Each kind's words in a level, by id (empty without a level)."""
    if level is None:
        return {kind: {} for kind in NAMED_KINDS}
    return {
        "goal": {g.id: g.label for g in level.spec.goals},
        "tier": {t.id: t.label for t in level.tiers},
        "perk": {pid: perk.label for pid, perk in level.perks.items()},
        "restriction": {rid: item.label for rid, item in level.restrictions.items()},
    }


def named_ids(results: Iterable[Results]) -> dict[str, set[str]]:
    """The goal, tier, perk and restriction ids a class's results name."""
    found: dict[str, set[str]] = {kind: set() for kind in NAMED_KINDS}
    for r in results:
        o = r.outcome
        found["goal"].update(o.goals)
        if o.joined is not False:
            found["tier"].add(o.final_tier)
        found["perk"].update(o.perks_gained)
        found["restriction"].update(o.restrictions_applied)
    return found


class Labels:
    """Names from the level when it is here. Without it, goals, tiers, perks and
    restrictions are named as the copy of their level here names them (another version,
    `words`), and those that copy lacks are numbered ("Perk 1"); other ids stay ids."""

    def __init__(self, level: Level | None, copy_here: Level | None = None) -> None:
        self.level = level
        self.words = level_words(level or copy_here)
        self.unknown: dict[str, dict[str, str]] = {kind: {} for kind in NAMED_KINDS}
        """Ids with no words here, each with its numbered name, by kind, in the order met."""

    def know(self, kind: str, ids: Iterable[str]) -> None:
        """Number the ids of one kind that have no words here, in the order of their ids,
        so each keeps its number on every line (the rows, the tallies, the CSV)."""
        unknown = self.unknown[kind]
        for key in sorted(set(ids) - set(self.words[kind]) - set(unknown)):
            unknown[key] = f"{kind.capitalize()} {len(unknown) + 1}"

    def named(self, kind: str, key: str) -> str:
        """The words for an id of one kind, or its number when there are none here."""
        if key in self.words[kind]:
            return self.words[kind][key]
        self.know(kind, [key])
        return self.unknown[kind][key]

    def known(self, kind: str, key: str) -> bool:
        return key in self.words[kind]

    def goal(self, gid: str) -> str:
        return self.named("goal", gid)

    def perk(self, pid: str) -> str:
        return self.named("perk", pid)

    def restriction(self, rid: str) -> str:
        return self.named("restriction", rid)

    def character(self, cid: str) -> str:
        who = self.level.characters.get(cid) if self.level else None
        return who.name if who else cid

    def post(self, pid: str) -> str:
        post = self.level.posts.get(pid) if self.level else None
        return _short(post.text) if post else pid

    def score(self, value: int) -> str:
        return self.level.spec.score.shown(value) if self.level else str(value)

    def tier(self, tid: str) -> str:
        return self.named("tier", tid)

    def prompt(self, pid: str) -> str:
        titles = {p.id: p.title for p in self.level.spec.prompts} if self.level else {}
        return _short(titles.get(pid, pid), 40)

    def kept_default(self, pid: str, answer: tuple[str, bool]) -> bool:
        """The pre-ticked answer stood: chosen (Enter on the focused, pre-ticked button) or
        left unanswered. Without the level its default is unknown: unanswered ones count."""
        option, by_default = answer
        prompt = (
            next((p for p in self.level.spec.prompts if p.id == pid), None) if self.level else None
        )
        return by_default or (prompt is not None and option == prompt.default)


def _short(text: str, limit: int = 70) -> str:
    """At most `limit` characters, cut between words and before an aside left open, so a
    label on the projector never ends in half a word ("(the po…"); cut after a whole
    sentence, it ends there, with no mark after its full stop."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if text[limit - 1] != " " and " " in cut[limit // 2 :]:
        cut = cut[: cut.rindex(" ")]
    if cut.count("(") > cut.count(")") and cut.rindex("(") > limit // 2:
        cut = cut[: cut.rindex("(")]
    cut = cut.rstrip(" ,;:-(")
    return cut if cut.endswith((".", "?", "!")) else cut + "…"


def level_played(results: Results, levels: Iterable[Level]) -> tuple[Level | None, str | None]:
    """The level these results were played on, if this computer has that version, and else
    None with one line saying why the report shows the words of the copy here, or numbers:
    another version's tier lines and modelled town would describe rules the class did not play."""
    same_id = [lv for lv in levels if lv.id == results.level_id]
    for level in same_id:
        if level.content_hash == results.level_hash:
            return level, None
    if not same_id:
        return None, None
    return None, (
        f"{results.level_id}: the copy of this level here is another version "
        f"({same_id[0].content_hash[:8]}) than the students played ({results.level_hash[:8]}), "
        "so the report names goals as the copy here does, and tiers, perks and restrictions "
        "likewise (numbering those it lacks), and shows no modelled town; update the game "
        "here to the students' copy for its words"
    )


def build_report(
    results: Sequence[Results],
    level: Level | None,
    scored: Mapping[str, frozenset[int]] | None = None,
    others: Iterable[Level] | None = None,
) -> ClassReport:
    """Merge one level's results (at least one) into the class's totals. `scored` gives, by
    digest, the days each student had a score as the replay that checked their results said
    (`Gathered.scored`); a result it leaves out is replayed here. Each seat's first game
    is counted, and its later ones listed as `replays` (`first_games`). Without the level
    the class played, goals take their words from another version of it among `others`
    (the shipped levels when not given), the only words a results file's ids can have."""
    counted, again = first_games(results)
    ordered = sorted(counted, key=lambda r: (r.nickname, r.digest))
    first = ordered[0]
    hidden = hides_scores(r.session for r in ordered)
    level = without_numbers(level) if hidden and level else level
    copy_here = None if level else _copy_here(first.level_id, others)
    if copy_here is not None:  # its tiers' ranges are its own rules', not the class's
        copy_here = without_numbers(copy_here)
    labels = Labels(level, copy_here)
    for kind, ids in named_ids([*ordered, *(r for r, _ in again)]).items():
        labels.know(kind, ids)
    n = len(ordered)
    goals = _goals(ordered, level, labels, copy_here)
    restrictions = _counted(
        [list(r.outcome.restrictions_applied) for r in ordered], labels.restriction, n
    )
    choices = class_choices(ordered, level, labels)
    turns = turning_points(ordered)
    joined = [r for r in ordered if r.outcome.joined is not False]  # None: not said (v1)
    return ClassReport(
        level_id=first.level_id,
        title=level.spec.meta.title if level else first.level_id,
        level_hash=first.level_hash,
        sessions=tuple(sorted({r.session for r in ordered})),
        students=n,
        bands=score_bands(joined, level, scored) if joined else score_bands(ordered),
        tiers=tuple((t.label, t.min) for t in level.tiers) if level else (),
        tier_numbers=tuple(level.spec.score.shown(t.min) for t in level.tiers) if level else (),
        level_questions=tuple(level.spec.debrief.questions) if level else (),
        goals=goals,
        perks=_counted([list(r.outcome.perks_gained) for r in ordered], labels.perk, n),
        restrictions=restrictions,
        choices=choices,
        turning_points=turns,
        prompts=discussion_prompts(
            choices,
            [t for t in goals if labels.known("goal", t.key)],
            [t for t in restrictions if labels.known("restriction", t.key)],
            turns,
        ),
        rows=tuple(_row(r, labels) for r in ordered),
        goals_note="" if level else _goals_note(labels, copy_here is not None),
        names_note="" if level else _names_note(labels, copy_here is not None),
        hide_scores=hidden,
        unjoined=n - len(joined),
        members=level.spec.society.words if level else CITIZENS,
        states=level.spec.score.name if level and two_states(level) else "",
        replays=tuple(
            replace(_row(r, labels), replay_of=first.nickname)
            for r, first in sorted(again, key=lambda rf: (rf[1].nickname, _when(rf[0])))
        ),
    )


def first_games(results: Iterable[Results]) -> tuple[list[Results], list[tuple[Results, Results]]]:
    """The games the class's figures count, and the others with the game each follows. A
    seat (one computer account) counts once a session: its first finished game counts, and a
    later one (the student played again, maybe under a new nickname) is a replay. Results
    without a seat (older copies of the game) each count as their own student."""
    counted: list[Results] = []
    seats: dict[tuple[str, str], list[Results]] = {}
    for r in results:
        if r.seat is None:
            counted.append(r)
        else:
            seats.setdefault((r.session, r.seat), []).append(r)
    again: list[tuple[Results, Results]] = []
    for games in seats.values():
        first, *later = sorted(games, key=_when)
        counted.append(first)
        again += [(r, first) for r in later]
    return counted, again


def _when(r: Results) -> tuple[bool, int, str]:
    """The order of one seat's games: by the time each finished (one computer's clock), a
    game whose time is not known last, and by digest when the times are equal."""
    return (r.finished is None, r.finished or 0, r.digest)


def hides_scores(sessions: Iterable[str]) -> bool:
    """True when any of these session codes hid scores from students (a code that cannot be
    read, or no code, hid nothing)."""
    for text in sessions:
        try:
            if text and decode(text).hide_scores:
                return True
        except CodeError:
            continue
    return False


@dataclass(frozen=True)
class ChartFrame:
    """What a chart of the class's score bands draws besides the bands (the report page and
    the projector draw the same)."""

    tiers: list[tuple[str, int]]
    """The tier lines near the class's scores."""
    below: str | None
    """The tier the lowest scores fell into when its own line lies far below the chart:
    without it the band under the lowest line had no name, and with scores hidden nothing
    said where those students ended."""
    low: int
    high: int
    """The scores at the chart's bottom and top (room under the lowest line for `below`)."""


def chart_frame(report: "ClassReport") -> ChartFrame:
    """The tier lines, the band named below them and the score range of the bands chart."""
    values = [v for b in report.bands for v in b.values]
    low, high = min(values), max(values)
    shown = [(label, m) for label, m in report.tiers if low - 40 <= m <= high + 40]
    low, high = min([low, *(m for _, m in shown)]), max([high, *(m for _, m in shown)])
    under = [(label, m) for label, m in report.tiers if m <= low]
    lowest = max(under, key=lambda t: t[1]) if under else None
    below = lowest[0] if lowest is not None and lowest not in shown else None
    if below is not None:
        low -= max(1, high - low) // 10
    return ChartFrame(shown, below, low, high)


def score_at(path: Sequence[tuple[int, int]], day: int) -> int:
    """The score held at the end of `day` (the last one known before it)."""
    score = path[0][1]
    for d, s in path:
        if d > day:
            break
        score = s
    return score


def score_bands(
    results: Sequence[Results],
    level: Level | None = None,
    known: Mapping[str, frozenset[int]] | None = None,
) -> tuple[Band, ...]:
    """The class's percentiles on each day, over the students who had a score that day (all
    of them, unless `level` has an opt-in score): a day nobody had one has no band. `known`
    gives those days by digest where a replay already told them."""
    days = max(r.outcome.path[-1][0] for r in results)
    scored = [scored_days(r, level, known) for r in results]
    bands = []
    for day in range(days + 1):
        scores = [
            score_at(r.outcome.path, day)
            for r, had in zip(results, scored, strict=True)
            if day in had
        ]
        if scores:
            cuts = np.percentile(scores, PERCENTILES)
            bands.append(Band(day, tuple(round(float(v)) for v in cuts)))
    return tuple(bands)


def scored_days(
    results: Results, level: Level | None, known: Mapping[str, frozenset[int]] | None = None
) -> range | frozenset[int]:
    """The days whose end found the student with a score, as the engine's replay of their
    actions says (`Outcome.scored_path`): before they joined an opt-in score they had none,
    yet the results' path holds the number they would have had (Sesame's 550 from day 0)."""
    days = range(results.outcome.path[-1][0] + 1)
    if level is None or level.spec.score.joined_if is None:
        return days
    if results.level_hash != level.content_hash:
        return days  # another version: it cannot be replayed here
    if known is not None and results.digest in known:
        return known[results.digest]  # the replay that checked the results said
    try:
        actions = [action_from_json(a) for a in results.actions]
    except ValueError:
        return days
    return frozenset(d for d, _ in outcome_of(level, results.seed, actions).scored_path)


def _counted(lists: Sequence[Sequence[str]], label, n: int) -> tuple[Tally, ...]:
    counts = Counter(key for keys in lists for key in set(keys))
    return tuple(
        Tally(k, label(k), c, n) for k, c in sorted(counts.items(), key=lambda kc: (-kc[1], kc[0]))
    )


def _copy_here(level_id: str, others: Iterable[Level] | None) -> Level | None:
    """Another version of the level on this computer, if there is one."""
    if others is None:
        from game.classroom.levels import shipped_levels

        others = shipped_levels()
    return next((lv for lv in others if lv.id == level_id), None)


def _goals_note(labels: Labels, copy_here: bool) -> str:
    """Why the goals read as they do, said once, when the level played is not here."""
    unknown = list(labels.unknown["goal"].values())
    if not copy_here:
        if not unknown:
            return ""
        return (
            "This level is not on this computer, so the words of its goals cannot be shown: "
            "they are numbered instead."
        )
    played = "The class played another version of this level"
    if not unknown:
        others = [KIND_PLURALS[k] for k in NAMED_KINDS[1:] if not labels.unknown[k]]
        named = _listed(["goals", *others]) if len(others) == len(NAMED_KINDS) - 1 else "goals"
        return f"{played}: its {named} are named as in the copy on this computer."
    if len(unknown) == 1:
        return (
            f"{played}: {unknown[0]} is not in the copy on this computer, so its words "
            "cannot be shown here."
        )
    return (
        f"{played}: {_listed(unknown)} are not in the copy on this computer, so their words "
        "cannot be shown here."
    )


def _listed(items: Sequence[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"


def _names_note(labels: Labels, copy_here: bool) -> str:
    """Why tiers, perks or restrictions are numbered, said once, when the level played is
    not here; empty when each has its words (the goals' line says the copy's words are used)."""
    kinds = NAMED_KINDS[1:]
    if not copy_here:
        numbered = [KIND_PLURALS[k] for k in kinds if labels.unknown[k]]
        if not numbered:
            return ""
        return (
            f"This level is not on this computer, so the words of its {_listed(numbered)} "
            "cannot be shown: they are numbered instead."
        )
    unknown = [name for k in kinds for name in labels.unknown[k].values()]
    if not unknown:
        return ""
    verb, their = ("is", "its") if len(unknown) == 1 else ("are", "their")
    return (
        f"{_listed(unknown)} {verb} not in the copy of this level on this computer (the class "
        f"played another version), so {their} words cannot be shown here."
    )


def _goals(
    results: Sequence[Results], level: Level | None, labels: Labels, copy_here: Level | None
) -> tuple[Tally, ...]:
    """Each goal the level has (the class's version), or, without it, each goal a student
    met or failed, in the order of the copy here, the numbered ones after."""
    played = {g for r in results for g in r.outcome.goals}
    if level:
        ids = [g.id for g in level.spec.goals]
    else:
        ids = [g.id for g in copy_here.spec.goals if g.id in played] if copy_here else []
    ids += sorted(played - set(ids))
    met = Counter(g for r in results for g, (state, _) in r.outcome.goals.items() if state == "met")
    return tuple(Tally(g, labels.goal(g), met[g], len(results)) for g in ids)


def low_score_friend(level: Level) -> str | None:
    """The starting friend with the lowest score: the one the system pulls you to drop."""
    friends = [c for c in level.spec.characters if c.friend]
    return min(friends, key=lambda c: (c.score, c.id)).id if friends else None


def class_choices(
    results: Sequence[Results], level: Level | None, labels: Labels
) -> tuple[Tally, ...]:
    """The choices a discussion starts from: cut friends, critical posts, pre-ticked boxes."""
    n = len(results)
    out = []
    low = low_score_friend(level) if level else None
    if low is not None:
        cut = sum(any(c == low for _, c in r.outcome.friends_cut) for r in results)
        out.append(Tally(f"cut:{low}", f"cut {labels.character(low)}", cut, n))
    anyone = sum(bool(r.outcome.friends_cut) for r in results)
    out.append(Tally("cut:any", "cut at least one friend", anyone, n))
    critical = [p.id for p in level.spec.posts if CRITICAL_TAGS & set(p.tags)] if level else []
    written = [{p for _, p in r.outcome.posts_written} for r in results]
    if critical:
        some = sum(bool(w & set(critical)) for w in written)
        out.append(Tally("post:critical", "posted something critical or honest", some, n))
        for pid in critical:
            out.append(
                Tally(
                    f"post:{pid}",
                    f"posted \u201c{labels.post(pid)}\u201d",
                    sum(pid in w for w in written),
                    n,
                )
            )
    for prompt in level.spec.prompts if level else ():
        answered = [r.outcome.answers[prompt.id] for r in results if prompt.id in r.outcome.answers]
        if answered:
            kept = sum(labels.kept_default(prompt.id, a) for a in answered)
            default = next(
                (o.label for o in prompt.options if o.id == prompt.default), prompt.default
            )
            label = (
                f"kept the pre-ticked \u201c{_short(default, 40)}\u201d "
                f"({_short(prompt.title, 40)})"
            )
            out.append(Tally(f"default:{prompt.id}", label, kept, len(answered)))
    return tuple(out)


def turning_points(results: Sequence[Results]) -> tuple[Tally, ...]:
    """The score changes that were among the largest for the most students (grouped by the
    reason students read, so two rules saying the same thing count once)."""
    seen: Counter[str] = Counter()
    for r in results:
        for reason in {" ".join(t.reason.split()) for t in r.outcome.turning_points}:
            seen[reason] += 1
    top = sorted(seen.items(), key=lambda kc: (-kc[1], kc[0]))[:TOP_TURNING_POINTS]
    return tuple(Tally(k, _short(k, 90), c, len(results)) for k, c in top)


def discussion_prompts(
    choices: Sequence[Tally],
    goals: Sequence[Tally],
    restrictions: Sequence[Tally],
    turns: Sequence[Tally],
) -> tuple[str, ...]:
    """Three questions from the class's own numbers: the most divided choices first."""
    candidates: list[tuple[float, str, str]] = []
    for t in choices:
        if t.key == "cut:any" or not t.count:
            continue
        text = f"{t.count} of {t.of} of you {t.label}. Why?"
        if t.key.startswith("default:"):
            text = f"{t.count} of {t.of} of you {t.label}. Did you read it first?"
        elif t.key.startswith("post:") and t.share < 0.5:
            text = f"Only {t.count} of {t.of} of you {t.label}. What stopped the others?"
        candidates.append((_divided(t) + 0.2, t.key.split(":")[0], text))
    for t in goals:
        text = f"{t.count} of {t.of} of you managed \u201c{t.label}\u201d. What did it cost?"
        if not t.count:
            text = f"None of you managed \u201c{t.label}\u201d. What stood in the way?"
        candidates.append((_divided(t), "goal", text))
    for t in restrictions[:2]:
        text = f"{t.count} of {t.of} of you were hit by \u201c{t.label}\u201d. Was it fair?"
        candidates.append((_divided(t), "restriction", text))
    for t in turns[:1]:
        text = (
            f"For {t.count} of {t.of} of you, a big score change was: {t.label} Who decided that?"
        )
        candidates.append((t.share * 0.6, "turn", text))
    picked: dict[str, str] = {}
    for _, kind, text in sorted(candidates, key=lambda c: (-c[0], c[2])):
        picked.setdefault(kind, text)
    return tuple(picked.values())[:3]


def _divided(t: Tally) -> float:
    """1 when the class split half and half, 0 when everyone (or no one) did it."""
    return 1 - abs(2 * t.share - 1) if t.of else 0.0


def _row(r: Results, labels: Labels) -> StudentRow:
    """One student's line in the words the students read (a teacher opens the CSV in a
    spreadsheet), or ids when the level is not here."""
    o = r.outcome
    return StudentRow(
        nickname=r.nickname,
        session=r.session,
        level_hash=r.level_hash,
        seed=r.seed,
        strategy=r.strategy,
        final_score=o.final_score,
        shown_score=labels.score(o.final_score) if o.joined is not False else "",
        final_tier=labels.tier(o.final_tier) if o.joined is not False else "not joined",
        money_end=o.money_end,
        goals=tuple(sorted((labels.goal(g), state) for g, (state, _) in o.goals.items())),
        perks=tuple(sorted(labels.perk(p) for p in o.perks_gained)),
        restrictions=tuple(sorted(labels.restriction(x) for x in o.restrictions_applied)),
        friends_cut=_each_once(labels.character(c) for _, c in o.friends_cut),
        posts_written=tuple(labels.post(p) for _, p in o.posts_written),
        kept_default=tuple(
            sorted(labels.prompt(p) for p, a in o.answers.items() if labels.kept_default(p, a))
        ),
    )


def _each_once(names: Iterable[str]) -> tuple[str, ...]:
    """Each name once, in first order, with how often it came when more than once: a friend
    made again and cut again read 'Mina Osei | Mina Osei', like a line written twice."""
    counts = Counter(names)
    return tuple(n if c == 1 else f"{n} ({c} times)" for n, c in counts.items())
