"""The same seed and actions replay to the same events; records of changed levels are caught."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from game.cli.main import main
from game.core.events import describe
from game.core.record import SESSION_VERSION, replay
from game.sim.bots import BUILT_IN
from game.sim.runner import run_episode
from tests.conftest import FIXTURES


@pytest.mark.parametrize("strategy", sorted(BUILT_IN))
@pytest.mark.parametrize("seed", [0, 7, 12345])
def test_replaying_the_actions_gives_identical_events(all_features, strategy, seed):
    episode = run_episode(all_features, BUILT_IN[strategy], seed)
    _, events = replay(all_features, seed, list(episode.actions))
    assert tuple(events) == episode.events


def test_different_seeds_give_different_runs(all_features):
    runs = {run_episode(all_features, BUILT_IN["random"], s).events for s in range(4)}
    assert len(runs) == 4


def _record(tmp_path: Path, level: Path, strategy: str = "dissident") -> Path:
    out = tmp_path / "run.json"
    assert (
        main(["autoplay", str(level), "--strategy", strategy, "--seed", "5", "--record", str(out)])
        == 0
    )
    return out


def test_replay_command_accepts_its_own_record(tmp_path, capsys):
    record = _record(tmp_path, FIXTURES / "all_features.yaml")
    assert main(["replay", str(record), "--level", str(FIXTURES / "all_features.yaml")]) == 0
    assert "replay identical" in capsys.readouterr().out


def test_replay_command_prints_the_first_difference(tmp_path, capsys):
    record = _record(tmp_path, FIXTURES / "all_features.yaml")
    data = json.loads(record.read_text())
    data["events"][3] = data["events"][3].replace("day=1", "day=9")
    record.write_text(json.dumps(data))
    assert main(["replay", str(record), "--level", str(FIXTURES / "all_features.yaml")]) == 1
    assert "first difference at event 3" in capsys.readouterr().out


def test_replay_command_reports_a_changed_level(tmp_path, capsys):
    level = tmp_path / "lvl.yaml"
    level.write_text((FIXTURES / "all_features.yaml").read_text())
    record = _record(tmp_path, level)
    level.write_text(level.read_text().replace("price: 40", "price: 41"))
    assert main(["replay", str(record), "--level", str(level)]) == 1
    assert "changed since this record was made" in capsys.readouterr().err


@pytest.mark.parametrize(
    "content, message",
    [
        ("{not json", "not valid JSON"),
        ('{"kind": "citizen-score-session", "version": 99}', "newer than this game"),
        ('{"kind": "something-else", "version": 1}', "not a citizen-score-session file"),
        ('{"kind": "citizen-score-session", "version": 1, "seed": 1}', "missing field"),
    ],
)
def test_replay_command_refuses_broken_records_in_one_line(tmp_path, capsys, content, message):
    record = tmp_path / "bad.json"
    record.write_text(content)
    assert main(["replay", str(record)]) == 1
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err and err.count("\n") == 1


def test_a_record_with_a_seed_no_command_takes_is_refused(tmp_path, capsys):
    record = json.loads(_record(tmp_path, FIXTURES / "all_features.yaml").read_text())
    (tmp_path / "big.json").write_text(json.dumps({**record, "seed": 2**70}))
    assert main(["replay", str(tmp_path / "big.json"), "--level", "all_features"]) == 1
    assert "seed must be a whole number from 0 to 4294967295" in capsys.readouterr().err


def test_a_record_action_longer_than_any_id_is_refused_in_a_short_line(tmp_path, capsys):
    record = json.loads(_record(tmp_path, FIXTURES / "all_features.yaml").read_text())
    long = {**record, "actions": [["buy", "x" * 100_000]]}
    (tmp_path / "long.json").write_text(json.dumps(long))
    assert main(["replay", str(tmp_path / "long.json"), "--level", "all_features"]) == 1
    err = capsys.readouterr().err
    assert "unknown action ['buy', 'xxx" in err and len(err) < 200


def test_record_events_match_the_engine_description(all_features, tmp_path):
    record = json.loads(_record(tmp_path, FIXTURES / "all_features.yaml").read_text())
    episode = run_episode(all_features, BUILT_IN["dissident"], 5)
    assert record["events"] == [describe(e) for e in episode.events]
    assert record["version"] == SESSION_VERSION and record["seed"] == 5


def test_a_version_1_record_without_money_events_still_replays_identically(tmp_path, capsys):
    path = _record(tmp_path, FIXTURES / "all_features.yaml")
    data = json.loads(path.read_text())
    data["version"] = 1
    data["events"] = [e for e in data["events"] if not e.startswith("MoneyChanged(")]
    path.write_text(json.dumps(data))
    level = FIXTURES / "all_features.yaml"
    assert main(["replay", str(path), "--level", str(level)]) == 0
    assert "replay identical" in capsys.readouterr().out


def test_core_and_sim_never_import_pygame():
    code = (
        "import sys, game.core.engine, game.core.content.loader, game.sim.runner, game.cli.main; "
        "sys.exit('pygame' in sys.modules)"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
