"""The starter level `citizen-score new-level` writes: small, commented, valid and playable.

Every key a designer usually changes is present with a comment saying what it does; the
reference (docs/levels.md) lists the rest.
"""

import os
from pathlib import Path

from game.paths import shipped

SCHEMA_FILE = shipped("docs") / "level.schema.json"
COMMENT_COLUMN = 31
"""Where the starter's end-of-line comments start."""

STARTER_BODY = """\
# A starter level. Every key is explained in docs/levels.md; run
# `citizen-score lint THIS_FILE` after each change.
format: 1                      # the level format version this file is written for
meta:
{id_line}# lower case letters, digits, underscores; unique per level
  title: Replace this title    # shown in level select
  setting: Replace this setting
  year: 2025
  summary: A new score arrives in town. Replace this with one or two sentences.
  objectives:                  # what a student should be able to explain afterwards
    - Explain how everyday choices become points.
  minutes: 10
player:
  name: Sam
  role: You are Sam, a bus driver who wants to visit family abroad.
  briefing: The city now scores its residents. Good scores open doors.
  money: 300                   # starting money
  income: 20                   # earned each evening
  days: 5                      # how long the level lasts
  actions_per_day: 3
score:
  name: City score
  min: 0
  max: 1000
  start: 600
  display: exact               # exact, tier or hidden
  explanations: full           # full, amount or none: what the player is told
tiers:                         # bands of the score; the lowest must start at score.min
  - {{id: low, label: Flagged, min: 0, icon: cross, restrictions: [no_visa]}}
  - {{id: mid, label: Ordinary, min: 550, icon: circle}}
  - {{id: high, label: Trusted, min: 700, icon: star, perks: [fast_lane]}}
perks:
  - {{id: fast_lane, label: Fast lane at the city hall}}
restrictions:
  - {{id: no_visa, label: No travel visa}}
items:                         # the Shop; rules match items by id or tag
  - {{id: work_boots, label: Work boots, price: 60, tags: [responsible]}}
  - {{id: game_pass, label: Game pass, price: 30, tags: [idle]}}
posts:                         # what the player may post; tone works as a tag
  - {{id: praise, text: "Our city works!", tone: patriotic}}
  - {{id: doubt, text: "Who checks the score?", tone: critical}}
characters:
  - id: kim
    name: Kim
    relation: friend
    bio: Your colleague, always short of money.
    score: 450
    friend: true
    tags: [debtor]
services:                      # gated by restrictions (blocked_by) or conditions (requires)
  - id: visa
    label: Apply for a travel visa
    category: travel
    price: 40
    blocked_by: [no_visa]
    outcome: Your visa is approved.
rules:                         # what moves the score; see "Rules" in docs/levels.md
  - id: responsible_buy
    kind: action
    when: {{action: buy, tags: [responsible]}}
    delta: 40
    reason: Buying work clothes reads as responsible.
    evidence: game             # documented, reported, claimed and speculative need sources
  - id: idle_buy
    kind: action
    when: {{action: buy, tags: [idle]}}
    delta: -60
    reason: Games read as idleness.
  - id: praise_post
    kind: action
    when: {{action: post, tags: [patriotic]}}
    delta: 20
    reason: Praise for the city counts in your favour.
  - id: doubt_post
    kind: action
    when: {{action: post, tags: [critical]}}
    delta: -80
    reason: Doubting the score counts against you.
  - id: debtor_friend
    kind: association
    tags: [debtor]
    delta: -15
    reason: A friend in debt lowers your score.
goals:                         # what the player wants, in tension with the score
  - id: visit_family
    label: Visit your family
    description: Get a travel visa before the end.
    met_if: {{used_service: visa}}
  - id: keep_kim
    label: Keep Kim
    description: Still be friends with Kim on the last evening.
    met_if: {{is_friend: kim}}
    check: at_end
debrief:
  summary: Replace this with what the player lived through.
  society: Replace this with what the regime does to a whole society.
  invented: Every number in this level is a game abstraction.
  cards:                       # myth versus reality, with evidence and sources
    - title: Points for purchases
      myth: Buying the wrong things lowers a national score.
      reality: There is no national individual score; replace this card with your own.
      evidence: documented
      sources: [https://www.chinalawtranslate.com/en/getting-rongcheng-right/]
  questions:
    - Would you stop posting what you think to keep a visa?
strategies:                    # bots for lint and the balance simulator
  - id: careful
    label: Careful citizen
    prefer: {{actions: {{buy: 2, apply: 3}}, tags: {{responsible: 3, idle: -5}}}}
# When lint warns about something you mean (a mark that never lifts), list it here with the
# check named in brackets at the end of the warning, the id it is about, and why:
# intended_warnings:
#   - {{check: never-lifted, about: some_restriction, why: The mark is the lesson.}}
"""


def starter_text(target: Path) -> str:
    """The starter level for a file at `target`, its schema line relative to that file."""
    schema = Path(os.path.relpath(SCHEMA_FILE, target.resolve().parent)).as_posix()
    level_id = _level_id(target.stem)
    id_line = f"  id: {level_id} ".ljust(COMMENT_COLUMN)  # its comment lines up with the rest
    return f"# yaml-language-server: $schema={schema}\n" + STARTER_BODY.format(id_line=id_line)


def _level_id(stem: str) -> str:
    """An id from the file name: lower case, underscores, starting with a letter."""
    ascii_word = "".join(c if c.isascii() and c.isalnum() else "_" for c in stem.lower())
    cleaned = "_".join(part for part in ascii_word.split("_") if part)  # 'é' is not an id letter
    if not cleaned:
        return "new_level"
    return (cleaned if cleaned[0].isalpha() else f"level_{cleaned}")[:48]
