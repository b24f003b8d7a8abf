"""Results played on another version of a level (the teacher updated the game since the
lesson) are reported by their ids, with one line saying why, never with the labels, tier
lines and modelled town of rules the class did not play."""

import json
from pathlib import Path

import pytest

from game.classroom.source import report_from
from game.cli.main import main


@pytest.fixture
def older_version(tmp_path: Path, class_results) -> Path:
    """The class's results as an earlier copy of the level would have made them."""
    folder = tmp_path / "handed_in"
    folder.mkdir()
    for results in class_results[:2]:
        data = {**results.to_json(), "level_hash": "0123abcd" * 8}
        (folder / f"{results.nickname}.json").write_text(json.dumps(data))
    return folder


def test_class_report_of_another_level_version_names_its_ids_and_says_why(older_version, capsys):
    assert main(["class", "report", str(older_version)]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("sesame_garden: 2 students")
    assert err.count("\n") == 1
    assert "is another version" in err and "(0123abcd)" in err


def test_the_projector_report_of_another_level_version_has_no_level_words(older_version):
    report, problems = report_from(str(older_version))
    assert report is not None and report.title == "sesame_garden" and report.tiers == ()
    assert [p for p in problems if "another version" in p] == problems and len(problems) == 1
