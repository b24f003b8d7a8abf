"""Every loader message reads as a designer's message: no validation-library wording, all
problems in one run, and 'did you mean' only when the suggestion is plausible."""

import re
from pathlib import Path

import pytest

from game.core.content.loader import load_level, load_level_text
from game.core.content.problems import MAX_PROBLEMS, Problem, Suggester, did_you_mean, excerpt
from game.core.spec.base import LIST_LIMIT
from tests.core.levels import MINIMAL, line_of, with_replaced

RULE_END = "    reason: Apples are healthy."
TIER = "  - {id: low, label: Low, min: 0}"
TOP = "format: 1"

MISTAKES = [
    ("    delta: 5", "    delat: 5"),
    ("    reason: Apples are healthy.\n", ""),
    ("kind: action", "kind: actoin"),
    ("  start: 50", "  start: 50\n  display: exactly"),
    ("ids: [apple]", "ids: [aple]"),
    ("ids: [apple]", "tags: [fod]"),
    ("perks: [bonus]", "perks: [bonsu]"),
    ("price: 5", "price: five"),
    ("price: 5", "price: -1"),
    ("start: 50", "start: 500"),
    ("{id: low, label: Low, min: 0}", "{id: low, label: Low, min: 10}"),
    (RULE_END, "    reason: Apples.\n    evidence: claimed"),
    (RULE_END, "    reason: Apples.\n    evidence: reported\n    sources: [some newspaper]"),
    ("{id: apple,", "{id: Apple Pie,"),
    (RULE_END, "    reason: A.\n    if: {score_belo: 3}"),
    ("{id: apple, label: Apple,", "{id: apple, label: yes,"),
    ("days: 3", "days: 99"),
    ("days: 3", "days: [1]"),
    ("tags: [food]", "tags: food"),
    ("tags: [food]", "tags: {a: 1}"),
    ("    kind: action\n", ""),
    ("kind: action", "kind: [x]"),
    ("when: {action: buy, ids: [apple]}", "when: buy"),
    (RULE_END, "    reason: A.\n    if: 3"),
    (RULE_END, "    reason: A.\n    if: [a]"),
    (RULE_END, "    reason: ''"),
    ("  title: Tiny", "  title: " + "x" * 100),
    ("  year: 2020", "  year: 1800"),
    ("  year: 2020", "  year: 20.5"),
    ("  year: 2020", "  year: null"),
    ("rules:\n", "rules: 3\nx:\n"),
    (TIER, "  - low"),
    (TIER, "  - [low]"),
    ('questions: ["Do apples matter?"]', "questions: []"),
    ("  start: 50", "  start: 50\n  decimals: 1.5"),
    ("  start: 50", "  start: 50\n  dispute: maybe"),
    ("  start: 50", "  start: 50\n  factors: [{id: a, label: A, weight: 2}]"),
    (TOP, TOP + "\nstrategies:\n  - {id: s, label: S, prefer: {actions: {buy: x}}}"),
    (TOP, TOP + "\nstrategies:\n  - {id: s, label: S, prefer: {actions: [buy]}}"),
    (TOP, TOP + "\nstrategies:\n  - {id: s, label: S, prefer: {actions: {Buy Now: 1}}}"),
    (TOP, TOP + "\nevents:\n  - {id: e, day: x}"),
    (TOP, TOP + "\nevents:\n  - {id: e, chance: 0}"),
    (TOP, TOP + "\nnotes: [a]"),
    ("rules:\n", "rules:\n  - 3\n"),
    ("meta:\n", "meta: 3\nx:\n"),
    (TIER, "  - {id: low, label: Low, min: 0, icon: blob}"),
    (TIER, "  - {id: low, label: Low, min: 0}\n  - {id: mid, label: Mid, min: 70}"),
]

LIBRARY_WORDING = re.compile(
    r"Input should|valid tuple|valid dictionary|discriminator|instance of|less than or equal|"
    r"greater than or equal|String should|Tuple should|after validation|Value error|"
    r"Field required|Extra inputs|unable to|pydantic|\[key\]|NoneType|should match pattern",
    re.IGNORECASE,
)


@pytest.mark.parametrize(("old", "new"), MISTAKES)
def test_no_message_uses_the_validation_librarys_wording(old, new):
    problems = load_level_text(with_replaced(old, new), "lvl.yaml").problems
    assert problems, new
    for problem in problems:
        assert not LIBRARY_WORDING.search(problem.format()), problem.format()


def messages(text: str) -> list[str]:
    return [p.format() for p in load_level_text(text, "lvl.yaml").problems]


