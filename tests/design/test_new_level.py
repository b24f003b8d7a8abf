"""`citizen-score new-level` writes a commented starter that validates, lints clean and plays."""

import pytest

from game.cli.main import main
from game.core.content.loader import load_level
from game.design.lint import lint_file
from game.sim.bots import BUILT_IN
from game.sim.runner import run_episode


def test_new_level_writes_a_level_that_validates(tmp_path):
    path = tmp_path / "my_regime.yaml"
    assert main(["new-level", str(path)]) == 0
    result = load_level(path)
    assert result.ok, [p.format() for p in result.problems]


def test_new_level_names_the_level_after_the_file(tmp_path):
    path = tmp_path / "Gig-Street.yaml"
    main(["new-level", str(path)])
    assert load_level(path).level.id == "gig_street"


def test_starter_level_plays_to_its_end_with_a_bot(tmp_path):
    path = tmp_path / "starter.yaml"
    main(["new-level", str(path)])
    level = load_level(path).level
    assert run_episode(level, BUILT_IN["random"], seed=0).world.ended


def test_starter_levels_only_lint_warnings_point_at_its_placeholders(tmp_path):
    path = tmp_path / "starter.yaml"
    main(["new-level", str(path)])
    lines = path.read_text(encoding="utf-8").splitlines()
    found = lint_file(path)
    assert {p.check for p in found} == {"starter-text"}
    assert all("eplace this" in lines[p.line - 1] for p in found)
    assert len(found) == sum("eplace this" in line for line in lines)


def test_starter_level_lints_clean_once_its_placeholders_are_rewritten(tmp_path):
    path = tmp_path / "starter.yaml"
    main(["new-level", str(path)])
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("Replace this", "We wrote").replace("replace this", "so"))
    assert [p.format() for p in lint_file(path)] == []


def test_starter_level_is_commented(tmp_path):
    path = tmp_path / "starter.yaml"
    main(["new-level", str(path)])
    comments = [line for line in path.read_text().splitlines() if "#" in line]
    assert len(comments) >= 10


def test_starter_level_points_its_editor_at_the_schema(tmp_path):
    path = tmp_path / "starter.yaml"
    main(["new-level", str(path)])
    first = path.read_text().splitlines()[0]
    assert first.startswith("# yaml-language-server: $schema=")
    assert first.endswith("docs/level.schema.json")


def test_new_level_refuses_to_overwrite_an_existing_file(tmp_path, capsys):
    path = tmp_path / "taken.yaml"
    path.write_text("mine", encoding="utf-8")
    assert main(["new-level", str(path)]) == 1
    assert "already exists" in capsys.readouterr().err
    assert path.read_text(encoding="utf-8") == "mine"


@pytest.mark.parametrize("name", ["Café Été", "中文", "123", "__", "é", "a" * 200])
def test_new_level_makes_a_valid_id_from_any_file_name(name: str, tmp_path):
    path = tmp_path / f"{name}.yaml"
    assert main(["new-level", str(path)]) == 0
    result = load_level(path)
    assert result.ok, [p.format() for p in result.problems]


def test_new_level_with_an_empty_name_asks_for_a_file_name(capsys):
    assert main(["new-level", ""]) == 1
    assert capsys.readouterr().err == "citizen-score new-level: give a file name ending in .yaml\n"


@pytest.mark.parametrize("name", ["a.yaml", "starter.yaml", "good_neighbour.yaml"])
def test_the_starters_comment_after_the_id_lines_up_with_the_comments_around_it(tmp_path, name):
    path = tmp_path / name
    main(["new-level", str(path)])
    lines = path.read_text(encoding="utf-8").splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("  id: "))
    assert lines[at].index("#") == lines[at + 1].index("#") == lines[at - 2].index("#")


def test_new_level_given_a_folder_asks_for_a_file_in_it(tmp_path, capsys):
    assert main(["new-level", str(tmp_path)]) == 1
    assert "is a folder; give a file in it, like" in capsys.readouterr().err


def test_new_level_quotes_a_file_name_with_spaces_in_the_command_it_suggests(tmp_path, capsys):
    path = tmp_path / "My Level.yaml"
    assert main(["new-level", str(path)]) == 0
    assert f"citizen-score lint '{path}'" in capsys.readouterr().out
