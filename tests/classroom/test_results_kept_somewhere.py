"""A class game ends on a computer whose user folder cannot be written and whose teacher
cannot be reached: the results go to the temporary folder, to be handed in today; and if no
folder can take them, the student is not told to hand in a file that does not exist."""

import socket
import tempfile

import pytest

from game.classroom.code import make_code
from game.classroom.files import read_results
from game.classroom.finish import LOST_HINT, finish_level
from game.sim.bots import chooser_for
from game.sim.runner import run_episode


@pytest.fixture
def unwritable_home(tmp_path, monkeypatch):
    home = tmp_path / "home_is_a_file"
    home.write_text("not a folder")
    monkeypatch.setenv("CITIZEN_SCORE_HOME", str(home))
    return home


def dead_address() -> str:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return f"127.0.0.1:{s.getsockname()[1]}"


def finish(sesame):
    code = make_code(sesame.id, sesame.content_hash, 3, collect=dead_address())
    episode = run_episode(sesame, chooser_for(sesame, "conformist"), 3, bot_seed=1)
    return finish_level(
        code, "quiet-heron-5", sesame, 3, episode.actions, episode.outcome, timeout=1
    )


def test_results_the_user_folder_cannot_take_go_to_the_temporary_folder_to_hand_in(
    sesame, unwritable_home, tmp_path, monkeypatch
):
    spare = tmp_path / "tmp"
    spare.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(spare))
    done = finish(sesame)
    assert done.path is not None and done.path.is_relative_to(spare)
    assert read_results(done.path).nickname == "quiet-heron-5"
    lines = done.lines()
    assert lines[0] == f"Your results are saved in {done.path}"
    assert lines[1].endswith("so it went to a temporary folder: hand it in today")
    assert lines[2].endswith("Hand in the file instead.")


def test_results_no_folder_can_take_never_ask_for_a_hand_in(
    sesame, unwritable_home, tmp_path, monkeypatch
):
    monkeypatch.setattr(tempfile, "tempdir", str(unwritable_home))  # a file, not a folder
    lines = finish(sesame).lines()
    assert not any("Hand in" in line for line in lines), lines
    assert lines[-1] == LOST_HINT
