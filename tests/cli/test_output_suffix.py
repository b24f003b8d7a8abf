"""`--png` and `--csv` write one format each: a file named for another format is refused
before the run, and no file is written."""

from pathlib import Path

import pytest

from game.cli.main import main

SOCIETY = ["society", "nosedive", "--citizens", "100", "--days", "1"]
SIMULATE = ["simulate", "nosedive", "--runs", "1", "--workers", "1", "--strategy", "random"]


@pytest.mark.parametrize("command", [SOCIETY, SIMULATE], ids=["society", "simulate"])
@pytest.mark.parametrize(
    ("option", "name", "ends"),
    [
        ("--png", "curves.jpg", ".png"),
        ("--png", "curves", ".png"),
        ("--csv", "rows.xlsx", ".csv"),
    ],
)
def test_an_output_named_for_another_format_is_refused_in_one_line_and_not_written(
    command: list[str], option: str, name: str, ends: str, tmp_path: Path, capsys
):
    target = tmp_path / name
    code = main([*command, option, str(target)])
    out, err = capsys.readouterr()
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "Traceback" not in err
    assert f"{target}: {option} writes" in err and f"ends in {ends}" in err
    assert list(tmp_path.iterdir()) == []


def test_a_society_png_named_in_capitals_is_written(tmp_path: Path):
    target = tmp_path / "CURVES.PNG"
    assert main([*SOCIETY, "--png", str(target)]) == 0
    assert target.read_bytes().startswith(b"\x89PNG")
