"""The class report as one self-contained HTML page: inline SVG, no scripts, no external
fetches, large type for a projector. Totals only: no nickname appears on the page."""

import base64
from collections.abc import Sequence
from html import escape
from itertools import pairwise

from game.classroom.report import PERCENTILES, ClassReport, Tally, chart_frame
from game.core.spec.society import SocietyWords

CHART_W, CHART_H, PAD = 960, 380, 56
SOCIETY_MIN_WIDTH = 880
"""The society chart is drawn 1100 px wide with 12-14 px text. In a window narrower than
`SOCIETY_FLOOR_BELOW` (a phone, a small tablet) it is never shown narrower than this (its
words stay about 10 px or more) and slides sideways in its own box; in a wider window it
fits the screen whole instead (`_society`)."""
SOCIETY_FLOOR_BELOW = 1000
"""Window widths (CSS px) from which the town chart is sized to fit the screen rather than
kept at `SOCIETY_MIN_WIDTH`: a 1024x600 laptop or projector shows it whole, no sideways scroll."""
SOCIETY_ROOM = "1rem"
"""The screen height the town chart leaves free above and below it, together."""
SOCIETY_FIT_LEAST = 640
"""The narrowest (CSS px) the town chart is made to fit a short screen: below this its
words would be under 8 px, so a window shorter than 1024x600's shows it in two scrolls."""
REPORT_VERSION = 1
"""The page's version, in its generator line."""

_STYLE = (
    """
body{font-family:'DejaVu Sans',sans-serif;background:#14161c;color:#f4f4f4;margin:0;padding:2rem 3rem;font-size:22px;line-height:1.35}
h1{font-size:44px;margin:0 0 .3rem} h2{font-size:32px;margin:2.2rem 0 .8rem;border-bottom:2px solid #3a3f4f;padding-bottom:.3rem}
.muted{color:#b8bccb} .row{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr) 7.5em;gap:1rem;align-items:center;margin:.45rem 0}
.row svg{width:100%;height:26px} .n{font-weight:bold;text-align:right;white-space:nowrap}
ol.q li{font-size:30px;margin:.8rem 0} ol.more li{font-size:26px} svg text{font-family:'DejaVu Sans',sans-serif}
.wide img{display:block;width:100%;height:auto;margin:0 auto;background:#fff;border-radius:10px;max-width:max(%LEAST%px,calc((100vh - %ROOM%) * var(--ratio,1.5)))}
@media (max-width:%FLOOR%px){.wide{overflow-x:auto} .wide img{min-width:%MIN%px;max-width:none}}
.legend span{display:inline-block;margin-right:1.5rem} .sw{display:inline-block;width:1.2em;height:.8em;margin-right:.3em;vertical-align:middle}
@media (max-width:700px){body{padding:1rem;font-size:18px} h1{font-size:30px} h2{font-size:24px} ol.q li{font-size:21px}
.row{grid-template-columns:minmax(0,1fr) auto;gap:.2rem .8rem} .row svg{grid-column:1/-1;grid-row:2}
.chart svg{width:840px}}
.chart{overflow-x:auto} .chart svg{display:block;margin:0 auto}
@media (min-width:701px){.chart svg{max-height:max(300px,calc(100vh - 24rem))}}
@media (max-height:700px) and (min-width:701px){body{padding:.8rem 2rem;font-size:18px}
h1{font-size:28px;margin:0} h2{font-size:24px;margin:.8rem 0 .4rem} p{margin:.5rem 0} p.muted{font-size:15px;margin:.3rem 0} .legend{margin:.3rem 0}
ol.q li{font-size:24px} ol.more li{font-size:21px} .chart svg{max-height:max(240px,calc(100vh - 15rem))}}
@media print{body{background:#fff;color:#000;padding:0;font-size:14pt} .muted{color:#333}
h1{font-size:24pt} h2{font-size:18pt;border-color:#999;break-after:avoid} ol.q li,ol.more li{font-size:14pt}
.row,li,.chart,.wide,.legend{break-inside:avoid} .chart svg{max-height:none}
.wide{overflow:visible} .wide img{min-width:0!important;max-width:100%!important} .sw{outline:1px solid #555}}
""".replace("%ROOM%", SOCIETY_ROOM)
    .replace("%FLOOR%", str(SOCIETY_FLOOR_BELOW - 1))
    .replace("%MIN%", str(SOCIETY_MIN_WIDTH))
    .replace("%LEAST%", str(SOCIETY_FIT_LEAST))
)
"""On a 1024x600 screen (a small projector or a school laptop) the page opened on its title and
the top half of the score chart: the class saw no chart whole. Below 700 px of height the
page is set tighter and the chart shrinks (its words stay 13 px or more) so the title, the
chart and its key fit the first screen. Printed (or saved as a PDF), the page is black on
white, the town chart fits the paper (its 880 px least width cut it off at the right) and
no bar row or question is split over two pages. The town chart is as wide as the page but
never taller than the screen (its width is capped at the screen's height, less
`SOCIETY_ROOM`, times the picture's width over its height), so a 1024x600 screen shows it
whole without sliding sideways."""


