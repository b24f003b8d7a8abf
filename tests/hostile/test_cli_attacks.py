"""Hostile command lines: one line on stderr or stdout and a non-zero exit, never a traceback."""

import json
import os
import shutil
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from game.cli.main import main
from tests.conftest import FIXTURES

USERFILES = Path(__file__).parents[1] / "fixtures" / "hostile" / "userfiles"
LONG = "x" * 300 + ".yaml"


def one_line_failure(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    code = main(argv)
    out, err = capsys.readouterr()
    text = (err or out).strip()
    assert code != 0, text
    assert "Traceback" not in out + err
    return text


@pytest.mark.parametrize("command", ["validate", "lint", "autoplay", "play", "simulate"])
def test_a_file_name_longer_than_the_system_allows_is_one_line(command: str, capsys):
    text = one_line_failure([command, LONG], capsys)
    assert "\n" not in text.removesuffix("0 files OK, 1 failed").strip()


def test_new_level_with_a_name_too_long_is_one_line(tmp_path: Path, capsys):
    text = one_line_failure(["new-level", str(tmp_path / LONG)], capsys)
    assert "too long" in text and "\n" not in text


def test_replay_of_dev_zero_is_refused_without_reading_it(capsys):
    assert "not a regular file" in one_line_failure(["replay", "/dev/zero"], capsys)


def test_replay_of_a_fifo_is_refused_without_waiting(tmp_path: Path, capsys):
    fifo = tmp_path / "record.json"
    os.mkfifo(fifo)
    assert "not a regular file" in one_line_failure(["replay", str(fifo)], capsys)


def test_simulate_refuses_a_billion_runs_with_the_maximum(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["simulate", "all_features", "--runs", "1000000000"])
    assert stop.value.code == 2
    assert "must be 1 to 10000" in capsys.readouterr().err


def test_play_of_a_broken_level_is_one_line_and_exit_1(tmp_path: Path, capsys):
    broken = tmp_path / "broken.yaml"
    broken.write_text("format: 1\nmeta: [\n")
    assert "YAML syntax error" in one_line_failure(["play", str(broken)], capsys)


@pytest.mark.parametrize("command", ["replay", "debrief"])
def test_a_record_whose_level_id_is_a_path_is_never_opened(command: str, capsys):
    source = USERFILES / "record_level_id_is_a_path.json"
    assert "not a level id" in one_line_failure([command, str(source)], capsys)


def test_validate_of_a_fifo_reports_it_without_waiting(tmp_path: Path, capsys):
    fifo = tmp_path / "level.yaml"
    os.mkfifo(fifo)
    assert "not a regular file" in one_line_failure(["validate", str(fifo)], capsys)


@pytest.mark.parametrize("command", ["play", "simulate", "society", "autoplay"])
def test_a_level_that_is_a_fifo_is_named_as_not_a_regular_file(
    command: str, tmp_path: Path, capsys
):
    fifo = tmp_path / "level.yaml"
    os.mkfifo(fifo)
    assert f"{fifo}: not a regular file" in one_line_failure([command, str(fifo)], capsys)


def test_a_level_that_is_a_folder_is_named_as_a_folder(tmp_path: Path, capsys):
    assert f"{tmp_path}: a folder, not a level file" in one_line_failure(
        ["simulate", str(tmp_path)], capsys
    )


def test_an_escape_sequence_in_a_level_is_shown_not_sent_to_the_terminal(tmp_path: Path, capsys):
    level = tmp_path / "level.yaml"
    level.write_text("format: 1\nx: \x1b]0;owned\x07\n", encoding="utf-8")
    text = one_line_failure(["validate", str(level)], capsys)
    assert "\x1b" not in text and "\\x1b]0;owned" in text


def test_a_record_whose_events_are_numbers_is_one_line(capsys):
    source = USERFILES / "record_events_are_numbers.json"
    one_line_failure(["replay", str(source)], capsys)


@pytest.mark.parametrize("command", ["replay", "debrief"])
@pytest.mark.parametrize("name", ["record_events_a_number", "record_events_null"])
def test_a_record_whose_events_are_not_a_list_is_one_line(command: str, name: str, capsys):
    source = USERFILES / f"{name}.json"
    assert "events must be a list" in one_line_failure([command, str(source)], capsys)


def test_warping_with_a_record_of_another_level_is_refused_before_the_window_opens(
    tmp_path: Path, capsys
):
    record = tmp_path / "turning.json"
    assert main(["autoplay", str(FIXTURES / "turning.yaml"), "--record", str(record)]) == 0
    capsys.readouterr()
    argv = ["play", str(FIXTURES / "all_features.yaml"), "--day", "2", "--from-record", str(record)]
    assert "the record was played on 'turning', not 'all_features'" in one_line_failure(
        argv, capsys
    )


def test_a_warp_record_that_is_not_json_names_the_file_once(tmp_path: Path, capsys):
    record = tmp_path / "run.json"
    record.write_text("{not json")
    argv = ["play", str(FIXTURES / "all_features.yaml"), "--day", "2", "--from-record", str(record)]
    assert one_line_failure(argv, capsys).count(str(record)) == 1


def test_replay_finds_the_level_by_id_in_the_levels_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
):
    folder = tmp_path / "levels"
    folder.mkdir()
    shutil.copy(FIXTURES / "all_features.yaml", folder / "renamed.yaml")
    monkeypatch.setenv("CITIZEN_SCORE_LEVELS", str(folder))
    record = tmp_path / "run.json"
    assert main(["autoplay", str(folder / "renamed.yaml"), "--record", str(record)]) == 0
    assert json.loads(record.read_text())["level_id"] == "all_features"
    capsys.readouterr()
    assert main(["replay", str(record)]) == 0
    assert "replay identical" in capsys.readouterr().out


