"""A target score bound on a verb whose target has no score makes a rule that never fires:
lint says so at the bound, instead of the rule silently doing nothing."""

import pytest

from game.design.lint import lint_file


@pytest.mark.parametrize("key", ["target_score_below", "target_score_at_least"])
def test_a_score_bound_on_a_buy_rule_is_reported_at_the_bound(write_level, tutorial_text, key):
    old = "when: {action: buy, tags: [tidy]}"
    assert old in tutorial_text
    text = tutorial_text.replace(old, f"when: {{action: buy, tags: [tidy], {key}: 50}}", 1)
    path = write_level(text)
    line = text[: text.index(key)].count("\n") + 1
    found = [p for p in lint_file(path) if "tidy_stairwell" in p.message]
    assert [(p.line, p.message) for p in found] == [
        (
            line,
            f"rule 'tidy_stairwell' never fires: {key} tests the score of the person an "
            "action is about, and 'buy' is about no person",
        )
    ]


def test_a_score_bound_on_a_befriend_rule_is_not_reported(write_level, tutorial_text):
    old = "when: {action: befriend, ids: [mrs_lam]}"
    assert old in tutorial_text
    text = tutorial_text.replace(old, "when: {action: befriend, target_score_at_least: 50}", 1)
    assert [p.message for p in lint_file(write_level(text))] == []
