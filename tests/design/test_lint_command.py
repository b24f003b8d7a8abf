"""`citizen-score lint`: exit status, --strict, folders, and the summary line."""

import pytest

from game.cli.main import main

UNUSED_ITEM = "items:\n  - {id: umbrella, label: Umbrella, price: 9999}\n"


@pytest.fixture
def warned_text(tutorial_text):
    return tutorial_text.replace("items:\n", UNUSED_ITEM, 1)


def test_clean_level_exits_zero_and_says_how_many_files_are_ok(write_level, tutorial_text, capsys):
    path = write_level(tutorial_text)
    assert main(["lint", str(path)]) == 0
    assert capsys.readouterr().out.strip().endswith("1 file OK")


def test_warnings_alone_exit_zero(write_level, warned_text):
    assert main(["lint", str(write_level(warned_text))]) == 0


def test_warnings_are_printed_as_warnings(write_level, warned_text, capsys):
    main(["lint", str(write_level(warned_text))])
    assert ": warning: item 'umbrella'" in capsys.readouterr().out


def test_strict_makes_warnings_fail(write_level, warned_text):
    assert main(["lint", "--strict", str(write_level(warned_text))]) == 1


def test_errors_exit_one_and_are_printed_as_errors(write_level, capsys):
    path = write_level("format: 1\nmeta: {}\n")
    assert main(["lint", str(path)]) == 1
    assert ": error: missing required key" in capsys.readouterr().out


def test_a_folder_is_linted_file_by_file(write_level, tutorial_text, capsys):
    path = write_level(tutorial_text, "one.yaml")
    write_level(
        tutorial_text.replace("id: good_neighbour", "id: good_neighbour_two", 1), "two.yaml"
    )
    assert main(["lint", str(path.parent)]) == 0
    assert capsys.readouterr().out.strip().endswith("2 files OK")


def test_a_missing_file_is_an_error(tmp_path, capsys):
    assert main(["lint", str(tmp_path / "nope.yaml")]) == 1
    assert "citizen-score lint: no level file or level id '" in capsys.readouterr().err


def test_a_folder_without_levels_is_a_bad_argument(tmp_path):
    assert main(["lint", str(tmp_path)]) == 2


def test_no_paths_is_a_bad_argument():
    with pytest.raises(SystemExit) as stopped:
        main(["lint"])
    assert stopped.value.code == 2


def test_a_shipped_level_id_is_linted_like_its_file(capsys):
    assert main(["lint", "nosedive"]) == 0
    assert capsys.readouterr().out.strip().endswith("1 file OK")


def test_a_missing_file_names_the_shipped_level_ids(tmp_path, capsys):
    main(["lint", str(tmp_path / "nope.yaml")])
    assert "(shipped level ids: " in capsys.readouterr().err


def test_lint_warns_of_a_level_id_two_files_share_as_validate_does(
    write_level, tutorial_text, capsys
):
    first, second = write_level(tutorial_text, "a.yaml"), write_level(tutorial_text, "b.yaml")
    assert main(["lint", "--brief", str(first), str(second)]) == 0
    out = capsys.readouterr().out
    assert f"{first}:1:1: warning: the level id 'good_neighbour' is also used by {second}" in out
    assert out.strip().endswith("2 files OK, 2 warnings")


def test_strict_fails_the_files_that_share_a_level_id(write_level, tutorial_text, capsys):
    first, second = write_level(tutorial_text, "a.yaml"), write_level(tutorial_text, "b.yaml")
    assert main(["lint", "--strict", "--brief", str(first), str(second)]) == 1
    assert capsys.readouterr().out.strip().endswith("0 files OK, 2 failed, 2 warnings")


@pytest.mark.parametrize("command", ["lint", "validate"])
def test_a_file_named_twice_is_checked_once_and_is_no_copy_of_itself(
    write_level, tutorial_text, capsys, command
):
    path = write_level(tutorial_text)
    again = path.parent / "sub" / ".." / path.name
    (path.parent / "sub").mkdir()
    assert main([command, "--brief", str(path), str(path), str(again)]) == 0
    out = capsys.readouterr().out
    assert "also used by" not in out and out.count(str(path)) <= 1, out
