"""Small level texts for tests, with a way to find the line a snippet sits on."""

MINIMAL = """\
format: 1
meta:
  id: tiny
  title: Tiny
  setting: Testville
  year: 2020
  summary: A tiny level.
  objectives: [Explain a score.]
player:
  name: Ana
  role: You are Ana.
  briefing: Scores matter here.
  days: 3
  actions_per_day: 2
score:
  min: 0
  max: 100
  start: 50
tiers:
  - {id: low, label: Low, min: 0}
  - {id: high, label: High, min: 60, perks: [bonus]}
perks:
  - {id: bonus, label: Bonus}
items:
  - {id: apple, label: Apple, price: 5, tags: [food]}
rules:
  - id: apple_up
    kind: action
    when: {action: buy, ids: [apple]}
    delta: 5
    reason: Apples are healthy.
debrief:
  summary: Done.
  society: Everyone eats apples.
  invented: All numbers are invented.
  cards:
    - {title: Apples, reality: Apples are fruit.}
  questions: ["Do apples matter?"]
"""


def line_of(text: str, snippet: str) -> int:
    """The 1-based line on which `snippet` first appears."""
    index = text.index(snippet)
    return text.count("\n", 0, index) + 1


def with_replaced(old: str, new: str, text: str = MINIMAL) -> str:
    assert old in text, old
    return text.replace(old, new, 1)
