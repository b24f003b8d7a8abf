"""A score of two states (on the court's list or not) read as its states: its 0 and 1 mean
nothing to a player, so the debrief names the tier where another level shows a number."""

from game.core.level import Level


def two_states(level: Level) -> bool:
    """Whether the score has only two values, each its own tier (listed or not listed)."""
    return level.spec.score.max - level.spec.score.min <= 1


def state_labels(level: Level) -> tuple[tuple[int, str], ...]:
    """Each value of a two-state score with its tier's label; empty for any other score."""
    if not two_states(level):
        return ()
    low, high = level.spec.score.min, level.spec.score.max
    return tuple((value, level.tier_for(value).label) for value in (low, high))


def state_reached(labels: tuple[tuple[int, str], ...], delta: int) -> str:
    """The state a change on a two-state score leads to: the high one for a rise."""
    return labels[-1][1] if delta > 0 else labels[0][1]


def state_runs(
    path: tuple[tuple[int, int], ...], labels: tuple[tuple[int, str], ...]
) -> list[tuple[str, int, int]]:
    """The run's days as stretches in one state: (label, first day, last day), in order."""
    named = dict(labels)
    runs: list[tuple[str, int, int]] = []
    for day, value in path:
        label = named.get(value, str(value))
        if runs and runs[-1][0] == label:
            runs[-1] = (label, runs[-1][1], day)
        else:
            runs.append((label, day, day))
    return runs


def runs_sentence(runs: list[tuple[str, int, int]]) -> str:
    """'Not listed from the start to day 3; Listed from day 4 to day 10.'"""
    parts = []
    for label, first, last in runs:
        start = "the start" if first == 0 else f"day {first}"
        if first == last:
            span = "at the start" if first == 0 else f"on day {first}"
        else:
            span = f"from {start} to day {last}"
        parts.append(f"{label} {span}")
    return "; ".join(parts) + "."
