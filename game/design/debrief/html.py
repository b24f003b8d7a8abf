"""The debrief as one self-contained HTML page a student can hand in: inline CSS and SVG,
no scripts, no external references except the numbered source links. The class report
reuses `cards_html` and `chart_svg`."""

import re
from html import escape

from game.core.level import Level
from game.design.debrief.cards import EVIDENCE_LABELS, EVIDENCE_MEANINGS, CardView, card_groups
from game.design.debrief.chart import chart_svg
from game.design.debrief.document import Debrief, invented_groups
from game.design.debrief.society import ring_label, society_html, society_of
from game.design.debrief.text import ledger_line, rule_line
from game.design.debrief.titles import TITLES
from game.sim.society import SocietyResult

DEBRIEF_VERSION = 1
"""The exported page's version, in its generator line."""
STYLE = """
body { font: 16px/1.5 "DejaVu Sans", Arial, sans-serif; color: #1a1a1a; background: #fff;
  max-width: 52rem; margin: 1.5rem auto; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; } h2 { font-size: 1.25rem; margin-top: 2rem;
  border-bottom: 2px solid #ddd; } .meta { color: #555; margin-top: 0; }
.chart { width: 100%; height: auto; } .chart text { font-size: 12px; fill: #333; }
.chart .tier { fill: #555; }
ul.points li { margin-bottom: .5rem; } .cost { display: block; color: #264f8a; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr));
  gap: .8rem; } .card { border: 1px solid #ccc; border-radius: 6px; padding: .6rem .8rem;
  break-inside: avoid; } .card p { margin: .3rem 0; }
.verdict { font-weight: bold; text-transform: uppercase; letter-spacing: .05em;
  font-size: .8rem; padding: .1rem .4rem; border-radius: 3px; color: #fff; }
.v-myth { background: #a32020; } .v-real { background: #22662e; }
.v-uncertain { background: #8a5a00; } .v-invented { background: #4b3b8f; }
.claim { font-weight: bold; } .met { color: #264f8a; font-style: italic; } .ev { color: #555; font-size: .85rem; }
dl.legend { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; }
dl.legend dt { font-weight: bold; } dl.legend dd { margin: 0; }
table { border-collapse: collapse; width: 100%; } td, th { text-align: left; padding: .2rem .4rem;
  border-bottom: 1px solid #eee; vertical-align: top; }
.sources li { word-break: break-all; }
.label { text-decoration: underline dotted; cursor: help; }
figure { margin: 1rem 0; } figcaption { margin-bottom: .3rem; }
.chart .you { font-weight: bold; fill: #1a1a1a; }
.curves { display: grid; grid-template-columns: repeat(auto-fit, minmax(17rem, 1fr));
  gap: 0 1.5rem; } .curves figure { margin: .5rem 0; }
@media print { body { margin: 0; max-width: none; } h2 { break-after: avoid; } a { color: #000; } }
"""


def render_html(doc: Debrief, level: Level, society: SocietyResult | None = None) -> str:
    """The whole debrief as one page. `society` is the run of the level's rules over a town
    that the game's society view shows (`society_of(level, doc.seed)`, worked out here when
    not given)."""
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta name="generator" content="citizen-score debrief {DEBRIEF_VERSION}">',
        f"<title>Debrief: {escape(doc.title)}</title><style>{STYLE}</style></head><body>",
        f"<h1>Debrief: {escape(doc.title)}</h1>",
        f'<p class="meta">{escape(doc.final.rstrip("."))}. Scenario {doc.seed}: the same number always '
        "brings the same days.</p>",
        *_summary(doc, level),
        *_truth(doc),
        *_learning(doc),
        *_invented(doc),
        *_glossary(doc),
        *_society(doc, level, society),
        *_ledger(doc),
        *_sources(doc),
        "</body></html>",
    ]
    head, body = "\n".join(parts).split("<body>", 1)
    return f"{head}<body>{_label_tips(body)}\n"


_MEANING = dict(EVIDENCE_MEANINGS)
_LABEL = re.compile(
    r"(?s)(<svg\b.*?</svg>|<a\b.*?</a>|<[^>]*>)|\[("
    + "|".join(
        re.escape(label).replace("\\ ", " ").replace(" ", r"\s+")
        for label in EVIDENCE_LABELS.values()
    )
    + r")\]"
)
"""A label in the page's text. Tags are passed over whole, and links and charts too: a label
in a source's address never gets a tip (a URL holding '[Documented]' broke its link open, the
tip's quotes ending the href), and none lands in a chart, whose text cannot hold one (the
tip's span ended the SVG there and left the rest of the chart to the page)."""
_KEY = {label: key for key, label in EVIDENCE_LABELS.items()}


def _label_tips(body: str) -> str:
    """Each "[Label]" with what it means as its tip (the page's title text on hover), as the
    game shows it when a label is hovered or focused."""

    def tip(m: re.Match[str]) -> str:
        if m.group(1):  # a tag or a chart, passed over whole
            return m.group(0)
        meaning = _MEANING[_KEY[" ".join(m.group(2).split())]]
        return f'<span class="label" title="{escape(meaning)}">{m.group(0)}</span>'

    return _LABEL.sub(tip, body)


