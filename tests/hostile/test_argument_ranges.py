"""Numbers on the command line stay inside their documented ranges: refused at once, exit 2."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from game.cli.main import main
from game.core.seeds import MAX_SEED
from tests.conftest import FIXTURES

LEVEL = str(FIXTURES / "all_features.yaml")


def refused(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    with pytest.raises(SystemExit) as stop:
        main(argv)
    assert stop.value.code == 2
    err = capsys.readouterr().err.strip()
    assert "\n" not in err and "Traceback" not in err
    return err


def test_a_seed_larger_than_records_hold_is_refused_before_playing(tmp_path: Path, capsys):
    record = tmp_path / "run.json"
    argv = ["autoplay", LEVEL, "--seed", str(MAX_SEED + 1), "--record", str(record)]
    assert f"must be 0 to {MAX_SEED}" in refused(argv, capsys)
    assert not record.exists()


@pytest.mark.parametrize("command", ["play", "simulate", "society"])
def test_every_command_with_a_seed_keeps_it_in_the_same_range(command: str, capsys):
    assert f"must be 0 to {MAX_SEED}" in refused([command, LEVEL, "--seed", "-1"], capsys)


def test_the_largest_seed_makes_a_record_that_replays(tmp_path: Path, capsys):
    record = tmp_path / "run.json"
    assert main(["autoplay", LEVEL, "--seed", str(MAX_SEED), "--record", str(record)]) == 0
    assert main(["replay", str(record), "--level", LEVEL]) == 0
    assert "replay identical" in capsys.readouterr().out


def test_a_pasted_number_of_thousands_of_digits_is_shown_cut_short(capsys):
    err = refused(["autoplay", "all_features", "--seed", "9" * 5000], capsys)
    assert len(err) < 200


def test_a_number_of_thousands_of_digits_is_called_too_large_not_a_non_number(capsys):
    err = refused(["society", "all_features", "--citizens", "9" * 5000], capsys)
    assert "is too large" in err and "not a whole number" not in err


def test_simulate_refuses_more_workers_than_it_allows(capsys):
    assert "must be 1 to 64" in refused(["simulate", "all_features", "--workers", "100000"], capsys)


@pytest.mark.parametrize("frames", ["0", "-1", "10001"])
def test_bench_refuses_a_frame_count_outside_its_range(frames: str, capsys):
    assert "must be 20 to 10000" in refused(["bench", "--frames", frames], capsys)


def test_bench_stops_when_asked_to_terminate():
    child = subprocess.Popen(
        [sys.executable, "-m", "game", "bench", "--frames", "10000"],
        cwd=Path(__file__).parents[2],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        time.sleep(3)  # inside the frame loops by now
        child.terminate()
        assert child.wait(timeout=10) == -signal.SIGTERM
    finally:
        if child.poll() is None:
            os.killpg(child.pid, signal.SIGKILL)
            child.wait()


@pytest.mark.parametrize("port", ["0", "65536", "99999"])
def test_class_serve_refuses_a_port_outside_1_to_65535(port: str, capsys):
    assert "must be 1 to 65535" in refused(["class", "serve", "--port", port], capsys)
