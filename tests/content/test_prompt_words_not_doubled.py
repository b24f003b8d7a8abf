"""A question whose default the game marks 'Already ticked for you' needs no 'the box is
already ticked' in its own text: the player read it twice, one line apart."""

import pytest

from game.classroom.levels import shipped_levels

LEVELS = shipped_levels()


@pytest.mark.parametrize("level", LEVELS, ids=lambda lv: lv.id)
def test_no_question_with_a_default_says_its_box_is_already_ticked(level):
    doubled = [p.id for p in level.spec.prompts if p.default and "already ticked" in p.text]
    assert not doubled
