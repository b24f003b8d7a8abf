"""A version 2 results file always says whether its student joined the score: one that does
not (the key removed or null, or written as text) is refused, since read as version 1's "not
said" it would chart a student who never joined with a score they never had."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from game.classroom.code import make_code
from game.classroom.results import Results, make_results, parse_results
from game.cli.main import main
from game.core.level import Level
from game.sim.runner import run_episode
from tests.choosers import stays_out_of_sesame
from tests.classroom.conftest import bot_results

SEED = 7


@pytest.fixture(scope="module")
def outsider(sesame: Level) -> Results:
    code = make_code(sesame.id, sesame.content_hash, SEED)
    episode = run_episode(sesame, stays_out_of_sesame, SEED)
    return make_results(
        "outsider",
        code.text,
        sesame.id,
        sesame.content_hash,
        SEED,
        episode.actions,
        episode.outcome,
    )


def _unsaid(results: Results, joined: object) -> dict:
    data = results.to_json()
    if joined is KeyError:
        del data["outcome"]["joined"]
    else:
        data["outcome"]["joined"] = joined
    return data


@pytest.mark.parametrize(
    ("joined", "said"),
    [
        (KeyError, "missing required key 'joined' in outcome"),
        (None, "outcome.joined: expected true or false, not nothing"),
        ("false", "outcome.joined: expected true or false, not 'false'"),
        (0, "outcome.joined: expected true or false, not 0"),
    ],
)
def test_a_version_2_file_that_does_not_say_true_or_false_for_joined_is_refused(
    outsider: Results, joined: object, said: str
):
    with pytest.raises(ValueError, match=said):
        parse_results(_unsaid(outsider, joined))


@pytest.mark.parametrize("joined", [KeyError, None])
def test_a_student_who_never_joined_is_not_charted_with_a_score_by_removing_joined(
    joined: object, outsider: Results, sesame: Level, tmp_path: Path, capsys
):
    folder = tmp_path / "handed-in"
    folder.mkdir()
    code = make_code(sesame.id, sesame.content_hash, SEED)
    (folder / "joiner.json").write_text(json.dumps(bot_results(sesame, code, 0).to_json()))
    (folder / "outsider.json").write_text(json.dumps(_unsaid(outsider, joined)))
    table = tmp_path / "class.csv"
    assert main(["class", "report", str(folder), "--csv", str(table)]) == 0
    assert "outsider.json: " in capsys.readouterr().err
    assert "outsider" not in table.read_text(encoding="utf-8-sig")


def test_a_version_1_file_of_a_student_who_never_joined_is_told_by_its_replay(
    outsider: Results, sesame: Level, tmp_path: Path
):
    folder = tmp_path / "handed-in"
    folder.mkdir()
    code = make_code(sesame.id, sesame.content_hash, SEED)
    (folder / "joiner.json").write_text(json.dumps(bot_results(sesame, code, 0).to_json()))
    old = {**_unsaid(outsider, KeyError), "version": 1}
    (folder / "outsider.json").write_text(json.dumps(old))
    table = tmp_path / "class.csv"
    assert main(["class", "report", str(folder), "--csv", str(table)]) == 0
    rows = {r["nickname"]: r for r in csv.DictReader(io.StringIO(table.read_text("utf-8-sig")))}
    assert rows["outsider"]["final_score"] == "" and rows["outsider"]["final_tier"] == "not joined"
