"""The fact check as short cards: a claim, a verdict word, a sentence or two, footnotes."""

from dataclasses import dataclass

from game.core.spec.base import EVIDENCE_LABELS, Evidence
from game.core.spec.story import Card

VERDICTS = ("myth", "real", "uncertain", "invented")

EVIDENCE_MEANINGS = (
    ("documented", "a law, court record or official document says so"),
    ("reported", "journalists or researchers reported it from their own sources"),
    ("claimed", "someone said it, but nobody has shown it"),
    ("speculative", "a guess, often from the press, with no source behind it"),
    ("fiction", "made up for a story"),
    ("game", "a number or rule the game invented to make the point playable"),
)
"""Each evidence label in one plain line, explained once at the top of the cards."""


def unbroken(label: str) -> str:
    """A label kept on one line: '[Game' at a line's end and 'abstraction]' on the next read
    as two labels (text is wrapped at spaces only, so no-break spaces hold it together)."""
    return label.replace(" ", "\u00a0")


@dataclass(frozen=True)
class CardView:
    """A debrief card as it is shown; footnotes are numbered across the whole debrief."""

    claim: str
    verdict: str
    text: str
    evidence: str
    footnotes: tuple[int, ...]
    met: str = ""
    """What in the player's run this card is about ("" when nothing in the run cites it)."""


def verdict_of(card: Card) -> str:
    """The card's verdict word: set in the level, or read from its myth and evidence."""
    if card.verdict:
        return card.verdict
    if card.evidence in {Evidence.CLAIMED, Evidence.SPECULATIVE}:
        return "uncertain"
    if card.myth:
        return "myth"
    return "invented" if card.evidence in {Evidence.FICTION, Evidence.GAME} else "real"


def card_views(
    cards: tuple[Card, ...], sources: list[str], met: tuple[str, ...] = ()
) -> list[CardView]:
    """Cards with their footnote numbers; `sources` grows with each new URL (shared list).
    `met` gives each card its line about the run, when it has one."""
    out = []
    for i, card in enumerate(cards):
        notes = []
        for url in card.sources:
            if url not in sources:
                sources.append(url)
            notes.append(sources.index(url) + 1)
        claim = card.myth or card.title
        out.append(
            CardView(
                claim,
                verdict_of(card),
                card.reality,
                EVIDENCE_LABELS[card.evidence.value],
                tuple(notes),
                met[i] if i < len(met) else "",
            )
        )
    return out


MET_HEADING = "What you met in your run"
ALSO_HEADING = "Also true of this regime"


def card_groups(cards: tuple[CardView, ...]) -> list[tuple[str, tuple[CardView, ...]]]:
    """The cards under their headings: those the run met, then the rest; one group with no
    heading when no card was met."""
    met = tuple(c for c in cards if c.met)
    rest = tuple(c for c in cards if not c.met)
    if not met:
        return [("", rest)]
    return [(MET_HEADING, met), (ALSO_HEADING, rest)] if rest else [(MET_HEADING, met)]


def card_words(view: CardView) -> int:
    """Words a reader reads on the card (claim and text)."""
    return len(view.claim.split()) + len(view.text.split())
