"""Choosers tests play with beside the built-in bots, for cases no bot plays on purpose."""

from collections.abc import Sequence

import numpy as np

from game.core.actions import END_DAY, Action
from game.core.verbs import Offer
from game.core.world import World

STAYING_OUT = frozenset({"stay_out", "still_out", "report_untick"})
"""Sesame Garden's answers that keep the player out of the score."""


def stays_out_of_sesame(world: World, offers: Sequence[Offer], rng: np.random.Generator) -> Action:
    """Stays out when asked to join, unticks the annual report's box that would sign them
    up, and does nothing else: a run that never has a score."""
    answers = [o.action for o in offers if o.action.verb == "answer"]
    return next((a for a in answers if a.option in STAYING_OUT), END_DAY)
