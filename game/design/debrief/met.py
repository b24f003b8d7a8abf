"""Which truth cards speak of the player's own run: a card is met when it names (`played_by`)
or shares a source with something the run reached (a rule or event that moved the score, a
news bulletin read, a restriction or perk held, a prompt answered, a service used).
Everything the run reached is read from its Outcome."""

import re
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass

from game.core.level_spec import LevelSpec
from game.core.outcome import Outcome
from game.core.spec.story import Card
from game.sim.turning_points import quoted

NEVER = 10**6
"""The day given to what the Outcome keeps no day for (prompt answers): after every dated line."""
NAMED = 1000.0
"""What a card naming the thing met weighs: more than any sources it could share."""
SAID = 10.0
"""What each word a card's claim shares with a line weighs, among the lines that already
share a source with it: a card on Tiananmen posts shows the Tiananmen post rule, not the
first rule citing the same video. Less than NAMED."""
_WORD = re.compile(r"[a-z]+")
COMMON = (
    "score your that this with from have more less people they their them what when were "
    "will would into only every about after than then some other made make game number "
    "point press claim said says real lower raise rise cost count government system "
    "social credit citizen rule start answered chose read held restriction perk there "
    "where which while because been also just like penalty"
)
"""Words nearly every claim or line uses, which say nothing about what it is about."""


@dataclass(frozen=True)
class Meeting:
    """One thing the run reached, with the sources it cites and the line a card shows for it."""

    day: int
    ident: str
    """The id of the rule, event, perk, restriction, prompt or service reached."""
    sources: frozenset[str]
    line: str


def meetings(spec: LevelSpec, o: Outcome, signed: Callable[[int], str]) -> Iterator[Meeting]:
    """What the run reached, each with its sources, earliest first within each kind."""
    yield from _moves(spec, o, signed)
    yield from _news(spec, o)
    for kind, words, reached in (
        ("restrictions", "you got the penalty", o.restrictions_applied),
        ("perks", "you got the perk", o.perks_gained),
    ):
        for entry in getattr(spec, kind):
            if entry.id in reached:
                what = f"{words} {quoted(entry.label)}"  # not 'a restriction on you, X'
                day = reached[entry.id]
                yield Meeting(day, entry.id, frozenset(entry.sources), _line(day, what))
    yield from _answers(spec, o.answers)
    yield from _services(spec, o.services_used)


def _moves(spec: LevelSpec, o: Outcome, signed: Callable[[int], str]) -> Iterator[Meeting]:
    """The first score change of each rule or event that fired, with what it cites."""
    cited = _score_sources(spec)
    seen: set[str] = set()
    for move in o.moves:
        if move.rule_id in seen:
            continue
        seen.add(move.rule_id)
        what = f"{_plain(move.reason)} ({signed(move.delta)})"
        urls = cited.get(move.rule_id, frozenset())
        yield Meeting(move.day, move.rule_id, urls, _line(move.day, what))


def _news(spec: LevelSpec, o: Outcome) -> Iterator[Meeting]:
    """The bulletins the player read, for events whose score change (if any) did not
    already give a line: news cites its sources even when it moves nothing."""
    for e in spec.events:
        day = o.bulletins.get(e.id)
        if day is None or e.bulletin is None or e.id in o.rule_fires:
            continue
        what = f"you read '{_plain(e.bulletin.headline)}'"
        yield Meeting(day, e.id, frozenset(e.bulletin.sources), _line(day, what))


def _score_sources(spec: LevelSpec) -> dict[str, frozenset[str]]:
    """The sources each score-moving id cites: rules, and events by their bulletin and score."""
    out = {r.id: frozenset(r.sources) for r in spec.rules}
    for e in spec.events:
        urls: set[str] = set()
        if e.bulletin is not None:
            urls |= set(e.bulletin.sources)
        if e.effects is not None and e.effects.score is not None:
            urls |= set(e.effects.score.sources)
        out[e.id] = frozenset(urls)
    return out


def _services(spec: LevelSpec, used: tuple[tuple[int, str], ...]) -> Iterator[Meeting]:
    first: dict[str, int] = {}
    for day, sid in used:
        first.setdefault(sid, day)
    for s in spec.services:
        if s.id in first:
            day = first[s.id]
            yield Meeting(
                day, s.id, frozenset(s.sources), _line(day, f"you chose {quoted(s.label)}")
            )


