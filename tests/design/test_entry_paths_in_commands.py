"""Commands that load a level through `game.cli.common.load_or_report` (simulate, autoplay,
play) name list entries as validate and lint do (docs/levels.md, "Paths in messages")."""

from pathlib import Path

from game.cli.main import main
from tests.conftest import FIXTURES


def test_simulate_of_a_broken_level_names_the_rule_by_its_id(tmp_path: Path, capsys):
    text = (FIXTURES / "all_features.yaml").read_text(encoding="utf-8")
    path = tmp_path / "broken.yaml"
    path.write_text(text.replace("    delta: 20\n", "    delta: lots\n", 1), encoding="utf-8")
    assert main(["simulate", str(path), "--runs", "1"]) == 1
    err = capsys.readouterr().err
    assert "rules.diapers_up.delta: expected a whole number" in err, err
