"""The starter level's title and setting show in level select: lint names them as starter
placeholders like its other texts, so a level is never shipped as the starter's 'A New Regime'."""

from pathlib import Path

from game.design.lint import lint_file
from game.design.starter import starter_text


def test_lint_names_the_starter_title_and_setting_as_placeholders(tmp_path: Path):
    path = tmp_path / "my_town.yaml"
    path.write_text(starter_text(path), encoding="utf-8")
    found = [w.format() for w in lint_file(path)]
    flagged = [line for line in found if "[starter-text]" in line]
    assert any("'Replace this title'" in line for line in flagged), found
    assert any("'Replace this setting'" in line for line in flagged), found
