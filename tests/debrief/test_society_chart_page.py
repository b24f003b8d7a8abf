"""The exported debrief teaches what the game's society view teaches: a chart of the same
town's numbers as inline SVG, its key in words, and the measures in words. The page had one
paragraph only."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pygame
import pytest

from game.cli.main import main
from game.core.content.loader import load_level
from game.core.record import SessionRecord
from game.design.debrief import build_debrief, render_html
from game.design.debrief.society import DOTS, assort_sentence, dot_counts, speech_sentence
from game.paths import PROJECT_ROOT
from game.sim.bots import BUILT_IN
from game.sim.runner import run_episode
from game.sim.society.chart import TIER_COLOURS
from game.userfiles import write_json
from tests.debrief.answering import played

LEVELS = PROJECT_ROOT / "levels"


def _level(name: str):
    level = load_level(LEVELS / f"{name}.yaml").level
    assert level is not None
    return level


def _section(page: str) -> str:
    """The society section of an exported page: from its heading to the ledger's."""
    start = page.index("<h2>What this does to a society</h2>")
    return page[start : page.index("<h2>", start + 5)]


@pytest.fixture(scope="module")
def nosedive_page() -> tuple[str, object]:
    """Nosedive's page for a conformist's run, and the town the game's view ran to its end."""
    from game.ui.society_view import SocietyView

    level = _level("nosedive")
    actions = list(run_episode(level, BUILT_IN["conformist"], 1).actions)
    doc = build_debrief(level, 1, actions, with_costs=False)
    pygame.init()
    try:
        view = SocietyView(level, 1, pygame.Rect(0, 0, 800, 400), doc.path[-1][1])
        while not view.done:
            view.update(1000.0)
    finally:
        pygame.quit()
    return render_html(doc, level), view.result


def test_the_society_section_draws_the_game_views_town_as_inline_svg(nosedive_page):
    page, town = nosedive_page
    section = _section(page)
    assert section.count("<svg") == 3 and "<script" not in section and "<img" not in section
    # the same sentences as under the game's two curves, with the same town's numbers
    assert speech_sentence(town, "on day 60") in section
    assert assort_sentence(town, False, "on day 60") in section


def test_each_row_of_dots_holds_the_game_towns_share_in_each_tier(nosedive_page):
    page, town = nosedive_page
    level = _level("nosedive")
    dots = _section(page).split('class="chart dots"')[1].split("</svg>")[0]
    fills = re.findall(r'<circle cx="[\d.]+" cy="[\d.]+" r="[\d.]+" fill="(#\w+)"', dots)
    assert len(fills) == 2 * DOTS
    columns = [town.tier_ids.index(t.id) for t in level.tiers]
    for row, day in ((fills[:DOTS], 0), (fills[DOTS:], -1)):
        expected = dot_counts(np.array([town.tier_share[day][c] for c in columns]))
        assert [row.count(TIER_COLOURS[k]) for k in range(len(columns))] == expected


def test_the_curves_are_the_game_towns_day_by_day_measures(nosedive_page):
    page, town = nosedive_page
    lines = re.findall(r'<polyline points="([^"]+)"', _section(page))
    assert len(lines) == 2
    for points, values in zip(lines, (town.critical_share, town.assortativity), strict=True):
        ys = [float(p.split(",")[1]) for p in points.split()]
        assert len(ys) == values.size == town.days + 1
        # a higher value is drawn higher (a smaller y), day by day
        finite = np.nan_to_num(values)
        for a, b in zip(range(len(ys) - 1), range(1, len(ys)), strict=True):
            if finite[a] < finite[b] - 1e-9:
                assert ys[a] >= ys[b]


def test_the_key_says_what_a_dot_and_a_line_are_and_that_the_citizens_are_invented(
    nosedive_page,
):
    key = _section(nosedive_page[0]).split('<p class="key">')[1].split("</p>")[0]
    key = re.sub(r"<[^>]+>", "", key)  # the label's tip
    assert "Each dot stands for 100 of them" in key
    assert "Each line below follows one measure day by day" in key
    assert "These citizens and their habits are invented [Game abstraction]" in key
    # the conformist ends near 4.9: 4.87 since Nosedive's two events on Mina draw two more
    # random numbers a morning
    assert re.search(r"The ringed dot sits in the tier where you ended, you \(4\.\d\d\)", key)


def test_the_measures_are_said_in_words_tier_by_tier(nosedive_page):
    page, town = nosedive_page
    section = _section(page)
    assert "<h3>The measures in words</h3>" in section
    low = town.tier_share[:, town.tier_ids.index(_level("nosedive").tiers[0].id)]
    said = (
        f"Low rater (below 3.00): {low[0]:.0%} of citizens at the start, {low[-1]:.0%} on day 60."
    )
    assert said in section


def test_a_player_who_never_joined_has_no_ringed_dot_and_is_told_why():
    sesame = _level("sesame_garden")
    stay_out = {
        "join_beta": "stay_out",
        "join_again": "still_out",
        "report_consent": "report_untick",
    }
    doc = build_debrief(sesame, 1, played(sesame, stay_out), with_costs=False)
    section = _section(render_html(doc, sesame))
    assert 'class="ring"' not in section
    assert "You never joined, so you are not among them: no dot is ringed." in section


def test_the_debrief_command_writes_the_society_chart(tmp_path: Path):
    level = _level("the_list")
    episode = run_episode(level, BUILT_IN["conformist"], 2)
    record = tmp_path / "run.json"
    write_json(record, SessionRecord(level.id, level.content_hash, 2, episode.actions).to_json())
    out = tmp_path / "out.html"
    assert main(["debrief", str(record), "--html", str(out)]) == 0
    section = _section(out.read_text(encoding="utf-8"))
    assert '<svg class="chart dots"' in section and section.count("<polyline") == 2
    assert "how much friends share a status" in section  # listed or not: a status, not a score


def test_shares_become_a_hundred_whole_dots():
    assert sum(dot_counts(np.array([0.333, 0.333, 0.334]))) == DOTS
    assert dot_counts(np.array([0.005, 0.995])) == [1, 99]
    assert dot_counts(np.array([0.0, 1.0])) == [0, 100]
