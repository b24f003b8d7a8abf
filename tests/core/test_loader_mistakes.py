"""Designer mistakes are reported with file, line, message and a hint, never a traceback."""

from game.core.content.loader import load_level_text
from tests.core.levels import MINIMAL, line_of, with_replaced


def problems_of(text: str):
    result = load_level_text(text, "lvl.yaml")
    assert result.level is None
    return result.problems


def only_problem(text: str):
    problems = problems_of(text)
    assert len(problems) == 1, [p.format() for p in problems]
    return problems[0]


def test_minimal_level_loads_without_problems():
    result = load_level_text(MINIMAL, "lvl.yaml")
    assert result.ok and result.problems == []


def test_misspelt_key_names_the_line_and_suggests_the_right_key():
    text = with_replaced("    delta: 5", "    delat: 5")
    p = problems_of(text)
    unknown = next(x for x in p if "unknown key 'delat'" in x.message)
    assert (unknown.file, unknown.line, unknown.column) == ("lvl.yaml", line_of(text, "delat"), 5)
    assert unknown.hint == "did you mean 'delta'?"


def test_missing_required_key_points_at_its_mapping():
    text = with_replaced("    reason: Apples are healthy.\n", "")
    p = only_problem(text)
    assert "missing required key 'reason'" in p.message
    assert p.line == line_of(text, "  - id: apple_up")


def test_unknown_rule_kind_suggests_the_closest_kind():
    text = with_replaced("kind: action", "kind: actoin")
    p = only_problem(text)
    assert "unknown kind 'actoin'" in p.message and p.hint == "did you mean 'action'?"


def test_an_unknown_rule_kind_points_at_the_kind_itself():
    text = with_replaced("kind: action", "kind: actoin")
    p = only_problem(text)
    assert (p.line, p.column) == (line_of(text, "kind: actoin"), len("    kind: ") + 1)


def test_a_wrong_verb_in_an_action_rule_points_at_when_action():
    text = with_replaced("when: {action: buy,", "when: {action: purchase,")
    p = only_problem(text)
    assert p.message.startswith("rules.0.when.action: 'purchase' is not allowed")
    line = text.splitlines()[p.line - 1]
    assert line[p.column - 1 :].startswith("purchase")


def test_a_key_named_like_the_rule_kind_does_not_misplace_a_missing_key():
    text = with_replaced("    kind: action\n", "    kind: chance\n    chance: 0.2\n")
    text = text.replace("    when: {action: buy, ids: [apple]}\n", "")
    missing = next(p for p in load_level_text(text, "lvl.yaml").problems if "missing" in p.message)
    assert missing.message == "missing required key 'probability' in rules.0"
    assert missing.line == line_of(text, "  - id: apple_up")


def test_bad_enum_value_lists_or_suggests_the_allowed_values():
    text = with_replaced("  start: 50", "  start: 50\n  display: exactly")
    p = only_problem(text)
    assert "'exactly' is not allowed" in p.message and p.hint == "did you mean 'exact'?"
    assert p.line == line_of(text, "display: exactly")


def test_unknown_item_in_a_rule_is_reported_with_a_suggestion():
    text = with_replaced("ids: [apple]", "ids: [aple]")
    p = only_problem(text)
    assert p.message == "unknown item 'aple'" and p.hint == "did you mean 'apple'?"
    assert p.line == line_of(text, "ids: [aple]")


def test_unknown_tag_in_a_rule_is_reported():
    text = with_replaced("ids: [apple]", "tags: [fod]")
    p = only_problem(text)
    assert "fod" in p.message and p.hint == "did you mean 'food'?"


def test_unknown_perk_in_a_tier_is_reported_on_its_line():
    text = with_replaced("perks: [bonus]", "perks: [bonsu]")
    p = only_problem(text)
    assert p.message == "unknown perk 'bonsu'" and p.line == line_of(text, "bonsu")


def test_duplicate_item_id_is_reported():
    text = with_replaced(
        "  - {id: apple, label: Apple, price: 5, tags: [food]}",
        "  - {id: apple, label: Apple, price: 5, tags: [food]}\n  - {id: apple, label: Pear, price: 4}",
    )
    p = only_problem(text)
    assert p.message == "duplicate id 'apple' in items" and p.line == line_of(text, "Pear")


