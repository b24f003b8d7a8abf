"""Write docs/sources.md, the sources the levels may cite, from the project's research file.

The research file (facts.md) lives outside the shipped project, so this table ships the facts
and their URLs with it: each URL once, with its grade and the fact it supports. The press
articles behind the 2015-2017 myth are listed separately, as sources of claims, not of facts.

    python scripts/make_sources_doc.py ../shared/research/facts.md > docs/sources.md

`tests/test_sources_doc.py` reads the grades: a `documented` entry must cite a grade A source.
"""

import re
import sys
from pathlib import Path

URL = re.compile(r"https?://[^\s)|;,]+[^\s)|;,.]")
TAG = re.compile(r"\[(A/B|A|B|C)\]")
TOKEN = re.compile(rf"{TAG.pattern}|(?P<url>{URL.pattern})")
MOST = 220
WEAK = re.compile(r"^(Sources?\b|\(|$)")

PRESS = (
    (
        "https://jp.voicetube.com/videos/34921",
        "Extra Credits, a games video channel (YouTube, Oct 2015), transcript",
        "Sesame run by Tencent, Alibaba and the government; Tiananmen posts and imported anime "
        'lower your score; "work shoes or local agricultural products" raise it; mandatory in 2020.',
    ),
    (
        "https://www.thedigitalspeaker.com/online-reputation-sesame-credit-changes-concept-privacy/",
        "Mark van Rijmenam, futurist and keynote speaker, who ends by promoting the "
        '"self-sovereign reputation" his team is building',
        "Skipping hospital queues; loans; an RFID chip in every car and 170 million cameras; "
        "lost welfare and public office; no train or plane tickets; errors in the score.",
    ),
    (
        "https://digitalstrategy.rsm.nl/2017/10/18/open-sesame",
        "A student blog post at a business school (18 Oct 2017); cites the Extra Credits video, "
        "the BBC and CNBC",
        "Tencent and Alibaba built it together; housing, government jobs and travel papers for "
        'high scores; imported products and activism lower it; an artificial "caste" system.',
    ),
    (
        "https://blog.cronycle.com/sesame-credit-future-algorithms/",
        'A software company\'s blog, which calls its own scenarios "largely guesswork"',
        "Pro-government posts earn credit; a joke on a relative's account or a malicious actor "
        "could fabricate dissent; bots could inflate scores.",
    ),
    (
        "https://thenorwichradical.com/2016/04/02/sesame-credit-and-the-future-of-the-internet/",
        "Zoe Harding, The Norwich Radical, a student-run magazine (2 Apr 2016); embeds the video",
        'Built with the government, Alibaba and Tencent; tracks hobbies and a "financially '
        'irresponsible friend"; "if friends join Sesame Credit, your score goes up regardless '
        'of theirs"; operant conditioning.',
    ),
    (
        "https://tonypoulos.com/credit-scoring-becomes-social-scoring-be-worried/",
        "Tony Poulos, telecoms speaker and editor of DisruptiveViews (16 Feb 2016); points "
        "readers to the video",
        '"work clothes or local agricultural products" raise your score; internet access may be '
        'restricted ("All conjecture now"); the system "tells you who is affecting your score".',
    ),
)


def _plain(text: str) -> str:
    text = TAG.sub("", URL.sub("", text))
    text = re.sub(r"\*\*|`|\(mirror\)|\s;\s*", " ", text)
    text = re.sub(r"\s+", " ", text).strip(" -|;:,")
    if len(text) > MOST:
        text = text[:MOST].rsplit(" ", 1)[0] + "..."
    return text.replace("|", "/")


def _fact(line: str) -> str:
    """The claim a line makes: a bullet's text, or a table row's cells without the sources."""
    if line.lstrip().startswith("|"):
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        cells = cells[1:] if cells and cells[0].isdigit() else cells
        words = [c for c in cells if c and not URL.search(c)]
        return _plain(": ".join(words))
    return _plain(line.lstrip(" -"))


def _block(line: str, block: list[str]) -> list[str]:
    """The facts of the bullet or numbered list a line belongs to, so far."""
    if line.startswith(("#", "|")):
        return []
    if line.startswith(("- ", "1. ")):
        return [_fact(line)]
    if re.match(r"(\d+\.|\s+-) ", line):
        return [*block, _fact(line)]
    return block


def collect(facts: str) -> list[tuple[str, list[tuple[str, str, str]]]]:
    """Sections of (grade, url, fact), each URL once, graded by the tag written before it.

    A line that only lists sources ("Sources: [B] ...") takes its fact from the bullet or list
    it closes, else from its heading, so that no URL is listed without the fact it supports."""
    sections: list[tuple[str, list[tuple[str, str, str]]]] = [("Key numbers", [])]
    seen: set[str] = set()
    block: list[str] = []
    heading = ""
    for line in facts.splitlines():
        if line.startswith("## "):
            sections.append((line[3:].strip(), []))
        if line.startswith("#"):
            heading = line.lstrip("# ").strip()
            continue
        block = _block(line, block)
        fact = _fact(line)
        if WEAK.match(fact):
            fact = _plain(" ".join(f for f in block if not WEAK.match(f)) or heading)
        grade = "-"
        for match in TOKEN.finditer(line):
            if match.group("url") is None:
                grade = match.group(1)
                continue
            url = match.group("url")
            if url not in seen:
                seen.add(url)
                sections[-1][1].append((grade, url, fact))
    return [(title, rows) for title, rows in sections if rows]


def render(facts: str) -> str:
    out = [
        "# Sources the levels cite",
        "",
        "<!-- Generated by scripts/make_sources_doc.py from the project's research file; "
        "do not edit by hand. -->",
        "",
        "Every URL a level may cite, once, with its grade and the fact it supports. The grades",
        "come from the research file: **A** a primary or official source (a law, an official",
        "notice, court or government data, a company's own statement) or a reputable outlet",
        "reporting one; **B** a reputable secondary source; **C** a weak source (a blog, a",
        'content farm, a machine-translated Q&A site), to read as "widely repeated", not',
        "established; **A/B** a mixed source; **-** ungraded (unverified). A `documented` rule or",
        "card cites at least one grade A source; `reported` ones cite B or C.",
        "",
        "## Press articles: sources of claims, not of facts",
        "",
        "The 2015-2017 press picture came from these. Levels cite them, labelled `speculative`,",
        "to show where a claim came from, never as evidence that it is true.",
        "",
        "| grade | source | who wrote it | what it claims |",
        "|---|---|---|---|",
    ]
    out += [f"| press | {url} | {who} | {what} |" for url, who, what in PRESS]
    for title, rows in collect(facts):
        out += ["", f"## {title}", "", "| grade | source | fact |", "|---|---|---|"]
        out += [f"| {grade} | {url} | {fact} |" for grade, url, fact in rows]
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    sys.stdout.write(render(Path(sys.argv[1]).read_text(encoding="utf-8")))
