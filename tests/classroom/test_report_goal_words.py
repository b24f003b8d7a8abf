"""A class report made from results of another version of the level (the game here was
updated since the lesson) named each goal by its id ('keep_xiaoyu', 'sister_visa'). Goals
now read as the copy here words them; one the copy lacks is numbered, and the page says
once, in plain words, why its words cannot be shown."""

import json
import re
from pathlib import Path

from game.classroom.report import build_report
from game.classroom.report_csv import report_csv
from game.classroom.report_html import report_html
from game.classroom.results import Results
from game.cli.main import main

OLDER = "0123abcd" * 8
"""The level version the students played: not the copy of Sesame Garden here."""


def older(results: list[Results], renamed: dict[str, str] | None = None) -> list[Results]:
    """The class's results as an earlier copy of the level made them, its goals' ids
    changed as `renamed` says (a goal the copy here no longer has)."""
    renamed = renamed or {}
    out = []
    for r in results:
        goals = {renamed.get(g, g): v for g, v in r.outcome.goals.items()}
        outcome = r.outcome.model_copy(update={"goals": goals})
        out.append(r.model_copy(update={"level_hash": OLDER, "outcome": outcome}))
    return out


def goals_section(page: str) -> str:
    return page[page.index("<h2>Goals met</h2>") : page.index("<h2>What the class chose</h2>")]


def test_goals_of_another_version_read_as_the_copy_here_words_them(class_results):
    report = build_report(older(class_results), None)
    assert [t.label for t in report.goals] == [
        "Stay friends with Xiaoyu",
        "Get a visa for your sister's wedding",
        "Keep your spending data yours",
    ]
    section = goals_section(report_html(report))
    assert "keep_xiaoyu" not in section and "sister_visa" not in section
    assert section.count("another version of this level") == 1


def test_a_goal_the_copy_here_lacks_is_numbered_and_the_page_says_once_why(class_results):
    report = build_report(older(class_results, {"sister_visa": "visa_for_sister"}), None)
    labels = [t.label for t in report.goals]
    assert labels == ["Stay friends with Xiaoyu", "Keep your spending data yours", "Goal 1"]
    section = goals_section(report_html(report))
    assert "visa_for_sister" not in section
    (note,) = re.findall(r"<p class='muted'>([^<]*)</p>", section)
    assert note == (
        "The class played another version of this level: Goal 1 is not in the copy on this "
        "computer, so its words cannot be shown here."
    )


def test_a_goal_with_no_words_is_never_a_question_for_the_class(class_results):
    renamed = {"keep_xiaoyu": "friends_kept", "sister_visa": "visa", "own_data": "data"}
    report = build_report(older(class_results, renamed), None)
    assert [t.label for t in report.goals] == ["Goal 1", "Goal 2", "Goal 3"]
    assert not [q for q in report.prompts if "Goal" in q or "managed" in q], report.prompts
    assert "Goal 1, Goal 2 and Goal 3 are not in the copy" in report.goals_note


def test_each_numbered_goal_keeps_its_number_in_the_spreadsheet(class_results):
    report = build_report(older(class_results, {"keep_xiaoyu": "friends_kept"}), None)
    table = report_csv(report)
    assert "friends_kept" not in table
    met = sum(1 for row in report.rows if ("Goal 1", "met") in row.goals)
    assert [t.count for t in report.goals if t.label == "Goal 1"] == [met]
    assert met and "Goal 1" in table


def test_a_level_not_on_this_computer_numbers_its_goals_and_says_so_once(class_results):
    report = build_report(older(class_results), None, others=[])
    assert [t.label for t in report.goals] == ["Goal 1", "Goal 2", "Goal 3"]
    assert report.goals_note == (
        "This level is not on this computer, so the words of its goals cannot be shown: "
        "they are numbered instead."
    )


def test_the_report_of_the_version_the_class_played_has_no_goal_note(sesame, class_results):
    report = build_report(class_results, sesame)
    assert report.goals_note == ""
    assert "another version" not in report_html(report)


def test_the_class_report_command_writes_the_goal_words_of_the_copy_here(
    tmp_path: Path, class_results, capsys
):
    folder = tmp_path / "handed_in"
    folder.mkdir()
    for results in older(class_results[:3]):
        (folder / f"{results.nickname}.json").write_text(json.dumps(results.to_json()))
    page = tmp_path / "report.html"
    assert main(["class", "report", str(folder), "--html", str(page)]) == 0
    err = capsys.readouterr().err
    assert "names goals as the copy here does" in err and err.count("\n") == 1
    section = goals_section(page.read_text(encoding="utf-8"))
    assert "Stay friends with Xiaoyu" in section and "keep_xiaoyu" not in section
