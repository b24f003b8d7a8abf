"""Level problems a designer met that read wrong: one mistake, one message, said where the
mistake is and in plain words (a broken entry still declares its id and tags; an unclosed
bracket or quote is shown where it opened; `true` is not a number; a sweep names the path
it was given; a strategy's misspelt id or tag is caught)."""

from pathlib import Path

from game.cli.main import main
from game.core.content.loader import load_level_text


def problems_after(tutorial_text: str, old: str, new: str) -> list[str]:
    assert old in tutorial_text
    result = load_level_text(tutorial_text.replace(old, new, 1), "level.yaml")
    return [p.format() for p in result.problems]


def test_a_rule_with_a_mistyped_delta_is_still_known_by_its_id_to_a_card(tutorial_text):
    lines = problems_after(tutorial_text, "    delta: 8\n", "    delta: eight\n")
    assert len(lines) == 1 and "eight" in lines[0], lines


def test_an_item_whose_tags_are_not_a_list_still_lends_its_tag_to_the_rules(tutorial_text):
    lines = problems_after(tutorial_text, "price: 15, tags: [tidy]}", "price: 15, tags: tidy}")
    assert len(lines) == 1 and "expected a list" in lines[0], lines


def test_a_duplicate_id_is_reported_when_the_first_entry_has_another_mistake(tutorial_text):
    old = "  - {id: flowers, label: Flowers for the stairwell, price: 15, tags: [tidy]}\n"
    new = old.replace("price: 15", "price: cheap") + "  - {id: flowers, label: Roses, price: 9}\n"
    lines = problems_after(tutorial_text, old, new)
    assert any("duplicate id 'flowers'" in line for line in lines), lines


def test_an_unclosed_brace_is_reported_on_the_line_that_opened_it(tutorial_text):
    line = "  - {id: watched, label: Watched, min: 0, icon: cross, restrictions: [no_hall]}"
    number = tutorial_text.splitlines().index(line) + 1
    lines = problems_after(tutorial_text, line, line.removesuffix("}"))
    assert lines[0].startswith(f"level.yaml:{number}:"), lines


def test_an_unclosed_quote_is_called_an_unclosed_quote(tutorial_text):
    old = '"Thank you, committee, for a tidy estate!"'
    lines = problems_after(tutorial_text, old, old.removesuffix('"'))
    assert "quote" in lines[0] and "'{'" not in lines[0], lines


def test_a_sweep_that_names_a_whole_rule_asks_for_one_of_its_keys(
    tutorial_text, tmp_path: Path, capsys
):
    level = tmp_path / "level.yaml"
    level.write_text(tutorial_text, encoding="utf-8")
    assert main(["simulate", str(level), "--runs", "1", "--set", "rules.tidy_stairwell=1"]) == 2
    err = capsys.readouterr().err
    assert "is not a mapping" not in err and "rules.tidy_stairwell.delta" in err, err


def test_true_where_a_number_belongs_is_refused_not_read_as_one_day(tutorial_text):
    lines = problems_after(tutorial_text, "  days: 4\n", "  days: true\n")
    assert len(lines) == 1 and "player.days" in lines[0] and "true" in lines[0], lines


def test_a_sweep_value_the_level_refuses_is_named_by_the_path_given_not_a_list_index(
    tutorial_text, tmp_path: Path, capsys
):
    level = tmp_path / "level.yaml"
    level.write_text(tutorial_text, encoding="utf-8")
    argv = ["simulate", str(level), "--runs", "1", "--set", "rules.noisy_friend.delta=0.5"]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "rules.noisy_friend.delta" in err.split("=0.5:", 1)[1], err


def test_a_control_character_is_named_in_plain_words_with_a_hint():
    [line] = [p.format() for p in load_level_text("\x00format: 1\n", "level.yaml").problems]
    assert "unacceptable" not in line and "#x0000" not in line and "(hint:" in line, line


def test_a_top_level_list_is_called_a_list_with_its_article():
    [line] = [p.format() for p in load_level_text("- a\n- b\n", "level.yaml").problems]
    assert "must be a mapping, not a list" in line, line


def test_a_strategy_weighing_an_id_nothing_has_is_reported_with_the_close_id(
    write_level, tutorial_text
):
    from game.design.lint import lint_file

    text = tutorial_text.replace("ids: {hall: 4}", "ids: {hlal: 4}", 1)
    assert "ids: {hlal: 4}" in text
    lines = [p.format() for p in lint_file(write_level(text))]
    assert any("'hlal'" in line and "did you mean 'hall'?" in line for line in lines), lines


def test_a_short_strategy_id_inside_a_longer_one_is_reported_without_naming_it(
    write_level, tutorial_text
):
    from game.design.lint import lint_file

    text = tutorial_text.replace("ids: {hall: 4}", "ids: {hal: 4}", 1)
    lines = [p.format() for p in lint_file(write_level(text))]
    assert any("'hal'" in line and "did you mean" not in line for line in lines), lines


def test_a_strategy_weighing_a_tag_nothing_carries_is_reported_with_the_close_tag(
    write_level, tutorial_text
):
    from game.design.lint import lint_file

    text = tutorial_text.replace("tags: {tidy: 3,", "tags: {tidi: 3,", 1)
    assert "tidi" in text
    lines = [p.format() for p in lint_file(write_level(text))]
    assert any("'tidi'" in line and "did you mean 'tidy'?" in line for line in lines), lines
