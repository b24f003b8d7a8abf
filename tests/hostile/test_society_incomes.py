"""Levels whose incomes sit at their documented limits run in `citizen-score society` (and
so in the debrief's society view, which runs the same model).

Each runs in a child process with 1 GiB of address space and a time limit, so a run that
would take gigabytes or minutes fails the test instead of the machine."""

import resource
import subprocess
import sys
from pathlib import Path

import yaml

from tests.conftest import FIXTURES

GIB = 1 << 30


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (GIB, GIB))


def society_of(tmp_path: Path, change) -> subprocess.CompletedProcess[str]:
    data = yaml.safe_load((FIXTURES / "all_features.yaml").read_text(encoding="utf-8"))
    change(data)
    level = tmp_path / "level.yaml"
    level.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    argv = [sys.executable, "-m", "game", "society", str(level), "--citizens", "100"]
    return subprocess.run(
        [*argv, "--days", "1"],
        capture_output=True,
        text=True,
        timeout=60,
        preexec_fn=_limit_memory,
    )


def _player_income_at_the_limit(data: dict) -> None:
    data["player"]["income"] = 1_000_000_000


def _perk_income_at_the_limit(data: dict) -> None:
    data["perks"][0]["income"] = 1_000_000_000


def _society_income_and_spread_at_the_limit(data: dict) -> None:
    data["society"] = {"income": 1_000_000, "income_spread": 3}


def test_society_of_a_level_whose_player_earns_the_income_limit_runs(tmp_path: Path):
    done = society_of(tmp_path, _player_income_at_the_limit)
    assert done.returncode == 0, done.stderr[-800:]


def test_society_of_a_level_with_a_perk_paying_the_income_limit_runs(tmp_path: Path):
    done = society_of(tmp_path, _perk_income_at_the_limit)
    assert done.returncode == 0, done.stderr[-800:]


def test_society_with_income_and_spread_at_their_limits_runs(tmp_path: Path):
    done = society_of(tmp_path, _society_income_and_spread_at_the_limit)
    assert done.returncode == 0, done.stderr[-800:]
