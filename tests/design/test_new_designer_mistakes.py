"""Mistakes a new designer made on purpose while writing a first level from docs/levels.md,
each read back as one line that says where the slip is and what to write instead."""

from pathlib import Path

from game.cli.main import main
from game.core.content.loader import load_level_text
from game.core.content.problems import Problem
from game.core.content.yaml_source import MAX_BYTES, MAX_DEPTH, MAX_NODES, parse_yaml_file
from game.design.lint import lint_file
from game.design.tutorial import level_text


def problems_after(text: str, old: str, new: str) -> list[Problem]:
    assert old in text
    return load_level_text(text.replace(old, new, 1), "level.yaml").problems


def only(problems: list[Problem]) -> Problem:
    assert len(problems) == 1, [p.format() for p in problems]
    return problems[0]


def test_an_unknown_tag_with_no_close_one_lists_the_tags_of_its_kind(tutorial_text):
    old = "when: {action: buy, tags: [tidy]}"
    problem = only(problems_after(tutorial_text, old, "when: {action: buy, tags: [drums]}"))
    assert problem.message == "unknown item tag 'drums'"
    assert problem.hint == "the item tags here: noisy, tidy"


def test_a_tag_another_kind_of_thing_carries_is_named_as_that_kind(tutorial_text):
    text = tutorial_text.replace(
        "tags: [noisy]\n  - id: mrs_lam", "tags: [noisy, drummer]\n  - id: mrs_lam"
    )
    problem = only(
        problems_after(
            text, "when: {action: buy, tags: [tidy]}", "when: {action: buy, tags: [drummer]}"
        )
    )
    assert problem.message == "unknown item tag 'drummer'"
    assert problem.hint == (
        "'drummer' is a character tag, and this matches item tags: "
        "add it to an item's tags, or match another"
    )


def test_tag_written_for_tags_under_when_suggests_tags(tutorial_text):
    problem = only(
        problems_after(tutorial_text, "{action: buy, tags: [tidy]}", "{action: buy, tag: [tidy]}")
    )
    assert problem.message == "unknown key 'tag' in rules.0.when"
    assert problem.hint == "did you mean 'tags'?"


def test_a_misspelt_required_key_is_one_line_not_also_a_missing_key(tutorial_text):
    old = "    reason: The committee likes a tidy stairwell."
    problem = only(problems_after(tutorial_text, old, old.replace("reason", "reson")))
    assert problem.message == "unknown key 'reson' in rules.0"
    assert problem.hint == "did you mean 'reason'?"


def test_a_missing_required_key_with_no_slip_nearby_is_still_reported(tutorial_text):
    old = "    reason: The committee likes a tidy stairwell.\n"
    messages = [p.message for p in problems_after(tutorial_text, old, "    colour: red\n")]
    assert "missing required key 'reason' in rules.0" in messages


def test_a_python_tag_is_shown_as_the_file_writes_it(tutorial_text):
    old = "  title: Good Neighbour Points"
    problem = only(problems_after(tutorial_text, old, "  title: !!python/object:os.system {}"))
    assert problem.message == "tag '!!python/object:os.system' is not allowed in level files"
    assert problem.hint is not None and "text, numbers" in problem.hint


def test_nesting_past_the_limit_says_what_to_look_for():
    deep = "format: 1\nnotes: " + "[" * (MAX_DEPTH + 5) + "]" * (MAX_DEPTH + 5) + "\n"
    problem = only(load_level_text(deep, "level.yaml").problems)
    assert problem.message == f"YAML refused: nested more than {MAX_DEPTH} levels deep"
    assert problem.hint is not None and "pasted" in problem.hint


def test_too_many_values_says_what_to_look_for():
    many = "format: 1\nnotes: [" + ",".join("1" for _ in range(MAX_NODES + 10)) + "]\n"
    problem = only(load_level_text(many, "level.yaml").problems)
    assert problem.message == f"YAML refused: more than {MAX_NODES} values"
    assert problem.hint is not None and "docs/reliability.md" in problem.hint


