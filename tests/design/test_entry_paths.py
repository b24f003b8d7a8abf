"""Paths in what designers read name list entries by id, or by place counted from 1 after a
`#`, never by Python's place counted from 0 (docs/levels.md, "Paths in messages")."""

from pathlib import Path

import pytest

from game.cli.main import main
from game.core.content.loader import load_level
from game.design.check_pacing import static_beats
from game.design.entry_paths import entry_path, named_in
from game.design.lint import lint_file
from tests.conftest import FIXTURES

ALL_FEATURES = (FIXTURES / "all_features.yaml").read_text(encoding="utf-8")


def _broken(tmp_path: Path, *changes: tuple[str, str]) -> Path:
    text = ALL_FEATURES
    for old, new in changes:
        assert old in text, old
        text = text.replace(old, new, 1)
    path = tmp_path / "broken.yaml"
    path.write_text(text, encoding="utf-8")
    return path


WRONG_DELTA = ("    delta: 20\n", "    delta: lots\n")
"""In the first rule, diapers_up."""
WRONG_MYTH = ("      myth: Playing games lowers your score.", "      myth: 5")
"""In the first debrief card, which has no id."""


def _validate(capsys: pytest.CaptureFixture[str], path: Path) -> str:
    assert main(["validate", "--brief", str(path)]) == 1
    return capsys.readouterr().out


def test_validate_names_a_rule_by_its_id(tmp_path: Path, capsys):
    out = _validate(capsys, _broken(tmp_path, WRONG_DELTA))
    assert "error: rules.diapers_up.delta: expected a whole number" in out, out
    assert "rules.0" not in out


def test_validate_names_an_entry_without_an_id_by_its_place_counted_from_one(
    tmp_path: Path, capsys
):
    out = _validate(capsys, _broken(tmp_path, WRONG_MYTH))
    assert "error: debrief.cards#1.myth: expected text" in out, out


def test_validate_names_an_option_of_a_prompt_by_both_ids(tmp_path: Path, capsys):
    typo = ("      - {id: decline, label: No thanks}", "      - {id: decline, labl: No thanks}")
    out = _validate(capsys, _broken(tmp_path, typo))
    assert "unknown key 'labl' in prompts.share_data.options.decline" in out, out


def test_an_entry_whose_id_another_entry_shares_is_named_by_its_place(tmp_path: Path, capsys):
    shared = ("  - id: games_down\n", "  - id: diapers_up\n")
    out = _validate(capsys, _broken(tmp_path, WRONG_DELTA, shared))
    assert "rules#1.delta: expected a whole number" in out, out


def test_lint_names_entries_as_validate_does(tmp_path: Path):
    messages = [p.message for p in lint_file(_broken(tmp_path, WRONG_DELTA, WRONG_MYTH))]
    assert any(m.startswith("rules.diapers_up.delta:") for m in messages), messages
    assert any(m.startswith("debrief.cards#1.myth:") for m in messages), messages


def test_numbers_and_addresses_that_are_no_path_in_the_level_are_left_as_written():
    data = {"rules": [{"id": "a", "sources": ["https://x.org/rules.0.delta"]}]}
    text = "rules.0.delta: must be at most 1, not 1.5; see https://x.org/rules.0.delta"
    assert named_in(text, data) == (
        "rules.a.delta: must be at most 1, not 1.5; see https://x.org/rules.0.delta"
    )
    assert named_in("items.0.price: too high", data) == "items.0.price: too high"


def test_a_path_to_a_source_counts_it_from_one():
    data = {"rules": [{"id": "a", "sources": ["https://x.org", "https://y.org"]}]}
    assert entry_path(data, ("rules", 0, "sources", 1)) == "rules.a.sources#2"


def test_a_deadline_beat_is_named_by_the_goal_that_sets_it(tmp_path: Path):
    deadline = (
        "    failed_if: {posted_tag: critical, not_flag: never}",
        "    failed_if: {day_at_least: 5}",
    )
    level = load_level(_broken(tmp_path, deadline)).level
    assert level is not None
    assert "something starts (goals.get_loan)" in static_beats(level.spec)[5]


def _simulate_set(capsys: pytest.CaptureFixture[str], setting: str) -> tuple[int, str, str]:
    argv = ["simulate", str(FIXTURES / "all_features.yaml"), "--runs", "1"]
    code = main([*argv, "--strategy", "random", "--set", setting])
    out, err = capsys.readouterr()
    return code, out, err


def test_simulate_set_takes_an_entry_without_an_id_by_its_place(capsys):
    code, out, err = _simulate_set(capsys, "items.phone_case.price_if#1.price=5,50")
    assert code == 0, err
    assert "items.phone_case.price_if#1.price =" in out


def test_simulate_set_refuses_a_place_past_the_list_naming_the_places_it_has(capsys):
    code, _, err = _simulate_set(capsys, "items.phone_case.price_if#2.price=5")
    assert code == 2
    assert "items.phone_case.price_if has 1 entry; name one as items.phone_case.price_if#1" in err


def test_simulate_set_suggests_the_place_from_one_for_a_number_in_a_list_without_ids(capsys):
    code, _, err = _simulate_set(capsys, "items.phone_case.price_if.0.price=5")
    assert code == 2
    assert "by its place counted from 1, like items.phone_case.price_if#1.price" in err, err


def test_simulate_set_names_the_entry_a_refused_value_broke_by_its_id(capsys):
    code, _, err = _simulate_set(capsys, "items.phone_case.price_if#1.price=-5")
    assert code == 2
    assert "items.phone_case.price_if#1.price: must be at least 0, not -5" in err, err
