"""The society page says how to read its view: what a dot and a line are, which dot is the
player (with their own score), what the two charts follow, and that the population is
invented, with its evidence label."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from game.design.debrief.cards import EVIDENCE_LABELS
from tests.ui.drive import FRAME, button, click, open_debrief

if TYPE_CHECKING:
    from game.ui.app import App


def _society_text(app: App, level_id: str, strategy: str) -> str:
    open_debrief(app, level_id, strategy)
    click(app, button(app, "page:society"))
    app.tick(FRAME)
    texts = [html.unescape(w.html_text) for w in app.top.widgets if hasattr(w, "html_text")]
    text = next(t for t in texts if "What this does to a society" in t)
    return text.replace("\u00a0", " ")


def test_the_society_page_says_what_its_dots_and_lines_are_and_marks_them_invented(game_app):
    text = _society_text(game_app, "citizen_score_2020", "conformist")
    assert "each dot is one of 10,000 citizens" in text and "Faint lines join friends" in text
    assert f"[{EVIDENCE_LABELS['game']}]" in text


def test_the_society_page_tells_the_player_which_dot_is_theirs_with_their_own_score(game_app):
    text = _society_text(game_app, "citizen_score_2020", "conformist")
    final = game_app.top.doc.path[-1][1]
    assert f"The ringed dot is you ({final})." in text


def test_a_player_who_never_joined_is_told_they_are_not_among_the_dots(game_app):
    text = _society_text(game_app, "sesame_garden", "dissident")
    assert "You never joined, so you are not among them." in text
    assert "ringed dot" not in text