def report_html(report: ClassReport, society_png: bytes | None = None) -> str:
    """The page, in the order of the projector's debrief and of the teacher guide's plan: what
    happened, why, then the questions; `society_png` (the level's rules over a modelled
    town) adds a section before them."""
    sessions = ", ".join(s or "(no session)" for s in report.sessions)
    parts = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>",
        f"<title>Class report: {escape(report.title)}</title>",
        f'<meta name="generator" content="citizen-score class report {REPORT_VERSION}">',
        "<meta http-equiv='Content-Security-Policy' content=\"default-src 'none'; "
        "style-src 'unsafe-inline'; img-src data:\">",
        f"<style>{_STYLE}</style></head><body>",
        f"<h1>{escape(report.title)}: class report</h1>",
        f"<p class='muted'>{_students(report.students)} · session {escape(sessions)} · "
        f"level version {escape(report.level_hash[:8])}</p>",
        f"<p class='muted'>{escape(report.replays_line)}</p>" if report.replays else "",
        f"<h2>{escape(report.moved_heading, quote=False)}</h2>",
        _hidden_note(report),
        band_chart(report) if report.charted else "",
        f"<p class='muted'>{escape(report.chart_note)}</p>" if report.chart_note else "",
        _section("Goals met", report.goals, "#5fc48a"),
        f"<p class='muted'>{escape(report.goals_note)}</p>" if report.goals_note else "",
        _section("What the class chose", report.choices, "#ffd166"),
        _section("Perks gained", report.perks, "#6fb3ff"),
        _section("Restrictions hit", report.restrictions, "#ff7a6b"),
        f"<p class='muted'>{escape(report.names_note)}</p>" if report.names_note else "",
        _section(report.changes_heading, report.turning_points, "#c99cff"),
        _society(society_png, report.members),
        "<h2>Questions for the class</h2><ol class='q'>",
        *(f"<li>{escape(q)}</li>" for q in report.prompts),
        "</ol>",
        _level_questions(report),
        _replays(report),
        "</body></html>",
    ]
    return "\n".join(parts)


def _students(n: int) -> str:
    return "1 student" if n == 1 else f"{n} students"


def _hidden_note(report: ClassReport) -> str:
    if not report.hide_scores:
        return ""
    return (
        "<p class='muted'>Scores were hidden from students in this session, so the chart "
        "shows where the class stood against the tiers, without score numbers.</p>"
    )


def _society(png: bytes | None, who: SocietyWords) -> str:
    if png is None:
        return ""
    data = base64.b64encode(png).decode("ascii")
    size = png_size(png)
    shape = (
        f"width='{size[0]}' height='{size[1]}' style='--ratio:{size[0] / size[1]:.4f}' "
        if size
        else ""
    )
    return (
        f"<h2>The same rules over {who.crowd}</h2><p class='muted'>A model of many {who.members} "
        f"under this level's rules (not your class): scores, inequality, how far they only "
        f"{who.know} their equals, and how many still speak up.</p>"
        "<div class='wide'><img alt=\"The level's rules over a modelled town\" "
        f"{shape}src='data:image/png;base64,{data}'></div>"
    )


def png_size(png: bytes) -> tuple[int, int] | None:
    """A PNG's width and height in pixels, read from its header; None when it has none."""
    if len(png) < 24 or not png.startswith(b"\x89PNG\r\n\x1a\n") or png[12:16] != b"IHDR":
        return None
    width, height = int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
    return (width, height) if width and height else None


def _level_questions(report: ClassReport) -> str:
    """The level's own questions, to finish the discussion (the teacher guide has the key)."""
    if not report.level_questions:
        return ""
    items = "".join(f"<li>{escape(q)}</li>" for q in report.level_questions)
    return f"<h2>More questions about {escape(report.title)}</h2><ol class='q more'>{items}</ol>"


