"""A rule on `answer` or `reply` that matches by the tags the engine gives those actions
(docs/levels.md, 'What a rule sees of each verb') fires in play, so lint must not call it a
rule that matches nothing. Lint asks each verb's `targets` in game/core/verbs for the tags,
which now carry the prompt's id (answer) and the character's id (reply) too."""

from game.core.content.problems import Severity
from game.design.lint import lint_file
from tests.design.consent_prompt import CONSENT_PROMPT

TALK = """\
    talks:
      - id: be_honest
        day: 1
        text: Does being my friend cost you points?
        replies:
          - {id: honest_no, label: "No"}
          - {id: honest_yes, label: A little}
"""

RULE = """\
  - id: watched_words
    kind: action
    when: {{action: {verb}, tags: [{tag}]}}
    delta: 1
    reason: The committee notes your answer.
"""


def level_with(tutorial_text: str, verb: str, tag: str) -> str:
    text = tutorial_text.replace(
        "rules:\n", CONSENT_PROMPT + "rules:\n" + RULE.format(verb=verb, tag=tag)
    )
    anchor = "    tags: [noisy]\n  - id: mrs_lam\n"
    assert anchor in text
    return text.replace(anchor, "    tags: [noisy]\n" + TALK + "  - id: mrs_lam\n", 1)


def matches_nothing(write_level, text: str) -> list[str]:
    problems = lint_file(write_level(text))
    assert all(p.severity == Severity.WARNING for p in problems), [p.format() for p in problems]
    return [p.message for p in problems if "matches no" in p.message]


def test_a_reply_rule_on_the_talk_id_is_not_reported(write_level, tutorial_text):
    assert matches_nothing(write_level, level_with(tutorial_text, "reply", "be_honest")) == []


def test_an_answer_rule_on_the_prompt_id_is_not_reported(write_level, tutorial_text):
    assert matches_nothing(write_level, level_with(tutorial_text, "answer", "consent")) == []


def test_a_reply_rule_on_the_character_id_is_not_reported(write_level, tutorial_text):
    assert matches_nothing(write_level, level_with(tutorial_text, "reply", "jun")) == []