def test_a_wrong_number_says_what_was_expected_in_yaml_words():
    assert messages(with_replaced("price: 5", "price: five")) == [
        "lvl.yaml:25:38: error: items.0.price: expected a whole number, not 'five'"
        " (hint: write digits only, like 120: no quotes, units or decimals)"
    ]


def test_a_number_out_of_range_names_the_bound():
    text = with_replaced("days: 3", "days: 99")
    assert messages(text) == ["lvl.yaml:13:9: error: player.days: must be at most 30, not 99"]


def test_a_rule_without_kind_lists_the_kinds():
    (message,) = messages(with_replaced("    kind: action\n", ""))
    assert "missing required key 'kind' in rules.0" in message
    assert "kind is one of: action, daily, chance" in message


def test_a_scalar_where_a_list_belongs_shows_how_to_write_a_list():
    (message,) = messages(with_replaced("tags: [food]", "tags: food"))
    assert "expected a list, not 'food' (hint: write a list like [a, b]" in message


def test_reference_problems_are_reported_in_the_same_run_as_structural_ones():
    text = with_replaced("price: 5", "price: five").replace("perks: [bonus]", "perks: [bonsu]")
    found = messages(text)
    assert len(found) == 2
    assert "expected a whole number" in found[1] and "unknown perk 'bonsu'" in found[0]


def test_an_unknown_rule_in_society_leave_out_is_reported_beside_a_wrong_society_number():
    society = "society:\n  conform: lots\n  leave_out: [aple_up]\n"
    found = messages(with_replaced("rules:\n", society + "rules:\n"))
    assert len(found) == 2
    assert any("society.conform: expected a number" in m for m in found)
    assert any("unknown rule 'aple_up'" in m for m in found)


def test_references_after_a_broken_entry_point_at_their_own_line():
    rule = (
        "  - {id: broken, kind: daily, delta: x, reason: R}\n"
        "  - {id: later, kind: action, when: {action: buy, ids: [aple]}, reason: R}\n"
    )
    text = with_replaced("rules:\n", "rules:\n" + rule)
    problems = load_level_text(text, "lvl.yaml").problems
    unknown = next(p for p in problems if p.message == "unknown item 'aple'")
    assert unknown.line == line_of(text, "ids: [aple]")


def test_a_reference_to_a_broken_entry_is_not_also_reported_unknown():
    text = with_replaced(
        "perks:\n  - {id: bonus, label: Bonus}", "perks:\n  - {id: bonus, label: Bonus, actions: x}"
    )
    found = messages(text)
    assert len(found) == 1 and "perks.0.actions" in found[0]


def test_did_you_mean_does_not_offer_a_longer_name_that_merely_starts_with_the_word():
    assert did_you_mean("jun", ["june", "wei"]) is None


def test_did_you_mean_offers_a_plausible_typo_of_the_same_kind():
    assert did_you_mean("fod", ["food", "toys"]) == "did you mean 'food'?"
    assert did_you_mean("score_belo", ["score_below", "flag"]) == "did you mean 'score_below'?"


def test_did_you_mean_offers_nothing_for_a_far_word():
    assert did_you_mean("bicycle", ["apple", "bonus", "banana"]) is None


def test_an_id_of_another_kind_is_named_as_such_not_suggested():
    text = with_replaced("ids: [apple]", "ids: [bonus]")
    (message,) = messages(text)
    assert "unknown item 'bonus' (hint: 'bonus' is a perk, not an item)" in message


def test_unknown_character_jun_gets_no_suggestion_of_june():
    chars = "characters:\n  - {id: june, name: June, bio: A neighbour., score: 50}\n"
    text = with_replaced("debrief:", chars + "debrief:").replace(
        "when: {action: buy, ids: [apple]}", "when: {action: befriend, ids: [jun]}"
    )
    (problem,) = load_level_text(text, "lvl.yaml").problems
    assert problem.message == "unknown character 'jun'"
    assert problem.hint == "the character ids here: june"  # a list, not 'did you mean'


def test_did_you_mean_stops_comparing_once_its_budget_is_spent():
    suggester = Suggester(budget=50)
    names = {f"item_{i:04d}" for i in range(1000)}
    hints = [suggester.hint(f"itme_{i:04d}", names) for i in range(1000)]
    assert suggester.budget < 0 and hints.count(None) > 990


