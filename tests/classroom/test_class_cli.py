"""`class new` prints a code students can use; `autoplay --session --results` writes the
same results file the game writes; bad codes are one line and a non-zero exit."""

from game.classroom.code import make_code
from game.classroom.files import read_results
from game.cli.main import main
from tests.conftest import run_with_stdout_closed


def new_code(capsys, *extra: str) -> str:
    assert main(["class", "new", "sesame_garden", *extra]) == 0
    out = capsys.readouterr().out
    return out.splitlines()[0].removeprefix("Session code: ")


def test_class_new_prints_a_code_and_how_students_join(capsys):
    assert main(["class", "new", "sesame_garden", "--seed", "5"]) == 0
    out = capsys.readouterr().out
    code = out.splitlines()[0].removeprefix("Session code: ")
    assert code.startswith("CS-") and f"play --session {code}" in out


def test_a_collect_code_is_registered_for_the_server(capsys, tmp_path):
    from game.classroom.store import Store

    code = new_code(capsys, "--collect", "127.0.0.1:8765", "--db", str(tmp_path / "c.db"))
    assert Store(tmp_path / "c.db").sessions() == {code: "sesame_garden"}


def test_autoplay_with_a_session_writes_a_results_file_for_that_scenario(capsys, tmp_path):
    code = new_code(capsys, "--seed", "9")
    out = tmp_path / "me.json"
    status = main(
        [
            "autoplay",
            "--session",
            code,
            "--strategy",
            "conformist",
            "--results",
            str(out),
            "--nickname",
            "quiet-heron-12",
        ]
    )
    assert status == 0
    results = read_results(out)
    assert (results.session, results.seed, results.nickname) == (code, 9, "quiet-heron-12")
    assert results.outcome.ended and results.actions


