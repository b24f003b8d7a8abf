"""The society model of the level about companies (Red List, Black List) speaks of firms
wherever it meant citizens: the command, its PNG, the debrief's view, the class report and the
projector. A rating with decimals is printed as the game shows it, and a level of
listed or not speaks of tiers."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pygame
import pytest

from game.classroom.code import make_code
from game.classroom.levels import shipped_levels
from game.classroom.report import build_report
from game.classroom.report_html import report_html
from game.cli.main import main
from game.core.level import Level
from game.sim.society import run_society
from game.sim.society.chart import society_figure, tier_labels
from game.ui.scenes.class_debrief import steps_of
from tests.classroom.conftest import bot_results

CITIZENS = re.compile("citizen", re.IGNORECASE)


@pytest.fixture(scope="module")
def firms() -> Level:
    return next(lv for lv in shipped_levels() if lv.id == "red_list_black_list")


def _figure_texts(figure) -> list[str]:
    texts = [t.get_text() for t in figure.findobj(lambda a: hasattr(a, "get_text"))]
    return [t for t in texts if t]


def test_the_society_command_on_the_firms_level_never_says_citizens(capsys):
    args = ["society", "red_list_black_list", "--citizens", "200", "--days", "3"]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "200 firms" in out
    assert not CITIZENS.search(out), out


def test_the_society_chart_of_the_firms_level_never_says_citizens(firms):
    import matplotlib.pyplot as plt

    result = run_society(firms, 200, 3, 1)
    figure = society_figure(result, firms.spec.meta.title)
    try:
        texts = _figure_texts(figure)
    finally:
        plt.close(figure)
    assert any("200 firms" in t for t in texts), texts
    assert not [t for t in texts if CITIZENS.search(t)]


def test_the_society_chart_in_tiers_of_the_firms_level_counts_firms_in_each_tier(firms):
    import matplotlib.pyplot as plt

    result = run_society(firms, 200, 3, 1)
    labels = tier_labels(firms, result, hide_scores=True)
    figure = society_figure(result, firms.spec.meta.title, labels)
    try:
        texts = _figure_texts(figure)
    finally:
        plt.close(figure)
    assert "Firms in each tier (%)" in texts


def test_the_society_command_prints_a_rating_with_its_decimals(capsys):
    assert main(["society", "gig_street", "--citizens", "200", "--days", "2"]) == 0
    line = next(x for x in capsys.readouterr().out.splitlines() if x.startswith("score perc"))
    values = line.split(": ", 1)[1].split(" / ")
    assert all(re.fullmatch(r"[0-5]\.\d\d", v) for v in values), line


@pytest.fixture
def drawn_texts() -> Iterator[list[str]]:
    from game.ui.kit import TextCache

    pygame.init()
    pygame.display.set_mode((1000, 600))
    texts: list[str] = []

    class Recording(TextCache):
        def render(self, text: str, size: int, colour: str, bold: bool = False):
            texts.append(text)
            return super().render(text, size, colour, bold)

    yield texts, Recording()
    pygame.quit()


def _view_texts(level, player_score: int, drawn_texts) -> list[str]:
    """The texts the debrief's society view draws for a small town, run to its end."""
    from game.ui.society_view import SocietyView

    texts, recording = drawn_texts
    view = SocietyView(level, 1, pygame.Rect(0, 0, 900, 500), player_score, citizens=300, days=3)
    view.text = recording
    while not view.done:
        view.update(50.0)
    view.draw(pygame.display.get_surface())
    return texts


def test_the_debrief_s_society_view_of_the_firms_level_never_says_citizens(firms, drawn_texts):
    texts = _view_texts(firms, 72, drawn_texts)
    assert any("300 firms" in t for t in texts), texts
    assert not [t for t in texts if CITIZENS.search(t)]


def test_the_class_report_page_of_the_firms_level_models_firms(firms):
    code = make_code(firms.id, firms.content_hash, 3)
    report = build_report([bot_results(firms, code, 1)], firms)
    page = report_html(report, society_png=b"\x89PNG")
    section = page.split("<h2>", 1)[1].split("<h2>Questions for the class")[0]
    society = section[section.index("The same rules over") :]
    assert "firms" in society
    assert not CITIZENS.search(society)
    assert "town" not in society.split("<img")[0]


def test_the_projector_s_society_step_for_the_firms_level_is_not_a_town(firms):
    code = make_code(firms.id, firms.content_hash, 3)
    report = build_report([bot_results(firms, code, 1)], firms)
    step = next(s for s in steps_of(report) if s.kind == "society")
    assert "town" not in step.heading
    assert "firms" in step.heading


def test_the_society_view_of_a_listed_or_not_level_speaks_of_tiers_not_scores(drawn_texts):
    the_list = next(lv for lv in shipped_levels() if lv.id == "the_list")
    texts = _view_texts(the_list, 1, drawn_texts)
    assert "Listed" in texts
    assert not [t for t in texts if "scores" in t or "a score" in t], texts