def _replays(report: ClassReport) -> str:
    """The games played again from a computer that had finished, each beside the first game
    there (the one counted), by tier only: the page names no one."""
    if not report.replays:
        return ""
    firsts = {r.nickname: r.final_tier for r in report.rows}
    items = "".join(
        f"<li>Played again: ended {_ended(r.final_tier)}. The first game on that computer "
        f"(the one counted): ended {_ended(firsts.get(r.replay_of, '?'))}.</li>"
        for r in report.replays
    )
    return (
        "<h2>Played again, not counted</h2>"
        f"<p class='muted'>{escape(report.replays_line)}</p><ul>{items}</ul>"
    )


def _ended(tier: str) -> str:
    return "without joining" if tier == "not joined" else f"in {escape(tier)}"


def _section(title: str, tallies: Sequence[Tally], colour: str) -> str:
    if not tallies:
        return f"<h2>{escape(title)}</h2><p class='muted'>None in this class.</p>"
    rows = "".join(_bar(t, colour) for t in tallies)
    return f"<h2>{escape(title)}</h2>{rows}"


def _bar(t: Tally, colour: str) -> str:
    """One row: its label begins with a capital, as on the projector ("cut Xiaoyu" is a
    tally's label that the discussion questions use mid-sentence)."""
    width = round(100 * t.share, 1)
    label = t.label[:1].upper() + t.label[1:]
    return (
        f"<div class='row'><div>{escape(label)}</div>"
        f"<svg viewBox='0 0 100 10' preserveAspectRatio='none' role='img' aria-label='{t.count} of {t.of}'>"
        f"<rect width='100' height='10' fill='#2a2f3c'/><rect width='{width}' height='10' fill='{colour}'/></svg>"
        f"<div class='n'>{t.count} of {t.of}</div></div>"
    )


_HALO = (
    "fill='#e6e8ef' font-size='16' stroke='#1b1e27' stroke-width='5' "
    "stroke-linejoin='round' paint-order='stroke'"
)
"""Tier names and numbers: light text with a dark edge, drawn over everything."""
_LABEL_GAP = 20
"""Least height in pixels between two tier names (and between their numbers)."""
_CHAR_W = 9.5
"""The most a character of 16 px DejaVu Sans takes across, on average (about 7.7 px for
these names; more, so a name never reaches a line it was measured clear of)."""
_STEP = 8
"""How far a name moves along its tier line, at a time, to find a place the median clears."""

Box = tuple[float, float, float, float]
"""A name's place: left, top, right, bottom."""
Line = tuple[Sequence[tuple[float, float]], float]
"""A line of the chart: its points, and half its width."""


def _has_room(named: list[float], height: float) -> bool:
    """Whether a tier name at this height clears every name already drawn (16 px text with
    its dark edge): tiers close together on a wide scale would print over each other."""
    return all(abs(height - other) >= _LABEL_GAP for other in named)


def _box(text: str, x: float, baseline: float) -> Box:
    """Where 16 px text with its dark edge is drawn, a little generously."""
    return x - 3, baseline - 16, x + len(text) * _CHAR_W + 3, baseline + 4


def _crosses(box: Box, line: Line) -> bool:
    """Whether the line passes through the box."""
    (points, half), (left, top, right, bottom) = line, box
    for (x1, y1), (x2, y2) in pairwise(points):
        a, b = max(left, min(x1, x2)), min(right, max(x1, x2))
        if a > b:
            continue
        ya, yb = (
            (y1 + (y2 - y1) * (a - x1) / (x2 - x1), y1 + (y2 - y1) * (b - x1) / (x2 - x1))
            if x2 != x1
            else (y1, y2)
        )
        if min(ya, yb) - half <= bottom and max(ya, yb) + half >= top:
            return True
    return False


def _overlaps(one: Box, other: Box) -> bool:
    return not (one[2] < other[0] or other[2] < one[0] or one[3] < other[1] or other[3] < one[1])


def _place(
    text: str,
    height: float,
    lines: Sequence[Line],
    drawn: list[Box],
) -> float:
    """Where along its line a tier name goes (its x): just above the line, in the tier's
    own band, at the first place from the left that no line of the chart runs through and
    no other name takes. The median line through a name read as part of it ('Well liked'
    as 'Well-liked'). With no such place, at the left."""
    width = len(text) * _CHAR_W
    x = PAD + 6.0
    while x + width <= CHART_W - PAD:
        box = _box(text, x, height - 6)
        if not any(_crosses(box, line) for line in lines) and not any(
            _overlaps(box, other) for other in drawn
        ):
            drawn.append(box)
            return x
        x += _STEP
    drawn.append(_box(text, PAD + 6, height - 6))
    return PAD + 6


