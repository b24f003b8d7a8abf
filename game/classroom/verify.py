"""Results a class report can trust: the outcome a student's file carries is the one its own
actions give when the engine replays them on the level (the seed and actions are in the file).

A results file is plain JSON, so a student can raise their score, tick a goal or drop a choice
by hand; the report would then show the class something nobody played. Replaying costs a few
milliseconds a student. Results played on a version of the level this computer does not have
cannot be replayed; the report already says it shows those by their ids.
"""

from collections.abc import Iterable, Sequence

from game.classroom.code import CodeError, decode
from game.classroom.files import results_name
from game.classroom.gather import Gathered, note_played_again
from game.classroom.levels import as_played
from game.classroom.report import level_played
from game.classroom.results import Results, outcome_data
from game.core.level import Level
from game.core.outcome import Outcome, outcome_of
from game.core.record import action_from_json

CHANGED = (
    "skipped: its score and choices are not what its own actions give on this level, so the "
    "file was changed after the game wrote it; ask its student to play again"
)


def replayed(results: Results, level: Level) -> str | None:
    """Why these results are not what their actions give on `level` (the version they name),
    or None when they are."""
    return _checked(results, level)[1]


def _checked(results: Results, level: Level) -> tuple[Results, str | None, Outcome | None]:
    """The results as replayed (a version 1 file, which did not say whether its student
    joined an opt-in score, told by the replay), why they are not what their actions give
    (or None), and the replay's outcome (None when the actions could not be read)."""
    try:
        actions = [action_from_json(a) for a in results.actions]
    except ValueError as exc:
        problem = f"skipped: one of its actions is not an action of the game ({exc})"
        return results, problem, None
    played = outcome_of(_as_the_class_saw_it(level, results.session), results.seed, actions)
    expected = outcome_data(played)
    if results.outcome.joined is None:  # version 1 did not say: the replay does
        said = results.outcome.model_copy(update={"joined": expected.joined})
        if expected != said:
            return results, CHANGED, played
        return results.model_copy(update={"outcome": said}), None, played
    if expected != results.outcome:
        return results, CHANGED, played
    return results, None, played


def _as_the_class_saw_it(level: Level, session: str) -> Level:
    """The level as the session's code had it played (scores hidden, say): what it shows
    changes some of the words the outcome keeps."""
    try:
        return as_played(level, decode(session)) if session else level
    except CodeError:
        return level


def replaying(results: Sequence[Results], level: Level | None) -> tuple[list[Results], list[str]]:
    """The results that replay to their own outcome, and one line for each that does not
    (named as the game names its file). With no level (another version of it) every result
    is kept as it is."""
    kept, problems = _replayed(Gathered(list(results)), level)
    return kept.results, problems


def _replayed(found: Gathered, level: Level | None) -> tuple[Gathered, list[str]]:
    """The gathered results that replay to their own outcome, with where each was read, and
    one line for each that does not, naming where it was read (the file the teacher has)."""
    if level is None:
        return found, []
    kept, problems = Gathered(), []
    for i, item in enumerate(found.results):
        where = found.origins[i] if i < len(found.origins) else results_name(item)
        problem, played = None, None
        if item.level_hash == level.content_hash:
            item, problem, played = _checked(item, level)
        if problem is None:
            kept.results.append(item)
            kept.origins.append(where)
            if played is not None:  # the chart's days with a score: no second replay
                kept.scored[item.digest] = frozenset(d for d, _ in played.scored_path)
        else:
            problems.append(f"{item.nickname} ({where}): {problem}")
    return kept, problems


def trusted(found: Gathered, levels: Iterable[Level]) -> tuple[Level | None, Gathered, str | None]:
    """The level the gathered results were played on (None when this computer has another
    version of it, with the note that says so) and the results that replay to their own
    outcome; the lines for those that do not join the other skipped inputs."""
    if not found.results:
        return None, found, None
    level, other_version = level_played(found.results[0], levels)
    kept, changed = _replayed(found, level)
    problems = [*found.problems, *changed]
    places = [*kept.origins, *map(results_name, kept.results[len(kept.origins) :])]
    note_played_again(list(zip(places, kept.results, strict=False)), problems)
    checked = Gathered(kept.results, problems, kept.origins, kept.scored)
    return level, checked, other_version
