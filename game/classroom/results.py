"""A student's results file: nickname, session, level version, the actions and the Outcome.

The same pydantic model checks a file read from disk and a post the server receives, so
both refuse the same things. Every list and text has a limit (below) so a hostile file
cannot make the report or the server slow or large.
"""

import hashlib
import json
import re
import unicodedata
from collections.abc import Sequence
from typing import Annotated, Literal

import numpy as np
from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    StringConstraints,
    ValidationError,
)

from game.core.actions import MAX_ID_CHARS, Action
from game.core.content.model_errors import describe, where
from game.core.outcome import Outcome
from game.core.record import SESSION_KIND, action_from_json
from game.core.seeds import MAX_SEED
from game.core.spec.base import visible

RESULTS_KIND = "citizen-score-results"
NOT_RESULTS = "not a Citizen Score results file"
SESSION_RECORD = "a session record (what autoplay --record writes), not a results file"
"""A record handed in by mistake: whole, and not what a report reads."""
RESULTS_VERSION = 3
"""2: the outcome says whether the student had a score at the end (`joined`); 3: the results
say which seat (computer account) played them and when they finished (`seat`, `finished`),
so a second game from the same seat under a new nickname is a replay, not a new student."""
MAX_RESULTS_BYTES = 256 * 1024
"""A results file or post larger than this is refused (a real one is under 40 KB)."""
MAX_ACTIONS = 2000
MAX_ENTRIES = 400
"""Longest list or mapping inside an outcome (days, perks, choices...)."""

_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _plain(text: str, newlines: bool) -> str:
    """Refuse what would act on a terminal or a page instead of showing (escape sequences,
    line breaks in a one-line message, text turned around): the report prints these texts."""
    for i, char in enumerate(text, start=1):
        if char == "\n" and newlines:
            continue
        if char in _BIDI or unicodedata.category(char) in {"Cc", "Cs", "Zl", "Zp"}:
            raise ValueError(f"character {i} is the control character U+{ord(char):04X}")
    return text


def _one_line(text: str) -> str:
    return _plain(text, newlines=False)


def _lines(text: str) -> str:
    return _plain(text, newlines=True)


Id = Annotated[str, StringConstraints(max_length=80), AfterValidator(_one_line)]
Line = Annotated[str, StringConstraints(max_length=400), AfterValidator(_lines)]
"""A level's own text (a reason, a choice): it may break lines, as the level's may."""
LevelId = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$", max_length=MAX_ID_CHARS)]
"""A level's id, as every level file has it: a results file's names its level, never a path."""
SessionText = Annotated[str, StringConstraints(pattern=r"^[!-~]*$", max_length=40)]
"""A session code as the game writes it (CS-...), or "" outside a class."""


def _shown_nickname(nickname: str) -> str:
    """The game's own rule (`nickname_problem`): the schema's pattern alone lets joiners and
    combining marks through, so `al\u200dice` would be a second "alice" on the report, and
    a nickname of letters drawn as nothing (the Hangul filler) would show as a blank."""
    if not visible(nickname):
        raise ValueError("no visible characters")
    problem = nickname_problem(nickname)
    if problem:
        raise ValueError(problem)
    return nickname


Nickname = Annotated[
    str, StringConstraints(pattern=r"^\w[\w \-]{0,23}$"), AfterValidator(_shown_nickname)
]
"""1 to 24 letters, digits, spaces, hyphens or underscores; never asked to be a real name."""
Day = Annotated[int, Field(ge=0, le=10_000)]
AMOUNT_LIMIT = 10**12
"""Money and score numbers a result may hold: far beyond what a level allows (money up to
a billion plus 30 days of income, scores up to a million), so every valid run fits."""
Amount = Annotated[int, Field(ge=-AMOUNT_LIMIT, le=AMOUNT_LIMIT)]
SeatText = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{32}$")]
"""A seat as `client.seat_id` makes it: 32 hex digits that say nothing about the student."""
Moment = Annotated[int, Field(ge=0, le=2**50)]
"""Milliseconds since 1970 (the computer's clock): two games a second apart still have an
order."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class TurningPoint(_Strict):
    """One of the largest landed score changes."""

    day: Day
    delta: Amount
    reason: Line
    rule_id: Id
    evidence: Id


class ChoiceLine(_Strict):
    day: Day
    action: Line
    text: Line
    money: Amount
    score: Amount


class OutcomeData(_Strict):
    """The parts of `game.core.outcome.Outcome` a class report reads."""

    days: Day
    path: list[tuple[Day, Amount]] = Field(min_length=1, max_length=MAX_ENTRIES)
    start_tier: Id
    final_tier: Id
    tiers_reached: dict[Id, Day] = Field(max_length=MAX_ENTRIES)
    perks_gained: dict[Id, Day] = Field(max_length=MAX_ENTRIES)
    perks_held: list[Id] = Field(max_length=MAX_ENTRIES)
    restrictions_applied: dict[Id, Day] = Field(max_length=MAX_ENTRIES)
    restrictions_held: list[Id] = Field(max_length=MAX_ENTRIES)
    goals: dict[Id, tuple[Literal["met", "failed"], Day]] = Field(max_length=MAX_ENTRIES)
    money_start: Amount
    money_end: Amount
    spent: dict[Line, Amount] = Field(max_length=MAX_ENTRIES)
    friends_made: list[tuple[Day, Id]] = Field(max_length=MAX_ENTRIES)
    friends_cut: list[tuple[Day, Id]] = Field(max_length=MAX_ENTRIES)
    posts_written: list[tuple[Day, Id]] = Field(max_length=MAX_ENTRIES)
    posts_not_written: list[Id] = Field(max_length=MAX_ENTRIES)
    answers: dict[Id, tuple[Id, bool]] = Field(max_length=MAX_ENTRIES)
    turning_points: list[TurningPoint] = Field(max_length=MAX_ENTRIES)
    choices: list[ChoiceLine] = Field(max_length=MAX_ACTIONS)
    ended: bool
    joined: StrictBool | None = None
    """Whether the student had a score at the end (an opt-in score, such as Sesame's, may
    never be joined); None in version 1 files, which did not say. Strict: "false" written
    by hand is text, not an answer, as a level's true or false is."""

    @property
    def final_score(self) -> int:
        return self.path[-1][1]


