"""The paths in `validate`, `lint` and `simulate --set` messages are rewritten from the
loader's `rules.3.delta` to the designer's `rules.critical_down.delta` by a pattern over the
message text. Hostile text in a message must not turn that into a wrong quote, a long wait
or a traceback: the designer's own words quoted in a message stay as written, a run of
thousands of `.1` steps is given up at once, and a step of thousands of digits is left as
written."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from game.cli.main import main
from game.design.entry_paths import named_in
from tests.conftest import FIXTURES
from tests.hostile.budget import examples

ALL_FEATURES = (FIXTURES / "all_features.yaml").read_text(encoding="utf-8")
DATA = {"rules": [{"id": "diapers_up", "delta": 20}, {"id": "games_down", "delta": -5}]}


def test_a_value_quoted_in_a_message_keeps_the_words_the_designer_wrote(tmp_path: Path, capsys):
    path = tmp_path / "quoted.yaml"
    path.write_text(
        ALL_FEATURES.replace("  display: exact", '  display: "see rules.1 now"', 1),
        encoding="utf-8",
    )
    assert main(["validate", "--brief", str(path)]) == 1
    out = capsys.readouterr().out
    assert "'see rules.1 now' is not allowed" in out, out


def test_a_path_outside_quotes_is_still_written_by_id():
    said = named_in("rules.1.delta: 'rules.1' is not a number", DATA)
    assert said == "rules.games_down.delta: 'rules.1' is not a number"


@pytest.mark.parametrize("end", ["é", ".é", "x"])
def test_a_message_of_20000_numbered_steps_that_lead_nowhere_is_read_at_once(end: str):
    text = "rules" + ".1" * 20_000 + end
    start = time.monotonic()
    assert named_in(text, DATA) == text
    assert time.monotonic() - start < 0.5  # every split of the run was tried: minutes


def test_a_step_of_5000_digits_is_left_as_written():
    text = "see rules." + "9" * 5000 + ".delta"
    assert named_in(text, DATA) == text


@given(st.text(alphabet=st.sampled_from("rules.0129#'\" é_xa"), max_size=300))
@settings(max_examples=examples(60), deadline=None)
def test_named_in_never_raises_and_changes_only_paths_into_the_level(text: str):
    said = named_in(text, DATA)
    if "rules." not in text:
        assert said == text


@pytest.mark.parametrize(
    "text",
    ["'" + "\\'" * 80_000, '"' + '\\"' * 80_000, " '" * 80_000, "'" * 80_000, " '\\\\" * 40_000],
    ids=["escaped quotes", "escaped double quotes", "spaced quotes", "quotes", "backslashes"],
)
def test_a_message_of_80000_quotes_is_read_at_once(text: str):
    start = time.monotonic()
    assert named_in(text, DATA) == text
    assert time.monotonic() - start < 0.5  # each escaped quote read to the end: 88 s


def test_an_escaped_quote_inside_a_quoted_value_does_not_end_it():
    said = named_in("rules.1.delta: 'it\\'s rules.1' and rules.1", DATA)
    assert said == "rules.games_down.delta: 'it\\'s rules.1' and rules.games_down"