def _rules_naming_unknown_ids(rules: int, per_rule: int) -> str:
    """MINIMAL with 150 items and `rules` rules, each naming `per_rule` unknown item ids."""
    items = "".join(f"  - {{id: item_{i:04d}, label: I, price: 1}}\n" for i in range(150))
    text = MINIMAL.replace("items:\n", "items:\n" + items, 1)
    lines = []
    for r in range(rules):
        ids = ", ".join(f"itme_{r * per_rule + i:04d}" for i in range(per_rule))
        lines.append(f"  - {{id: r{r}, kind: action, when: {{action: buy, ids: [{ids}]}},")
        lines.append(" delta: 1, reason: x}\n")
    return text.replace("rules:\n", "rules:\n" + "".join(lines), 1)


def test_hundreds_of_unknown_ids_are_all_reported_with_bounded_suggestions():
    problems = load_level_text(_rules_naming_unknown_ids(4, 200), "lvl.yaml").problems
    assert len(problems) == 800
    assert 0 < sum(p.hint is not None for p in problems) < 800


def test_past_a_thousand_problems_one_line_counts_the_rest():
    problems = load_level_text(_rules_naming_unknown_ids(10, 200), "lvl.yaml").problems
    assert len(problems) == MAX_PROBLEMS + 1
    assert problems[-1].message == f"1000 more problems not listed (at most {MAX_PROBLEMS} are)"


def test_a_list_past_the_limit_is_reported_alone_at_the_list():
    ids = ", ".join(f"itme_{i:04d}" for i in range(LIST_LIMIT + 1))
    text = MINIMAL.replace("ids: [apple]", f"ids: [{ids}]", 1)
    problems = load_level_text(text, "lvl.yaml").problems
    assert [p.message for p in problems] == [
        f"rules.0.when.ids: has {LIST_LIMIT + 1} entries; at most {LIST_LIMIT}"
    ]


def test_the_excerpt_puts_a_caret_under_the_column():
    lines = ["format: 1", "  - {id: apple, price: five}"]
    shown = excerpt(Problem("f", 2, 24, "bad"), lines)
    assert shown[0].endswith("|   - {id: apple, price: five}")
    assert shown[1].index("^") == shown[0].index("five")


def test_the_excerpt_of_a_long_line_keeps_the_column_in_view():
    line = "x" * 300 + "BAD" + "y" * 300
    shown = excerpt(Problem("f", 1, 301, "bad"), [line])
    assert shown[0][shown[1].index("^") :].startswith("BAD")
    assert len(shown[0]) < 120


def test_the_excerpt_is_empty_for_a_line_outside_the_file():
    assert excerpt(Problem("f", 9, 1, "bad"), ["one line"]) == []


HOSTILE = sorted((Path(__file__).parents[1] / "fixtures" / "hostile" / "levels").glob("*.yaml"))


@pytest.mark.parametrize("path", HOSTILE, ids=[p.name for p in HOSTILE])
def test_no_message_about_a_hostile_file_uses_library_wording(path):
    for problem in load_level(path).problems:
        assert not LIBRARY_WORDING.search(problem.format()), problem.format()


def test_validate_shows_source_lines_for_the_first_problems_and_one_line_for_the_rest(
    tmp_path, capsys
):
    from game.cli.common import EXCERPTS, print_problems

    items = "".join(f"  - {{id: item_{i:04d}, label: I, price: 1}}\n" for i in range(150))
    ids = ", ".join(f"itme_{i:04d}" for i in range(EXCERPTS + 50))
    text = MINIMAL.replace("items:\n", "items:\n" + items, 1).replace(
        "ids: [apple]", f"ids: [{ids}]", 1
    )
    path = tmp_path / "lvl.yaml"
    path.write_text(text, encoding="utf-8")
    problems = load_level_text(text, str(path)).problems
    print_problems(problems, path)
    out = capsys.readouterr().out.splitlines()
    assert sum("unknown item" in line for line in out) == EXCERPTS + 50
    assert sum(line.strip().endswith("^") for line in out) == EXCERPTS
    assert (
        out[-1] == f"({EXCERPTS + 50} problems listed; source lines shown for the first {EXCERPTS})"
    )


def test_a_percent_where_a_number_belongs_hints_at_a_plain_number():
    text = with_replaced("  start: 50", "  start: 50\n  dispute_chance: 20%")
    (message,) = messages(text)
    assert "expected a number, not '20%'" in message and "no quotes, units or percent" in message


def test_a_word_where_true_or_false_belongs_hints_at_true_or_false():
    (message,) = messages(with_replaced("  start: 50", "  start: 50\n  dispute: maybe"))
    assert message.endswith("expected true or false, not 'maybe' (hint: write true or false)")


