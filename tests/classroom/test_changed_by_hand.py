"""A results file edited by hand (a higher score, a goal ticked, a choice dropped) is not what
its own actions give when the engine replays them: the class report and the projector skip it
with one line naming its student, and count everyone else."""

from pathlib import Path

from game.classroom.code import make_code
from game.classroom.files import write_results
from game.classroom.levels import as_played
from game.classroom.results import Results
from game.classroom.source import report_from
from game.classroom.verify import CHANGED, replaying
from game.cli.main import main
from game.core.level import Level
from tests.classroom.conftest import bot_results


def raised(results: Results) -> Results:
    """The same student's file with its last score 100 points higher."""
    path = [*results.outcome.path]
    path[-1] = (path[-1][0], path[-1][1] + 100)
    return results.model_copy(update={"outcome": results.outcome.model_copy(update={"path": path})})


def test_results_the_game_wrote_replay_to_their_own_outcome(sesame: Level, class_results):
    kept, problems = replaying(class_results, sesame)
    assert kept == class_results and problems == []


def test_a_score_raised_by_hand_is_skipped_with_its_students_name(sesame: Level, class_results):
    forged = raised(class_results[0])
    kept, problems = replaying([forged, *class_results[1:]], sesame)
    assert kept == class_results[1:]
    assert problems == [f"{forged.nickname} ({_name(forged)}): {CHANGED}"]


def test_a_goal_ticked_by_hand_is_skipped(sesame: Level, class_results):
    first = class_results[0]
    goals = {g: ("met", day) for g, (_, day) in first.outcome.goals.items()}
    forged = first.model_copy(update={"outcome": first.outcome.model_copy(update={"goals": goals})})
    assert forged != first
    assert replaying([forged], sesame) == ([], [f"{forged.nickname} ({_name(forged)}): {CHANGED}"])


def test_an_action_dropped_by_hand_is_skipped(sesame: Level, class_results):
    first = class_results[1]
    forged = first.model_copy(update={"actions": first.actions[1:]})
    assert replaying([forged], sesame)[0] == []


def test_a_class_run_with_scores_hidden_replays_as_the_class_played_it(sesame: Level):
    code = make_code(sesame.id, sesame.content_hash, 7, hide_scores=True)
    students = [bot_results(as_played(sesame, code), code, i) for i in range(4)]
    assert replaying(students, sesame) == (students, [])


def test_results_of_another_version_of_the_level_are_kept_unchecked(class_results):
    assert replaying(class_results, None) == (class_results, [])


def test_class_report_skips_a_file_changed_by_hand_and_counts_the_rest(
    capsys, tmp_path: Path, sesame: Level
):
    code = make_code(sesame.id, sesame.content_hash, 7)
    honest = [bot_results(sesame, code, i) for i in range(3)]
    forged = raised(bot_results(sesame, code, 3))
    for item in [*honest, forged]:
        write_results(item, tmp_path / f"{item.nickname}.json")
    assert main(["class", "report", str(tmp_path)]) == 0
    captured = capsys.readouterr()
    assert (
        f"{forged.nickname} (" in captured.err and "changed after the game wrote it" in captured.err
    )
    assert ": 3 students (the line above says what to check)" in captured.out


def test_the_projector_leaves_out_a_file_changed_by_hand(tmp_path: Path, sesame: Level):
    code = make_code(sesame.id, sesame.content_hash, 7)
    honest = bot_results(sesame, code, 1)
    forged = raised(bot_results(sesame, code, 2))
    for item in (honest, forged):
        write_results(item, tmp_path / f"{item.nickname}.json")
    report, problems = report_from(str(tmp_path))
    assert report is not None and report.students == 1
    assert any(forged.nickname in p and "changed after the game wrote it" in p for p in problems)


def _name(results: Results) -> str:
    from game.classroom.files import results_name

    return results_name(results)
