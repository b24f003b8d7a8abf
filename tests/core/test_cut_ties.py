"""A character who drops a low-scoring player says why in what the regime shows the player."""

import dataclasses
import re

from game.core import events as ev
from game.core.content.loader import load_level
from game.core.network import cut_ties_reason
from game.paths import levels_dir
from game.sim.bots import chooser_for
from game.sim.runner import run_episode


def _with_display(level, display: str):
    score = level.spec.score.model_copy(update={"display": display})
    return dataclasses.replace(level, spec=level.spec.model_copy(update={"score": score}))


def test_on_a_court_list_a_friend_who_cuts_you_names_your_status_and_no_number():
    level = load_level(levels_dir() / "the_list.yaml").level
    episode = run_episode(level, chooser_for(level, "conformist"), seed=1)
    reasons = [e.reason for e in episode.events
               if isinstance(e, ev.FriendLost) and e.reason != ev.REMOVED_BY_PLAYER]  # fmt: skip
    assert reasons, "the conformist run is listed and loses Ms Chen"
    for reason in reasons:
        assert "Listed" in reason and not re.search(r"\d", reason), reason


def test_where_the_number_is_shown_the_reason_names_the_line_crossed(all_features):
    spec = all_features.spec.score
    reason = cut_ties_reason(all_features, spec.min, spec.min + 20)
    assert f"{spec.name} is below {spec.shown(spec.min + 20)}" in reason


def test_a_hidden_score_stays_hidden_when_a_friend_cuts_you(all_features):
    hidden = _with_display(all_features, "hidden")
    reason = cut_ties_reason(hidden, hidden.spec.score.min, hidden.spec.score.min + 20)
    assert not re.search(r"\d", reason) and hidden.spec.score.name in reason
