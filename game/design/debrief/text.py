"""The debrief as plain text (the `debrief` command's output)."""

import textwrap
from collections.abc import Sequence

from game.design.debrief.cards import card_groups, unbroken
from game.design.debrief.document import Debrief, invented_groups
from game.design.debrief.ledger import LedgerLine, RuleLine
from game.design.debrief.titles import TITLES
from game.sim.asides import label_apart

WIDTH = 88


def _wrap(text: str, indent: str = "") -> list[str]:
    hang = " " * len(indent)
    return textwrap.wrap(text, WIDTH, initial_indent=indent, subsequent_indent=hang) or [""]


def _heading(title: str) -> list[str]:
    return ["", title, "=" * len(title)]


def render_text(doc: Debrief, society: Sequence[str] = ()) -> str:
    """Every section of the debrief, wrapped for a terminal; `society` is the town's measures
    in words (`society.measure_lines`), when the level's rules were run over one."""
    out = [f"Debrief: {doc.title} (seed {doc.seed})"]
    out += _heading(doc.heading)
    if doc.reveal:
        out += _wrap(doc.reveal)
    by_day = f"{doc.score_name if doc.states else 'Score'} by day: {doc.by_day}"
    out += [doc.final, doc.no_chart or by_day]
    out += [f"Goal {'met' if g.met else 'missed'}: {g.label}" for g in doc.goals]
    if not (doc.states and doc.joined):  # a list has no tiers: the days on and off it said it
        out += [f"Tiers: {doc.tier_text}"]
    out += [f"Perks won: {', '.join(doc.perks_won) or 'none'}"]
    out += [f"Perks lost: {', '.join(doc.perks_lost) or 'none'}"]
    out += [f"Restrictions: {', '.join(doc.restrictions) or 'none'}", doc.money]
    out += _heading("Turning points")
    for point, cost in zip(doc.points, doc.costs, strict=True):
        out += _wrap(point.line, "- ")
        if cost:
            out += _wrap(cost, "    ")
    if doc.movers:
        out += _heading(doc.moved_title)
        out += [ln for r in doc.movers for ln in _wrap(rule_line(r, doc), "- ")]
    out += ["", *_wrap(doc.summary)]
    out += _heading(TITLES["truth"])
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
    out += _heading(TITLES["questions"])
    out += [line for o in doc.objectives for line in _wrap(o, "- ")]
    out += _heading("Questions to discuss")
    out += [line for i, q in enumerate(doc.questions, 1) for line in _wrap(q, f"{i}. ")]
    out += _heading(TITLES["invented"])
    if doc.invented_intro:
        out += _wrap(doc.invented_intro)
    for heading, numbers in invented_groups(doc):
        out += ["", heading, "-" * len(heading)] if heading else []
        out += [line for n in numbers for line in _wrap(n.sentence, "- ")]
    if doc.glossary:
        out += _heading(TITLES["glossary"])
        out += [line for t, m in doc.glossary for line in _wrap(f"{t}: {m}", "- ")]
    out += _heading(TITLES["society"])
    out += _wrap(doc.society)
    if society:
        out += ["", "The same rules over a modelled town, in words:"]
        out += [line for m in society for line in _wrap(m, "- ")]
    out += _heading(TITLES["ledger"])
    out += _ledger(doc)
    out += _heading("Sources")
    out += [f"[{i}] {url}" for i, url in enumerate(doc.footnotes, 1)]
    return "\n".join(out) + "\n"


def ledger_line(line: LedgerLine, doc: Debrief, when: bool = True) -> str:
    """'Days 1-10: -4 each, 10 times (-40 in all): <reason> [evidence]'; `when=False` drops the
    days. On a two-state score the change is the state it led to: 'Day 4: Listed. <reason>
    [evidence]'. (It said '-4 x10 (-40 in all) <reason>': a count a player had to decode, run
    into the reason with no stop.)"""
    days = f"{line.when}: " if when else ""
    reason = label_apart(line.reason)
    if doc.states:
        times = f" ({line.count} times)" if line.count > 1 else ""
        return f"{days}{doc.reached(line.delta)}{times}. {reason} [{unbroken(line.evidence)}]"
    signed = doc.signed
    times = f" each, {line.count} times ({signed(line.total)} in all)" if line.count > 1 else ""
    return f"{days}{signed(line.delta)}{times}: {reason} [{unbroken(line.evidence)}]"


def rule_line(r: RuleLine, doc: Debrief) -> str:
    """What one rule did over the run, how often and why, each said once: '-40 in all (10
    times): <reason>', '+20: <reason>' for one time, 'No change in all (2 times): <reason>'
    when its changes cancelled out (not '+0', which reads as a rule that did nothing); on a
    two-state score the state it led to, as the ledger says it: 'Listed (once). <reason>'.
    (It said 'Listed, 1 time: ...: listed.', a count that read as a label, then the state
    again at the reason's end.)"""
    evidence = f"[{unbroken(r.evidence)}]"
    reason = label_apart(r.reason)
    if doc.states:
        times = "once" if r.count == 1 else f"{r.count} times"
        return f"{doc.reached(r.total)} ({times}). {reason} {evidence}"
    times = f" ({r.count} times)" if r.count > 1 else ""
    if r.total == 0 and r.count > 1:
        return f"No change in all{times}: {reason} {evidence}"
    total = doc.signed(r.total) + (f" in all{times}" if times else "")
    return f"{total}: {reason} {evidence}"


def _ledger(doc: Debrief) -> list[str]:
    led = doc.ledger
    out = []
    if led.repeated:
        out += ["Every day or most days:"]
        out += [ln for line in led.repeated for ln in _wrap(ledger_line(line, doc), "  ")]
    for day, lines in led.by_day:
        out += [f"Day {day}:"]
        out += [ln for line in lines for ln in _wrap(ledger_line(line, doc, False), "  ")]
    if not led.by_day and not led.repeated:
        out += ["No changes."]
    out += ["", "By rule:"]
    out += [ln for r in led.by_rule for ln in _wrap(rule_line(r, doc), "  ")]
    return out
