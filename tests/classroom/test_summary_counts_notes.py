"""The report's last line counts its notes among the lines to check: with a file counted
once and a note that two codes are counted together, it said "the line above: nothing to
do", two lines below a note asking for --session."""

from game.classroom.code import make_code
from game.classroom.files import write_results
from game.cli.main import main
from tests.classroom.conftest import bot_results


def test_a_note_of_two_codes_is_counted_as_a_line_to_check(tmp_path, sesame, capsys):
    folder = tmp_path / "stick"
    ours, theirs = (make_code(sesame.id, sesame.content_hash, seed) for seed in (7, 8))
    first = bot_results(sesame, ours, 0)
    write_results(first, folder / "a.json")
    write_results(first, folder / "a copy.json")
    write_results(bot_results(sesame, theirs, 1), folder / "b.json")
    assert main(["class", "report", str(folder)]) == 0
    captured = capsys.readouterr()
    assert "counted together; for one class only, add --session CODE" in captured.err
    assert "2 students (1 of the 2 lines above says what to check)" in captured.out
