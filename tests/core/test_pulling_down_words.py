"""The Friends tab's "Pulling your score down" line reads as plain sentences."""

import re
from dataclasses import replace
from pathlib import Path

from game.core.content.loader import load_level
from game.core.engine import new_world
from game.core.network import pulling_down
from game.core.rules.association import AssociationRule
from game.core.rules.friend_pull import FriendPullRule


def test_a_second_reason_for_one_person_pulling_you_down_starts_a_new_sentence():
    level = load_level(Path("levels/sesame_garden.yaml")).level
    world, _ = new_world(level, 1)
    both = {r.id for r in level.spec.rules if isinstance(r, AssociationRule | FriendPullRule)}
    world = replace(world, enabled_rules=world.enabled_rules | both)
    why = dict(pulling_down(world))["xiaoyu"]
    assert "below yours" in why and "contact below 500" in why
    assert not re.search(r";\s+[A-Z]", why), why