def test_a_missing_key_hint_lists_every_key_required_in_that_entry():
    (message,) = messages(with_replaced("    reason: Apples are healthy.\n", ""))
    assert message.endswith("(hint: required here: id, reason, kind, when)")


def test_keys_missing_from_one_entry_list_what_it_requires_once():
    text = with_replaced("    reason: Apples are healthy.\n", "")
    text = text.replace("  - id: apple_up\n    kind: action", "  - kind: action")
    first, second = messages(text)
    assert "missing required key" in first and first.endswith(
        "required here: id, reason, kind, when)"
    )
    assert "missing required key" in second and "hint" not in second


def test_an_unknown_key_with_no_close_match_lists_the_keys_allowed_there():
    (message,) = messages(with_replaced("    delta: 5", "    delta: 5\n    chance: 0.2"))
    assert "unknown key 'chance' in rules.0 (hint: keys allowed here: evidence," in message
    assert "when, per_day)" in message


def test_a_rule_factor_in_a_level_without_factors_is_reported():
    (problem,) = load_level_text(
        with_replaced("    delta: 5", "    delta: 5\n    factor: travel"), "l"
    ).problems
    assert problem.message == "unknown factor 'travel'"
    assert (
        problem.hint
        == "this level lists no factors: add them under score.factors, or leave factor out"
    )


def test_an_event_id_where_a_rule_belongs_is_named_as_an_event():
    event = "events:\n  - {id: crackdown, day: 2, effects: {enable_rules: [crackdown]}}\n"
    (message,) = messages(with_replaced("debrief:", event + "debrief:"))
    assert "unknown rule 'crackdown' (hint: 'crackdown' is an event, not a rule)" in message


def test_a_duplicate_id_names_the_line_of_the_first():
    text = with_replaced(
        "  - {id: bonus, label: Bonus}", "  - {id: bonus, label: Bonus}\n  - {id: bonus, label: B}"
    )
    (problem,) = load_level_text(text, "lvl.yaml").problems
    assert problem.message == "duplicate id 'bonus' in perks"
    assert (
        problem.hint
        == f"the first 'bonus' is on line {line_of(text, '{id: bonus')}; give each its own id"
    )


def test_a_key_repeated_in_a_list_entry_hints_at_a_missing_dash():
    text = with_replaced(
        "    reason: Apples are healthy.\n", "    reason: Apples.\n    id: pear_up\n"
    )
    (problem,) = load_level_text(text, "lvl.yaml").problems
    assert problem.message == "duplicate key 'id'"
    assert problem.hint.endswith("if it starts a new list entry, write '- ' before it")


def test_an_unknown_key_that_is_part_of_known_keys_suggests_them():
    text = with_replaced("    reason: Apples are healthy.", "    reason: A.\n    if: {friend: ana}")
    (message,) = messages(text)
    assert message.endswith(
        "unknown key 'friend' in rules.0.if (hint: did you mean 'is_friend' or 'not_friend'?)"
    )


def test_an_unknown_id_with_no_close_match_lists_the_few_ids_of_its_kind():
    (problem,) = load_level_text(with_replaced("ids: [apple]", "ids: [zebra]"), "l").problems
    assert problem.message == "unknown item 'zebra'" and problem.hint == "the item ids here: apple"


def test_a_refused_capitalised_tone_does_not_also_make_its_rules_unknown():
    post = "posts:\n  - {id: gripe, text: Unfair!, tone: Critical}\n"
    rule = "  - {id: gripe_down, kind: action, when: {action: post, tags: [critical]}, reason: R}\n"
    (message,) = messages(with_replaced("rules:\n", post + "rules:\n" + rule))
    assert "'Critical' is not a valid id" in message


def test_a_card_naming_what_plays_it_may_name_a_rule_or_a_perk_but_not_an_item():
    text = with_replaced(
        "{title: Apples, reality: Apples are fruit.}",
        "{title: Apples, reality: Apples are fruit., played_by: [apple_up, bonus, apple]}",
    )
    (problem,) = load_level_text(text, "lvl.yaml").problems
    assert problem.message == "unknown rule, event, perk, restriction, service or prompt 'apple'"
    assert problem.line == line_of(text, "played_by")


def test_a_misspelt_id_a_card_names_gets_a_did_you_mean():
    text = with_replaced(
        "{title: Apples, reality: Apples are fruit.}",
        "{title: Apples, reality: Apples are fruit., played_by: [apple_upp]}",
    )
    (problem,) = load_level_text(text, "lvl.yaml").problems
    assert problem.hint == "did you mean 'apple_up'?"
