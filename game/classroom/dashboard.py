"""The teacher's live page: joined and finished counts per session, totals only, no names.
It refreshes itself from /status.json (no external fetches; a meta refresh without script).
On the projector it also shows each code large enough to copy from the back of the room."""

import json
from collections.abc import Mapping
from html import escape

_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Citizen Score class</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<noscript><meta http-equiv="refresh" content="5"></noscript>
<style>
body{{font-family:sans-serif;background:#14161c;color:#f2f2f2;margin:2rem;font-size:1.4rem}}
h1{{font-size:2.2rem;margin:0 0 1rem}} .s{{background:#222632;border-radius:12px;padding:1rem 1.5rem;margin:1rem 0}}
.n{{font-size:3rem;font-weight:bold}} .bar{{background:#3a3f4f;height:18px;border-radius:9px;overflow:hidden}}
.bar div{{background:#5fc48a;height:100%}} .muted{{color:#aab}}
.join{{color:#c4c8d4;margin:0;font-size:clamp(1.2rem,2vw,2rem)}} .title{{font-size:clamp(1.4rem,2vw,2rem)}}
.stale{{background:#5a2a2a;color:#fff;border-radius:8px;padding:.6rem 1rem}}
code{{display:block;font-size:clamp(1.2rem,4.2vw,5rem);font-weight:bold;color:#ffd166;letter-spacing:.08em;overflow-wrap:anywhere;margin:.2rem 0 .6rem}}
</style></head><body>
<h1>Citizen Score: class results</h1>
<p class="muted">This page updates by itself. It shows totals only, never names.</p>
<p class="muted" id="note">{note}</p>
<p class="stale" id="stale" hidden>{stale}</p>
<div id="sessions">{sessions}</div>
<script>
const titles = {titles};
const JOIN = {join};
function render(data) {{
  const out = [];
  for (const [code, c] of Object.entries(data.sessions)) {{
    const pct = c.joined ? Math.round(100 * c.finished / c.joined) : 0;
    const box = document.createElement('div'); box.className = 's';
    const head = document.createElement('div');
    const title = document.createElement('div'); title.className = 'title';
    title.textContent = titles[code] || '';
    const join = document.createElement('p'); join.className = 'join'; join.textContent = JOIN;
    const codeEl = document.createElement('code'); codeEl.textContent = code;
    head.append(title, join, codeEl);
    const nums = document.createElement('div');
    nums.innerHTML = '<span class="n"></span> joined, <span class="n"></span> finished';
    nums.children[0].textContent = c.joined; nums.children[1].textContent = c.finished;
    const bar = document.createElement('div'); bar.className = 'bar';
    const fill = document.createElement('div'); fill.style.width = pct + '%'; bar.append(fill);
    box.append(head, nums, bar); out.push(box);
  }}
  const list = document.getElementById('sessions');
  list.replaceChildren(...out);
  list.dataset.live = 'yes';
}}
function stale(on) {{ document.getElementById('stale').hidden = !on; }}
function refresh() {{
  fetch('/status.json')
    .then(r => {{ if (!r.ok) throw new Error(r.status); return r.json(); }})
    .then(data => {{ render(data); stale(false); }})
    .catch(() => stale(true));
}}
refresh();
setInterval(refresh, 3000);
</script></body></html>
"""


JOIN = "Students: choose Join a class and type this code"
STALE = (
    "Not updating: the collector has stopped or cannot be reached, so these numbers may be "
    "old. Start it again with the same command; nothing collected is lost."
)
"""Shown while the page cannot reach the collector: a stopped collector left the last
numbers on the projector without a word, and the teacher waited for students who had
finished."""


def dashboard_html(
    counts: Mapping[str, Mapping[str, int]], titles: Mapping[str, str], hidden: int = 0
) -> str:
    """The page as first served; the script then keeps the numbers current. Several codes
    on the projector invite students to copy the wrong one: the page says how to show one."""
    blocks = []
    for code, c in counts.items():
        joined, finished = c["joined"], c["finished"]
        pct = round(100 * finished / joined) if joined else 0
        blocks.append(
            f'<div class="s"><div><div class="title">{escape(titles.get(code, ""))}</div>'
            f'<p class="join">{JOIN}</p><code>{escape(code)}</code></div>'
            f'<div><span class="n">{joined}</span> joined, <span class="n">{finished}</span> finished</div>'
            f'<div class="bar"><div style="width:{pct}%"></div></div></div>'
        )
    if not blocks:
        blocks.append(
            '<div class="s">No session yet: make one with <b>citizen-score class new LEVEL --collect HOST:PORT</b>.</div>'
        )
    safe_titles = json.dumps(dict(titles)).replace("<", "\\u003c")
    return _PAGE.format(
        sessions="".join(blocks),
        titles=safe_titles,
        join=json.dumps(JOIN),
        stale=escape(STALE),
        note=escape(_note(len(counts), hidden)).replace(
            "--session", "<span style='white-space:nowrap'>--session</span>"
        ),
    )


def _note(shown: int, hidden: int) -> str:
    """What the teacher (not the class) reads under the heading."""
    if hidden:
        more = "1 more is" if hidden == 1 else f"{hidden} more are"
        return f"Only the codes given with --session are shown ({more} not)."
    if shown > 1:
        return (
            f"{shown} codes: each class types its own. To show only yours, start the "
            "collector with --session CODE."
        )
    return ""
