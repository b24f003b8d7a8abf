"""A student who plays the class level again (Play again) has a second game refused by the
teacher's server: the game says the first one counts, rather than asking for a hand-in that
the report would count as a second student."""

from game.classroom.finish import finish_level
from game.sim.bots import chooser_for
from game.sim.runner import run_episode


def finish_as(sesame, code, strategy: str, folder):
    episode = run_episode(sesame, chooser_for(sesame, strategy), code.seed, bot_seed=1)
    return finish_level(
        code,
        "brave-owl-7",
        sesame,
        code.seed,
        episode.actions,
        episode.outcome,
        strategy,
        folder / f"{strategy}.json",
    )


def test_a_second_game_under_the_same_nickname_is_told_the_first_one_counts(
    serve, sesame, tmp_path
):
    running = serve()
    code = running.collect_code(sesame, seed=5)
    running.store.add_session(code.text, sesame.id)
    assert finish_as(sesame, code, "conformist", tmp_path).delivery.ok
    again = finish_as(sesame, code, "dissident", tmp_path)
    assert again.lines()[1:] == [
        "Not sent: your teacher already has other results from 'brave-owl-7'. If you played "
        "this level before, that game counts and you are done. If not, hand in the file instead."
    ]
