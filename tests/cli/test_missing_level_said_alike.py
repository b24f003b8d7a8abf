"""Every command that takes a level words a missing or unreadable level file the same way:
one line on stderr, after the command's name, and exit 1. `validate` and `lint` printed
'FILE:1:1: error: no such file' on stdout, the others 'citizen-score: no level file...'
without the command's name."""

import os
from pathlib import Path

import pytest

from game.cli.main import main
from tests.conftest import FIXTURES

LEVEL = str(FIXTURES / "turning.yaml")

COMMANDS = {
    "validate": ["validate", "{level}"],
    "lint": ["lint", "{level}"],
    "simulate": ["simulate", "{level}", "--runs", "1"],
    "simulate --compare": ["simulate", LEVEL, "--compare", "{level}", "--runs", "1"],
    "society": ["society", "{level}"],
    "autoplay": ["autoplay", "{level}"],
    "play": ["play", "{level}"],
    "class new": ["class", "new", "{level}"],
    "debrief --level": ["debrief", "{record}", "--level", "{level}"],
    "replay --level": ["replay", "{record}", "--level", "{level}"],
    "bench --level": ["bench", "--frames", "20", "--level", "{level}"],
}
"""Each command's line with a level to name; the program name it speaks as is the first
word or two (`class new` speaks as `citizen-score class`)."""


def prog(argv: list[str]) -> str:
    return "citizen-score " + argv[0]


@pytest.fixture
def record(tmp_path: Path, capsys) -> str:
    path = tmp_path / "turning.json"
    assert main(["autoplay", LEVEL, "--record", str(path)]) == 0
    capsys.readouterr()
    return str(path)


def run(argv: list[str], level: str, record: str, capsys) -> tuple[int, str, str]:
    code = main([a.format(level=level, record=record) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("command", COMMANDS)
def test_a_missing_level_file_is_one_line_worded_alike(command, tmp_path, record, capsys):
    missing = str(tmp_path / "gone" / "level.yaml")
    argv = COMMANDS[command]
    code, out, err = run(argv, missing, record, capsys)
    assert code == 1 and out == ""
    assert err == (
        f"{prog(argv)}: no level file or level id '{missing}' "
        f"(there is no folder '{tmp_path / 'gone'}' here)\n"
    )


@pytest.mark.parametrize("command", COMMANDS)
def test_a_level_that_cannot_be_read_is_one_line_worded_alike(command, tmp_path, record, capsys):
    fifo = tmp_path / "level.yaml"
    os.mkfifo(fifo)
    argv = COMMANDS[command]
    code, out, err = run(argv, str(fifo), record, capsys)
    assert code == 1 and out == ""
    assert err == f"{prog(argv)}: {fifo}: not a regular file\n"


@pytest.mark.parametrize("command", ["debrief", "replay"])
def test_a_missing_record_is_one_line_worded_as_a_missing_level_is(command, tmp_path, capsys):
    missing = tmp_path / "gone" / "turning.json"
    assert main([command, str(missing)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err == (
        f"citizen-score {command}: no record file '{missing}' "
        f"(there is no folder '{tmp_path / 'gone'}' here)\n"
    )


def test_a_missing_record_beside_a_close_one_names_it(tmp_path, record, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["replay", "turnin.json"]) == 1
    assert capsys.readouterr().err == (
        "citizen-score replay: no record file 'turnin.json' (did you mean 'turning.json'?)\n"
    )


def _write_only_file() -> str | None:
    """A file the system refuses to open for reading, even for root: a write-only control
    file under /sys, where there is one."""
    for folder in ("/sys/class/zram-control", "/sys/bus/pci", "/sys/kernel/mm/ksm"):
        try:
            names = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError:
            continue
        for entry in names:
            if entry.is_file() and not entry.stat().st_mode & 0o444:
                try:
                    os.close(os.open(entry.path, os.O_RDONLY))
                except PermissionError:
                    return entry.path
    return None


WRITE_ONLY = _write_only_file()


@pytest.mark.skipif(WRITE_ONLY is None, reason="no file here refuses to be read")
@pytest.mark.parametrize("command", COMMANDS)
def test_a_level_the_system_refuses_to_read_is_one_line_worded_alike(
    command, tmp_path, record, capsys
):
    argv = COMMANDS[command]
    code, out, err = run(argv, str(WRITE_ONLY), record, capsys)
    assert code == 1 and out == ""
    assert err == f"{prog(argv)}: {WRITE_ONLY}: cannot read it (permission denied)\n"
