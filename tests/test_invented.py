"""Invented numbers are generated from the rules, and hand-written text about them matches."""

import re
from collections.abc import Iterator

import pytest

from game.core.content.loader import load_level
from game.core.level_spec import LevelSpec
from game.core.rules.base import RuleBase
from game.core.spec.base import SOURCED_EVIDENCE, Evidence
from game.core.spec.effects import DirectScore
from game.design.invented import GAME_MARK, invented_numbers
from game.design.walk import walk
from game.paths import level_files, levels_dir

LEVELS = level_files()
NUMBER = re.compile(r"(?<![\w.])([+-]?)(\d[\d,]*(?:\.\d+)?)(%?)")
SIGNED_KEYS = frozenset({"delta", "income", "actions", "money", "score"})


def _spec(level_id: str) -> LevelSpec:
    result = load_level(levels_dir() / f"{level_id}.yaml")
    assert result.ok, [p.format() for p in result.problems]
    return result.level.spec


@pytest.fixture(scope="module", params=LEVELS, ids=[p.stem for p in LEVELS])
def spec(request) -> LevelSpec:
    result = load_level(request.param)
    assert result.ok, [p.format() for p in result.problems]
    return result.level.spec


def _values(data: object, key: str = "") -> Iterator[tuple[str, float]]:
    if isinstance(data, dict):
        for k, v in data.items():
            yield from _values(v, str(k))
    elif isinstance(data, list | tuple):
        for v in data:
            yield from _values(v, key)
    elif isinstance(data, int | float) and not isinstance(data, bool):
        yield key, data


def _known(spec: LevelSpec) -> tuple[set[float], set[float], set[float]]:
    """Every number in the level, the signed changes, and the chances as percentages."""
    values = list(_values(spec.model_dump()))
    plain = {abs(v) for _, v in values}
    plain |= {v / 10**spec.score.decimals for v in plain}
    signed = {v for k, v in values if k in SIGNED_KEYS}
    percent = {round(v * 100) for _, v in values if isinstance(v, float) and 0 < v < 1}
    return plain, signed, percent


def _mismatches(text: str, spec: LevelSpec) -> list[str]:
    plain, signed, percent = _known(spec)
    wrong = []
    for sign, digits, pct in NUMBER.findall(text):
        value = float(digits.replace(",", ""))
        if not pct and not sign and 1900 <= value <= 2099:
            continue  # a year
        if pct:
            ok = value in percent
        elif sign:
            ok = (value if sign == "+" else -value) in signed
        else:
            ok = value in plain
        if not ok:
            wrong.append(f"{sign}{digits}{pct}")
    return wrong


def _hand_written_game_text(spec: LevelSpec) -> Iterator[str]:
    if spec.debrief.invented:
        yield spec.debrief.invented
    for card in spec.debrief.cards:
        if card.evidence == Evidence.GAME:
            yield card.reality


def test_every_number_in_hand_written_game_text_is_in_the_level(spec):
    for text in _hand_written_game_text(spec):
        assert not _mismatches(text, spec), (_mismatches(text, spec), text)


def test_a_number_that_is_not_in_the_level_is_caught():
    spec = _spec("citizen_score_2020")
    assert _mismatches("-8 per debtor friend; camera 45%; +6 shares", spec) == ["-8", "45%", "+6"]


def test_a_sourced_score_change_says_when_its_number_is_invented(spec):
    """A real figure is written in the reason; an invented one says 'game number'."""
    if spec.score.max - spec.score.min <= 1:
        return  # listed or not listed: plus and minus one are switches
    for path, model in walk(spec):
        sourced = isinstance(model, RuleBase | DirectScore) and model.evidence in SOURCED_EVIDENCE
        if sourced and model.delta and GAME_MARK not in model.reason.lower():
            stated = [float(d.replace(",", "")) for _, d, _ in NUMBER.findall(model.reason)]
            assert abs(model.delta) in stated, (path, model.reason)


def test_game_and_press_numbers_are_listed_with_a_sentence():
    listed = {
        (n.where, n.number): n.sentence for n in invented_numbers(_spec("citizen_score_2020"))
    }
    assert ("rule praise_up", "+15") in listed
    assert ("rule camera_jaywalk", "25%") in listed
    assert ("tier model_citizen", "680") in listed
    assert listed[("rule praise_up", "+15")].startswith("+15 points: Praising")


def test_a_real_figure_written_in_its_reason_is_not_listed():
    listed = {n.where for n in invented_numbers(_spec("model_city"))}
    assert "rule volunteer_points" not in listed
    assert "rule suining_stall" in listed


def test_a_listed_or_not_listed_level_has_no_invented_points():
    spec = _spec("the_list")
    assert not [n for n in invented_numbers(spec) if n.number in {"+1", "-1"}]
