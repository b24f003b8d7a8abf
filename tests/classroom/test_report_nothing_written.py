"""`class report FOLDER` without --html or --csv prints the class's summary and writes no
file: it says so, and how to ask for the page and the table, since a teacher who made the
report and looked for the page found nothing and no word of why."""

from game.classroom.code import make_code
from game.classroom.files import write_results
from game.cli.class_cmd import NOTHING_WRITTEN
from game.cli.main import main
from tests.classroom.conftest import bot_results


def test_a_report_without_html_or_csv_says_no_file_was_written_and_how_to_ask_for_one(
    tmp_path, sesame, capsys
):
    code = make_code(sesame.id, sesame.content_hash, 3)
    for i in range(2):
        write_results(bot_results(sesame, code, i), tmp_path / f"{i}.json")
    assert main(["class", "report", str(tmp_path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[-1] == NOTHING_WRITTEN
    assert "--html report.html" in NOTHING_WRITTEN and "--csv class.csv" in NOTHING_WRITTEN
    assert sorted(p.name for p in tmp_path.iterdir()) == ["0.json", "1.json"]


def test_a_report_that_writes_its_page_does_not_say_nothing_was_written(tmp_path, sesame, capsys):
    code = make_code(sesame.id, sesame.content_hash, 3)
    folder = tmp_path / "stick"
    write_results(bot_results(sesame, code, 0), folder / "0.json")
    page = tmp_path / "report.html"
    assert main(["class", "report", str(folder), "--html", str(page)]) == 0
    out = capsys.readouterr().out
    assert f"wrote {page}" in out and NOTHING_WRITTEN not in out
