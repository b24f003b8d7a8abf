"""The debrief as plain text (the `debrief` command's output)."""

import textwrap
from collections.abc import Callable

from game.design.debrief.cards import card_groups
from game.design.debrief.document import Debrief
from game.design.debrief.ledger import LedgerLine, RuleLine

WIDTH = 88


def _wrap(text: str, indent: str = "") -> list[str]:
    hang = " " * len(indent)
    return textwrap.wrap(text, WIDTH, initial_indent=indent, subsequent_indent=hang) or [""]


def _heading(title: str) -> list[str]:
    return ["", title, "=" * len(title)]


def render_text(doc: Debrief) -> str:
    """Every section of the debrief, wrapped for a terminal."""
    out = [f"Debrief: {doc.title} (seed {doc.seed})"]
    out += _heading(doc.heading)
    if doc.reveal:
        out += _wrap(doc.reveal)
    out += [doc.final, "Score by day: " + ", ".join(f"{d}: {doc.shown(s)}" for d, s in doc.path)]
    out += [f"Goal {'met' if g.met else 'missed'}: {g.label}" for g in doc.goals]
    out += [f"Tiers: {' > '.join(doc.tiers)}"]
    out += [f"Perks won: {', '.join(doc.perks_won) or 'none'}"]
    out += [f"Perks lost: {', '.join(doc.perks_lost) or 'none'}"]
    out += [f"Restrictions: {', '.join(doc.restrictions) or 'none'}", doc.money]
    out += _heading("Turning points")
    for point, cost in zip(doc.points, doc.costs, strict=True):
        out += _wrap(point.line, "- ")
        if cost:
            out += _wrap(cost, "    ")
    out += _wrap(doc.summary)
    out += _heading("The regime's truth")
    out += [f"  {label}: {meaning}." for label, meaning in doc.evidence]
    for heading, cards in card_groups(doc.cards):
        if heading:
            out += ["", heading, "-" * len(heading)]
        for card in cards:
            notes = "".join(f"[{n}]" for n in card.footnotes)
            out += ["", f"{card.verdict.upper()}: {card.claim}"]
            if card.met:
                out += _wrap(card.met, "  > ")
            out += _wrap(f"{card.text} {notes}".strip(), "  ")
    out += _heading("You should now be able to...")
    out += [line for o in doc.objectives for line in _wrap(o, "- ")]
    out += _heading("Questions to discuss")
    out += [line for i, q in enumerate(doc.questions, 1) for line in _wrap(q, f"{i}. ")]
    out += _heading("What is invented here")
    if doc.invented_intro:
        out += _wrap(doc.invented_intro)
    out += [line for n in doc.invented for line in _wrap(n.sentence, "- ")]
    if doc.glossary:
        out += _heading("Glossary")
        out += [line for t, m in doc.glossary for line in _wrap(f"{t}: {m}", "- ")]
    out += _heading("What this does to a society")
    out += _wrap(doc.society)
    out += _heading("Full ledger")
    out += _ledger(doc)
    out += _heading("Sources")
    out += [f"[{i}] {url}" for i, url in enumerate(doc.footnotes, 1)]
    return "\n".join(out) + "\n"


def ledger_line(line: LedgerLine, signed: Callable[[int], str], when: bool = True) -> str:
    """'Days 1-10: -4 x10 (-40 in all) <reason> [evidence]'; `when=False` drops the days."""
    times = f" x{line.count} ({signed(line.total)} in all)" if line.count > 1 else ""
    days = f"{line.when}: " if when else ""
    return f"{days}{signed(line.delta)}{times} {line.reason} [{line.evidence}]"


def rule_line(r: RuleLine, signed: Callable[[int], str]) -> str:
    times = "1 time" if r.count == 1 else f"{r.count} times"
    return f"{signed(r.total)} from {times}: {r.reason} [{r.evidence}]"


def _ledger(doc: Debrief) -> list[str]:
    led, signed = doc.ledger, doc.signed
    out = []
    if led.repeated:
        out += ["Every day or most days:"]
        out += [ln for line in led.repeated for ln in _wrap(ledger_line(line, signed), "  ")]
    for day, lines in led.by_day:
        out += [f"Day {day}:"]
        out += [ln for line in lines for ln in _wrap(ledger_line(line, signed, False), "  ")]
    if not led.by_day and not led.repeated:
        out += ["No changes."]
    out += ["", "By rule:"]
    out += [
        ln
        for r in led.by_rule
        for ln in _wrap(
            f"{signed(r.total)} from {r.count} time(s): {r.reason} [{r.evidence}]", "  "
        )
    ]
    return out
