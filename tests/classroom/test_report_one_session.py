"""`class report --session` keeps one class: a second, other code is refused before
anything is read, rather than the last one alone being counted without a word."""

from game.classroom.code import make_code
from game.classroom.files import write_results
from game.cli.main import main
from game.core.level import Level


def test_two_session_codes_for_one_report_are_refused_in_one_line(sesame: Level, tmp_path, capsys):
    one, other = (make_code(sesame.id, sesame.content_hash, seed).text for seed in (1, 2))
    argv = ["class", "report", str(tmp_path), "--session", one, "--session", other]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--session once" in err


def test_one_session_code_given_twice_is_one_class(sesame: Level, class_results, tmp_path):

    for r in class_results:
        write_results(r, tmp_path / f"{r.nickname}.json")
    code = class_results[0].session
    assert main(["class", "report", str(tmp_path), "--session", code, "--session", code]) == 0
