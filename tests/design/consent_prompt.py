"""A question the tutorial level can be given: the committee asks on day 1 to read the
player's messages (pre-ticked: agree). Insert it before the level's `rules:`."""

CONSENT_PROMPT = """\
prompts:
  - id: consent
    title: Share your data?
    text: May the committee read your messages?
    default: agree
    options:
      - {id: agree, label: Agree}
      - {id: refuse, label: Refuse}
events:
  - id: ask
    day: 1
    effects: {prompt: consent}
"""
