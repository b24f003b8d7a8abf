"""Events made by hand for the evening report's tests."""

from game.core import events as ev


def score_change(delta: int, reason: str, after: int) -> ev.ScoreChanged:
    """A behaviour rule's change on day 1, landed, with this reason and the score after it."""
    return ev.ScoreChanged(
        1, delta, "behaviour", reason, "r", "f:1:1", "game", (), after, "Bought", 1
    )
