"""`--png` and `--csv` write one format each: a file named for another format is refused
before the run, and no file is written."""

from pathlib import Path

import pytest

from game.classroom.code import make_code
from game.classroom.files import write_results
from game.classroom.levels import shipped_levels
from game.cli.main import main
from tests.classroom.conftest import bot_results

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


def _class_folder(tmp_path: Path) -> Path:
    """A folder holding one student's Sesame Garden results."""
    sesame = next(lv for lv in shipped_levels() if lv.id == "sesame_garden")
    folder = tmp_path / "in"
    folder.mkdir()
    code = make_code(sesame.id, sesame.content_hash, 7)
    write_results(bot_results(sesame, code, 1), folder / "a.json")
    return folder


def test_a_class_report_csv_named_for_a_spreadsheet_is_refused(tmp_path: Path):
    folder = _class_folder(tmp_path)
    target = tmp_path / "rows.xlsx"
    assert main(["class", "report", str(folder), "--csv", str(target)]) == 2 and not target.exists()


def test_a_class_report_page_named_for_a_document_is_refused(tmp_path: Path):
    folder = _class_folder(tmp_path)
    target = tmp_path / "report.pdf"
    assert (
        main(["class", "report", str(folder), "--html", str(target)]) == 2 and not target.exists()
    )


def test_a_debrief_page_named_htm_is_written(tmp_path: Path):
    record = tmp_path / "run.json"
    assert main(["autoplay", "sesame_garden", "--seed", "1", "--record", str(record)]) == 0
    target = tmp_path / "debrief.HTM"
    assert main(["debrief", str(record), "--html", str(target)]) == 0
    assert target.read_text(encoding="utf-8").lstrip().lower().startswith("<!doctype html")


def test_a_debrief_page_named_txt_is_refused(tmp_path: Path):
    record = tmp_path / "run.json"
    assert main(["autoplay", "sesame_garden", "--seed", "1", "--record", str(record)]) == 0
    target = tmp_path / "debrief.txt"
    assert main(["debrief", str(record), "--html", str(target)]) == 2 and not target.exists()
