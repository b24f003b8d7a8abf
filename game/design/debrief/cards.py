"""The regime's truth as short cards: a claim, a verdict word, a sentence or two, footnotes."""

from dataclasses import dataclass

from game.core.spec.base import Evidence
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


@dataclass(frozen=True)
class CardView:
    """A debrief card as it is shown; footnotes are numbered across the whole debrief."""

    claim: str
    verdict: str
    text: str
    evidence: str
    footnotes: tuple[int, ...]


def verdict_of(card: Card) -> str:
    """The card's verdict word: set in the level, or read from its myth and evidence."""
    if card.verdict:
        return card.verdict
    if card.evidence in {Evidence.CLAIMED, Evidence.SPECULATIVE}:
        return "uncertain"
    if card.myth:
        return "myth"
    return "invented" if card.evidence in {Evidence.FICTION, Evidence.GAME} else "real"


def card_views(cards: tuple[Card, ...], sources: list[str]) -> list[CardView]:
    """Cards with their footnote numbers; `sources` grows with each new URL (shared list)."""
    out = []
    for card in cards:
        notes = []
        for url in card.sources:
            if url not in sources:
                sources.append(url)
            notes.append(sources.index(url) + 1)
        claim = card.myth or card.title
        out.append(
            CardView(claim, verdict_of(card), card.reality, card.evidence.value, tuple(notes))
        )
    return out


def card_words(view: CardView) -> int:
    """Words a reader reads on the card (claim and text)."""
    return len(view.claim.split()) + len(view.text.split())
