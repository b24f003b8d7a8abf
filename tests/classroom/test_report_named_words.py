"""A class report made from results of another version of the level named goals in the
words of the copy here, but showed tiers, perks and restrictions by their ids
('no_premium_ride', 'lumen_discount'). They now read as the copy here words them; one the
copy lacks is numbered ("Perk 1"), on the page and in the spreadsheet alike, and one line
says once why its words cannot be shown."""

import csv
import io
import re

import pytest

from game.classroom.code import make_code
from game.classroom.levels import shipped_levels
from game.classroom.report import build_report
from game.classroom.report_csv import report_csv
from game.classroom.report_html import report_html
from game.classroom.results import Results
from game.core.level import Level

from .conftest import bot_results

OLDER = "0123abcd" * 8
"""The level version the students played: not the copy of Nosedive here."""


@pytest.fixture(scope="module")
def nosedive() -> Level:
    return next(lv for lv in shipped_levels() if lv.id == "nosedive")


@pytest.fixture(scope="module")
def nosedive_results(nosedive: Level) -> list[Results]:
    code = make_code(nosedive.id, nosedive.content_hash, 7)
    return [bot_results(nosedive, code, i) for i in range(6)]


def older(results: list[Results], renamed: dict[str, str] | None = None) -> list[Results]:
    """The class's results as an earlier copy of the level made them, their tier, perk and
    restriction ids changed as `renamed` says (ones the copy here no longer has)."""
    renamed = renamed or {}
    out = []
    for r in results:
        o = r.outcome
        outcome = o.model_copy(
            update={
                "final_tier": renamed.get(o.final_tier, o.final_tier),
                "perks_gained": {renamed.get(p, p): d for p, d in o.perks_gained.items()},
                "restrictions_applied": {
                    renamed.get(x, x): d for x, d in o.restrictions_applied.items()
                },
            }
        )
        out.append(r.model_copy(update={"level_hash": OLDER, "outcome": outcome}))
    return out


def notes(page: str) -> list[str]:
    return re.findall(r"<p class='muted'>([^<]*)</p>", page)


def spreadsheet(report) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(report_csv(report))))


IDS = ("no_premium_ride", "cafe_turned_away", "clinic_probation", "lumen_discount", "prime")


def test_tiers_perks_and_restrictions_of_another_version_read_as_the_copy_here_words_them(
    nosedive, nosedive_results
):
    report = build_report(older(nosedive_results), None)
    assert {t.label for t in report.perks} == {nosedive.perks["lumen_discount"].label} | {
        nosedive.perks["priority_lane"].label
    }
    assert nosedive.restrictions["no_premium_ride"].label in {t.label for t in report.restrictions}
    tiers = {t.id: t.label.split(" (")[0] for t in nosedive.tiers}
    assert {r.final_tier for r in report.rows} == {tiers["low"], tiers["prime"], tiers["ordinary"]}
    page, table = report_html(report), report_csv(report)
    assert [i for i in IDS if re.search(rf"\b{i}\b", page + table)] == []
    assert report.names_note == ""
    assert [n for n in notes(page) if "another version" in n] == [
        "The class played another version of this level: its goals, tiers, perks and "
        "restrictions are named as in the copy on this computer."
    ]


def test_a_perk_the_copy_here_lacks_is_numbered_and_the_page_says_once_why(
    nosedive, nosedive_results
):
    report = build_report(older(nosedive_results, {"lumen_discount": "glow_discount"}), None)
    assert sorted(t.label for t in report.perks) == sorted(
        ["Perk 1", nosedive.perks["priority_lane"].label]
    )
    page = report_html(report)
    assert "glow_discount" not in page
    said = [n for n in notes(page) if "Perk 1" in n]
    assert said == [
        "Perk 1 is not in the copy of this level on this computer (the class played another "
        "version), so its words cannot be shown here."
    ]
    assert page.index(said[0]) > page.index("<h2>Restrictions hit</h2>")


def test_each_numbered_name_is_the_same_in_the_spreadsheet_as_on_the_page(nosedive_results):
    renamed = {"prime": "top", "lumen_discount": "glow", "no_premium_ride": "no_ride"}
    report = build_report(older(nosedive_results, renamed), None)
    rows = spreadsheet(report)
    assert [r for r in rows if re.search(r"\b(top|glow|no_ride)\b", " ".join(r.values()))] == []
    tops = [r for r in rows if r["final_tier"] == "Tier 1"]
    assert len(tops) == sum(r.outcome.final_tier == "prime" for r in nosedive_results) > 0
    assert all("Perk 1" in r["perks_gained"] for r in tops)
    hit = sum("Restriction 1" in r["restrictions_applied"] for r in rows)
    assert [t.count for t in report.restrictions if t.label == "Restriction 1"] == [hit]
    assert report.names_note == (
        "Tier 1, Perk 1 and Restriction 1 are not in the copy of this level on this computer "
        "(the class played another version), so their words cannot be shown here."
    )
    assert report_html(report).count(report.names_note) == 1


def test_a_numbered_restriction_is_never_a_question_for_the_class(nosedive_results):
    renamed = {x: f"old_{x}" for x in ("no_premium_ride", "cafe_turned_away", "clinic_probation")}
    report = build_report(older(nosedive_results, renamed), None)
    assert {t.label for t in report.restrictions} == {
        "Restriction 1",
        "Restriction 2",
        "Restriction 3",
    }
    assert not [q for q in report.prompts if "Restriction" in q or "hit by" in q], report.prompts


def test_a_level_not_on_this_computer_numbers_them_and_says_so_once(nosedive_results):
    report = build_report(older(nosedive_results), None, others=[])
    assert {r.final_tier for r in report.rows} == {"Tier 1", "Tier 2", "Tier 3"}
    assert {t.label for t in report.perks} == {"Perk 1", "Perk 2"}
    assert report.names_note == (
        "This level is not on this computer, so the words of its tiers, perks and "
        "restrictions cannot be shown: they are numbered instead."
    )
    page = report_html(report)
    assert page.count(report.names_note) == 1
    assert [i for i in IDS if re.search(rf"\b{i}\b", page + report_csv(report))] == []


def test_the_report_of_the_version_the_class_played_has_no_names_note(nosedive, nosedive_results):
    report = build_report(nosedive_results, nosedive)
    assert report.names_note == ""
    assert "copy of this level" not in report_html(report)


def test_a_tier_of_another_version_is_named_without_the_score_range_of_the_copy_here(
    nosedive, nosedive_results
):
    report = build_report(older(nosedive_results), None)
    low = next(t.label for t in nosedive.tiers if t.id == "low")
    assert "(" in low
    shown = {r.final_tier for r in report.rows}
    assert low.split(" (")[0] in shown and low not in shown
    assert not [t for t in shown if "(" in t], shown
