"""Warnings a level marks as intended: named by check, counted apart, listed on request, and
never left behind once the warning is gone."""

import pytest

from game.cli.main import main
from game.core.spec.intended import INTENDED_EXAMPLE, Check, IntendedWarning
from game.design.intended import CHECK_MEANING
from game.design.lint import lint_file
from game.paths import level_files

UNUSED_ITEM = "items:\n  - {id: umbrella, label: Umbrella, price: 9999}\n"
MEANT = (
    "intended_warnings:\n"
    "  - check: {check}\n"
    "    about: {about}\n"
    "    why: The umbrella is a joke about prices nobody can pay.\n"
)


@pytest.fixture
def warned_text(tutorial_text):
    return tutorial_text.replace("items:\n", UNUSED_ITEM, 1)


def marked(text: str, check: str = "never-offered", about: str = "umbrella") -> str:
    return text + MEANT.format(check=check, about=about)


def entry_line(text: str) -> int:
    return text.splitlines().index("intended_warnings:") + 2


def test_a_warning_line_ends_with_the_name_of_its_check(write_level, warned_text, capsys):
    main(["lint", "--brief", str(write_level(warned_text))])
    line = next(x for x in capsys.readouterr().out.splitlines() if "'umbrella'" in x)
    assert line.endswith(" [never-offered]")


def test_an_intended_warning_is_counted_apart_from_the_warnings(write_level, warned_text, capsys):
    assert main(["lint", "--strict", str(write_level(marked(warned_text)))]) == 0
    assert capsys.readouterr().out.strip() == "1 file OK, 0 warnings (1 intended)"


def test_show_intended_lists_each_intended_warning_with_its_reason(
    write_level, warned_text, capsys
):
    main(["lint", "--show-intended", str(write_level(marked(warned_text)))])
    line = next(x for x in capsys.readouterr().out.splitlines() if "'umbrella'" in x)
    assert ": intended: item 'umbrella' is never offered" in line
    assert line.endswith(
        "[never-offered] (why: The umbrella is a joke about prices nobody can pay.)"
    )


def test_an_entry_that_matches_no_warning_warns_at_its_own_line_and_column(
    write_level, tutorial_text
):
    text = marked(tutorial_text)
    [problem] = lint_file(write_level(text))
    assert (problem.line, problem.column, problem.check) == (entry_line(text), 5, "unused-intended")
    assert "lint finds no 'never-offered' warning about 'umbrella'" in problem.message


def test_an_entry_about_a_misspelt_id_suggests_the_id_the_check_warns_about(
    write_level, warned_text
):
    problems = lint_file(write_level(marked(warned_text, about="umbrela")))
    assert [p.hint for p in problems if p.check == "unused-intended"] == [
        "did you mean 'umbrella'?"
    ]


def test_an_entry_about_a_misspelt_id_points_at_the_id_and_does_not_say_to_remove_it(
    write_level, warned_text
):
    text = marked(warned_text, about="umbrela")
    [problem] = [p for p in lint_file(write_level(text)) if p.check == "unused-intended"]
    assert (problem.line, problem.column) == (entry_line(text) + 1, 12)
    assert "remove this entry" not in problem.message


def test_a_long_text_is_marked_by_the_id_of_the_entry_holding_it(write_level, tutorial_text):
    long_reason = "A noisy friend reflects on you. " * 5
    text = tutorial_text.replace("A noisy friend reflects on you.", long_reason.strip(), 1)
    assert lint_file(write_level(marked(text, "long-text", "noisy_friend"))) == []


def test_every_check_is_described_in_the_reference():
    assert set(CHECK_MEANING) == set(Check)


def test_the_worked_example_in_the_schema_is_a_valid_entry():
    assert [IntendedWarning.model_validate(e).check for e in INTENDED_EXAMPLE] == [
        Check.NEVER_LIFTED
    ]


def test_the_same_entry_twice_warns_at_the_second(write_level, warned_text):
    again = MEANT.format(check="never-offered", about="umbrella").split("\n", 1)[1]
    text = marked(warned_text) + again
    [problem] = lint_file(write_level(text))
    assert problem.line == entry_line(text) + 3
    assert "already marked intended above" in problem.message


def test_an_unknown_check_name_is_an_error_at_its_position_with_a_suggestion(
    write_level, warned_text, capsys
):
    text = marked(warned_text, check="never-offerd")
    path = write_level(text)
    assert main(["lint", "--brief", str(path)]) == 1
    line = f"{path}:{entry_line(text)}:12: error: intended_warnings#1.check: 'never-offerd'"
    out = capsys.readouterr().out
    assert line in out
    assert "(hint: did you mean 'never-offered'?)" in out


@pytest.mark.parametrize("path", level_files(), ids=lambda p: p.stem)
def test_every_shipped_level_lints_with_no_warnings(path):
    assert [p.format() for p in lint_file(path)] == []