def test_a_file_over_the_size_limit_says_what_to_look_for(tmp_path: Path):
    path = tmp_path / "big.yaml"
    path.write_text("format: 1\n" + "# x\n" * (MAX_BYTES // 4 + 10))
    problem = only(parse_yaml_file(path).problems)
    assert "limit 512 KiB" in problem.message
    assert problem.hint is not None and "pasted" in problem.hint


def test_a_goal_above_the_score_maximum_says_no_strategy_can_meet_it(write_level, tutorial_text):
    text = tutorial_text.replace("met_if: {used_service: hall}", "met_if: {score_at_least: 101}")
    warning = only(lint_file(write_level(text)))
    assert warning.check == "goal-unmet"
    assert warning.hint == (
        "score_at_least: 101 is above score.max 100, so it never holds: "
        "ask for 100 or less, or raise score.max"
    )
    line = text.split("\n")[warning.line - 1]
    assert line[warning.column - 1 :].startswith("101"), line


def test_a_goal_below_the_score_minimum_says_no_strategy_can_meet_it(write_level, tutorial_text):
    text = tutorial_text.replace("met_if: {used_service: hall}", "met_if: {score_below: 0}")
    warning = only(lint_file(write_level(text)))
    assert (
        warning.hint is not None and "is not above score.min 0, so it never holds" in warning.hint
    )


def test_a_tier_above_the_maximum_names_the_maximum_and_what_to_do(write_level, tutorial_text):
    old = "{id: pillar, label: Pillar of the estate, min: 70,"
    text = tutorial_text.replace(old, old.replace("70", "150"))
    warnings = [w for w in lint_file(write_level(text)) if w.check == "tier-above-max"]
    warning = only(warnings)
    assert warning.message == "tier 'pillar' starts at 150, above the score's maximum"
    assert warning.hint == (
        "score.max is 100, so no score reaches it: start it at 100 or less, or raise score.max"
    )


def test_the_tutorials_first_validate_prints_what_the_doc_shows(tmp_path, capsys, monkeypatch):
    """The reference shows the command word for word, and what it prints after step 1."""
    doc = (Path(__file__).resolve().parents[2] / "docs" / "levels.md").read_text()
    start = doc.index("## Your first level in 15 minutes")
    command = doc[start:].split("`citizen-score ", 1)[1].split("`", 1)[0].split()
    shown = doc[start:].split("```text\n", 1)[1].split("```", 1)[0]
    (tmp_path / "levels").mkdir()
    (tmp_path / "levels" / "good_neighbour.yaml").write_text(level_text(1))
    monkeypatch.chdir(tmp_path)
    assert main(command) == 1
    assert capsys.readouterr().out == shown


def test_a_file_of_comments_only_says_so_rather_than_empty():
    problem = only(load_level_text("# my level\n# to do\n", "level.yaml").problems)
    assert problem.message == "the file has only comments"


def test_a_file_of_a_document_marker_only_says_it_has_no_keys():
    problem = only(load_level_text("---\n", "level.yaml").problems)
    assert problem.message == "the file has no keys"
    assert problem.hint == "start the file with 'format: 1'"


def test_a_middle_tier_pushed_past_the_maximum_is_blamed_not_the_tier_after_it(tutorial_text):
    old = "{id: resident, label: Resident, min: 40,"
    problem = only(problems_after(tutorial_text, old, old.replace("40", "140")))
    assert problem.message == (
        "tier 'resident' starts at 140, above the score's maximum 100, "
        "and the tier after it ('pillar') starts at 70"
    )
    assert problem.hint == "start 'resident' between 1 and 69: tiers go from the lowest min up"
    line = tutorial_text.replace(old, old.replace("40", "140")).split("\n")[problem.line - 1]
    assert "id: resident" in line and line[problem.column - 1 :].startswith("140")


def test_money_written_with_a_thousands_comma_says_the_number_to_write(tutorial_text):
    problem = only(problems_after(tutorial_text, "  money: 200", "  money: 1,200"))
    assert problem.message == "player.money: expected a whole number, not '1,200'"
    assert problem.hint == "write 1200, with no commas or spaces between the digits"


def test_an_apply_rule_on_an_item_tag_says_apply_matches_service_categories(tutorial_text):
    old = "when: {action: buy, tags: [tidy]}"
    problem = only(problems_after(tutorial_text, old, "when: {action: apply, tags: [tidy]}"))
    assert problem.message == "unknown service category 'tidy'"
    assert problem.hint == (
        "'tidy' is an item tag, and this matches service categories: "
        "make it a service's category, or match another"
    )


def test_a_level_file_gone_between_two_saves_says_it_is_gone(tmp_path: Path):
    problem = only(parse_yaml_file(tmp_path / "draft.yaml").problems)
    assert problem.message == "cannot read file: there is no file of this name any more"
    assert problem.hint == "it was deleted, moved or renamed: save it again under this name"


def test_an_apostrophe_inside_single_quotes_is_pointed_at(tutorial_text):
    old = "  title: Good Neighbour Points"
    problem = only(problems_after(tutorial_text, old, "  title: 'Mei's Points'"))
    assert (problem.line, problem.column) == (5, 14)
    assert problem.message == (
        "YAML syntax error: this ' ends the quoted text, and more text follows it"
    )
    assert problem.hint is not None and problem.hint.startswith("write '' for each '")


def test_a_quote_left_open_is_blamed_where_it_opens_not_where_the_next_quote_is(tutorial_text):
    old = "  title: Good Neighbour Points"
    problems = problems_after(tutorial_text, old, '  title: "Good Neighbour Points')
    problem = only(problems)
    assert (problem.line, problem.column) == (5, 10)
    assert problem.message.startswith(
        'YAML syntax error: the " opened here is not closed on its line (the next " is on line'
    )


def test_a_key_with_no_space_after_its_colon_is_blamed_not_the_line_after(tutorial_text):
    problem = only(problems_after(tutorial_text, "  name: Mei", "  name:Mei"))
    assert (problem.line, problem.column) == (13, 7)
    assert "no space after this ':'" in problem.message


def test_a_list_dash_before_a_key_among_keys_is_named_as_such(tutorial_text):
    problem = only(problems_after(tutorial_text, "  money: 200", "  - money: 200"))
    assert problem.message == "YAML syntax error: a list entry ('- ') among the keys of a mapping"
