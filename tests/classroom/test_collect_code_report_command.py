"""`class new --collect` prints the report command with the class database's place on this
computer, as `class new` without it does with FOLDER: the teacher had to find the database's
place (different on Windows, a Mac and Linux) in the guide."""

import shlex

from game.cli.main import main


def _printed(capsys, db) -> tuple[str, str]:
    args = ["class", "new", "sesame_garden", "--collect", "192.168.1.20:8765", "--db", str(db)]
    assert main(args) == 0
    out = capsys.readouterr().out
    return out.splitlines()[0].removeprefix("Session code: "), out


def test_a_collect_code_prints_the_report_command_with_its_database(capsys, tmp_path):
    db = tmp_path / "class.db"
    code, out = _printed(capsys, db)
    command = next(line.strip() for line in out.splitlines() if "class report" in line)
    assert shlex.split(command) == [
        "citizen-score",
        "class",
        "report",
        str(db),
        "--session",
        code,
        "--html",
        "report.html",
        "--csv",
        "class.csv",
        "--society",
    ]


def test_a_database_whose_place_has_a_space_is_one_word_of_the_printed_command(capsys, tmp_path):
    db = tmp_path / "Application Support" / "class.db"
    db.parent.mkdir()
    _, out = _printed(capsys, db)
    command = next(line.strip() for line in out.splitlines() if "class report" in line)
    assert shlex.split(command)[3] == str(db)
