"""`class new` made again for a code with one result (a test game played through before the
lesson) says "1 result", not "1 results"."""

from game.cli.main import main


def test_a_code_made_again_after_the_one_machine_test_says_1_result(
    capsys, tmp_path, class_results
):
    from game.classroom.store import Store

    db = tmp_path / "c.db"
    args = ["class", "new", "sesame_garden", "--seed", "7", "--collect", "192.168.1.20:8765"]
    assert main([*args, "--db", str(db)]) == 0
    code = capsys.readouterr().out.splitlines()[0].removeprefix("Session code: ")
    store = Store(db)
    store.add_results(class_results[0].model_copy(update={"session": code}))
    store.close()
    assert main([*args, "--db", str(db)]) == 0
    assert "already holds 1 result for this code" in capsys.readouterr().err
