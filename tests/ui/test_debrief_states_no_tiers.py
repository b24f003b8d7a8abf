"""The first screen of a listed-or-not level's debrief tells the player's days on and off
the list, not "Tiers: Not listed → Listed": its briefing said there is no score and no
tiers, only listed or not."""

from __future__ import annotations

import html

from tests.ui.drive import open_debrief


def _outcome_text(app) -> str:
    texts = [html.unescape(w.html_text) for w in app.top.widgets if hasattr(w, "html_text")]
    return next(t for t in texts if "Perks won:" in t).replace("\u00a0", " ")


def test_a_listed_or_not_debrief_tells_the_days_on_the_list_instead_of_tiers(game_app):
    open_debrief(game_app, "the_list", "dissident")
    doc = game_app.top.doc
    assert doc.states, "The List is a listed-or-not level"
    text = _outcome_text(game_app)
    assert "Tiers:" not in text
    assert f"{doc.score_name} by day:</b> {doc.by_day}" in text


def test_a_scored_debrief_still_tells_its_tiers(game_app):
    open_debrief(game_app, "citizen_score_2020")
    assert "Tiers:</b>" in _outcome_text(game_app)
