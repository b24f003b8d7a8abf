"""A designer who writes the player's own score test under `when` (where only the target's
score can be tested) is told where that test belongs, not only pointed at the target's key."""

from game.design.lint import lint_file


def test_score_below_under_when_points_to_the_rules_if(write_level, tutorial_text):
    old = "when: {action: buy, tags: [tidy]}"
    assert old in tutorial_text
    text = tutorial_text.replace(old, "when: {action: buy, tags: [tidy], score_below: 40}", 1)
    [problem] = lint_file(write_level(text))
    assert "unknown key 'score_below'" in problem.message
    assert "if: {score_below: 40}" in (problem.hint or ""), problem.format()
