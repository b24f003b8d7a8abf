"""SIGKILL a writer at random moments: the file on disk is always the old or the new version."""

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from game.userfiles import clean_stale_temp_files
from tests.hostile.budget import examples

ROOT = Path(__file__).parents[2]
KINDS = ["save", "record", "settings", "csv", "png"]
KILLS = examples(3)


def _target(kind: str, folder: Path) -> Path:
    if kind == "save":
        return next((folder / "saves").glob("*.json"))
    return folder / {"record": "run.json", "settings": "settings.json"}.get(kind, f"out.{kind}")


def _versions_on_disk(kind: str, folder: Path) -> set[bytes]:
    """The two complete versions, written once each by the same code the child runs."""
    from tests.hostile import kill_writer

    seen = set()
    for version in kill_writer.versions(kind):
        kill_writer.write(kind, folder, version)
        seen.add(_target(kind, folder).read_bytes())
    return seen


@pytest.mark.parametrize("kind", KINDS)
def test_a_killed_writer_leaves_the_old_or_the_new_file(
    kind: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setenv("CITIZEN_SCORE_HOME", str(tmp_path))
    complete = _versions_on_disk(kind, tmp_path)
    rng = random.Random(kind)
    for _ in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, "-m", "tests.hostile.kill_writer", kind, str(tmp_path)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            env={**os.environ, "CITIZEN_SCORE_HOME": str(tmp_path)},
        )
        assert child.stdout is not None and child.stdout.readline() == b"ready\n"
        time.sleep(rng.uniform(0, 0.05))
        child.send_signal(signal.SIGKILL)
        child.wait()
        assert _target(kind, tmp_path).read_bytes() in complete
    old = time.time() - 3600
    for leftover in tmp_path.rglob(".*.tmp"):
        os.utime(leftover, (old, old))
    clean_stale_temp_files(tmp_path)
    assert not list(tmp_path.rglob(".*.tmp"))