class Results(_Strict):
    """One student's finished level."""

    kind: Literal["citizen-score-results"] = RESULTS_KIND
    version: Literal[1, 2, 3] = RESULTS_VERSION
    nickname: Nickname
    session: SessionText = ""
    """The session code as the game writes it, or "" for a level played outside a class."""
    level_id: LevelId
    level_hash: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{8,64}$")]
    seed: Annotated[int, Field(ge=0, le=MAX_SEED)]
    strategy: Id = "human"
    actions: list[list[Id]] = Field(max_length=MAX_ACTIONS)
    outcome: OutcomeData
    seat: SeatText | None = None
    """The computer account that played (`client.seat_id`): a class report counts each seat's
    first finished game once, and lists its later ones as replays. None in results of
    version 1 and 2 (each counts as its own student), and when the computer could not keep
    a seat."""
    finished: Moment | None = None
    """When the level ended, by the playing computer's clock: which of one seat's games came
    first (one computer's clock, so its games compare). None where not known."""

    @property
    def digest(self) -> str:
        """Same student, same session, same actions: the same results (a duplicate)."""
        key = [self.session, self.nickname, self.level_hash, self.seed, self.actions]
        return hashlib.sha256(json.dumps(key).encode()).hexdigest()[:16]

    def to_json(self) -> dict:
        return self.model_dump(mode="json")


def outcome_data(outcome: Outcome) -> OutcomeData:
    """The report's view of an Outcome (ids, days and numbers; no event objects)."""
    return OutcomeData(
        days=outcome.days,
        path=list(outcome.path),
        start_tier=outcome.start_tier,
        final_tier=outcome.final_tier,
        tiers_reached=dict(outcome.tiers_reached),
        perks_gained=dict(outcome.perks_gained),
        perks_held=sorted(outcome.perks_held),
        restrictions_applied=dict(outcome.restrictions_applied),
        restrictions_held=sorted(outcome.restrictions_held),
        goals=dict(outcome.goals),
        money_start=outcome.money_start,
        money_end=outcome.money_end,
        spent={reason[:400]: amount for reason, amount in outcome.spent.items()},
        friends_made=list(outcome.friends_made),
        friends_cut=list(outcome.friends_cut),
        posts_written=list(outcome.posts_written),
        posts_not_written=list(outcome.posts_not_written),
        answers=dict(outcome.answers),
        turning_points=[
            TurningPoint(
                day=m.day,
                delta=m.delta,
                reason=m.reason[:400],
                rule_id=m.rule_id,
                evidence=m.evidence,
            )
            for m in outcome.largest_changes
        ],
        choices=[
            ChoiceLine(
                day=c.day,
                action=str(c.action)[:400],
                text=c.text[:400],
                money=c.money,
                score=c.score,
            )
            for c in outcome.choices[:MAX_ACTIONS]
        ],
        ended=outcome.ended,
        joined=outcome.joined,
    )


