"""The evening's faces are the people its text names: every shipped level, played through by
a bot, shows a face for each character an evening names ('Wei paid back 150.') and no
face for anyone it does not name as a word."""

from __future__ import annotations

import re

import numpy as np
import pytest

from game.core.content.loader import load_level
from game.core.level import Level
from game.core.offers import offers
from game.paths import level_files
from game.sim.bots import random_bot
from game.ui.play import PlaySession
from game.ui.report import MAX_FACES, Report, evening_report, split_day

LEVELS = sorted(p.stem for p in level_files())


def _evenings(level: Level, seed: int) -> list[Report]:
    """Each evening's report of a run the random bot plays, made as the evening scene makes it."""
    session, rng, reports = PlaySession.start(level, seed), np.random.default_rng(seed), []
    while not session.world.ended:
        day, before = session.world.day, len(session.events)
        session.act(random_bot(session.world, offers(session.world), rng))
        if session.world.day == day and not session.world.ended:
            continue
        evening, morning = split_day(session.events[before:])
        told = {id(e) for e in session.mornings.get(day, [])}
        today = [
            e for e in session.events if e.day == day and e not in morning and id(e) not in told
        ]
        reports.append(evening_report(level, today or evening, morning, session.world, evening))
    return reports


def _names(name: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) is not None


@pytest.mark.parametrize("level_id", LEVELS)
def test_each_evening_shows_the_faces_of_the_people_it_names_and_no_others(level_id) -> None:
    level = load_level(next(p for p in level_files() if p.stem == level_id)).level
    for seed in (1, 2):
        for report in _evenings(level, seed):
            said = " ".join(report.lines + report.morning)
            faces = [c for c, _ in report.faces]
            for cid, character in level.characters.items():
                first = re.findall(r"\w+", character.name)[0]
                named = _names(character.name, said) or _names(first, said)
                assert cid not in faces or named, (character.name, said)
                if _names(character.name, said) and len(faces) < MAX_FACES:
                    assert cid in faces, (character.name, said)


def test_a_short_name_inside_a_longer_word_brings_no_face() -> None:
    from game.ui.report import _named_faces

    level = load_level(next(p for p in level_files() if p.stem == "citizen_score_2020")).level
    bo = next(c for c in level.characters.values() if c.name == "Bo")
    assert _named_faces(level, "Both of them paid.", {bo.id: "happy"}) == []
    assert _named_faces(level, "Bo paid.", {bo.id: "happy"}) == [(bo.id, "happy")]
