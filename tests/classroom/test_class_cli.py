"""`class new` prints a code students can use; `autoplay --session --results` writes the
same results file the game writes; bad codes are one line and a non-zero exit."""

from game.classroom.files import read_results
from game.cli.main import main


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