def test_wrong_type_names_the_field_and_line():
    text = with_replaced("price: 5", "price: five")
    p = only_problem(text)
    assert p.message.startswith("items.0.price:") and p.line == line_of(text, "five")


def test_start_outside_the_range_is_reported_at_start_with_a_hint():
    text = with_replaced("start: 50", "start: 500")
    p = only_problem(text)
    assert p.message == "score.start: 500 is outside the score range 0-100"
    assert p.line == line_of(text, "start: 500") and p.hint.startswith("start between min and max")


def test_a_max_not_above_min_is_reported_at_max():
    text = with_replaced("  min: 0\n  max: 100\n  start: 50", "  min: 0\n  max: 0\n  start: 0")
    problems = load_level_text(text, "lvl.yaml").problems
    p = next(p for p in problems if p.message.startswith("score.max"))
    assert p.message == "score.max: 0 is not above min 0" and p.line == line_of(text, "max: 0")


def test_an_empty_list_entry_is_not_also_counted_as_a_missing_entry():
    text = with_replaced('questions: ["Do apples matter?"]', "questions:\n    -")
    p = only_problem(text)
    assert p.message == "debrief.questions.0: expected text, not nothing (an empty value)"
    assert p.hint == "write a value here, or remove the line"


def test_lowest_tier_above_the_minimum_score_is_reported():
    text = with_replaced("{id: low, label: Low, min: 0}", "{id: low, label: Low, min: 10}")
    assert "lowest tier starts at 10" in only_problem(text).message


def test_claimed_rule_without_sources_is_reported():
    text = with_replaced(
        "    reason: Apples are healthy.", "    reason: Apples.\n    evidence: claimed"
    )
    p = only_problem(text)
    assert "needs at least one source URL" in p.message and p.line == line_of(text, "evidence:")


def test_source_that_is_not_a_url_is_reported():
    text = with_replaced(
        "    reason: Apples are healthy.",
        "    reason: Apples.\n    evidence: reported\n    sources: [some newspaper]",
    )
    p = only_problem(text)
    assert p.line == line_of(text, "some newspaper") and "sources" in p.message


def test_bad_id_is_reported_with_the_id_rules():
    text = with_replaced("{id: apple,", "{id: Apple Pie,").replace("ids: [apple]", "ids: []")
    p = only_problem(text)
    assert "'Apple Pie' is not a valid id" in p.message and "lower case" in p.hint


def test_unknown_condition_key_suggests_the_right_one():
    text = with_replaced(
        "    reason: Apples are healthy.", "    reason: A.\n    if: {score_belo: 3}"
    )
    p = only_problem(text)
    assert "unknown key 'score_belo'" in p.message and p.hint == "did you mean 'score_below'?"


def test_prompt_default_that_is_not_an_option_is_reported():
    prompt = (
        "prompts:\n  - id: ask\n    title: Ask\n    text: Share?\n    default: yse\n"
        "    options:\n      - {id: yes_share, label: Share}\n      - {id: no_share, label: Keep}\n"
    )
    text = with_replaced("debrief:", prompt + "debrief:")
    p = only_problem(text)
    assert "default 'yse' is not an option" in p.message and p.line == line_of(text, "yse")


def test_unknown_character_in_an_effect_is_reported():
    event = "events:\n  - id: e1\n    day: 1\n    effects: {characters: [{id: wei, joins: true}]}\n"
    p = only_problem(with_replaced("debrief:", event + "debrief:"))
    assert p.message == "unknown character 'wei'"


def test_several_mistakes_are_all_reported_in_line_order():
    text = with_replaced("price: 5", "price: -1").replace("delta: 5", "delta: x")
    problems = problems_of(text)
    assert len(problems) == 2
    assert [p.line for p in problems] == sorted(p.line for p in problems)


def test_yes_read_as_true_gets_a_quoting_hint():
    text = with_replaced("{id: apple, label: Apple,", "{id: apple, label: yes,")
    p = only_problem(text)
    assert "quote it" in p.hint and p.line == line_of(text, "label: yes")


def test_missing_top_level_section_is_reported():
    text = MINIMAL[: MINIMAL.index("debrief:")]
    p = only_problem(text)
    assert p.message == "missing required key 'debrief' in the top level" and p.line == 1
