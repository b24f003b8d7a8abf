"""`validate` runs on every save in an editor: it loads only what checking a level needs."""

import subprocess
import sys
from pathlib import Path

from tests.core.levels import MINIMAL

ROOT = Path(__file__).resolve().parents[2]


def _loaded_after_validate(level: Path, modules: list[str]) -> list[str]:
    script = (
        "import contextlib, io, sys\n"
        "from game.cli.main import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    code = main(['validate', {str(level)!r}])\n"
        f"print(code, *[m for m in {modules!r} if m in sys.modules])\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
        timeout=60,
    )
    return done.stdout.split() or [done.stderr]


def test_validate_of_a_level_with_an_unknown_id_loads_no_engine_level_or_salvage(tmp_path):
    level = tmp_path / "unknown.yaml"
    level.write_text(MINIMAL.replace("ids: [apple]", "ids: [apel]"), encoding="utf-8")
    modules = ["game.core.level", "game.core.content.salvage", "game.core.content.model_errors"]
    assert _loaded_after_validate(level, modules) == ["1"]


def test_validate_loads_no_user_files_or_platformdirs():
    modules = ["game.userfiles", "platformdirs"]
    assert _loaded_after_validate(ROOT / "levels" / "sesame_garden.yaml", modules) == ["0"]
