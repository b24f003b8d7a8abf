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


def test_validate_checks_a_level_without_loading_the_engine_or_numpy():
    """`validate` is what an editor runs on every save: the engine and NumPy add about 0.2 s
    to its start, so argument parsing must not reach them (the seed's range once did)."""
    script = (
        "import contextlib, io, sys\n"
        "from game.cli.main import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    code = main(['validate', 'levels/sesame_garden.yaml'])\n"
        "print(code, 'numpy' in sys.modules, 'game.core.engine' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=False,
        cwd=Path(__file__).resolve().parents[1],
        timeout=60,
    )
    assert done.stdout.split() == ["0", "False", "False"], done.stderr