def make_results(
    nickname: str,
    session: str,
    level_id: str,
    level_hash: str,
    seed: int,
    actions: Sequence[Action],
    outcome: Outcome,
    strategy: str = "human",
    seat: str | None = None,
    finished: int | None = None,
) -> Results:
    problem = nickname_problem(nickname)
    if problem:
        raise ValueError(problem)
    return Results(
        nickname=nickname,
        session=session,
        level_id=level_id,
        level_hash=level_hash,
        seed=seed,
        strategy=strategy,
        actions=[a.to_json() for a in actions],
        outcome=outcome_data(outcome),
        seat=seat,
        finished=finished,
    )


NICKNAME_PATTERN = re.compile(r"^\w[\w \-]{0,23}$")


def nickname_problem(nickname: str) -> str | None:
    """Why a nickname cannot be used, or None."""
    if NICKNAME_PATTERN.fullmatch(nickname) and visible(nickname):
        return None
    return NICKNAME_RULE


class NewerResultsError(ValueError):
    """Results written by a newer copy of the game: not damaged, so handing them in again
    would not help; this computer needs that copy of the game."""


def parse_results(data: object) -> Results:
    """Check parsed JSON; ValueError with one line naming the first problem."""
    if not isinstance(data, dict):
        raise ValueError("not a results object")
    if data.get("kind") == SESSION_KIND:
        raise ValueError(SESSION_RECORD)
    if data.get("kind") != RESULTS_KIND:
        raise ValueError(NOT_RESULTS)
    if "version" not in data:
        raise ValueError("missing version")
    version = data["version"]
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        # true passed for 1 (Python counts it as one), as read_json refuses for user files
        raise ValueError(f"version {json.dumps(version)[:40]} is not a version (1 or more)")
    if version > RESULTS_VERSION:
        raise NewerResultsError(
            f"results version {version} is newer than this game ({RESULTS_VERSION})"
        )
    try:
        results = Results.model_validate(data)
    except ValidationError as exc:
        raise ValueError(one_line(exc, Results)) from None
    if results.version >= 2 and results.outcome.joined is None:
        raise ValueError(_JOINED_MISSING if "joined" not in data["outcome"] else _JOINED_NULL)
    for action in results.actions:
        try:
            action_from_json(list(action))
        except ValueError:
            shown = json.dumps(action)
            shown = shown if len(shown) <= 60 else shown[:60] + "..."
            raise ValueError(f"actions: unknown action {shown}") from None
    return results


_JOINED_MISSING = "missing required key 'joined' in outcome (version 2 results always say it)"
_JOINED_NULL = "outcome.joined: expected true or false, not nothing (an empty value)"
"""A version 2 file that does not say whether its student joined: read as version 1's
"not said", a student who never joined would be charted with the score they never had
(the replay check lets "not said" through, as version 1 files must be)."""

NICKNAME_RULE = "a nickname is 1 to 24 letters, digits, spaces or hyphens (not your real name)"
PATTERN_RULES = {
    "nickname": NICKNAME_RULE,
    "level_hash": "a level version is 8 to 64 digits and letters a to f",
    "level_id": "a level id is lower case letters, digits and underscores",
    "session": "a session code is written as the game shows it (CS-...)",
    "seat": "a seat is 32 digits and letters a to f",
}
"""What a text with the wrong characters should hold, said for a teacher, not as a pattern."""


def one_line(exc: ValidationError, root: type[BaseModel]) -> str:
    """The first problem in the words the level checker uses (what was expected, never the
    validation library's wording), and how many more there are."""
    first = exc.errors()[0]
    path = tuple(first["loc"])
    if first["type"] == "string_pattern_mismatch":
        rule = PATTERN_RULES.get(str(path[0]), "holds characters it cannot hold")
        message = f"{where(path)}: {rule}"
    else:
        message, _ = describe(first, path, root)
    more = exc.error_count() - 1
    return message + (f" (and {more} more problems)" if more else "")


ADJECTIVES = (
    "amber",
    "brave",
    "calm",
    "clever",
    "curious",
    "gentle",
    "happy",
    "jolly",
    "kind",
    "lucky",
    "mellow",
    "nimble",
    "quiet",
    "rapid",
    "shy",
    "silver",
    "sunny",
    "swift",
    "tidy",
    "witty",
)
ANIMALS = (
    "badger",
    "crane",
    "dolphin",
    "falcon",
    "fox",
    "gecko",
    "heron",
    "koala",
    "lynx",
    "magpie",
    "newt",
    "otter",
    "panda",
    "puffin",
    "quail",
    "robin",
    "seal",
    "tiger",
    "wombat",
    "yak",
)


def random_nickname(rng: np.random.Generator) -> str:
    """An invented nickname such as 'swift-otter-42' (students never type their names)."""
    adjective = ADJECTIVES[int(rng.integers(len(ADJECTIVES)))]
    animal = ANIMALS[int(rng.integers(len(ANIMALS)))]
    return f"{adjective}-{animal}-{int(rng.integers(10, 100))}"
