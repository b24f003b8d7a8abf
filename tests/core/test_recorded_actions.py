"""A recorded run (replay, results file) can name every verb the engine dispatches."""

from game.core.actions import Action
from game.core.record import action_from_json
from game.core.verbs import VERBS


def test_every_registered_verb_reads_back_from_a_record() -> None:
    for name in VERBS:
        action = Action(name, "someone", "something")
        assert action_from_json(action.to_json()) == action
