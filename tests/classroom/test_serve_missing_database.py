"""`class serve --db NAME` with a name typed wrong: said at once, with the database this
computer has, and no empty database is left under the wrong name."""

from pathlib import Path

from game.cli.main import main


def test_serving_a_database_that_is_not_there_names_this_computers_and_makes_none(
    tmp_path: Path, user_home, capsys
):
    typo = tmp_path / "clas.db"
    assert main(["class", "serve", "--port", "1", "--db", str(typo)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no such class database" in err and "class.db" in err
    assert not typo.exists()
