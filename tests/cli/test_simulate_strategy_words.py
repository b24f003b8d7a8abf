"""`--strategy` takes one or more names, so a designer who writes the level after them
(`simulate --strategy hustler LEVEL`) was told 'the following arguments are required:
level', and names joined by a comma were refused as one unknown strategy."""

from pathlib import Path

from game.cli.main import main
from game.design.tutorial import level_text


def write(tmp_path: Path) -> Path:
    path = tmp_path / "level.yaml"
    path.write_text(level_text())
    return path


def test_a_level_written_after_the_strategy_names_is_taken_as_the_level(tmp_path, capsys):
    path = write(tmp_path)
    assert main(["simulate", "--strategy", "tidy_neighbour", str(path), "--runs", "2"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("good_neighbour: 2 runs per strategy")
    assert out.split("\n")[1].split() == ["tidy_neighbour"]


def test_strategy_names_joined_by_commas_are_each_played(tmp_path, capsys):
    path = write(tmp_path)
    argv = ["simulate", str(path), "--strategy", "tidy_neighbour,random", "--runs", "2"]
    assert main(argv) == 0
    assert capsys.readouterr().out.split("\n")[1].split() == ["tidy_neighbour", "random"]


def test_strategy_names_with_no_level_say_a_level_is_needed(capsys):
    assert main(["simulate", "--strategy", "random"]) == 2
    err = capsys.readouterr().err
    assert err == (
        "citizen-score simulate: a level is needed: "
        "citizen-score simulate LEVEL [--strategy NAME ...]\n"
    )


def test_names_joined_by_commas_with_no_level_say_a_level_is_needed(capsys):
    assert main(["simulate", "--strategy", "conformist,maximiser"]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1
    assert err.startswith("citizen-score simulate: a level is needed: ")


def test_built_in_names_with_no_level_say_a_level_is_needed(capsys):
    assert main(["simulate", "--strategy", "conformist", "maximiser"]) == 2
    assert "a level is needed" in capsys.readouterr().err


def test_a_level_after_names_joined_by_commas_is_taken_as_the_level(tmp_path, capsys):
    path = write(tmp_path)
    argv = ["simulate", "--strategy", "tidy_neighbour,random", str(path), "--runs", "2"]
    assert main(argv) == 0
    assert capsys.readouterr().out.split("\n")[1].split() == ["tidy_neighbour", "random"]
