"""The command line: every command is listed, bad arguments give one line and exit 2."""

import subprocess
import sys

import pytest

from game.cli.main import COMMANDS, build_parser, main
from game.paths import level_files


def test_every_command_module_loads():
    parser = build_parser()
    assert set(COMMANDS) <= set(parser._subparsers._group_actions[0].choices)


@pytest.mark.parametrize("argv", [["autoplay"], ["simulate", "x", "--runs", "zero"], ["nonsense"]])
def test_bad_arguments_exit_2_with_one_line(argv, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    assert exit_info.value.code == 2
    assert capsys.readouterr().err.strip().count("\n") == 0


def test_validate_passes_every_shipped_level(capsys):
    assert main(["validate", "levels"]) == 0
    assert capsys.readouterr().out.count(": OK") == len(level_files())


def test_validate_fails_on_a_broken_level(tmp_path, capsys):
    bad = tmp_path / "bad.yaml"
    bad.write_text("format: 1\nmeta: {id: x}\n")
    assert main(["validate", str(bad)]) == 1
    assert f"{bad}:2:7: error: missing required key 'title'" in capsys.readouterr().out


@pytest.mark.parametrize("command", ["validate", "lint"])
def test_a_problem_shows_its_line_with_a_caret_under_the_column(command, tmp_path, capsys):
    bad = tmp_path / "bad.yaml"
    bad.write_text("format: 1\nmeta: {id: Bad Id}\n")
    main([command, str(bad)])
    lines = capsys.readouterr().out.splitlines()
    index = next(i for i, line in enumerate(lines) if line.startswith(f"{bad}:2:12: error:"))
    assert lines[index + 1] == "    2 | meta: {id: Bad Id}"
    assert lines[index + 2].index("^") == lines[index + 1].index("Bad Id")


def test_brief_validate_prints_one_line_per_problem(tmp_path, capsys):
    bad = tmp_path / "bad.yaml"
    bad.write_text("format: 1\nmeta: {id: Bad Id}\n")
    main(["validate", "--brief", str(bad)])
    assert all(line.startswith(str(bad)) for line in capsys.readouterr().out.splitlines())


def test_commands_keep_the_pygame_banner_out_of_their_output():
    code = "from game.cli.main import main; main(['schema']); import pygame"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.lstrip().startswith("{") and "pygame-ce" not in out.stdout


def test_validate_with_no_level_files_is_a_usage_error(tmp_path, capsys):
    assert main(["validate", str(tmp_path)]) == 2
    assert "no level files found" in capsys.readouterr().out


def test_validate_takes_a_shipped_level_id(capsys):
    assert main(["validate", "nosedive"]) == 0
    assert capsys.readouterr().out.strip().endswith("nosedive.yaml: OK")


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_every_option_of_a_command_says_what_it_does_in_help(command: str):
    (commands,) = [a for a in build_parser(command)._actions if a.dest == "command"]
    options = commands.choices[command]._actions
    assert [a.option_strings[0] for a in options if a.option_strings and not a.help] == []


def test_compare_with_a_level_missing_a_strategy_names_the_strategies_both_have(tmp_path, capsys):
    from game.design.tutorial import level_text

    a = tmp_path / "a.yaml"
    a.write_text(level_text(), encoding="utf-8")
    assert main(["simulate", str(a), "--compare", "the_list", "--runs", "1"]) == 2
    err = capsys.readouterr().err
    assert "the_list has no strategy 'tidy_neighbour'" in err
    assert "with --strategy: random, conformist, dissident, loyal_friend, maximiser)" in err
