"""The class report: totals, prompts from the class's numbers, HTML and CSV, and one line for
every results file it cannot use."""

import csv
import io
import json
import re
import sqlite3
from contextlib import closing

import pytest

from game.classroom.files import read_results, write_results
from game.classroom.gather import gather
from game.classroom.report import build_report
from game.classroom.report_csv import report_csv
from game.classroom.report_html import report_html
from game.classroom.results import MAX_RESULTS_BYTES
from game.cli.main import main


def written(tmp_path, class_results):
    folder = tmp_path / "results"
    for r in class_results:
        write_results(r, folder / f"{r.nickname}.json")
    return folder


def test_a_results_file_reads_back_as_written(tmp_path, class_results):
    path = write_results(class_results[0], tmp_path / "r.json")
    assert read_results(path) == class_results[0]


def test_the_report_is_the_same_whatever_order_the_files_come_in(sesame, class_results):
    assert build_report(class_results, sesame) == build_report(class_results[::-1], sesame)


def test_each_goal_counts_the_students_who_met_it(sesame, class_results):
    report = build_report(class_results, sesame)
    for tally in report.goals:
        met = sum(r.outcome.goals.get(tally.key, ("", 0))[0] == "met" for r in class_results)
        assert (tally.count, tally.of) == (met, len(class_results))


def test_the_low_score_friend_choice_names_them_and_counts_who_cut_them(sesame, class_results):
    report = build_report(class_results, sesame)
    cut = next(t for t in report.choices if t.key == "cut:xiaoyu")
    expected = sum(any(c == "xiaoyu" for _, c in r.outcome.friends_cut) for r in class_results)
    assert cut.label == "cut Xiaoyu" and cut.count == expected


def test_three_discussion_prompts_quote_the_class_numbers(sesame, class_results):
    report = build_report(class_results, sesame)
    assert len(report.prompts) == 3
    assert all(re.search(rf"\b\d+ of {len(class_results)}\b", q) for q in report.prompts)


def test_the_csv_has_one_row_per_student_with_nickname_and_session(sesame, class_results):
    rows = list(csv.DictReader(io.StringIO(report_csv(build_report(class_results, sesame)))))
    assert [r["nickname"] for r in rows] == sorted(r.nickname for r in class_results)
    assert {r["session"] for r in rows} == {class_results[0].session}


def test_the_csv_and_the_page_carry_their_format_versions(sesame, class_results):
    report = build_report(class_results, sesame)
    rows = list(csv.DictReader(io.StringIO(report_csv(report))))
    assert {r["version"] for r in rows} == {"4"}
    assert '<meta name="generator" content="citizen-score class report 1">' in report_html(report)


def test_the_html_page_fetches_nothing_and_names_no_student(sesame, class_results):
    page = report_html(build_report(class_results, sesame))
    assert "<svg" in page and not re.search(r"(src|href)=|url\(|@import|<script", page)
    assert not any(r.nickname in page for r in class_results)


def test_corrupt_foreign_duplicate_and_huge_files_are_skipped_one_line_each(
    tmp_path, class_results
):
    folder = written(tmp_path, class_results)
    (folder / "corrupt.json").write_text('{"kind": "citizen-score-results", ', encoding="utf-8")
    (folder / "save.json").write_text(json.dumps({"kind": "citizen-score-save"}), encoding="utf-8")
    (folder / "huge.json").write_text(" " * (MAX_RESULTS_BYTES + 1), encoding="utf-8")
    other = class_results[0].model_copy(update={"level_hash": "0" * 12})
    write_results(other, folder / "other_version.json")
    write_results(class_results[1], folder / "zz_copy.json")
    found = gather([folder])
    assert len(found.results) == len(class_results)
    lines = sorted(found.problems)
    assert len(lines) == 5 and all("\n" not in line and "skipped" in line for line in lines)
    assert "corrupt.json:1:" in lines[0] and "not valid JSON" in lines[0]
    assert "larger than a results file" in lines[1]
    assert "another version of sesame_garden" in lines[2]
    assert "not a Citizen Score results file" in lines[3]
    assert "the same results as" in lines[4]


@pytest.mark.parametrize("option", ["--html", "--csv"])
def test_report_to_a_folder_names_the_folder_not_a_temp_file(
    tmp_path, class_results, capsys, option
):
    folder = written(tmp_path, class_results)
    target = tmp_path / "out"
    target.mkdir()
    assert main(["class", "report", str(folder), option, str(target)]) == 1
    err = capsys.readouterr().err
    assert f"cannot write {target}: " in err and ".tmp" not in err


