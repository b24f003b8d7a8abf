"""Debrief wording as it reads on screen: the ledger's money line names each amount once,
where a label already ends with its list price."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pygame
import pytest

from tests.ui.drive import button, click, open_debrief

if TYPE_CHECKING:
    from game.ui.app import App

SHIPPED = Path(__file__).parents[2] / "levels"


@pytest.fixture
def sesame_ledger(monkeypatch: pytest.MonkeyPatch) -> Iterator[App]:
    """Sesame Garden's debrief of the conformist bot's run, on its Full ledger page."""
    from game.ui.app import App

    monkeypatch.setenv("CITIZEN_SCORE_LEVELS", str(SHIPPED))
    app = App()
    open_debrief(app, "sesame_garden")
    click(app, button(app, "page:ledger"))
    yield app
    pygame.quit()


def test_the_ledger_s_money_line_names_each_amount_once(sesame_ledger: App) -> None:
    texts = [
        w.html_text
        for box in sesame_ledger.top.widgets
        if hasattr(box, "get_container")
        for w in box.get_container().elements
        if "Spent most on" in getattr(w, "html_text", "")
    ]
    assert texts, "no money line on the ledger page"
    repeated = re.findall(r"\((\d[\d,]*)\) \1\b", texts[0])
    assert not repeated, texts[0]
