"""What docs/levels.md says the tools do is what they do: claims a designer acts on, each
checked against a run."""

from pathlib import Path

from game.core.content.loader import load_level
from game.design.guide import BOT_CHOICE
from game.paths import levels_dir
from game.sim.bots import BUILT_IN
from game.sim.runner import run_episode
from game.sim.stats import CSV_FIELDS
from game.sim.stats_text import COLUMNS


def test_the_conformist_disputes_changes_as_its_description_says():
    level = load_level(levels_dir() / "fico_country.yaml").level
    verbs = [a.verb for a in run_episode(level, BUILT_IN["conformist"], seed=0).actions]
    assert "dispute" in verbs
    assert "20 for disputing a change" in BOT_CHOICE["conformist"]


def test_every_csv_column_is_explained_in_simulate_help_and_the_reference():
    reference = (Path(__file__).parents[2] / "docs" / "levels.md").read_text(encoding="utf-8")
    for field in CSV_FIELDS:
        assert field in COLUMNS and field in reference, field
