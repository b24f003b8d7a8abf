"""The simulate command and the batch runner behind it."""

import csv
import multiprocessing
from pathlib import Path

import pytest

from game.cli.main import main
from game.core.content.loader import load_level
from game.sim.batch import play_seeds, simulate
from game.sim.stats import CSV_VERSION, aggregate

LEVEL = Path(__file__).parents[1] / "fixtures" / "levels" / "all_features.yaml"


def _simulate(capsys: pytest.CaptureFixture[str], *extra: str) -> tuple[int, str, str]:
    code = main(["simulate", str(LEVEL), *extra])
    out, err = capsys.readouterr()
    return code, out, err


def test_table_has_a_column_per_strategy_and_a_row_per_measure(capsys):
    code, out, _ = _simulate(capsys, "--strategy", "random", "shopper", "--runs", "3")
    header = out.splitlines()[1].split()
    assert code == 0
    assert header == ["random", "shopper"]
    for row in ("score p10", "score p50", "score p90", "tier high", "perk fast_lane"):
        assert any(line.startswith(row) for line in out.splitlines()), row
    assert "restriction no_train" in out and "goal met keep_wei" in out
    assert "first restriction day" in out


def test_table_columns_are_aligned(capsys):
    _, out, _ = _simulate(capsys, "--strategy", "random", "conformist", "--runs", "2")
    table = out.split("\n\n")[0].splitlines()[1:]
    assert len({len(line) for line in table}) == 1


def test_same_seed_gives_the_same_table(capsys):
    first = _simulate(capsys, "--strategy", "random", "--runs", "4", "--seed", "9")[1]
    second = _simulate(capsys, "--strategy", "random", "--runs", "4", "--seed", "9")[1]
    other = _simulate(capsys, "--strategy", "random", "--runs", "4", "--seed", "10")[1]
    assert first == second
    assert first != other


def test_csv_has_one_row_per_run(capsys, tmp_path):
    target = tmp_path / "runs.csv"
    code, _, _ = _simulate(
        capsys,
        "--strategy",
        "random",
        "dissident",
        "--runs",
        "3",
        "--seed",
        "5",
        "--csv",
        str(target),
    )
    rows = list(csv.DictReader(target.open(encoding="utf-8")))
    assert code == 0
    assert len(rows) == 6
    assert [(r["strategy"], r["seed"]) for r in rows[:3]] == [("random", s) for s in "567"]
    assert all(r["final_score"].isdigit() and r["final_tier"] for r in rows)


def test_every_csv_row_carries_the_format_version_first(capsys, tmp_path):
    target = tmp_path / "runs.csv"
    _simulate(capsys, "--strategy", "random", "--runs", "2", "--csv", str(target))
    lines = target.read_text(encoding="utf-8").splitlines()
    version = f"{CSV_VERSION},"
    assert lines[0].startswith("version,") and all(x.startswith(version) for x in lines[1:])


def test_png_is_written(capsys, tmp_path):
    target = tmp_path / "bands.png"
    code, _, _ = _simulate(capsys, "--strategy", "random", "--runs", "3", "--png", str(target))
    assert code == 0
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_unknown_strategy_is_one_line_and_exit_2(capsys):
    code, out, err = _simulate(capsys, "--strategy", "random", "gambler")
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1 and "unknown strategy 'gambler'" in err


def test_zero_runs_is_refused_by_the_parser(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["simulate", str(LEVEL), "--runs", "0"])
    err = capsys.readouterr().err
    assert exit_info.value.code == 2
    assert err.count("\n") == 1 and "--runs" in err


def test_unwritable_csv_is_reported_before_playing(capsys, tmp_path):
    code, out, err = _simulate(capsys, "--runs", "2", "--csv", str(tmp_path / "no" / "x.csv"))
    assert code == 1
    assert out == ""
    assert err.count("\n") == 1 and "cannot write" in err


def test_png_path_that_is_a_folder_is_reported(capsys, tmp_path):
    code, _, err = _simulate(capsys, "--runs", "2", "--png", str(tmp_path))
    assert code == 1
    assert "it is a folder" in err


def test_batch_across_workers_equals_sequential_play(all_features):
    seeds = range(20, 32)
    batch = simulate(all_features, LEVEL, ["random", "shopper"], seeds, workers=2)
    for name in ("random", "shopper"):
        assert batch[name] == play_seeds(all_features, name, seeds)


@pytest.mark.skipif(
    multiprocessing.get_start_method() != "fork", reason="only forked workers share the level"
)
def test_forked_workers_play_the_level_they_were_given_without_reading_its_file_again(
    all_features, tmp_path
):
    gone = tmp_path / "removed.yaml"  # the file is gone: a worker that read it would fail
    seeds = range(40, 46)
    batch = simulate(all_features, gone, ["random"], seeds, workers=2)
    assert batch["random"] == play_seeds(all_features, "random", seeds)


def test_restriction_held_from_the_start_counts_from_day_one(tmp_path):
    text = LEVEL.read_text(encoding="utf-8").replace("  start: 600\n", "  start: 500\n", 1)
    low_start = tmp_path / "low_start.yaml"
    low_start.write_text(text, encoding="utf-8")
    level = load_level(low_start).level
    runs = play_seeds(level, "conformist", range(3))
    assert all("no_train" in r.restrictions_held for r in runs)
    assert all(r.first_restriction_day == 1 for r in runs)
    assert aggregate(level, "conformist", runs).restriction_share["no_train"] == 1.0


def test_a_tiers_restriction_starts_on_the_tiers_first_day_in_the_table(tmp_path):
    from tests.core.levels import with_replaced

    text = with_replaced(
        "{id: low, label: Low, min: 0}", "{id: low, label: Low, min: 0, restrictions: [r]}"
    )
    text = with_replaced("  start: 50", "  start: 70", text)
    text = with_replaced("  days: 3", "  days: 8", text)
    text = with_replaced("perks:\n", "restrictions:\n  - {id: r, label: R}\nperks:\n", text)
    text = with_replaced(
        "rules:\n",
        "rules:\n  - {id: camera, kind: chance, probability: 0.4, delta: -8, reason: C}\n",
        text,
    )
    path = tmp_path / "tiered.yaml"
    path.write_text(text, encoding="utf-8")
    level = load_level(path).level
    stats = aggregate(level, "random", play_seeds(level, "random", range(40)))
    assert stats.tier_first_day is not None and stats.tier_first_day["low"] is not None
    assert stats.first_restriction_day == stats.tier_first_day["low"]
