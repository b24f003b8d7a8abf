"""A JSON key written twice in one object is refused: readers disagree on which value counts
(Python takes the last, others the first), so a hand-edited record or results file could
show a viewer one seed and the game another."""

import json
from pathlib import Path

import pytest

from game.cli.main import main
from game.userfiles import FileFormatError, parse_json
from tests.conftest import FIXTURES

LEVEL = str(FIXTURES / "all_features.yaml")


def _seed_twice(data: dict) -> str:
    """The file's JSON with its seed written a second time, on a line of its own."""
    text = json.dumps(data, indent=1)
    return text.replace('\n "seed": ', '\n "seed": 7,\n "seed": ', 1)


def test_a_record_with_its_seed_written_twice_is_refused_at_the_second(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    path = tmp_path / "record.json"
    assert main(["autoplay", LEVEL, "--record", str(path)]) == 0
    path.write_text(_seed_twice(json.loads(path.read_text())))
    line = path.read_text().splitlines().index(' "seed": 7,') + 2
    capsys.readouterr()
    assert main(["replay", str(path), "--level", LEVEL]) == 1
    out, err = capsys.readouterr()
    assert f'{path}:{line}:2: the key "seed" is written twice in one object' in err
    assert "Traceback" not in out + err


def test_a_results_file_with_its_seed_written_twice_is_refused_by_debrief(
    results: dict, tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    path = tmp_path / "results.json"
    path.write_text(_seed_twice(results))
    assert main(["debrief", str(path), "--level", LEVEL]) == 1
    assert 'the key "seed" is written twice' in capsys.readouterr().err


def test_a_key_written_twice_in_a_nested_object_is_refused_without_a_guessed_place():
    text = '{"a": {"k": 1, "k": 2}, "b": {"k": 3}}'
    with pytest.raises(FileFormatError, match=r'^f\.json: the key "k" is written twice'):
        parse_json(text, "f.json")
