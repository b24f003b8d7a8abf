"""A built wheel carries the levels, fonts and assets: installed elsewhere, the game still
validates and plays its shipped levels from another folder."""

import os
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv with only the wheel (its dependencies come from this venv's site folder)."""
    tmp = tmp_path_factory.mktemp("wheel")
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    subprocess.run(
        [*pip, "wheel", "--no-deps", "-w", str(tmp), str(ROOT)],
        check=True,
        timeout=300,
        cwd=tmp,
    )
    (wheel,) = tmp.glob("citizen_score-*.whl")
    venv = tmp / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    target = subprocess.run(
        [str(venv / "bin" / "python"), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        check=True, capture_output=True, text=True,
    ).stdout.strip()  # fmt: skip
    subprocess.run([*pip, "install", "--no-deps", "--target", target, str(wheel)], check=True)
    return venv


def _run(venv: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": sysconfig.get_path("purelib")}
    env.pop("CITIZEN_SCORE_LEVELS", None)
    return subprocess.run(
        [str(venv / "bin" / "python"), "-m", "game", *args],
        cwd=cwd, env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip


def test_the_installed_game_validates_its_shipped_levels_from_another_folder(installed, tmp_path):
    done = _run(installed, "validate", cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    shipped = sorted(p.stem for p in (ROOT / "levels").glob("*.yaml"))
    assert all(level in done.stdout for level in shipped), done.stdout


def test_the_installed_game_autoplays_a_level_by_id_from_another_folder(installed, tmp_path):
    done = _run(installed, "autoplay", "sesame_garden", "--strategy", "conformist", cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "sesame_garden" in done.stdout


def test_the_installed_package_holds_its_fonts_and_levels_not_the_checkout(installed, tmp_path):
    code = "from game.paths import assets_dir, levels_dir; print(assets_dir()); print(levels_dir())"
    done = subprocess.run(
        [str(installed / "bin" / "python"), "-c", code],
        cwd=tmp_path, capture_output=True, text=True, timeout=60,
        env={**os.environ, "PYTHONPATH": sysconfig.get_path("purelib")},
    )  # fmt: skip
    assets, levels = done.stdout.split()
    assert str(installed) in assets and str(installed) in levels
    assert (Path(assets) / "fonts" / "DejaVuSans.ttf").is_file()