def _answers(spec: LevelSpec, answers: Mapping[str, tuple[str, bool]]) -> Iterator[Meeting]:
    for prompt in spec.prompts:
        if prompt.id not in answers:
            continue
        option_id, by_default = answers[prompt.id]
        option = next((op for op in prompt.options if op.id == option_id), None)
        urls = set(prompt.sources)
        if option is not None and option.effects is not None and option.effects.score is not None:
            urls |= set(option.effects.score.sources)
        how = "the pre-ticked box" if by_default else quoted(option.label if option else option_id)
        line = f"You met this when you answered {quoted(prompt.title)} with {how}."
        yield Meeting(NEVER, prompt.id, frozenset(urls), line)


def _plain(reason: str) -> str:
    """A reason without its closing aside on evidence ("(press claim; points: game number)"),
    which the card itself states, and without its full stop."""
    text = reason.strip().rstrip(".")
    if text.endswith(")") and "(" in text:
        text = text[: text.rindex("(")].rstrip()
    return text.rstrip(". ")


def _line(day: int, what: str) -> str:
    when = "from the start" if day == 0 else f"on day {day}"
    return f"You met this {when}: {what}."


def met_lines(
    cards: tuple[Card, ...], spec: LevelSpec, o: Outcome, signed: Callable[[int], str]
) -> list[str]:
    """For each card, the line saying what in the run it is about ("" when nothing): of the
    things the run reached that the card names (`played_by`) or that cite one of its
    sources, a named one first (in the card's order), then the one sharing the rarest
    sources (a URL many cards cite says little), then the earliest. Cards with the closest
    match (then the fewest matches) choose first, and a card takes a line no other card
    shows while one is left."""
    found = list(meetings(spec, o, signed))
    citing = Counter(url for card in cards for url in set(card.sources))
    common = frozenset(map(_stem, COMMON.split()))
    said = {m.line: _words(m.line, common) for m in found}
    ranked: list[list[tuple[float, int, Meeting]]] = []
    for card in cards:
        urls, named = set(card.sources), _named(card.played_by)
        claim = _words(f"{card.title} {card.myth or ''}", common)
        weighed = (
            (named.get(m.ident, 0) + sum(1 / citing[u] for u in m.sources & urls), m) for m in found
        )
        kept = [(-w - SAID * len(claim & said[m.line]), m.day, m) for w, m in weighed if w]
        ranked.append(sorted(kept, key=lambda r: r[:2]))
    out = [""] * len(cards)
    used: set[str] = set()
    for i in sorted(
        (i for i in range(len(cards)) if ranked[i]), key=lambda i: _choosing(ranked[i])
    ):
        pick = next((m for _, _, m in ranked[i] if m.line not in used), ranked[i][0][2])
        out[i] = pick.line
        used.add(pick.line)
    return out


def _stem(word: str) -> str:
    """A rough stem, so 'posts' meets 'posting' and 'rate' meets 'rated'."""
    stem = word[:-1] if word.endswith("s") else word
    for end in ("ing", "ed", "e"):
        if stem.endswith(end) and len(stem) - len(end) >= 3:
            return stem[: -len(end)]
    return stem


def _words(text: str, common: frozenset[str]) -> frozenset[str]:
    """The stems of the words that say what a claim or a line is about ('tiananmen',
    'parent', 'anime'): short words and the `common` stems every claim and line use are
    left out."""
    found = _WORD.findall(text.lower().replace("'s", ""))
    return frozenset(_stem(w) for w in found if len(w) >= 4) - common


def _named(ids: tuple[str, ...]) -> dict[str, float]:
    """The weight of each id a card names: more than any sources shared, the first most."""
    return {ident: NAMED + len(ids) - k for k, ident in enumerate(ids)}


def _choosing(ranked: list[tuple[float, int, Meeting]]) -> tuple[float, int]:
    """Which card chooses its line first: the closest best match, then the fewest matches."""
    return ranked[0][0], len(ranked)


def met_first(cards: tuple[Card, ...], lines: list[str]) -> list[int]:
    """Card indexes: the met cards first, then the rest, each group in the level's order."""
    return [i for i in range(len(cards)) if lines[i]] + [
        i for i in range(len(cards)) if not lines[i]
    ]