def band_chart(report: ClassReport) -> str:
    """Percentile bands of the class's score by day (10-90 light, 25-75 dark, median line)."""
    bands = report.bands
    shown = dict(zip(report.tiers, report.tier_numbers, strict=False))
    frame = chart_frame(report)
    tiers, below, low, high = frame.tiers, frame.below, frame.low, frame.high
    span = max(1, high - low)
    days = max(1, bands[-1].day)

    def x(day: float) -> float:
        return PAD + (CHART_W - 2 * PAD) * day / days

    def y(score: float) -> float:
        return CHART_H - PAD - (CHART_H - 2 * PAD) * (score - low) / span

    def area(lo: int, hi: int) -> str:
        top = [f"{x(b.day):.1f},{y(b.values[hi]):.1f}" for b in bands]
        bottom = [f"{x(b.day):.1f},{y(b.values[lo]):.1f}" for b in reversed(bands)]
        return " ".join(top + bottom)

    median_points = [(x(b.day), y(b.values[2])) for b in bands]
    median = " ".join(f"{px:.1f},{py:.1f}" for px, py in median_points)
    across = [([(PAD, y(m)), (CHART_W - PAD, y(m))], 0.5) for _, m in tiers]  # dashed, 1 px
    out = [
        # on a phone the chart keeps 14 px text and scrolls sideways in its own box
        f"<div class='chart'><svg viewBox='0 0 {CHART_W} {CHART_H}' width='100%' role='img' "
        "aria-label='Class score bands by day'>",
        f"<rect width='{CHART_W}' height='{CHART_H}' fill='#1b1e27' rx='10'/>",
    ]
    for _, m in tiers:
        out.append(
            f"<line x1='{PAD}' x2='{CHART_W - PAD}' y1='{y(m):.1f}' y2='{y(m):.1f}' "
            "stroke='#6a7086' stroke-dasharray='6 6'/>"
        )
    out += [
        f"<polygon points='{area(0, 4)}' fill='#6fb3ff' fill-opacity='0.25'/>",
        f"<polygon points='{area(1, 3)}' fill='#6fb3ff' fill-opacity='0.5'/>",
        f"<polyline points='{median}' fill='none' stroke='#ffffff' stroke-width='4'/>",
    ]
    named: list[float] = []  # the heights of the tier names drawn, top first
    drawn: list[Box] = []  # where they are drawn
    lines: list[Line] = [(median_points, 2 + 3), *across]  # 4 px wide, and a gap of 3
    for label, m in sorted(tiers, key=lambda t: -t[1]):  # last: readable over bands and line
        if not _has_room(named, y(m)):
            continue  # its dashed line stays: names printed over each other read as none
        named.append(y(m))
        at = _place(label, y(m), lines, drawn)
        number = (
            f"<text x='{CHART_W - PAD + 4}' y='{y(m) + 6:.1f}' {_HALO}>"
            f"{escape(shown.get((label, m), str(m)))}</text>"
            if report.numbered
            else ""
        )
        out.append(f"{number}<text x='{at:.1f}' y='{y(m) - 6:.1f}' {_HALO}>{escape(label)}</text>")
    if below is not None and _has_room(named, y(low)):  # its line is off the chart: named
        at = _place(below, y(low), lines, drawn)
        out.append(f"<text x='{at:.1f}' y='{y(low) - 6:.1f}' {_HALO}>{escape(below)}</text>")
    for b in bands:
        out.append(
            f"<text x='{x(b.day):.1f}' y='{CHART_H - PAD + 26}' fill='#b8bccb' font-size='16' "
            f"text-anchor='middle'>{b.day}</text>"
        )
    out.append(
        f"<text x='{CHART_W / 2}' y='{CHART_H - 8}' fill='#b8bccb' font-size='16' "
        "text-anchor='middle'>day</text></svg></div>"
    )
    lo, hi = PERCENTILES[0], PERCENTILES[-1]
    if report.students == 1:  # one student has no spread: the line is that student's score
        out.append(
            "<p class='legend muted'><span><i class='sw' style='background:#ffffff'></i>"
            "the one student's score (more students add bands around the middle)</span></p>"
        )
        return "".join(out)
    out.append(
        "<p class='legend muted'><span><i class='sw' style='background:#ffffff'></i>"
        "middle score (half of you above)</span><span><i class='sw' style='background:#4f7fb7'>"
        "</i>middle half of you</span><span><i class='sw' style='background:#2e4664'></i>"
        f"{(hi - lo) // 10} in 10 of you</span></p>"
    )
    return "".join(out)
