"""The Invented page names first the invented numbers the player met in their own run."""

from __future__ import annotations

from typing import TYPE_CHECKING

from game.design.debrief.document import INVENTED_MET, INVENTED_REST
from tests.ui.drive import button, click, open_debrief, page_texts

if TYPE_CHECKING:
    from game.ui.app import App


def test_the_invented_page_lists_the_numbers_met_in_the_run_before_the_rest(game_app: App):
    open_debrief(game_app, "citizen_score_2020", "dissident")
    click(game_app, button(game_app, "page:invented"))
    texts = page_texts(game_app)
    met = next(t for t in texts if INVENTED_MET in t)
    rest = next(t for t in texts if INVENTED_REST in t)
    assert "-40 points: Posts on Tiananmen" in met
    assert "+15 points: Praising the economy" in rest
    assert texts.index(met) < texts.index(rest)
