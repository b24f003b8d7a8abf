"""`citizen-score society`: measures printed, a CSV row per day, a PNG, clear refusals."""

import csv

import pytest

from game.cli.main import main


def test_the_command_prints_the_end_of_run_measures(capsys):
    assert main(["society", "citizen_score_2020", "--citizens", "300", "--days", "5"]) == 0
    out = capsys.readouterr().out
    assert "citizen_score_2020: 300 citizens, 5 days, seed 0" in out
    assert "posting critically" in out and "Gini of scores" in out


def test_the_csv_holds_a_versioned_row_per_day_and_the_png_is_an_image(tmp_path):
    table, picture = tmp_path / "society.csv", tmp_path / "society.png"
    args = ["society", "sesame_garden", "--citizens", "200", "--days", "4", "--seed", "3"]
    assert main([*args, "--csv", str(table), "--png", str(picture)]) == 0
    rows = list(csv.DictReader(table.open()))
    assert [r["day"] for r in rows] == ["0", "1", "2", "3", "4"]
    assert {r["version"] for r in rows} == {"1"}
    assert picture.read_bytes().startswith(b"\x89PNG")


def test_the_same_seed_writes_the_same_csv(tmp_path):
    first, second = tmp_path / "a.csv", tmp_path / "b.csv"
    for target in (first, second):
        main(["society", "nosedive", "--citizens", "200", "--days", "3", "--csv", str(target)])
    assert first.read_text() == second.read_text()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--citizens", "5"], "must be 100 to"),
        (["--days", "0"], "must be 1 to"),
        (["--seed", "x"], "is not a whole number"),
    ],
)
def test_bad_arguments_get_one_line_and_status_2(args, message, capsys):
    with pytest.raises(SystemExit) as stop:
        main(["society", "sesame_garden", *args])
    err = capsys.readouterr().err
    assert stop.value.code == 2 and message in err and len(err.strip().splitlines()) == 1


def test_a_folder_that_does_not_exist_is_refused_before_the_run(tmp_path, capsys):
    target = tmp_path / "missing" / "s.csv"
    assert main(["society", "sesame_garden", "--citizens", "100", "--csv", str(target)]) == 1
    assert "no folder" in capsys.readouterr().err and not target.parent.exists()
