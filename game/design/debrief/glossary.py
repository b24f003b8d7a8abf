"""Glossary terms for a level's debrief: the project's docs/glossary.md when it exists (a
checkout), else the short list shipped with the game; only terms the level's text uses."""

import re
from importlib.resources import files

from game.core.level import Level
from game.design.debrief.cards import EVIDENCE_LABELS
from game.paths import PROJECT_ROOT

_BOLD = re.compile(r"^\s*[-*]?\s*\*\*(?P<term>[^*]{1,60})\*\*\s*[:\u2014-]\s*(?P<text>.+)$")
_ROW = re.compile(r"^\s*\|\s*(?P<term>[^|]{1,60}?)\s*\|\s*(?P<text>[^|]+?)\s*\|\s*$")
_SPELLING = re.compile(r"^another spelling of (?P<term>[^.]+)\.?$", re.IGNORECASE)
MAX_TERMS = 20


def glossary_text() -> str:
    """The glossary source: the docs file in a checkout, else the packaged copy."""
    docs = PROJECT_ROOT / "docs" / "glossary.md"
    if docs.is_file():
        return docs.read_text(encoding="utf-8")
    return files("game.design.debrief").joinpath("glossary.md").read_text(encoding="utf-8")


def parse_glossary(text: str) -> dict[str, str]:
    """Terms from '**term**: text' lines or two-column table rows."""
    out: dict[str, str] = {}
    for line in text.splitlines():
        match = _BOLD.match(line) or _ROW.match(line)
        if match and not set(match["term"]) <= set("-: "):
            term = match["term"].strip().strip("*")
            if term.lower() not in {"term", "word"}:
                out[term] = match["text"].strip()
    return out


def level_words(level: Level) -> str:
    """Everything the player read in this level, lower case, for matching terms."""
    spec = level.spec
    parts = [spec.meta.summary, spec.player.briefing, spec.debrief.summary, spec.debrief.society]
    parts += [c.reality + " " + (c.myth or "") + " " + c.title for c in spec.debrief.cards]
    parts += list(spec.debrief.questions) + list(spec.meta.objectives)
    parts += [getattr(r, "reason", "") for r in spec.rules]
    parts += [p.title + " " + p.text for p in spec.prompts]
    return " ".join(parts).lower()


def glossary_for(level: Level, text: str | None = None) -> list[tuple[str, str]]:
    """(term, meaning) for the terms this level's text uses, in glossary order. The evidence
    labels are left out: the Fact check page explains each once, in its own words, and a
    second, different meaning here confused them. A term that is 'another spelling of'
    another brings that term along, and so does a term a shown meaning uses ('Dispute:
    telling a credit bureau...' brings 'Credit bureau'), so the page never points at a word
    it does not explain."""
    words = level_words(level)
    terms = parse_glossary(glossary_text() if text is None else text)
    labels = {k.lower() for k in EVIDENCE_LABELS} | {v.lower() for v in EVIDENCE_LABELS.values()}
    used = _used_in(words, terms)
    used |= _used_in(" ".join(terms[t] for t in used).lower(), terms)  # no unexplained word
    used |= {other for t in used if (other := _spelling_of(terms[t], terms))}
    found = [(t, m) for t, m in terms.items() if t in used and t.lower() not in labels]
    return found[:MAX_TERMS]


def _used_in(words: str, terms: dict[str, str]) -> set[str]:
    """The terms these (lower-case) words use."""
    return {t for t in terms if re.search(rf"\b{re.escape(t.lower())}", words)}


def _spelling_of(meaning: str, terms: dict[str, str]) -> str | None:
    """The term a meaning such as 'another spelling of red list.' points to, if listed."""
    match = _SPELLING.match(meaning)
    if match is None:
        return None
    wanted = match["term"].strip().lower()
    return next((t for t in terms if t.lower() == wanted), None)