def test_validate_of_a_folder_warns_about_two_files_with_one_id(tmp_path: Path, capsys):
    for name in ("original.yaml", "copy.yaml"):
        shutil.copy(FIXTURES / "all_features.yaml", tmp_path / name)
    assert main(["validate", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "warning: the level id 'all_features' is also used by" in out
    assert out.count("also used by") == 2


def test_the_schema_file_is_written_whole(tmp_path: Path, capsys):
    target = tmp_path / "level.schema.json"
    assert main(["schema", "-o", str(target)]) == 0
    assert json.loads(target.read_text())["title"]
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


def _has_children(pid: int) -> bool:
    tasks = Path(f"/proc/{pid}/task")
    return any(_children(task) for task in tasks.iterdir())


def _children(task: Path) -> str:
    """A thread's child processes; none for a thread that ended since it was listed."""
    try:
        return (task / "children").read_text().strip()
    except FileNotFoundError:
        return ""


def test_ctrl_c_stops_a_long_parallel_simulation_at_once_and_keeps_the_old_csv(tmp_path: Path):
    csv = tmp_path / "runs.csv"
    csv.write_text("old\n")
    level = str(FIXTURES / "all_features.yaml")
    argv = ["simulate", level, "--runs", "5000", "--workers", "2", "--csv", str(csv)]
    child = subprocess.Popen(
        [sys.executable, "-m", "game", *argv],
        cwd=Path(__file__).parents[2],
        stderr=subprocess.PIPE,
        start_new_session=True,
        # Ctrl-C as a terminal delivers it: a suite started in the background by a shell
        # without job control passes Ctrl-C on ignored, and the command never sees it
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    try:
        deadline = time.monotonic() + 60
        while child.poll() is None and not _has_children(child.pid):
            assert time.monotonic() < deadline, "the workers never started"
            time.sleep(0.1)
        time.sleep(0.5)
        os.killpg(child.pid, signal.SIGINT)  # what Ctrl-C sends: the whole process group
        assert child.wait(timeout=30) == 130
    finally:
        if child.poll() is None:
            os.killpg(child.pid, signal.SIGKILL)
            child.wait()
    assert b"Traceback" not in child.stderr.read()
    assert csv.read_text() == "old\n"


@pytest.mark.parametrize(
    "argv",
    [["schema", "-o"], ["simulate", str(FIXTURES / "all_features.yaml"), "--runs", "1", "--csv"]],
)
def test_an_output_that_is_a_fifo_is_refused_and_left_in_place(argv, tmp_path: Path, capsys):
    fifo = tmp_path / "out"
    os.mkfifo(fifo)
    assert "not a regular file" in one_line_failure([*argv, str(fifo)], capsys)
    assert stat.S_ISFIFO(fifo.stat().st_mode)


@pytest.mark.parametrize("command", ["replay", "debrief"])
def test_a_record_given_another_level_says_which_level_it_was_played_on(
    command: str, tmp_path: Path, capsys
):
    record = tmp_path / "turning.json"
    assert main(["autoplay", str(FIXTURES / "turning.yaml"), "--record", str(record)]) == 0
    capsys.readouterr()
    argv = [command, str(record), "--level", str(FIXTURES / "all_features.yaml")]
    assert one_line_failure(argv, capsys).endswith(
        "the record was played on 'turning', not 'all_features'"
    )


def test_simulate_with_a_compare_file_that_does_not_load_stops_before_playing(
    tmp_path: Path, capsys
):
    broken = tmp_path / "b.yaml"
    broken.write_text("format: 1\nmeta: [\n", encoding="utf-8")
    level = str(FIXTURES / "all_features.yaml")
    assert main(["simulate", level, "--runs", "1", "--compare", str(broken)]) == 1
    assert "runs per strategy" not in capsys.readouterr().out


def test_simulate_with_an_empty_compare_name_is_refused(capsys):
    level = str(FIXTURES / "all_features.yaml")
    assert main(["simulate", level, "--runs", "1", "--compare", ""]) != 0


@pytest.mark.parametrize("option", ["--record", "--results"])
def test_autoplay_to_a_folder_is_refused_before_playing(option: str, capsys):
    assert main(["autoplay", str(FIXTURES / "all_features.yaml"), option, "."]) == 1
    out, err = capsys.readouterr()
    assert "cannot write .: it is a folder" in err and "score" not in out


def test_a_missing_level_whose_name_is_not_utf8_prints_the_replacement_character(capsys):
    name = os.fsdecode(b"/no/such/level\xff.yaml")
    text = one_line_failure(["simulate", name], capsys)
    assert "level\ufffd.yaml" in text


def test_an_output_folder_whose_name_is_not_utf8_prints_the_replacement_character(capsys):
    csv = os.fsdecode(b"/no/such/folder\xff/runs.csv")
    argv = ["simulate", str(FIXTURES / "all_features.yaml"), "--runs", "1", "--csv", csv]
    assert "folder\ufffd/runs.csv" in one_line_failure(argv, capsys)


@pytest.mark.parametrize("command", ["replay", "debrief"])
def test_a_record_whose_name_is_not_utf8_is_named_with_the_replacement_character(
    command: str, tmp_path: Path, capsys
):
    folder = Path(os.fsdecode(os.fsencode(tmp_path) + b"/record\xff.json"))
    folder.mkdir()
    assert "record\ufffd.json" in one_line_failure([command, str(folder)], capsys)


@pytest.mark.parametrize(
    ("name", "said"),
    [("", "no level file or level id ''"), ("/dev/zero", "/dev/zero: not a regular file")],
)
def test_bench_of_a_level_that_is_none_is_refused_not_run_on_the_default(
    name: str, said: str, capsys
):
    assert said in one_line_failure(["bench", "--frames", "20", "--level", name], capsys)


@pytest.mark.parametrize(
    "argv",
    [
        ["simulate", "nosedive", "--runs", "2", "--csv", "{out}/"],
        ["society", "nosedive", "--citizens", "100", "--days", "1", "--png", "{out}/"],
        ["autoplay", "nosedive", "--record", "{out}/"],
        ["schema", "-o", "{out}/"],
    ],
)
def test_an_output_named_with_a_trailing_slash_is_refused_as_a_folder(argv, tmp_path, capsys):
    out = tmp_path / "out"
    with pytest.raises(SystemExit) as stopped:
        main([a.replace("{out}", str(out)) for a in argv])
    assert stopped.value.code == 2
    assert "names a folder" in capsys.readouterr().err
    assert not out.exists()  # no file named like the folder
