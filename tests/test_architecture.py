"""The layers hold: import-linter's contracts (in pyproject.toml) are kept."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_import_contract_is_kept():
    lint = Path(sys.executable).with_name("lint-imports")
    done = subprocess.run(
        [str(lint), "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert "broken" in done.stdout and "0 broken" in done.stdout


def test_the_engine_and_the_simulator_type_check_strictly():
    mypy = Path(sys.executable).with_name("mypy")
    done = subprocess.run(
        [str(mypy), "game/core", "game/sim"], cwd=ROOT, capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]


def test_a_draft_declares_every_field_of_the_world_it_thaws():
    from game.core.world import Draft, World

    assert list(Draft.__annotations__) == list(World.__dataclass_fields__)