def _list(items: list[str] | tuple[str, ...], cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return f"<ul{attr}>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def _summary(doc: Debrief, level: Level) -> list[str]:
    out = [f"<h2>{escape(doc.heading)}</h2>"]
    if doc.reveal:
        out.append(f"<p><strong>{escape(doc.reveal)}</strong></p>")
    out.append(f"<p>{escape(doc.no_chart)}</p>" if doc.no_chart else chart_svg(level, doc.path))
    goals = [f"{'Met' if g.met else 'Missed'}: {escape(g.label)}" for g in doc.goals]
    by_day = [f"{escape(doc.score_name)} by day: {escape(doc.by_day)}"] if doc.states else []
    # a list has no tiers: the days on and off it tell the run instead, as in the game
    tiers = [] if doc.states and doc.joined else [f"Tiers: {escape(doc.tier_text)}"]
    facts = [
        *by_day,
        *tiers,
        f"Perks won: {escape(', '.join(doc.perks_won) or 'none')}",
        f"Perks lost: {escape(', '.join(doc.perks_lost) or 'none')}",
        f"Restrictions: {escape(', '.join(doc.restrictions) or 'none')}",
        escape(doc.money),
    ]
    out.append(_list(goals + facts))
    out.append("<h3>Turning points</h3>")
    items = []
    for point, cost in zip(doc.points, doc.costs, strict=True):
        extra = f'<span class="cost">{escape(cost)}</span>' if cost else ""
        items.append(f"{escape(point.line)}{extra}")
    out.append(_list(items, "points") if items else "<p>Nothing turned.</p>")
    if doc.movers:
        out.append(f"<h3>{escape(doc.moved_title)}</h3>")
        out.append(_list([escape(rule_line(r, doc)) for r in doc.movers]))
    out.append(f"<p>{escape(doc.summary)}</p>")
    return out


def card_html(card: CardView) -> str:
    """One card: verdict word, claim, a sentence or two, footnote numbers."""
    notes = "".join(f'<sup><a href="#src{n}">[{n}]</a></sup>' for n in card.footnotes)
    met = f'<p class="met">{escape(card.met)}</p>' if card.met else ""
    return (
        f'<div class="card"><span class="verdict v-{escape(card.verdict)}">'
        f"{escape(card.verdict)}</span>"
        f'<p class="claim">{escape(card.claim)}</p>{met}<p>{escape(card.text)}{notes}</p>'
        f'<p class="ev">Evidence: {escape(card.evidence)}</p></div>'
    )


def cards_html(doc: Debrief) -> str:
    """The evidence legend, then every card: those the run met first, under headings."""
    legend = "".join(f"<dt>{escape(k)}</dt><dd>{escape(v)}</dd>" for k, v in doc.evidence)
    groups = "".join(
        (f"<h3>{escape(heading)}</h3>" if heading else "")
        + '<div class="cards">'
        + "".join(card_html(c) for c in cards)
        + "</div>"
        for heading, cards in card_groups(doc.cards)
    )
    return f'<p>What the evidence labels mean:</p><dl class="legend">{legend}</dl>{groups}'


def _truth(doc: Debrief) -> list[str]:
    return [f"<h2>{TITLES['truth']}</h2>", cards_html(doc)]


def _learning(doc: Debrief) -> list[str]:
    return [
        f"<h2>{TITLES['questions']}</h2>",
        _list([escape(o) for o in doc.objectives]),
        "<h2>Questions to discuss</h2>",
        "<ol>" + "".join(f"<li>{escape(q)}</li>" for q in doc.questions) + "</ol>",
    ]


def _invented(doc: Debrief) -> list[str]:
    out = [f"<h2>{TITLES['invented']}</h2>"]
    if doc.invented_intro:
        out.append(f"<p>{escape(doc.invented_intro)}</p>")
    for heading, numbers in invented_groups(doc):
        if heading:
            out.append(f"<h3>{escape(heading)}</h3>")
        out.append(_list([escape(n.sentence) for n in numbers]) if numbers else "")
    return out


def _glossary(doc: Debrief) -> list[str]:
    if not doc.glossary:
        return []
    rows = "".join(f"<dt>{escape(t)}</dt><dd>{escape(m)}</dd>" for t, m in doc.glossary)
    return [f"<h2>{TITLES['glossary']}</h2>", f"<dl>{rows}</dl>"]


def _society(doc: Debrief, level: Level, result: SocietyResult | None) -> list[str]:
    """The level's paragraph, then the same lesson as the game's society view: its key, a
    chart of the same numbers and the measures in words."""
    result = result if result is not None else society_of(level, doc.seed)
    score = doc.path[-1][1] if doc.joined and doc.path else None
    ring = ring_label(level, score, "you") if score is not None else None
    return [
        f"<h2>{TITLES['society']}</h2><p>{escape(doc.society)}</p>",
        society_html(level, result, ring, score),
    ]


def _ledger(doc: Debrief) -> list[str]:
    led = doc.ledger
    out = [f"<h2>{TITLES['ledger']}</h2>"]
    if led.repeated:
        out.append("<h3>Every day or most days</h3>")
        out.append(_list([escape(ledger_line(ln, doc)) for ln in led.repeated]))
    if led.by_day:
        out.append("<h3>Day by day</h3>")
        for day, lines in led.by_day:
            out.append(f"<h4>Day {day}</h4>")
            out.append(_list([escape(ledger_line(ln, doc, False)) for ln in lines]))
    rows = "".join(
        f"<tr><td>{escape(doc.change(r.total))}</td><td>{r.count}</td><td>{escape(r.reason)}</td>"
        f"<td>{escape(r.evidence)}</td></tr>"
        for r in led.by_rule
    )
    out.append(
        f"<h3>By rule</h3><table><tr><th>{'Led to' if doc.states else 'Total'}</th>"
        "<th>Times</th><th>Why</th>"
        f"<th>Evidence</th></tr>{rows}</table>"
    )
    return out


def _sources(doc: Debrief) -> list[str]:
    items = "".join(
        f'<li id="src{i}"><a href="{escape(url)}">{escape(url)}</a></li>'
        for i, url in enumerate(doc.footnotes, 1)
    )
    return ["<h2>Sources</h2>", f'<ol class="sources">{items}</ol>']
