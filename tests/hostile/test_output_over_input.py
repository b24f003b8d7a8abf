"""An output named like an input (`debrief r.json --html r.json`) would replace the file the
command reads: refused in one line before anything is written, and the input kept whole."""

import shutil
from pathlib import Path

import pytest

from game.cli.main import main
from tests.conftest import FIXTURES

LEVEL = FIXTURES / "all_features.yaml"


@pytest.fixture
def level(tmp_path: Path) -> Path:
    copy = tmp_path / "level.yaml"
    shutil.copy(LEVEL, copy)
    return copy


@pytest.fixture
def record(tmp_path: Path, level: Path, capsys) -> Path:
    path = tmp_path / "record.json"
    assert main(["autoplay", str(level), "--record", str(path)]) == 0
    capsys.readouterr()
    return path


def refused_and_kept(argv: list[str], kept: Path, capsys) -> str:
    before = kept.read_bytes()
    code = main(argv)
    err = capsys.readouterr().err
    assert code == 1 and "Traceback" not in err
    assert kept.read_bytes() == before
    return err.strip()


@pytest.mark.parametrize(
    "argv",
    [
        ["autoplay", "{level}", "--record", "{level}"],
        ["simulate", "{level}", "--runs", "1", "--csv", "{level}"],
        ["society", "{level}", "--citizens", "100", "--days", "1", "--png", "{level}"],
    ],
    ids=["autoplay", "simulate", "society"],
)
def test_an_output_named_like_the_level_is_refused_and_the_level_kept(argv, level: Path, capsys):
    argv = [a.format(level=level) for a in argv]
    text = refused_and_kept(argv, level, capsys)
    assert text.endswith("level.yaml: it is a file this command reads; choose another name")


def test_a_debrief_written_over_its_record_is_refused_and_the_record_kept(
    record: Path, level: Path, capsys
):
    argv = ["debrief", str(record), "--level", str(level), "--html", str(record)]
    assert "record.json: it is a file this command reads" in refused_and_kept(argv, record, capsys)


def test_an_output_through_a_link_to_the_level_is_refused(level: Path, tmp_path: Path, capsys):
    link = tmp_path / "link.csv"
    link.symlink_to(level)
    refused_and_kept(["simulate", str(level), "--runs", "1", "--csv", str(link)], level, capsys)


def test_a_class_report_over_a_results_file_in_a_folder_it_reads_is_refused(tmp_path: Path, capsys):
    folder = tmp_path / "class"
    folder.mkdir()
    results = folder / "ana.json"
    assert main(["autoplay", str(LEVEL), "--results", str(results), "--nickname", "ana"]) == 0
    capsys.readouterr()
    argv = ["class", "report", str(folder), "--html", str(results)]
    assert "ana.json: it is a file this command reads" in refused_and_kept(argv, results, capsys)


def test_two_outputs_with_one_name_are_refused_before_playing(tmp_path: Path, capsys):
    both = tmp_path / "out.json"
    argv = ["autoplay", str(LEVEL), "--record", str(both), "--results", str(both)]
    assert main(argv) == 1
    out, err = capsys.readouterr()
    assert "another output of this command is written there" in err and "score" not in out
    assert not both.exists()


@pytest.mark.parametrize("other", [["--compare", str(LEVEL)], ["--set", "score.start=400,500"]])
def test_simulate_refuses_a_csv_it_would_not_write_with_compare_or_set(
    other: list[str], tmp_path: Path, capsys
):
    csv = tmp_path / "runs.csv"
    assert main(["simulate", str(LEVEL), "--runs", "1", "--csv", str(csv), *other]) == 2
    assert "not with --compare or --set" in capsys.readouterr().err
