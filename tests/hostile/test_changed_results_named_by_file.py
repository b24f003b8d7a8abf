"""A results file changed by hand is skipped by `class report` with one line: that line
names the file the teacher has, so the teacher knows which file to look at."""

import json
from pathlib import Path

import pytest

from game.cli.main import main


def test_a_changed_results_file_is_skipped_under_the_name_it_was_handed_in_as(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    path = tmp_path / "from_pat.json"
    assert main(["autoplay", "the_list", "--results", str(path)]) == 0
    results = json.loads(path.read_text())
    results["outcome"]["money_end"] += 1
    path.write_text(json.dumps(results))
    main(["class", "report", str(path)])
    skipped = [line for line in capsys.readouterr().err.splitlines() if "skipped:" in line]
    assert len(skipped) == 1 and "from_pat.json" in skipped[0]
