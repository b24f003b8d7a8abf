"""A question says plainly what happens to the answer already ticked: it is chosen for the
player unless they answer today ("If you do not answer today, it counts" left "it" to be
guessed)."""

from __future__ import annotations

import html
import re

import pygame

from tests.ui.drive import press, start_level


def _body(app) -> str:
    texts = [html.unescape(w.html_text) for w in app.top.widgets if hasattr(w, "html_text")]
    return re.sub(r"<[^>]*>", "", " ".join(texts)).replace("\u00a0", " ")


def test_a_question_says_the_ticked_answer_is_chosen_unless_the_player_answers_today(game_app):
    start_level(game_app, "citizen_score_2020")
    press(game_app, pygame.K_RETURN)  # Start day 1: the beta's question opens
    assert game_app.top.name == "prompt"
    body = _body(game_app)
    assert "Already ticked for you: Stay out until it is mandatory." in body
    assert "Unless you answer today, this one is chosen." in body