def test_report_writes_html_and_csv_and_exits_zero(tmp_path, class_results, capsys):
    folder = written(tmp_path, class_results)
    status = main(
        [
            "class",
            "report",
            str(folder),
            "--html",
            str(tmp_path / "r.html"),
            "--csv",
            str(tmp_path / "r.csv"),
        ]
    )
    assert status == 0
    assert (tmp_path / "r.html").read_text(encoding="utf-8").startswith("<!doctype html>")
    assert (
        len((tmp_path / "r.csv").read_text(encoding="utf-8").splitlines()) == len(class_results) + 1
    )


def test_report_with_no_usable_results_exits_non_zero_in_one_line(tmp_path, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text("[]", encoding="utf-8")
    assert main(["class", "report", str(bad)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 2 and err[-1] == (
        f"citizen-score class: no usable results in {bad}: nothing to report; "
        "the line above says why"
    )


def test_a_file_that_is_not_a_class_database_is_skipped(tmp_path):
    fake = tmp_path / "class.db"
    fake.write_text("not sqlite at all " * 100, encoding="utf-8")
    found = gather([fake])
    assert found.results == [] and "not a class database" in found.problems[0]


@pytest.mark.parametrize("version", ["9" * 5000, "\u0661", "two"])
def test_a_class_database_whose_version_is_not_plain_digits_is_skipped(tmp_path, version):
    fake = tmp_path / "class.db"
    with closing(sqlite3.connect(fake)) as db:
        db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
        db.execute("INSERT INTO meta VALUES ('version', ?)", (version,))
        db.commit()
    found = gather([fake])
    assert found.results == [] and "its version is not a number" in found.problems[0]


def test_report_with_society_embeds_the_modelled_town_as_an_inline_image(tmp_path, class_results):
    folder = written(tmp_path, class_results)
    html = tmp_path / "r.html"
    assert main(["class", "report", str(folder), "--html", str(html), "--society"]) == 0
    page = html.read_text(encoding="utf-8")
    assert "src='data:image/png;base64," in page and "http" not in page.split("<body>")[1]


def test_a_results_file_with_a_huge_number_is_skipped_in_one_line(tmp_path):
    bad = tmp_path / "digits.json"
    bad.write_text(
        '{"kind": "citizen-score-results", "seed": ' + "9" * 5000 + "}", encoding="utf-8"
    )
    found = gather([bad])
    assert found.results == [] and "not a usable results file" in found.problems[0]


def test_report_session_filter_reads_the_code_however_it_was_typed(tmp_path, class_results, capsys):
    folder = written(tmp_path, class_results)
    typed = class_results[0].session.lower().replace("-", " ")
    assert main(["class", "report", str(folder), "--session", typed]) == 0
    assert f"{len(class_results)} students" in capsys.readouterr().out
    assert main(["class", "report", str(folder), "--session", "CS-1234"]) == 2


def test_the_modelled_towns_image_keeps_its_whole_alt_text(sesame, class_results):
    from html.parser import HTMLParser

    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import numpy as np

    png = io.BytesIO()
    plt.imsave(png, np.zeros((2, 2)), format="png")
    images = []

    class Images(HTMLParser):
        def handle_starttag(self, tag, attrs):
            if tag == "img":
                images.append(dict(attrs))

    Images().feed(report_html(build_report(class_results, sesame), png.getvalue()))
    assert [i["alt"] for i in images] == ["The level's rules over a modelled town"]


def test_a_long_score_change_is_cut_between_words_and_never_inside_an_aside(sesame, class_results):
    cut = [t for t in build_report(class_results, sesame).turning_points if t.label.endswith("…")]
    assert cut, "no long reason in this class: pick results with one"
    for tally in cut:
        stem = tally.label[:-1]
        assert tally.key.startswith(stem) and tally.key[len(stem)] in " ,;:(", tally.label
        assert stem.count("(") == stem.count(")"), tally.label


def test_the_csv_names_goals_tiers_and_questions_in_the_words_students_read(sesame, class_results):
    rows = list(csv.DictReader(io.StringIO(report_csv(build_report(class_results, sesame)))))
    goals = {g.label for g in sesame.spec.goals}
    tiers = {t.label for t in sesame.tiers}
    titles = {p.title for p in sesame.spec.prompts}
    names = {c.name for c in sesame.characters.values()}
    for row in rows:
        named = [g for g in (row["goals_met"] + " | " + row["goals_failed"]).split(" | ") if g]
        assert named and set(named) <= goals
        assert row["final_tier"] in tiers | {"not joined"}
        left = [t for t in row["kept_pre_ticked"].split(" | ") if t]
        assert set(left) <= titles
        cut = [re.sub(r" \(\d+ times\)$", "", c) for c in row["friends_cut"].split(" | ") if c]
        assert set(cut) <= names
    assert any(row["friends_cut"] for row in rows)


def test_a_label_cut_after_a_whole_sentence_ends_at_its_full_stop_with_no_ellipsis():
    from game.classroom.report import _short

    reason = "Education checked with the student-records centre raises identity traits."
    assert _short(f"{reason} (The points are a game number.)", 90) == reason
