"""Questions settled by their pre-ticked boxes share one evening line, so the report's six
lines never cut a reason and the reasons shown add up to the day's score change."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pygame
import pytest
import yaml

from tests.ui.drive import end_the_day, focus_on, open_first_day, press

if TYPE_CHECKING:
    from game.ui.app import App

FIXTURE = Path(__file__).parents[1] / "fixtures" / "levels" / "all_features.yaml"
ASKED = [("location", -7, "Location shared."), ("contacts", 4, "Contacts shared.")]
"""Two more questions on day 1, besides the fixture's own, each scored by its ticked box."""


@pytest.fixture
def three_questions(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[App]:
    from game.ui.app import App
    from game.ui.scenes.flow import start_scenes

    data = yaml.safe_load(FIXTURE.read_text(encoding="utf-8"))
    for name, delta, reason in ASKED:
        data["events"].append({"id": f"ask_{name}", "day": 1, "effects": {"prompt": name}})
        score = {"delta": delta, "reason": reason, "factor": "behaviour"}
        data["prompts"].append(
            {
                "id": name,
                "title": f"Share your {name}?",
                "text": "The box is already ticked.",
                "default": f"{name}_yes",
                "evidence": "game",
                "options": [
                    {"id": f"{name}_yes", "label": "Yes", "effects": {"score": score}},
                    {"id": f"{name}_no", "label": "No"},
                ],
            }
        )
    folder = tmp_path / "levels"
    folder.mkdir()
    (folder / "three.yaml").write_text(yaml.safe_dump(data), encoding="utf-8")
    monkeypatch.setenv("CITIZEN_SCORE_LEVELS", str(folder))
    app = App((1024, 600))
    app.director = start_scenes(app, None, None, None)
    app.tick(0.016)
    yield app
    pygame.quit()


def _signed(line: str) -> int:
    """The signed number a reason line starts with ('+20 Buying...', '\u221230 Ten...')."""
    return int(line.split()[0].replace("\u2212", "-"))


def test_three_questions_settled_by_default_leave_every_reason_adding_up_to_the_change(
    three_questions: App,
) -> None:
    app = three_questions
    day = open_first_day(app)  # every question is left for later
    for item in ("buy video_games", "buy diapers"):
        focus_on(app, item)
        press(app, pygame.K_RETURN)
    end_the_day(app)
    assert app.top.name == "evening"
    settled = [a for a, (_, by_default) in day.session.outcome().answers.items() if by_default]
    assert len(settled) == 3
    (_, start), (_, evening) = day.session.outcome().path[:2]
    lines = app.top.report.lines
    reasons = [x for x in lines[1:] if x[:1] in "+\u2212"]
    assert sum(_signed(x) for x in reasons) == evening - start
    assert sum("pre-ticked" in x for x in lines) == 1
