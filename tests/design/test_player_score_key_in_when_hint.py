"""A designer who writes the player's own score test under `when` (where only the target's
score can be tested) is told where that test belongs, not only pointed at the target's key."""

import pytest

from game.design.lint import lint_file


@pytest.mark.xfail(
    strict=True,
    reason="the unknown-key hint in game/core/content/model_errors.py offers only "
    "'target_score_below' (the target's score) for when.score_below, never the rule's if",
)
def test_score_below_under_when_points_to_the_rules_if(write_level, tutorial_text):
    old = "when: {action: buy, tags: [tidy]}"
    assert old in tutorial_text
    text = tutorial_text.replace(old, "when: {action: buy, tags: [tidy], score_below: 40}", 1)
    [problem] = lint_file(write_level(text))
    assert "unknown key 'score_below'" in problem.message
    assert "if: {score_below: 40}" in (problem.hint or ""), problem.format()
