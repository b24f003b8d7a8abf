"""The tutorial "Your first level in 15 minutes": steps whose YAML, joined, is a whole level.

The reference prints the steps; tests/design/first_level.yaml holds the joined file, and a
test checks that the two agree and that the level validates and plays to its end.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Step:
    """One step: what to do and why, then the YAML to add at the end of the file."""

    title: str
    prose: str
    yaml: str


STEPS: tuple[Step, ...] = (
    Step(
        "Who, where and what the score is",
        "Create `levels/good_neighbour.yaml`. The first line lets your editor find the schema "
        "and autocomplete every key (it points at this repository's `docs/`: in a folder of "
        "your own, run `citizen-score schema -o levels/level.schema.json` and write "
        "`$schema=level.schema.json`). `meta` is what level select shows, `player` is the "
        "citizen you play, `score` sets the range and the start. Everything you leave out "
        "takes the default listed in the reference below.",
        """\
# yaml-language-server: $schema=../docs/level.schema.json
format: 1
meta:
  id: good_neighbour
  title: Good Neighbour Points
  setting: Riverside estate
  year: 2024
  summary: A residents' committee starts scoring the neighbours.
  objectives:
    - Explain how a points scheme turns everyday choices into a number.
  minutes: 5
player:
  name: Mei
  role: You are Mei, a night-shift nurse on the Riverside estate.
  briefing: >-
    The residents' committee now awards Good Neighbour Points. High scorers get a
    parking space; low scorers may not book the community hall.
  money: 200
  income: 10
  days: 4
  actions_per_day: 2
score:
  name: Neighbour points
  min: 0
  max: 100
  start: 50
""",
    ),
    Step(
        "What the score gives and takes",
        "Tiers cut the score into bands; each band lists the perks it unlocks and the "
        "restrictions it imposes. The lowest tier must start at the score's minimum.",
        """\
perks:
  - id: parking
    label: Reserved parking space
    description: Your own space by the front door.
restrictions:
  - id: no_hall
    label: No community hall bookings
tiers:
  - {id: watched, label: Watched, min: 0, icon: cross, restrictions: [no_hall]}
  - {id: resident, label: Resident, min: 40, icon: circle}
  - {id: pillar, label: Pillar of the estate, min: 70, icon: star, perks: [parking]}
""",
    ),
    Step(
        "The life the player lives",
        "Items fill the Shop, posts the Feed, characters the Friends tab. Tags are how rules "
        "recognise them, so tag what the regime cares about.",
        """\
items:
  - {id: flowers, label: Flowers for the stairwell, price: 15, tags: [tidy]}
  - {id: speaker, label: Party speaker, price: 40, tags: [noisy], once: true}
posts:
  - {id: thanks, text: "Thank you, committee, for a tidy estate!", tone: patriotic}
  - {id: objection, text: "Who decided a committee may score us?", tone: critical}
characters:
  - id: jun
    name: Jun
    relation: friend
    bio: Your neighbour across the hall; he plays the drums at night.
    score: 30
    friend: true
    tags: [noisy]
  - id: mrs_lam
    name: Mrs Lam
    relation: stranger
    bio: Chair of the residents' committee.
    score: 90
    suggested: true
""",
    ),
    Step(
        "The rules that move the score",
        "Each rule says when it fires, by how much and why; the reason is what the player "
        "reads. `evidence` tells the player how real the rule is: anything but `game` or "
        "`fiction` needs sources.",
        """\
rules:
  - id: tidy_stairwell
    kind: action
    when: {action: buy, tags: [tidy]}
    delta: 8
    reason: The committee likes a tidy stairwell.
  - id: noise_report
    kind: action
    when: {action: buy, tags: [noisy]}
    delta: -15
    reason: A neighbour reported a party speaker.
  - id: praise_committee
    kind: action
    when: {action: post, tags: [patriotic]}
    delta: 5
    reason: Public thanks to the committee.
  - id: question_committee
    kind: action
    when: {action: post, tags: [critical]}
    delta: -12
    reason: Questioning the committee counts against you.
  - id: befriend_chair
    kind: action
    when: {action: befriend, ids: [mrs_lam]}
    delta: 6
    reason: The committee chair vouches for you.
  - id: noisy_friend
    kind: association
    tags: [noisy]
    delta: -4
    reason: A noisy friend reflects on you.
""",
    ),
    Step(
        "What the player wants",
        "Goals are what make the score hurt: here the hall is refused while the player is "
        "Watched, and keeping Jun costs points every evening.",
        """\
services:
  - id: hall
    label: Book the community hall
    category: housing
    price: 20
    blocked_by: [no_hall]
    outcome: The hall is yours for your daughter's birthday.
goals:
  - id: party
    label: Throw the birthday party
    description: Book the community hall for your daughter's birthday.
    met_if: {used_service: hall}
  - id: keep_jun
    label: Keep Jun
    description: Still be friends with Jun on the last evening.
    met_if: {is_friend: jun}
    check: at_end
""",
    ),
    Step(
        "The debrief, and a bot to test it",
        "The debrief is the lesson: what happened, what it does to a society, which numbers "
        "you invented, and cards comparing the fiction with the real systems, with sources. "
        "A card's `played_by` names what in your level plays its claim, so the debrief can "
        "tell the player where they met it ('You met this on day 2: ...'). "
        "A strategy is a bot the simulator and `lint` play. The level now validates: run "
        "`citizen-score lint levels/good_neighbour.yaml`, then play it headless with "
        "`citizen-score autoplay levels/good_neighbour.yaml --strategy tidy_neighbour`. "
        "A strategy adds up its weights for each offered action: its verb, its target's id "
        "and each of the target's tags. Booking the hall is worth 3 (apply) + 4 (hall) = 7, "
        "buying flowers 2 (buy) + 3 (tidy) = 5, the speaker 2 - 5 = -3, and ending the day "
        "0.5, so this bot books the hall first, then buys flowers until the day ends.",
        """\
debrief:
  summary: Every purchase, post and friend on the estate became a point for or against you.
  society: Neighbours start watching each other, and the noisy ones lose their friends.
  invented: Every number in this level is a game abstraction.
  cards:
    - title: Points for good neighbours
      myth: Local points decide everything about your life.
      reality: >-
        Rongcheng's points scheme now needs informed consent, and a low score alone is
        never the basis for penalties.
      played_by: [tidy_stairwell, praise_committee]
      evidence: documented
      sources: [https://www.chinalawtranslate.com/en/rongcheng-social-credit-experience/]
  questions:
    - Would you drop a friend to keep your parking space?
strategies:
  - id: tidy_neighbour
    label: Tidy neighbour
    prefer: {actions: {buy: 2, apply: 3}, ids: {hall: 4}, tags: {tidy: 3, noisy: -5}}
""",
    ),
)


def level_text(upto: int | None = None) -> str:
    """The level after the first `upto` steps (all of them by default)."""
    return "".join(step.yaml for step in STEPS[:upto])
