"""simulate's table, comparison, sweep and explanation fit in a 100-column terminal (or a
narrower one, as COLUMNS says), on the shipped levels, without leaving anything out."""

from pathlib import Path

import pytest

from game.cli.main import main
from game.core.content.loader import load_level
from game.sim.bots import strategy_names

LEVELS = Path(__file__).parents[2] / "levels"


def _out(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    code = main(["simulate", *argv, "--runs", "2", "--workers", "1"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def _widest(out: str) -> int:
    return max(len(line) for line in out.splitlines())


@pytest.fixture(autouse=True)
def no_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """Output that goes to a file or a pipe, as in a test."""
    monkeypatch.delenv("COLUMNS", raising=False)


def test_a_sweep_of_many_values_fits_in_100_columns_with_every_value_shown(capsys):
    values = ",".join(str(v) for v in range(400, 720, 20))
    out = _out(capsys, str(LEVELS / "sesame_garden.yaml"), "--set", f"score.start={values}")
    assert _widest(out) <= 100
    shown = [w for x in out.splitlines() if x.startswith("score.start =") for w in x.split()[2:]]
    assert shown == values.split(",") * len(
        strategy_names(load_level(LEVELS / "sesame_garden.yaml").level)
    )


def test_a_sweep_shows_the_same_measures_as_the_balance_table(capsys):
    level = str(LEVELS / "sesame_garden.yaml")
    table = _out(capsys, level, "--strategy", "saver")
    sweep = _out(capsys, level, "--strategy", "saver", "--set", "score.start=500,600")
    labels = [x.split("  ")[0] for x in table.splitlines()[2:] if x and not x.startswith(" ")]
    for label in labels[: labels.index("first restriction day") + 1]:
        if label != "runs":
            assert any(x.startswith(label + " ") for x in sweep.splitlines()), label


def test_the_balance_table_of_a_level_with_seven_strategies_fits_in_100_columns(capsys):
    out = _out(capsys, str(LEVELS / "the_list.yaml"))
    assert _widest(out) <= 100
    names = {w for x in out.splitlines() if x.startswith(" ") and x.strip() for w in x.split()}
    level = load_level(LEVELS / "the_list.yaml").level
    assert set(strategy_names(level)) <= names


def test_a_comparison_fits_in_100_columns_and_marks_a_difference_per_strategy(
    capsys, tmp_path: Path
):
    level = LEVELS / "sesame_garden.yaml"
    other = tmp_path / "b.yaml"
    other.write_text(level.read_text(encoding="utf-8").replace("  start: 550", "  start: 650"))
    out = _out(capsys, str(level), "--compare", str(other))
    assert _widest(out) <= 100
    p50 = next(x for x in out.splitlines() if x.startswith("score p50"))
    assert p50.count("*") == 3  # four strategies side by side; the dissident never joins
    assert "* after B: A and B differ by 10 points of a share" in out


def test_a_narrower_terminal_gets_narrower_lines(capsys, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("COLUMNS", "80")
    out = _out(capsys, str(LEVELS / "the_list.yaml"))
    assert _widest(out) <= 80


def test_the_actions_chosen_most_wrap_between_actions(capsys):
    out = _out(capsys, str(LEVELS / "fico_country.yaml"), "--strategy", "conformist")
    lines = out.splitlines()
    start = next(i for i, x in enumerate(lines) if x.startswith("  chosen most"))
    chosen = " ".join(x.strip() for x in lines[start : start + 2])
    assert lines[start].endswith("),") and lines[start + 1].startswith("      ")
    assert chosen.count("),") == 4, chosen  # five actions, none split


def test_a_comparison_at_70_columns_wraps_the_note_on_units_too(capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "70")
    out = _out(capsys, "nosedive", "--compare", "nosedive", "--strategy", "conformist", "maximiser")
    assert _widest(out) <= 70
    assert "scores are in the level file's units" in out
