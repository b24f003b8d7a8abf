"""The debrief's invented-number sentences read as sentences: one closing stop after a quote
that has its own ("'Quiet driver.'", not "'Quiet driver.'."), and a streak whose reason counts
its days is not told them twice ('A streak needs 3 days in a row: three night shifts in a
row')."""

import re

import pytest

from game.core.content.loader import load_level
from game.design.invented import invented_numbers
from game.paths import level_files


def _sentences() -> list[tuple[str, str, str]]:
    out = []
    for path in level_files():
        spec = load_level(path).level.spec
        out += [(spec.meta.id, n.where, n.sentence) for n in invented_numbers(spec)]
    return out


SENTENCES = _sentences()


def test_no_invented_sentence_ends_with_a_stop_after_a_quote_s_own_stop():
    doubled = [s for s in SENTENCES if re.search(r"[.!?]['\"\u2019\u201d]\.$", s[2])]
    assert not doubled, doubled


def test_every_invented_sentence_ends_with_one_stop():
    unclosed = [s for s in SENTENCES if not re.search(r"[.!?)]['\"\u2019\u201d]?$", s[2])]
    assert not unclosed, unclosed


def test_a_streak_that_counts_its_own_days_is_not_told_them_again():
    streaks = {(lv, where): s for lv, where, s in SENTENCES if "streak" in s.lower()}
    assert streaks[("gig_street", "rule night_owl")] == (
        "A streak of 3: three night shifts in a row: 'Night Owl' badge and a small boost."
    )
    twice = [s for s in streaks.values() if re.match(r"A streak needs \d+ days in a row: three", s)]
    assert not twice, twice


@pytest.mark.parametrize("level_id", ["gig_street"])
def test_a_quoted_reason_keeps_its_own_stop(level_id):
    said = {where: s for lv, where, s in SENTENCES if lv == level_id}
    assert said["prompt stay_quiet"] == "-0.03: Rider: 4 stars. 'Quiet driver.'"
