"""A file named to `class report` that is not a results file and was never meant to be
(the report's own page or CSV, a level) is left out as such, not blamed on a student who
should hand it in again."""

from pathlib import Path

import pytest

from game.cli.main import main
from tests.conftest import FIXTURES


@pytest.mark.parametrize("name", ["report.html", "class.csv"])
def test_the_reports_own_output_given_back_to_it_is_not_a_students_file(
    name: str, tmp_path: Path, capsys
):
    page = tmp_path / name
    page.write_text("<!doctype html><p>Class report</p>\n")
    assert main(["class", "report", str(page)]) == 1
    first = capsys.readouterr().err.splitlines()[0]
    assert first == f"{page}: not a results file (those end in .json); left out"


def test_a_level_given_to_class_report_is_not_a_students_file(capsys):
    level = FIXTURES / "all_features.yaml"
    assert main(["class", "report", str(level)]) == 1
    assert "hand it in again" not in capsys.readouterr().err
