"""Commands that load a level through `game.cli.common.load_or_report` (simulate, autoplay,
play) print the loader's problems as they come, with list places counted from 0
(`rules.0.delta`), unlike validate and lint (docs/levels.md, "Paths in messages"). The fix
belongs in common.py (pass the problems through `game.design.entry_paths.named_problems`)
or in the loader's own paths (`game.core.content.model_errors.where`)."""

from pathlib import Path

import pytest

from game.cli.main import main
from tests.conftest import FIXTURES


@pytest.mark.xfail(
    strict=True,
    reason="load_or_report in game/cli/common.py prints the loader's 0-based paths",
)
def test_simulate_of_a_broken_level_names_the_rule_by_its_id(tmp_path: Path, capsys):
    text = (FIXTURES / "all_features.yaml").read_text(encoding="utf-8")
    path = tmp_path / "broken.yaml"
    path.write_text(text.replace("    delta: 20\n", "    delta: lots\n", 1), encoding="utf-8")
    assert main(["simulate", str(path), "--runs", "1"]) == 1
    err = capsys.readouterr().err
    assert "rules.diapers_up.delta: expected a whole number" in err, err
