"""A teacher who gives the report another class's code (last week's, or the one made twice
with another seed) is told so in one line, instead of a line per file blaming each student
for typing another code."""

from pathlib import Path

from game.classroom.code import make_code
from game.classroom.files import write_results
from game.classroom.gather import gather
from game.classroom.source import report_from
from game.cli.main import main


def _stick(tmp_path: Path, class_results) -> Path:
    folder = tmp_path / "stick"
    for r in class_results:
        write_results(r, folder / f"sesame_garden-{r.nickname}.json")
    return folder


def test_a_code_no_file_has_gives_one_line_naming_the_codes_the_files_have(
    tmp_path, class_results, sesame
):
    typed = make_code(sesame.id, sesame.content_hash, 8).text
    found = gather([_stick(tmp_path, class_results)], typed)
    assert found.results == []
    assert found.problems == [
        f"{typed}: no result has this code; the {len(class_results)} results read have "
        f"{class_results[0].session} ({len(class_results)}): check the code you typed against "
        "the one 'class new' printed for this class (if it is right, none of its students "
        "has finished yet)"
    ]


def test_the_report_command_with_another_classs_code_prints_two_lines_and_fails(
    tmp_path, class_results, sesame, capsys
):
    typed = make_code(sesame.id, sesame.content_hash, 8).text
    folder = _stick(tmp_path, class_results)
    assert main(["class", "report", str(folder), "--session", typed]) == 1
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 2
    assert "that student typed another code" not in "\n".join(err)
    assert err[1].endswith("nothing to report; the line above says why")


def test_the_projector_given_another_classs_code_says_which_codes_the_results_have(
    tmp_path, class_results, sesame
):
    typed = make_code(sesame.id, sesame.content_hash, 8).text
    report, problems = report_from(f"{_stick(tmp_path, class_results)} ; {typed}")
    assert report is None
    assert len(problems) == 1 and class_results[0].session in problems[0]
