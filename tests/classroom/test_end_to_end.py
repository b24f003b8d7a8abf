"""A class of 30 bot students on loopback: each finishes through the game's own code (file
first, then a post); the report from the server's database equals the one from the files.
All post from one address, as a class behind one router does, under the default limits;
each plays on its own computer account (its own user folder, so its own seat)."""

from game.classroom.finish import finish_level
from game.classroom.gather import gather
from game.classroom.report import build_report
from game.classroom.server import Limits
from game.sim.bots import chooser_for
from game.sim.runner import run_episode

from .conftest import STRATEGIES

CLASS_SIZE = 30


def test_thirty_students_post_and_the_database_report_equals_the_files_report(
    serve, sesame, tmp_path, monkeypatch
):
    running = serve({}, Limits())
    code = running.collect_code(sesame, seed=11)
    running.store.add_session(code.text, sesame.id)
    files = tmp_path / "handed_in"
    for student in range(CLASS_SIZE):
        monkeypatch.setenv("CITIZEN_SCORE_HOME", str(tmp_path / f"computer-{student:02d}"))
        strategy = STRATEGIES[student % len(STRATEGIES)]
        episode = run_episode(sesame, chooser_for(sesame, strategy), code.seed, bot_seed=student)
        finished = finish_level(
            code,
            f"pupil-{student:02d}",
            sesame,
            code.seed,
            episode.actions,
            episode.outcome,
            strategy,
            files / f"pupil-{student:02d}.json",
        )
        assert finished.delivery is not None and finished.delivery.ok, finished.lines()
    from_db = gather([running.store.path])
    from_files = gather([files])
    assert from_db.problems == [] and from_files.problems == []
    assert len(from_db.results) == CLASS_SIZE
    report = build_report(from_db.results, sesame)
    assert report == build_report(from_files.results, sesame)
    assert report.students == CLASS_SIZE and len(report.prompts) == 3
    assert running.store.counts()[code.text] == {"joined": CLASS_SIZE, "finished": CLASS_SIZE}