def test_a_mistyped_code_is_one_line_and_exit_1(capsys):
    code = new_code(capsys)
    typo = code[:-1] + ("A" if code[-1] != "A" else "B")
    assert main(["autoplay", "--session", typo]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [
        "citizen-score autoplay: session code: this code has a typo: check each character against the board"
    ]


def test_a_real_name_shaped_nickname_with_symbols_is_refused(capsys):
    code = new_code(capsys)
    assert main(["autoplay", "--session", code, "--nickname", "<b>Ann</b>"]) == 2
    assert "nickname is 1 to 24" in capsys.readouterr().err


def test_serving_on_every_network_prints_the_dashboard_at_the_codes_address():
    from game.classroom.code import make_code
    from game.cli.class_cmd import dashboard_url

    code = make_code("sesame_garden", "d606d29f" * 8, 1, collect="192.168.1.20:8765")
    url = dashboard_url("http://0.0.0.0:8765/", 8765, [code.text])
    assert url == "http://192.168.1.20:8765/"


def test_serving_on_one_address_prints_that_address():
    from game.classroom.code import make_code
    from game.cli.class_cmd import dashboard_url

    code = make_code("sesame_garden", "d606d29f" * 8, 1, collect="192.168.1.20:8765")
    assert dashboard_url("http://127.0.0.1:8765/", 8765, [code.text]) == "http://127.0.0.1:8765/"


def test_a_report_over_two_sessions_says_they_are_counted_together(capsys, tmp_path, sesame):
    from game.classroom.files import write_results
    from tests.classroom.conftest import bot_results

    for seed, folder in ((3, "monday"), (4, "tuesday")):
        code = make_code(sesame.id, sesame.content_hash, seed)
        for i in range(2):
            write_results(bot_results(sesame, code, i), tmp_path / folder / f"{i}.json")
    assert main(["class", "report", str(tmp_path / "monday"), str(tmp_path / "tuesday")]) == 0
    err = capsys.readouterr().err
    assert "these results come from 2 sessions" in err and "add --session CODE" in err


def test_a_report_of_one_session_adds_no_note(capsys, tmp_path, sesame):
    from game.classroom.files import write_results
    from tests.classroom.conftest import bot_results

    code = make_code(sesame.id, sesame.content_hash, 3)
    for i in range(2):
        write_results(bot_results(sesame, code, i), tmp_path / f"{i}.json")
    assert main(["class", "report", str(tmp_path)]) == 0
    assert capsys.readouterr().err == ""


def test_every_class_command_option_says_what_it_does_in_its_help():
    import argparse

    from game.cli.class_cmd import add_arguments

    parser = argparse.ArgumentParser()
    add_arguments(parser)
    (sub,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    bare = [
        f"class {name} {action.dest}"
        for name, command in sub.choices.items()
        for action in command._actions
        if not isinstance(action, argparse._HelpAction) and not action.help
    ]
    assert bare == []


def test_a_report_of_one_class_and_a_file_without_a_code_adds_no_note(capsys, tmp_path, sesame):
    from game.classroom.files import write_results
    from tests.classroom.conftest import bot_results

    code = make_code(sesame.id, sesame.content_hash, 3)
    for i in range(2):
        write_results(bot_results(sesame, code, i), tmp_path / f"{i}.json")
    continued = bot_results(sesame, code, 2).model_copy(update={"session": ""})
    write_results(continued, tmp_path / "continued.json")
    assert main(["class", "report", str(tmp_path)]) == 0
    out, err = capsys.readouterr()
    assert "3 students" in out and err == ""


def test_a_collect_code_is_registered_even_when_its_output_is_cut_short(tmp_path):
    from game.classroom.store import Store

    db = tmp_path / "c.db"
    new = ["class", "new", "sesame_garden", "--collect", "192.168.1.20:8765", "--db", str(db)]
    assert run_with_stdout_closed(new).returncode == 0
    assert list(Store(db).sessions().values()) == ["sesame_garden"]


def test_the_report_files_are_written_even_when_its_output_is_cut_short(
    tmp_path, sesame, class_results
):
    from game.classroom.files import write_results

    for r in class_results:
        write_results(r, tmp_path / "in" / f"{r.nickname}.json")
    html, csv_path = tmp_path / "report.html", tmp_path / "class.csv"
    report = ["class", "report", str(tmp_path / "in"), "--html", str(html), "--csv", str(csv_path)]
    run_with_stdout_closed(report)
    assert html.is_file() and csv_path.is_file()


def test_a_report_of_one_student_says_student(capsys, tmp_path, sesame, class_results):
    from game.classroom.files import write_results

    write_results(class_results[0], tmp_path / "one.json")
    assert main(["class", "report", str(tmp_path)]) == 0
    assert ": 1 student\n" in capsys.readouterr().out


def test_a_one_class_report_keeps_a_file_without_a_code_from_that_classs_scenario(
    capsys, tmp_path, sesame
):
    from game.classroom.files import write_results
    from tests.classroom.conftest import bot_results

    code = make_code(sesame.id, sesame.content_hash, 3)
    write_results(bot_results(sesame, code, 0), tmp_path / "sent.json")
    continued = bot_results(sesame, code, 1).model_copy(update={"session": ""})
    write_results(continued, tmp_path / "continued.json")
    assert main(["class", "report", str(tmp_path), "--session", code.text]) == 0
    assert "2 students" in capsys.readouterr().out


def test_a_one_class_report_skips_a_file_without_a_code_from_another_seed(capsys, tmp_path, sesame):
    from game.classroom.files import write_results
    from tests.classroom.conftest import bot_results

    code = make_code(sesame.id, sesame.content_hash, 3)
    write_results(bot_results(sesame, code, 0), tmp_path / "sent.json")
    other = make_code(sesame.id, sesame.content_hash, 4)
    write_results(
        bot_results(sesame, other, 1).model_copy(update={"session": ""}), tmp_path / "x.json"
    )
    assert main(["class", "report", str(tmp_path), "--session", code.text]) == 0
    out, err = capsys.readouterr()
    assert "1 student (the line above says" in out
    assert "x.json: played without a session code" in err


def test_a_database_given_without_collect_is_refused_in_one_line_that_says_what_to_do(
    capsys, tmp_path
):
    db = tmp_path / "broken.db"
    db.write_text("not a database")
    assert main(["class", "new", "sesame_garden", "--db", str(db)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.strip().splitlines() == [
        "citizen-score class: --db only goes with --collect: a code without it sends nothing "
        "to a database; drop --db, or add --collect HOST:PORT"
    ]


def test_serving_on_an_address_this_computer_does_not_have_says_which_host_to_use(capsys, tmp_path):
    db = str(tmp_path / "c.db")
    new_code(capsys, "--collect", "192.168.1.20:8765", "--db", db)
    capsys.readouterr()
    assert main(["class", "serve", "--host", "203.0.113.77", "--port", "8765", "--db", db]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("citizen-score class: cannot listen on 203.0.113.77")
    assert err[0].endswith(
        "use --host 0.0.0.0 for the school network, or 127.0.0.1 for this computer only"
    )


def test_a_code_that_ends_in_a_symbol_names_a_seed_whose_code_ends_in_a_letter_or_digit(
    capsys, sesame
):
    # any 37 seeds in a row hold four codes that end in a symbol
    ends = {seed: make_code(sesame.id, sesame.content_hash, seed).text[-1] for seed in range(37)}
    symbol = min(seed for seed, end in ends.items() if not end.isalnum())
    assert main(["class", "new", "sesame_garden", "--seed", str(symbol)]) == 0
    note = capsys.readouterr().err.strip().splitlines()[-1]
    assert note.startswith(f"citizen-score class: note: this code ends in '{ends[symbol]}'")
    plain = int(note.rsplit("--seed ", 1)[1])
    assert main(["class", "new", "sesame_garden", "--seed", str(plain)]) == 0
    captured = capsys.readouterr()
    assert captured.out.splitlines()[0][-1].isalnum() and "note:" not in captured.err


def test_a_files_only_code_prints_the_report_command_for_that_class_only(capsys):
    assert main(["class", "new", "sesame_garden", "--seed", "2"]) == 0
    out = capsys.readouterr().out
    code = out.splitlines()[0].removeprefix("Session code: ")
    report = next(line for line in out.splitlines() if "class report" in line)
    assert f"--session {code}" in report
